import Foundation

/// The file formats ``NetworkFile`` reads and writes, by identifier and extension.
///
/// ``builtIn`` holds the formats of the `IO` folders; ``shared`` is the registry reading and
/// writing use by default, to which other modules add: `CohesionGraphviz` registers DOT
/// reading with ``register(reader:for:)``. Messages that list formats (`--from`, an unknown
/// extension) read ``shared``.
///
/// ```swift
/// FormatRegistry.register(reader: NetworkFormat.validating { bytes, file, _ in try MyReader.read(bytes, file) },
///                         for: .dot)
/// FormatRegistry.shared.extensionList   // ".yaml, .yml, .json, .csv, …"
/// ```
///
/// - Complexity: look-ups are O(*k*) for *k* formats.
public struct FormatRegistry: Sendable {
    /// The formats, in registration order.
    public private(set) var formats: [NetworkFormat]

    /// A registry of the given formats.
    public init(_ formats: [NetworkFormat]) { self.formats = formats }

    /// The formats of the `IO` folders. A new format is declared in its folder and appended here.
    public static let builtIn = FormatRegistry([.yaml, .json, .csv, .graphml, .gexf, .dl, .pajek, .dot, .nodeLink,
                                                .gml, .edgeList, .adjacency, .xlsx, .dna])

    private static let storage = Locked(FormatRegistry.builtIn)

    /// The registry reading and writing use unless options give another.
    public static var shared: FormatRegistry { storage.read { $0 } }

    /// Adds a format to ``shared``, or replaces the one with its identifier.
    public static func register(_ format: NetworkFormat) {
        storage.write { $0.add(format) }
    }

    /// Gives a format of ``shared`` a reader (DOT through Graphviz).
    public static func register(reader: @escaping NetworkFormat.Reader, for format: NetworkFormat) {
        storage.write { registry in
            let current = registry.format(id: format.rawValue) ?? format
            registry.add(current.with(reader: reader))
        }
    }

    /// Adds a format, or replaces the one with its identifier in place.
    public mutating func add(_ format: NetworkFormat) {
        if let i = formats.firstIndex(of: format) { formats[i] = format } else { formats.append(format) }
    }

    /// The format with an identifier, ignoring case.
    public func format(id: String) -> NetworkFormat? {
        formats.first { $0.rawValue == id } ?? formats.first { $0.rawValue.lowercased() == id.lowercased() }
    }

    /// The formats an extension names (without its dot, any case), default first.
    public func formats(forExtension ext: String) -> [NetworkFormat] {
        let lower = ext.lowercased()
        return formats.filter { $0.extensions.contains(lower) }
    }

    /// The extension of a path's last component, lowercased, if it has one.
    public static func pathExtension(_ path: String) -> String? {
        path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        }
    }

    /// The default format of a path's extension.
    public func format(forPath path: String) -> NetworkFormat? {
        Self.pathExtension(path).flatMap { formats(forExtension: $0).first }
    }

    /// The format to read bytes with when the path names `format`: another format sharing an
    /// extension with it that recognizes the bytes (node-link JSON in a `.json` file), else `format`.
    public func refining(_ format: NetworkFormat, bytes: [UInt8]) -> NetworkFormat {
        formats.first { other in
            other != format && !Set(other.extensions).isDisjoint(with: format.extensions) && other.recognizes?(bytes) == true
        } ?? format
    }

    /// Every extension, dotted, in registration order: ".yaml, .yml, .json, …".
    public var extensionList: String {
        var seen = Set<String>()
        return formats.flatMap(\.extensions).filter { seen.insert($0).inserted }.map { "." + $0 }.joined(separator: ", ")
    }

    /// The extensions of the formats that can be written, dotted.
    public var writableExtensionList: String {
        var seen = Set<String>()
        return formats.filter(\.writes).flatMap(\.extensions).filter { seen.insert($0).inserted }.map { "." + $0 }
            .joined(separator: ", ")
    }

    /// Every identifier, separated by `|`: what `--from` and `--to` take.
    public var identifierList: String { formats.map(\.rawValue).joined(separator: "|") }
}

/// A value behind a lock, for the shared registry.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func read<T>(_ body: (Value) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body(value)
    }

    func write(_ body: (inout Value) -> Void) {
        lock.lock(); defer { lock.unlock() }
        body(&value)
    }
}

extension FormatRegistry {
    /// One sentence per format for help texts: "GraphML (.graphml): reads, writes."
    public var formatHelp: String {
        formats.map { f in
            let what = [f.reads ? "reads" : nil, f.writes ? "writes" : nil].compactMap { $0 }.joined(separator: " and ")
            return "\(f.name) (\(f.extensions.map { "." + $0 }.joined(separator: ", "))): \(what.isEmpty ? "registered" : what)."
        }.joined(separator: " ")
    }
}
