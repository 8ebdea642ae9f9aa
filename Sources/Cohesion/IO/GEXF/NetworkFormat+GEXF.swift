extension NetworkFormat {
    /// GEXF (`.gexf`), Gephi's format: written, not read.
    public static let gexf = NetworkFormat(
        id: "gexf", name: "GEXF", extensions: ["gexf"], keeps: GEXFWriter.keeps,
        writer: { network, file in GEXFWriter.write(network, file: file) },
        unreadableReason: "Cohesion writes GEXF for Gephi; export GraphML from Gephi to read a network back")
}
