extension NetworkFormat {
    /// Pajek (`.net`).
    public static let pajek = NetworkFormat(
        id: "pajek", name: "Pajek", extensions: ["net"], keeps: PajekNet.keeps,
        reader: validating { bytes, file, _ in PajekMirroredArcs.folding(try PajekNet.read(bytes: bytes, file: file), bytes: bytes) },
        writer: { network, file in PajekNet.write(network, file: file) })
}
