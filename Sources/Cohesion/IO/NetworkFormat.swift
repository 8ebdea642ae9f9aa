/// A file format a network can be read from or written to, chosen by a path's extension.
public enum NetworkFormat: String, Hashable, Sendable, CaseIterable {
    /// The native schema in YAML (`.yaml`, `.yml`).
    case yaml
    /// The native schema in JSON (`.json`).
    case json
    /// An edge list with a header (`.csv`).
    case csv
    /// GraphML (`.graphml`), as Gephi, NetworkX and igraph write it.
    case graphml
    /// GEXF (`.gexf`), Gephi's format.
    case gexf
    /// UCINET DL (`.dl`).
    case dl
    /// Pajek (`.net`).
    case pajek
    /// Graphviz DOT (`.gv`, `.dot`).
    case dot
    /// NetworkX node-link JSON (`.json`, told apart from the native JSON by its `nodes` and
    /// `edges` or `links` keys, or chosen with `--from node-link`).
    case nodeLink = "node-link"
    /// A database of Leifeld's Discourse Network Analyzer (`.dna`, DNA 3, SQLite): read only.
    case dna

    /// The format a path's extension names, if any.
    ///
    /// ```swift
    /// NetworkFormat(path: "Networks/lille.yaml")   // .yaml
    /// ```
    public init?(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        }
        switch ext {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dl": self = .dl
        case "net": self = .pajek
        case "gv", "dot": self = .dot
        case "dna": self = .dna
        default: return nil
        }
    }
}
