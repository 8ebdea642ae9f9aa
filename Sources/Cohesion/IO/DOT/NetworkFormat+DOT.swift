extension NetworkFormat {
    /// Graphviz DOT (`.gv`, `.dot`). Written by the core; read once `CohesionGraphviz`
    /// registers Graphviz's parser (`DOTImport.registerReader()`).
    public static let dot = NetworkFormat(
        id: "dot", name: "DOT", extensions: ["gv", "dot"], keeps: DOTNetworkWriter.keeps,
        writer: { network, file in DOTNetworkWriter.write(network, file: file) },
        unreadableReason: "reading DOT needs the Graphviz library: register CohesionGraphviz's reader (DOTImport.registerReader())")
}
