extension NetworkFormat {
    /// Pajek (`.net`).
    public static let pajek = NetworkFormat(
        id: "pajek", name: "Pajek", extensions: ["net"], keeps: PajekNet.keeps,
        reader: validatingWithWarnings { bytes, file in try PajekNet.readWithWarnings(bytes: bytes, file: file) },
        writer: { network, file in PajekNet.write(network, file: file) })
}
