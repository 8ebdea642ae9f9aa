extension NetworkFormat {
    /// GEXF (`.gexf`), Gephi's format, 1.1 to 1.3, static or dynamic; see ``GEXFReader`` and
    /// ``GEXFWriter``.
    public static let gexf = NetworkFormat(
        id: "gexf", name: "GEXF", extensions: ["gexf"], keeps: GEXFWriter.keeps,
        reader: validating { bytes, file, _ in try GEXFReader.read(bytes: bytes, file: file) },
        writer: { network, file in GEXFWriter.write(network, file: file) })
}
