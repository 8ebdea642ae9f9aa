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

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, file: String? = nil, location: TextLocation? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
    }

    /// `FILE:LINE:COL: error: message`, leaving out what is unknown.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file
            if let location { prefix += ":\(location.line):\(location.column)" }
            prefix += ": "
        } else if let location {
            prefix = "\(location.line):\(location.column): "
        }
        return "\(prefix)\(severity.rawValue): \(message)"
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
