extension NetworkFormat {
    /// A whitespace-separated edge list (`.edgelist`, `.ncol`, `.edges`): igraph's NCOL,
    /// NetworkX's `write_edgelist`; see ``EdgeListText``. Directed unless
    /// ``NetworkReadOptions/undirected``.
    public static let edgeList = NetworkFormat(
        id: "edgelist", name: "edge list", extensions: ["edgelist", "ncol", "edges"], keeps: EdgeListText.keeps,
        reader: validating { bytes, file, options in try EdgeListText.read(bytes: bytes, file: file, undirected: options.undirected) },
        writer: { network, file in EdgeListText.write(network, file: file) })
}
