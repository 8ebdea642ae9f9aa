/// The value of a DOT attribute.
///
/// DOT has one lexical form for most values, but Graphviz reads some attributes (`label`,
/// `xlabel`, `tooltip`, `headlabel`, `taillabel`) as *escaped strings*, where `\n` breaks a
/// line and `\N` stands for the node's name. The cases say which reading the value wants:
///
/// - ``string(_:)`` is written as a DOT ID: bare when it is a plain identifier or numeral and
///   not a keyword, otherwise quoted with `"` escaped. Use it for colours, shapes, styles.
/// - ``text(_:)`` is literal text for an escaped-string attribute: backslashes are doubled,
///   quotes escaped and line breaks written as `\n`, so what Graphviz shows is exactly the
///   text (a name like `C:\crèche "Les Lutins"` survives).
/// - ``html(_:)`` is an HTML-like label.
/// - ``number(_:)`` and ``bool(_:)`` are written in a fixed, locale-free form.
///
/// A string literal makes a ``string(_:)``.
///
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box", "penwidth": 2.5]
/// attributes["label"] = .text("Ville de Nantes\nmunicipality")
/// ```
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, CustomStringConvertible
{
    /// A value written as a DOT ID.
    case string(String)
    /// Literal text for an escaped-string attribute (`label`, `tooltip`…).
    case text(String)
    /// An HTML-like label.
    case html(HTMLLabel)
    /// A number, written with at most six decimals and no exponent.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// The value as it appears in DOT.
    public var description: String { DOTWriter.value(self) }
}
