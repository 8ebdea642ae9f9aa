extension NetworkFormat {
    /// Pajek (`.net`).
    public static let pajek = NetworkFormat(
        id: "pajek", name: "Pajek", extensions: ["net"], keeps: PajekNet.keeps,
        reader: validating { bytes, file, _ in try PajekNet.read(bytes: bytes, file: file) },
        writer: { network, file in PajekNet.write(network, file: file) })
}
