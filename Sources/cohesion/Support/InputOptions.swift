import ArgumentParser
import Cohesion
import CohesionGraphviz

extension NetworkFormat: ExpressibleByArgument {
    /// The identifiers `--help` lists.
    public static var allValueStrings: [String] { ToolFormats.registry.formats.map(\.rawValue) }
}

/// How input files are read: the options every command that takes INPUT shares.
struct InputOptions: ParsableArguments {
    @Option(help: "A CSV node file (column 'id' plus attributes) joined to a CSV edge list.")
    var nodes: String?

    @Flag(help: "Read CSV ties of undeclared kinds as undirected.")
    var undirected = false

    @Option(name: .customLong("from"), help: "The input format, overriding the extension (\(ToolFormats.registry.identifierList)).")
    var format: NetworkFormat?

    var readOptions: NetworkReadOptions {
        NetworkReadOptions(undirected: undirected, nodesPath: nodes, format: format, formats: ToolFormats.registry)
    }

    /// Reads and validates a network; every error is thrown with its file, line and column.
    func load(_ path: String) throws -> Network {
        try NetworkFile.read(path, options: readOptions)
    }
}

/// The formats the tool reads and writes: the library's, with DOT read through Graphviz.
enum ToolFormats {
    static let registry: FormatRegistry = {
        DOTImport.registerReader()
        return FormatRegistry.shared
    }()
}
