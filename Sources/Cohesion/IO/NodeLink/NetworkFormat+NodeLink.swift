extension NetworkFormat {
    /// NetworkX node-link JSON (`.json`, told apart from the native JSON by its `nodes` and
    /// `edges` or `links` keys, or chosen by its identifier `node-link`).
    public static let nodeLink = NetworkFormat(
        id: "node-link", name: "node-link JSON", extensions: ["json"], keeps: NodeLinkJSON.keeps,
        reader: validatingWithWarnings { bytes, file, _ in try NodeLinkJSON.readWithWarnings(bytes: bytes, file: file) },
        writer: { network, file in NodeLinkJSON.write(network, file: file) },
        recognizes: { NodeLinkJSON.looksLikeNodeLink($0) })
}
