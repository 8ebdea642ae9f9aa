/// A file format a network can be read from or written to: its name, the extensions that
/// choose it, what it holds, and its reader and writer.
///
/// Formats are values registered in a ``FormatRegistry``; ``NetworkFile``, the tool's
/// `--from`/`--to`, `convert` and every message that lists formats read the registry. The
/// built-in formats are the static members (``yaml``, ``csv``, ``graphml``…); a module that
/// reads a format the core cannot (DOT through Graphviz) registers a reader with
/// ``FormatRegistry/register(reader:for:)``.
///
/// ```swift
/// NetworkFormat(path: "Networks/lille.yaml")       // .yaml
/// NetworkFormat(rawValue: "node-link")?.name       // "NetworkX node-link JSON"
/// ```
///
/// - Complexity: O(*k*) to look a format up among *k* registered formats.
public struct NetworkFormat: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    /// Reads a file's bytes into a network and every diagnostic (errors and warnings); `file`
    /// names the input in diagnostics.
    public typealias Reader = @Sendable (_ bytes: [UInt8], _ file: String, _ options: NetworkReadOptions) throws -> LoadedNetwork
    /// Writes a network's bytes, with warnings naming what the format cannot hold.
    public typealias Writer = @Sendable (_ network: Network, _ file: String?) throws -> (bytes: [UInt8], warnings: [Diagnostic])

    /// The short identifier (`yaml`, `node-link`): what `--from` and `--to` take.
    public let rawValue: String
    /// The name messages use (`GraphML`, `UCINET DL`).
    public let name: String
    /// The lowercase extensions, without dots, that choose the format; several formats may
    /// share one (native JSON and node-link JSON), the first registered being the default.
    public let extensions: [String]
    /// What the format holds of a network; ``FormatLosses`` lists the rest when writing.
    public let keeps: FormatCapabilities
    /// The reader, if the format can be read.
    public let reader: Reader?
    /// The writer, if the format can be written.
    public let writer: Writer?
    /// Tells this format's files apart from another's with the same extension (node-link JSON
    /// from native JSON), by their first bytes.
    public let recognizes: (@Sendable (_ bytes: [UInt8]) -> Bool)?
    /// Why the format cannot be read, when it cannot: said in the error.
    public let unreadableReason: String?

    /// Declares a format.
    public init(id: String, name: String, extensions: [String], keeps: FormatCapabilities,
                reader: Reader? = nil, writer: Writer? = nil,
                recognizes: (@Sendable ([UInt8]) -> Bool)? = nil, unreadableReason: String? = nil) {
        self.rawValue = id
        self.name = name
        self.extensions = extensions
        self.keeps = keeps
        self.reader = reader
        self.writer = writer
        self.recognizes = recognizes
        self.unreadableReason = unreadableReason
    }

    /// The registered format with this identifier.
    public init?(rawValue: String) {
        guard let format = FormatRegistry.shared.format(id: rawValue) else { return nil }
        self = format
    }

    /// The registered format a path's extension names, if any (the first registered for an
    /// extension several formats share).
    public init?(path: String) {
        guard let format = FormatRegistry.shared.format(forPath: path) else { return nil }
        self = format
    }

    /// Every registered format, in registration order.
    public static var allCases: [NetworkFormat] { FormatRegistry.shared.formats }

    /// Whether the format can be read.
    public var reads: Bool { reader != nil }
    /// Whether the format can be written.
    public var writes: Bool { writer != nil }
    /// The identifier.
    public var description: String { rawValue }

    /// A copy with another reader.
    public func with(reader: @escaping Reader) -> NetworkFormat {
        NetworkFormat(id: rawValue, name: name, extensions: extensions, keeps: keeps, reader: reader, writer: writer,
                      recognizes: recognizes, unreadableReason: nil)
    }

    /// A reader from a function that reads bytes into a network; the network is validated and
    /// diagnostics without a file are given `file`.
    public static func validating(_ read: @escaping @Sendable (_ bytes: [UInt8], _ file: String, _ options: NetworkReadOptions) throws -> Network) -> Reader {
        { bytes, file, options in
            let network = try read(bytes, file, options)
            return LoadedNetwork(network: network, diagnostics: network.validate().map { NetworkFile.located($0, file: file) })
        }
    }

    /// A reader for a format whose reader also gives warnings of its own (a negative weight
    /// kept as an attribute): those come first, then the network's validation.
    static func validatingWithWarnings(_ read: @escaping @Sendable (_ bytes: [UInt8], _ file: String, _ options: NetworkReadOptions) throws -> (network: Network, warnings: [Diagnostic])) -> Reader {
        { bytes, file, options in
            let (network, warnings) = try read(bytes, file, options)
            return LoadedNetwork(network: network, diagnostics: warnings + network.validate().map { NetworkFile.located($0, file: file) })
        }
    }

    /// Formats are equal when their identifiers are.
    public static func == (a: NetworkFormat, b: NetworkFormat) -> Bool { a.rawValue == b.rawValue }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

/// What reading a file gives: the network, nil when it could not be read at all, and every
/// diagnostic in file order.
public struct LoadedNetwork: Sendable {
    /// The network, when the file could be read.
    public var network: Network?
    /// Errors and warnings.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(network: Network?, diagnostics: [Diagnostic]) {
        self.network = network
        self.diagnostics = diagnostics
    }
}
