/// What a render produces.
///
/// SVG, DOT, JSON and plain text come from Graphviz's core renderer; PNG and PDF from its
/// cairo renderer (the `pango` plugin), which also measures text, so those need
/// `libgvplugin_pango` (Debian ships it in `libgvc6`). PNG falls back to the `gd` plugin
/// when cairo is missing.
///
/// ```swift
/// let format = OutputFormat(fileExtension: "pdf")   // .pdf
/// ```
public enum OutputFormat: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Scalable vector graphics, one `<g class="node">` per node and `<g class="edge">` per edge.
    case svg
    /// A bitmap, at ``DiagramStyle/dpi`` dots per inch.
    case png
    /// A vector document for papers.
    case pdf
    /// DOT with the layout's positions (`pos`, `bb`, `width`…) added.
    case dot
    /// Graphviz's JSON: objects, edges and positions.
    case json
    /// Graphviz's plain text: one line per node and edge with coordinates in inches.
    case plain

    public var description: String { rawValue }

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool { self != .png && self != .pdf }

    /// The usual file extension.
    public var fileExtension: String { rawValue }

    /// The format a file extension names: `svg`, `png`, `pdf`, `dot` or `gv`, `json`, `txt` or
    /// `plain`; case does not matter.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "json": self = .json
        case "plain", "txt": self = .plain
        default: return nil
        }
    }
}
