extension NetworkFormat {
    /// GraphML (`.graphml`), as Gephi, NetworkX and igraph write it.
    public static let graphml = NetworkFormat(
        id: "graphml", name: "GraphML", extensions: ["graphml"], keeps: GraphMLWriter.keeps,
        reader: validatingWithWarnings { bytes, file, _ in try GraphMLReader.readWithWarnings(bytes: bytes, file: file) },
        writer: { network, file in GraphMLWriter.write(network, file: file) })
}
