import ArgumentParser
import Cohesion

extension TableFormat: ExpressibleByArgument {}

/// Where and how results are written: `--format`, `--output`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json or markdown.")
    var format: TableFormat = .table

    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Writes text to the output file, replacing it whole, or to standard output.
    func emit(_ text: String) throws {
        if let output {
            try NetworkFile.writeAtomically(Array(text.utf8), to: output)
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// Writes a table in the chosen format.
    func emit(_ table: MeasureTable) throws {
        try emit(table.render(format))
    }
}
