extension NetworkFormat {
    /// Pajek (`.net`).
    public static let pajek = NetworkFormat(
        id: "pajek", name: "Pajek", extensions: ["net"], keeps: PajekNet.keeps,
        reader: validatingWithWarnings { bytes, file, _ in
            let read = try PajekNet.readWithWarnings(bytes: bytes, file: file)
            return (PajekMirroredArcs.folding(read.network, bytes: bytes), read.warnings)
        },
        writer: { network, file in PajekNet.write(network, file: file) })
}
