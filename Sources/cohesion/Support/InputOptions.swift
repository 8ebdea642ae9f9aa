import ArgumentParser
import Cohesion
import CohesionGraphviz

extension NetworkFormat: ExpressibleByArgument {
    /// The identifiers `--help` lists.
    public static var allValueStrings: [String] { ToolFormats.registry.formats.map(\.rawValue) }
}
extension CSVDecimalSeparator: ExpressibleByArgument {}

/// `--nodes` and `--undirected`: how a CSV edge list becomes a network. A group of its own
/// because `evolution`, whose `--from` is a year, takes these without the rest of
/// ``InputOptions``.
struct CSVNetworkOptions: ParsableArguments {
    @Option(help: "A CSV node file (column 'id' plus attributes) joined to a CSV edge list.")
    var nodes: String?

    @Flag(help: "Read CSV ties of undeclared kinds as undirected.")
    var undirected = false

    /// The read options for a file of `format` (nil: by its extension).
    func readOptions(format: NetworkFormat?) -> NetworkReadOptions {
        NetworkReadOptions(undirected: undirected, nodesPath: nodes, format: format, formats: ToolFormats.registry)
    }
}

/// How input files are read: the options every command that takes INPUT shares.
struct InputOptions: ParsableArguments {
    @OptionGroup var csv: CSVNetworkOptions

    @Option(name: .customLong("from"), help: "The input format, overriding the extension (\(ToolFormats.registry.identifierList)).")
    var format: NetworkFormat?

    @Option(help: "The CSV delimiter: ',', ';' or 'tab' (default: sniffed from the header).")
    var delimiter: String?

    @Option(help: "The CSV decimal separator: '.', ',' or auto (a comma in ';' files).")
    var decimal: CSVDecimalSeparator = .automatic

    @Flag(name: .customLong("dl-years"), help: "Read a DL file's matrices labelled by years (2015, 2018…) as waves of one network, not as layers.")
    var dlYears = false

    var readOptions: NetworkReadOptions {
        var options = csv.readOptions(format: format)
        options.delimiter = switch delimiter {
        case nil: nil
        case "tab"?, "\\t"?, "\t"?: 0x09
        case let d?: d.utf8.count == 1 ? d.utf8.first : nil
        }
        options.decimal = decimal
        options.dlMatricesAsYears = dlYears
        return options
    }

    /// Checks the options before anything is read.
    func validate() throws {
        if let d = delimiter, !["tab", "\\t", "\t"].contains(d), d.utf8.count != 1 || d == "\"" || d == "\n" {
            throw ValidationError("--delimiter takes one character (',', ';', '|') or 'tab', found '\(d)'")
        }
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
