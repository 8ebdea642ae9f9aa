/// A place in a text file: a line and a column, both counted from 1.
public struct TextLocation: Hashable, Sendable, Comparable {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in a network or a network file, in the form compilers use:
/// `FILE:LINE:COL: error: message`.
///
/// ```swift
/// let d = Diagnostic(.error, "tie names unknown stakeholder 'caf'", file: "lille.yaml",
///                    location: TextLocation(line: 12, column: 13))
/// print(d)   // lille.yaml:12:13: error: tie names unknown stakeholder 'caf'
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The file or network is invalid.
        case error
        /// Valid, but probably not what was meant.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// The file, when the problem comes from one.
    public var file: String?
    /// Where in the file, when known.
    public var location: TextLocation?
    /// A change of how the file is read that would resolve the problem, when there is one;
    /// ``description`` ends with it, and a tool can name its own way of making that change.
    public var remedy: Remedy?

    /// A change of how a file is read that resolves a diagnostic.
    public enum Remedy: String, Hashable, Sendable, CustomStringConvertible {
        /// Read the file as directed (``NetworkReadOptions/undirected`` off): an asymmetric
        /// adjacency matrix cannot be read as undirected.
        case readAsDirected

        /// The remedy in a few words: "read it as directed".
        public var description: String {
            switch self {
            case .readAsDirected: "read it as directed"
            }
        }
    }

    /// The longest message kept, in characters: a message quoting a hostile value (a 10 MB id,
    /// a whole document) is cut there, so every diagnostic stays one readable line.
    public static let maximumMessageLength = 1_200

    /// Creates a diagnostic. The message is kept to one line of at most
    /// ``maximumMessageLength`` characters: line breaks and other control characters become
    /// visible escapes (`\n`, `\u{1B}`) and a longer message is cut with a note of how much.
    public init(_ severity: Severity, _ message: String, file: String? = nil, location: TextLocation? = nil,
                remedy: Remedy? = nil) {
        self.severity = severity
        self.message = Self.oneLine(message)
        self.file = file
        self.location = location
        self.remedy = remedy
    }

    /// The message as one line of at most ``maximumMessageLength`` characters.
    static func oneLine(_ message: String) -> String {
        let clean = message.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        if clean && message.utf8.count <= maximumMessageLength { return message }
        var out = String.UnicodeScalarView()
        var kept = 0
        var total = 0
        for scalar in message.unicodeScalars {
            total += 1
            guard kept < maximumMessageLength else { continue }
            kept += 1
            switch scalar.value {
            case 0x0A: out.append(contentsOf: "\\n".unicodeScalars)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case 0x09: out.append(contentsOf: "\\t".unicodeScalars)
            case 0..<0x20, 0x7F: out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        var text = String(out)
        if total > kept { text += "… (\(total - kept) more characters)" }
        return text
    }

    /// `FILE:LINE:COL: error: message`, leaving out what is unknown, followed by the
    /// ``remedy`` in parentheses when there is one.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file
            if let location { prefix += ":\(location.line):\(location.column)" }
            prefix += ": "
        } else if let location {
            prefix = "\(location.line):\(location.column): "
        }
        return "\(prefix)\(severity.rawValue): \(message)" + (remedy.map { " (\($0))" } ?? "")
    }
}

/// Thrown when a network file or a network has errors; carries every diagnostic found.
public struct InvalidNetwork: Error, Sendable, CustomStringConvertible {
    /// All problems found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
