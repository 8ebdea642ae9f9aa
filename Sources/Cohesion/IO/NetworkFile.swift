import Foundation

/// Options for reading a network file.
public struct NetworkReadOptions: Sendable {
    /// Read CSV ties of undeclared kinds as undirected.
    public var undirected: Bool
    /// A CSV node file to join to a CSV edge list by `id`.
    public var nodesPath: String?
    /// The format, when the extension does not say or should be overridden.
    public var format: NetworkFormat?
    /// Reads DOT text into a network; the Graphviz module provides one, since parsing DOT
    /// needs the Graphviz library, which `Cohesion` does not link.
    public var dotReader: (@Sendable (_ bytes: [UInt8], _ file: String) throws -> Network)?
    /// Readers for further formats, by format; they take precedence over the built-in ones.
    public var readers: [NetworkFormat: @Sendable (_ bytes: [UInt8], _ file: String) throws -> Network]

    /// Creates options.
    public init(undirected: Bool = false, nodesPath: String? = nil, format: NetworkFormat? = nil,
                dotReader: (@Sendable ([UInt8], String) throws -> Network)? = nil,
                readers: [NetworkFormat: @Sendable ([UInt8], String) throws -> Network] = [:]) {
        self.undirected = undirected
        self.nodesPath = nodesPath
        self.format = format
        self.dotReader = dotReader
        self.readers = readers
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
        guard let format = options.format ?? NetworkFormat(path: path) else {
            return (nil, [Diagnostic(.error, "cannot tell the format from the extension (use .yaml, .yml, .json, .csv, .graphml, .dl, .net, .gv or .dot, or --from)", file: path)])
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

    /// Reads a network from bytes in a given format; `file` names it in diagnostics.
    public static func load(bytes: [UInt8], file: String, format: NetworkFormat,
                            options: NetworkReadOptions = NetworkReadOptions()) -> (network: Network?, diagnostics: [Diagnostic]) {
        // Every format is UTF-8 text: a byte-order mark is dropped and invalid bytes refused here,
        // so no reader replaces them silently.
        let bytes = Array(TextInput.droppingByteOrderMark(bytes))
        if let bad = TextInput.firstInvalidUTF8(bytes) { return (nil, [TextInput.invalidUTF8(at: bad, in: bytes, file: file)]) }
        do {
            if let reader = options.readers[format] {
                let network = try reader(bytes, file)
                return (network, network.validate().map { located($0, file: file) })
            }
            switch format {
            case .json where options.format == nil && NodeLinkJSON.looksLikeNodeLink(bytes), .nodeLink:
                let (network, warnings) = try NodeLinkJSON.readWithWarnings(bytes: bytes, file: file)
                return (network, warnings + network.validate().map { located($0, file: file) })
            case .yaml, .json:
                guard let text = String(bytes: bytes, encoding: .utf8) else {
                    return (nil, [Diagnostic(.error, "not valid YAML or JSON: the file is not UTF-8 text", file: file)])
                }
                let (network, map, syntax) = NativeDecoder.decode(text: text, file: file)
                if syntax.hasErrors && network.stakeholders.isEmpty && network.ties.isEmpty { return (nil, syntax) }
                let all = inFileOrder(syntax + network.validate(sourceMap: map))
                return (network, all)
            case .csv:
                var csv = CSVReadOptions(undirected: options.undirected)
                if let nodesPath = options.nodesPath { csv.nodes = (try readBytes(nodesPath), nodesPath) }
                let network = try EdgeListCSV.read(bytes: bytes, file: file, options: csv).declaringCitedSources()
                return (network, network.validate().map { located($0, file: file) })
            case .dot:
                guard let dotReader = options.dotReader else {
                    return (nil, [Diagnostic(.error, "reading DOT needs the Graphviz library: use the cohesion tool or CohesionGraphviz", file: file)])
                }
                let tooLong = DOTInputCheck.check(bytes, file: file)
                if !tooLong.isEmpty { return (nil, tooLong) }
                let network: Network
                do { network = try dotReader(bytes, file) } catch let error as InvalidNetwork { throw error } catch {
                    return (nil, [DOTInputCheck.diagnostic(String(describing: error), file: file)])
                }
                return (network, network.validate().map { located($0, file: file) })
            case .graphml:
                let (network, warnings) = try GraphMLReader.readWithWarnings(bytes: bytes, file: file)
                return (network, warnings + network.validate().map { located($0, file: file) })
            case .dl:
                let (network, warnings) = try DLReader.readWithWarnings(bytes: bytes, file: file)
                return (network, warnings + network.validate().map { located($0, file: file) })
            case .pajek:
                let (network, warnings) = try PajekNet.readWithWarnings(bytes: bytes, file: file)
                return (network, warnings + network.validate().map { located($0, file: file) })
            case .gexf:
                return (nil, [Diagnostic(.error, "reading GEXF is not supported: Cohesion writes GEXF for Gephi; export GraphML from Gephi to read a network back", file: file)])
            }
        } catch let error as InvalidNetwork {
            return (nil, error.diagnostics)
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
            throw InvalidNetwork([Diagnostic(.error, "cannot tell the output format from the extension", file: path)])
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
    /// - Throws: never for the formats Cohesion writes; kept for formats a later reader adds.
    public static func encode(_ network: Network, format: NetworkFormat, file: String? = nil) throws -> (bytes: [UInt8], warnings: [Diagnostic]) {
        switch format {
        case .yaml: return (Array(network.yamlText().utf8), [])
        case .json: return (Array(network.jsonText().utf8), [])
        case .nodeLink: return NodeLinkJSON.write(network, file: file)
        case .graphml: return GraphMLWriter.write(network, file: file)
        case .gexf: return GEXFWriter.write(network, file: file)
        case .dl: return DLWriter.write(network, file: file)
        case .pajek: return PajekNet.write(network, file: file)
        case .csv: return (CSVWriter.edgeList(network), CSVWriter.warnings(network, withNodeList: false, file: file))
        case .dot: return DOTNetworkWriter.write(network, file: file)
        }
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
