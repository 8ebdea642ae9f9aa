/// A Graphviz HTML-like label: markup written between `<` and `>` in DOT.
///
/// Graphviz reads an attribute value in angle brackets as HTML-like markup (tables, fonts,
/// line breaks), where a quoted value is plain text. The difference is a type here, so a
/// name that happens to contain `<b>` is never read as markup by accident: plain text goes
/// in ``DOTValue/text(_:)``, markup in ``DOTValue/html(_:)``.
///
/// The markup must be well formed in Graphviz's sense (balanced tags, `&amp;`-style entities);
/// ``escaping(_:)`` makes arbitrary text safe to place inside it.
///
/// ```swift
/// let label = HTMLLabel(markup: "<b>\(HTMLLabel.escaping("CAF & PMI"))</b><br/>funding")
/// node.attributes["label"] = .html(label)      // label=<<b>CAF &amp; PMI</b><br/>funding>
/// ```
public struct HTMLLabel: Hashable, Sendable, CustomStringConvertible {
    /// The markup, without the enclosing angle brackets.
    public var markup: String

    /// Creates a label from markup, taken as written.
    public init(markup: String) { self.markup = markup }

    /// A label showing plain text, escaped.
    public init(text: String) { self.markup = Self.escaping(text) }

    /// Text with `&`, `<`, `>`, `"` and `'` replaced by entities, and line breaks by
    /// `<br/>`, so it can sit inside markup.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public static func escaping(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { HTMLEscaping.escaped(String($0.filter { $0 != "\r" })) }
            .joined(separator: "<br/>")
    }

    /// The markup as DOT writes it: `<` markup `>`.
    public var description: String { "<" + markup + ">" }
}
