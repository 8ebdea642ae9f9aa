import Yams

/// Reads the native YAML/JSON schema from a composed YAML node tree, collecting every problem
/// with its line and column instead of stopping at the first.
struct NativeDecoder {
    let file: String?
    var diagnostics: [Diagnostic] = []
    var map: SourceMap

    init(file: String?) {
        self.file = file
        self.map = SourceMap(file: file)
    }

    /// Parses text (YAML, or JSON, which YAML reads) into a network and its source map.
    static func decode(text: String, file: String?) -> (Network, SourceMap, [Diagnostic]) {
        var decoder = NativeDecoder(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            decoder.diagnostics.append(decoder.syntaxDiagnostic(error))
            return (Network(), decoder.map, decoder.diagnostics)
        }
        guard let root else {
            decoder.diagnostics.append(Diagnostic(.error, "the file is empty: expected a network with 'stakeholders'",
                                                  file: file, location: TextLocation(line: 1, column: 1)))
            return (Network(), decoder.map, decoder.diagnostics)
        }
        let network = decoder.network(root)
        return (network, decoder.map, decoder.diagnostics)
    }

    // MARK: Syntax errors

    func syntaxDiagnostic(_ error: Error) -> Diagnostic {
        let prefix = "not valid YAML or JSON: "
        guard let yaml = error as? YamlError else {
            return Diagnostic(.error, prefix + String(describing: error), file: file)
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.error, prefix + detail, file: file, location: TextLocation(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams's context text is the whole document: name the keys only.
            return Diagnostic(.error, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                              file: file, location: TextLocation(line: context.mark.line, column: context.mark.column))
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml counts bytes from the start; say the line and column as well.
            let location = offset.map { TextLocation.of(byte: $0, in: Array(yaml.utf8)) }
            let what = value > 0 && value < 0x20 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
            return Diagnostic(.error, prefix + problem + what + (offset.map { " at byte \($0)" } ?? ""), file: file, location: location)
        default:
            return Diagnostic(.error, prefix + String(describing: yaml), file: file)
        }
    }

    // MARK: Primitives

    func location(_ node: Node) -> TextLocation? {
        node.mark.map { TextLocation(line: $0.line, column: $0.column) }
    }

    mutating func error(_ message: String, _ node: Node) {
        diagnostics.append(Diagnostic(.error, message, file: file, location: location(node)))
    }

    /// The members of a mapping, checking keys against those allowed; nil (with an error) when
    /// the node is not a mapping.
    mutating func members(_ node: Node, _ what: String, allowed: Set<String>?) -> [(String, Node, Node)]? {
        guard let mapping = node.mapping else {
            error("expected \(what) as a mapping of keys to values, found \(describe(node))", node)
            return nil
        }
        var result: [(String, Node, Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("keys of \(what) must be plain strings", keyNode)
                continue
            }
            if !seen.insert(key).inserted {
                error("duplicate key '\(key)' in \(what)", keyNode)
                continue
            }
            if let allowed, !allowed.contains(key) {
                error("unknown key '\(key)' in \(what) (expected one of: \(allowed.sorted().joined(separator: ", ")))", keyNode)
                continue
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let s):
            isNull(node) ? "nothing" : (s.style == .plain && Double(s.string) != nil ? "the number \(s.string)" : "'\(s.string)'")
        case .alias: "an alias"
        }
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    mutating func items(_ node: Node, _ what: String) -> [Node]? {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else {
            error("expected \(what) as a list, found \(describe(node))", node)
            return nil
        }
        return Array(sequence)
    }

    /// Any scalar read as text (a plain number is accepted where text is expected).
    mutating func string(_ node: Node, _ field: String) -> String? {
        guard case .scalar(let s) = node, !isNull(node) else {
            error("'\(field)' must be text, found \(describe(node))", node)
            return nil
        }
        return s.string
    }

    mutating func integer(_ node: Node, _ field: String) -> Int? {
        if case .scalar(let s) = node, s.style == .plain, let i = Int(s.string) { return i }
        error("'\(field)' must be a whole number, found \(describe(node))", node)
        return nil
    }

    mutating func number(_ node: Node, _ field: String) -> Double? {
        if case .scalar(let s) = node, s.style == .plain, let d = Self.plainNumber(s.string) { return d }
        error("'\(field)' must be a number, found \(describe(node))", node)
        return nil
    }

    mutating func bool(_ node: Node, _ field: String) -> Bool? {
        if case .scalar(let s) = node, s.style == .plain {
            switch s.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error("'\(field)' must be true or false, found \(describe(node))", node)
        return nil
    }

    /// A list of ids; a single scalar counts as a list of one.
    mutating func stringList(_ node: Node, _ field: String) -> [String] {
        if case .scalar = node, !isNull(node) { return string(node, field).map { [$0] } ?? [] }
        guard let list = items(node, "'\(field)'") else { return [] }
        return list.compactMap { string($0, field) }
    }

    /// A number as YAML's plain scalars spell one: digits with an optional sign, fraction and
    /// exponent, or `.inf`/`.nan`. Words like `nan` or `infinity` stay text.
    static func plainNumber(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard let first = text.unicodeScalars.first,
              "0123456789+-.".unicodeScalars.contains(first),
              text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              !text.lowercased().contains("n"), !text.lowercased().contains("x")
        else { return nil }
        return Double(text.replacingUnderscores())
    }

    mutating func attributes(_ node: Node, _ what: String) -> [String: AttributeValue] {
        guard let pairs = members(node, "the attributes of \(what)", allowed: nil) else { return [:] }
        var result: [String: AttributeValue] = [:]
        for (key, _, value) in pairs {
            guard case .scalar(let s) = value, !isNull(value) else {
                error("attribute '\(key)' must be a number, text or true/false, found \(describe(value))", value)
                continue
            }
            if s.style == .plain {
                if let i = Int(s.string) { result[key] = .integer(i); continue }
                if let d = Self.plainNumber(s.string) { result[key] = .number(d); continue }
                if ["true", "True", "TRUE"].contains(s.string) { result[key] = .bool(true); continue }
                if ["false", "False", "FALSE"].contains(s.string) { result[key] = .bool(false); continue }
            }
            result[key] = .string(s.string)
        }
        return result
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
