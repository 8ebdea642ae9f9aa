import ArgumentParser
import Cohesion
import CohesionGraphviz

extension NetworkFormat: ExpressibleByArgument {}

/// How input files are read: the options every command that takes INPUT shares.
struct InputOptions: ParsableArguments {
    @Option(help: "A CSV node file (column 'id' plus attributes) joined to a CSV edge list.")
    var nodes: String?

    @Flag(help: "Read CSV ties of undeclared kinds as undirected.")
    var undirected = false

    @Option(name: .customLong("from"), help: "The input format, overriding the extension (\(NetworkFormat.allCases.map(\.rawValue).joined(separator: "|"))).")
    var format: NetworkFormat?

    var readOptions: NetworkReadOptions {
        NetworkReadOptions(undirected: undirected, nodesPath: nodes, format: format, dotReader: ToolReaders.dot,
                           readers: ToolReaders.extra)
    }

    /// Reads and validates a network; every error is thrown with its file, line and column.
    func load(_ path: String) throws -> Network {
        try NetworkFile.read(path, options: readOptions)
    }
}

/// Readers the tool adds to the library's own (DOT through Graphviz, when linked).
enum ToolReaders {
    static let dot: (@Sendable ([UInt8], String) throws -> Network)? = { bytes, file in
        try DOTImport.networkSynchronously(fromDOT: String(decoding: bytes, as: UTF8.self), file: file)
    }
    static let extra: [NetworkFormat: @Sendable ([UInt8], String) throws -> Network] = [:]
}
