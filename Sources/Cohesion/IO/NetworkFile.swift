import Foundation

/// Options for reading a network file.
public struct NetworkReadOptions: Sendable {
    /// Read CSV ties of undeclared kinds as undirected.
    public var undirected: Bool
    /// A CSV node file to join to a CSV edge list by `id`.
    public var nodesPath: String?
    /// The format, when the extension does not say or should be overridden.
    public var format: NetworkFormat?
    /// The formats to choose from by extension; ``FormatRegistry/shared`` unless given.
    public var formats: FormatRegistry
    /// The CSV delimiter (`,`, `;`, tab); nil sniffs it from the header.
    public var delimiter: UInt8?
    /// The CSV decimal separator.
    public var decimal: CSVDecimalSeparator = .automatic
    /// Read a DL file's matrices named by years as one layer over those years
    /// (``NetworkPanel/readingYears(_:)``) rather than as layers.
    public var dlMatricesAsYears = false

    /// Creates options.
    public init(undirected: Bool = false, nodesPath: String? = nil, format: NetworkFormat? = nil,
                formats: FormatRegistry = .shared) {
        self.undirected = undirected
        self.nodesPath = nodesPath
        self.format = format
        self.formats = formats
    }
}

/// Reading, validating and writing network files.
///
/// ```swift
/// let lille = try NetworkFile.read("Networks/lille.yaml")
/// try NetworkFile.write(lille, to: "lille.json")
/// ```
public enum NetworkFile {
    /// Reads and validates a network file; warnings are dropped, errors thrown.
    ///
    /// - Throws: ``InvalidNetwork`` with every problem, each naming the file, line and column.
    public static func read(_ path: String, options: NetworkReadOptions = NetworkReadOptions()) throws -> Network {
        let (network, diagnostics) = load(path, options: options)
        guard let network, !diagnostics.hasErrors else { throw InvalidNetwork(diagnostics.filter { $0.severity == .error }) }
        return network
    }

    /// Reads a file and returns every diagnostic, errors and warnings, in file order.
    public static func validate(_ path: String, options: NetworkReadOptions = NetworkReadOptions()) -> [Diagnostic] {
        load(path, options: options).diagnostics
    }

    /// Reads a file: the network (nil when it could not be read at all) and every diagnostic.
    public static func load(_ path: String, options: NetworkReadOptions = NetworkReadOptions()) -> (network: Network?, diagnostics: [Diagnostic]) {
        guard let format = options.format ?? options.formats.format(forPath: path) else {
            let readable = FormatRegistry(options.formats.formats.filter(\.reads)).extensionList
            return (nil, [Diagnostic(.error, "cannot tell the format from the extension (readable: \(readable); or name the format)", file: path)])
        }
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path)
        } catch let error as InvalidNetwork {
            return (nil, error.diagnostics)
        } catch {
            return (nil, [Diagnostic(.error, "\(error)", file: path)])
        }
        return load(bytes: bytes, file: path, format: format, options: options)
    }

    /// The CSV options a read uses: direction, delimiter, decimal separator, node file.
    static func csvOptions(_ options: NetworkReadOptions) throws -> CSVReadOptions {
        var csv = CSVReadOptions(undirected: options.undirected, delimiter: options.delimiter, decimal: options.decimal)
        if let nodesPath = options.nodesPath { csv.nodes = (try readBytes(nodesPath), nodesPath) }
        return csv
    }

    /// Reads a network from bytes in a given format; `file` names it in diagnostics. Unless the
    /// options name the format, a format sharing its extension that recognizes the bytes is
    /// read instead (node-link JSON in a `.json` file).
    public static func load(bytes: [UInt8], file: String, format: NetworkFormat,
                            options: NetworkReadOptions = NetworkReadOptions()) -> (network: Network?, diagnostics: [Diagnostic]) {
        // Every format is UTF-8 text: a byte-order mark is dropped and invalid bytes refused here,
        // so no reader replaces them silently.
        let bytes = Array(TextInput.droppingByteOrderMark(bytes))
        if let bad = TextInput.firstInvalidUTF8(bytes) { return (nil, [TextInput.invalidUTF8(at: bad, in: bytes, file: file)]) }
        let registered = options.formats.format(id: format.rawValue) ?? format
        let chosen = options.format == nil ? options.formats.refining(registered, bytes: bytes) : registered
        guard let reader = chosen.reader else {
            let why = chosen.unreadableReason.map { ": " + $0 } ?? ""
            return (nil, [Diagnostic(.error, "reading \(chosen.name) is not supported\(why)", file: file)])
        }
        // Graphviz's scanner is slow on very long tokens: refuse them before it sees the text.
        if chosen == .dot {
            let tooLong = DOTInputCheck.check(bytes, file: file)
            if !tooLong.isEmpty { return (nil, tooLong) }
        }
        do {
            let loaded = try reader(bytes, file, options)
            return (loaded.network, loaded.diagnostics)
        } catch let error as InvalidNetwork {
            return (nil, error.diagnostics)
        } catch where chosen == .dot {
            // Graphviz names the line inside its text: place it.
            return (nil, [DOTInputCheck.diagnostic(String(describing: error), file: file)])
        } catch {
            return (nil, [Diagnostic(.error, "\(error)", file: file)])
        }
    }

    /// Writes a network in the format its path names, replacing the file atomically: a
    /// failed write never leaves a half-written file. Returns warnings that list what the
    /// format cannot hold (amounts in Pajek, sources in GraphML…); the file is written anyway.
    ///
    /// For CSV, `nodesPath` names a node list written beside the edge list; without it the
    /// stakeholders' fields and isolates are among the warnings.
    ///
    /// - Throws: when the format cannot be written or the file system refuses.
    @discardableResult
    public static func write(_ network: Network, to path: String, format: NetworkFormat? = nil,
                             nodesPath: String? = nil) throws -> [Diagnostic] {
        guard let format = format ?? NetworkFormat(path: path) else {
            throw InvalidNetwork([Diagnostic(.error, "cannot tell the output format from the extension (writable: \(FormatRegistry.shared.writableExtensionList))", file: path)])
        }
        let (bytes, warnings) = try encode(network, format: format, file: path)
        if format == .csv, let nodesPath {
            try writeAtomically(CSVWriter.nodeList(network), to: nodesPath)
        }
        try writeAtomically(bytes, to: path)
        if format == .csv { return CSVWriter.warnings(network, withNodeList: nodesPath != nil, file: path) }
        return warnings
    }

    /// A network's bytes in a format, and warnings naming what the format cannot hold.
    ///
    /// - Throws: ``InvalidNetwork`` when the format cannot be written, or what its writer throws.
    public static func encode(_ network: Network, format: NetworkFormat, file: String? = nil) throws -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let registered = FormatRegistry.shared.format(id: format.rawValue) ?? format
        guard let writer = registered.writer else {
            throw InvalidNetwork([Diagnostic(.error, "writing \(registered.name) is not supported", file: file)])
        }
        return try writer(network, file)
    }

    /// Writes bytes to a file through a temporary file renamed into place, so readers see the
    /// old file or the whole new one, never a part.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InvalidNetwork([Diagnostic(.error, "cannot write the file: \(error.localizedDescription)", file: path)])
        }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InvalidNetwork([Diagnostic(.error, "no such file", file: path)])
        }
        guard !isDirectory.boolValue else { throw InvalidNetwork([Diagnostic(.error, "is a directory, not a network file", file: path)]) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InvalidNetwork([Diagnostic(.error, "cannot read the file", file: path)])
        }
        return [UInt8](data)
    }

    static func located(_ d: Diagnostic, file: String) -> Diagnostic {
        var copy = d
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// Diagnostics sorted by line and column, those without a place last, ties kept in order.
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element.location ?? TextLocation(line: .max, column: .max)
            let y = b.element.location ?? TextLocation(line: .max, column: .max)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}
