import Foundation

/// Writes ``DOTDocument`` values as DOT text, in pure Swift.
///
/// The output is deterministic: statements and attributes come out in the order they were
/// given, numbers in a fixed locale-free form, indentation fixed. Ids are quoted only when
/// they must be:
///
/// - an ASCII identifier (`[A-Za-z_][A-Za-z0-9_]*`) that is not a DOT keyword (`node`,
///   `edge`, `graph`, `digraph`, `subgraph`, `strict`, in any case) and a numeral
///   (`-?(.[0-9]+|[0-9]+(.[0-9]*)?)`) are written bare;
/// - anything else, non-ASCII included, is written in double quotes with every backslash
///   doubled and `"` escaped as `\"`. Graphviz's lexer reads `\\` as a pair and `\"` as a
///   quote, so nothing in a value can end the quoted string early and add statements (a
///   sector of `\"]; evil [URL=…]` stays one value). cgraph keeps the doubled backslashes in
///   the name; `DOTImport` (in CohesionGraphviz) halves them again, so an id comes back exactly as it went in,
///   keywords, quotes, backslashes, line breaks and accents included. Line breaks and other
///   control characters are written as they are: inside quotes they cannot end the string.
///
/// Label text (``DOTValue/text(_:)``) is escaped for Graphviz's escaped strings the same way,
/// with line breaks as `\n`, and HTML-like labels (``HTMLLabel``) are written between angle
/// brackets.
///
/// ```swift
/// var document = DOTDocument(isDirected: false)
/// document.append(edge: "graph", "Crèche \"Les Lutins\"")
/// DOTWriter().write(document)
/// // graph {
/// //   "graph" -- "Crèche \"Les Lutins\""
/// // }
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public struct DOTWriter: Sendable {
    /// The text of one level of indentation.
    public var indentation: String

    /// Creates a writer indenting by two spaces.
    public init(indentation: String = "  ") { self.indentation = indentation }

    /// The document as DOT text, ending in a line break.
    public func write(_ document: DOTDocument) -> String {
        var out = ""
        if document.isStrict { out += "strict " }
        out += document.isDirected ? "digraph" : "graph"
        if let id = document.id { out += " " + Self.id(id) }
        out += " {\n"
        let edgeOperator = document.isDirected ? " -> " : " -- "
        writeBody(graphAttributes: document.graphAttributes, nodeDefaults: document.nodeDefaults,
                  edgeDefaults: document.edgeDefaults, statements: document.statements,
                  depth: 1, edgeOperator: edgeOperator, into: &out)
        out += "}\n"
        return out
    }

    private func writeBody(graphAttributes: DOTAttributes, nodeDefaults: DOTAttributes, edgeDefaults: DOTAttributes,
                           statements: [DOTStatement], depth: Int, edgeOperator: String, into out: inout String) {
        let pad = String(repeating: indentation, count: depth)
        for (name, value) in graphAttributes {
            out += pad + Self.id(name) + "=" + Self.value(value) + "\n"
        }
        if !nodeDefaults.isEmpty { out += pad + "node" + Self.attributeList(nodeDefaults) + "\n" }
        if !edgeDefaults.isEmpty { out += pad + "edge" + Self.attributeList(edgeDefaults) + "\n" }
        for statement in statements {
            switch statement {
            case .node(let node):
                out += pad + Self.id(node.id) + Self.attributeList(node.attributes) + "\n"
            case .edge(let edge):
                out += pad + Self.id(edge.source) + edgeOperator + Self.id(edge.target)
                    + Self.attributeList(edge.attributes) + "\n"
            case .subgraph(let subgraph):
                out += pad + "subgraph" + (subgraph.id.map { " " + Self.id($0) } ?? "") + " {\n"
                writeBody(graphAttributes: subgraph.graphAttributes, nodeDefaults: subgraph.nodeDefaults,
                          edgeDefaults: subgraph.edgeDefaults, statements: subgraph.statements,
                          depth: depth + 1, edgeOperator: edgeOperator, into: &out)
                out += pad + "}\n"
            }
        }
    }

    /// ` [a=1, b=2]`, or nothing for an empty list.
    static func attributeList(_ attributes: DOTAttributes) -> String {
        if attributes.isEmpty { return "" }
        return " [" + attributes.map { id($0.name) + "=" + value($0.value) }.joined(separator: ", ") + "]"
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An id as DOT writes it: bare when it is a plain ASCII identifier or numeral and not a
    /// keyword, otherwise quoted.
    ///
    /// ```swift
    /// DOTWriter.id("caf44")        // caf44
    /// DOTWriter.id("node")         // "node"
    /// DOTWriter.id("a \"b\"")      // "a \"b\""
    /// DOTWriter.id("C:\\dir")     // "C:\\dir"
    /// ```
    public static func id(_ text: String) -> String {
        if isPlainIdentifier(text) && !keywords.contains(text.lowercased()) { return text }
        if isNumeral(text) { return text }
        return "\"" + escaped(text, lineBreaks: false) + "\""
    }

    /// A value as DOT writes it.
    public static func value(_ value: DOTValue) -> String {
        switch value {
        case .string(let s): return id(s)
        case .text(let s): return "\"" + escapedText(s) + "\""
        case .html(let label): return label.description
        case .bool(let b): return b ? "true" : "false"
        case .number(let x): return number(x)
        }
    }

    /// Text escaped for Graphviz's escaped strings: `\` doubled, `"` escaped, line breaks as `\n`.
    static func escapedText(_ text: String) -> String { escaped(text, lineBreaks: true) }

    /// `\` doubled and `"` escaped; with `lineBreaks`, line feeds written `\n` and carriage
    /// returns dropped (an identifier keeps them as they are).
    private static func escaped(_ text: String, lineBreaks: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        out.append(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n" where lineBreaks: "\\n"
            case "\r" where lineBreaks: ""
            default: nil
            }
        }
        return out
    }

    /// A finite number with at most six decimals, trailing zeros dropped; non-finite numbers
    /// are written as quoted text Graphviz will reject with its own message.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "\"\(x)\"" }
        var text = String(format: "%.6f", locale: Locale(identifier: "en_US_POSIX"), x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if text == "-0" { text = "0" }
        return text
    }

    private static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        guard isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || ($0 >= 48 && $0 <= 57) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95
    }

    private static func isNumeral(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        if bytes.first == 45 { bytes.removeFirst() }
        guard !bytes.isEmpty else { return false }
        var digitsBefore = 0, digitsAfter = 0, dots = 0
        for byte in bytes {
            if byte == 46 { dots += 1; if dots > 1 { return false } }
            else if byte >= 48 && byte <= 57 { if dots == 0 { digitsBefore += 1 } else { digitsAfter += 1 } }
            else { return false }
        }
        return dots == 0 ? digitsBefore > 0 : (digitsBefore > 0 || digitsAfter > 0)
    }
}
