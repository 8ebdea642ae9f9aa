extension NetworkFormat {
    /// GML (`.gml`), as NetworkX and igraph write it; see ``GMLReader`` and ``GMLWriter``.
    public static let gml = NetworkFormat(
        id: "gml", name: "GML", extensions: ["gml"], keeps: GMLWriter.keeps,
        reader: validating { bytes, file, _ in try GMLReader.read(bytes: bytes, file: file) },
        writer: { network, file in GMLWriter.write(network, file: file) })
}
