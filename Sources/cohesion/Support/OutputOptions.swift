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

    /// Writes a table with the selection it was computed on stated: a first line in a table,
    /// an italic line in markdown, a `selection` member first in JSON, and a note on standard
    /// error for CSV (which has no place for it).
    func emit(_ table: MeasureTable, stating selection: GraphSelection) throws {
        if format == .json {
            try emit(json: table.jsonValue, stating: selection)
        } else {
            try emit(table.render(format), stating: selection)
        }
    }

    /// Writes a JSON document with a `selection` member first.
    func emit(json: JSONValue, stating selection: GraphSelection) throws {
        try emit(Self.stating(selection, in: json).text(pretty: true) + "\n")
    }

    /// Writes table, markdown or CSV text with the selection stated as the format allows.
    func emit(_ text: String, stating selection: GraphSelection) throws {
        switch format {
        case .table: try emit("Ties: \(selection.summary)\n" + text)
        case .markdown: try emit("*Ties: \(selection.summary)*\n\n" + text)
        case .csv, .json:
            printError("note: ties: \(selection.summary)")
            try emit(text)
        }
    }

    /// A JSON object with the selection as its first member; other values are wrapped.
    static func stating(_ selection: GraphSelection, in json: JSONValue) -> JSONValue {
        if case .object(let members) = json { return .object([("selection", selection.jsonValue)] + members) }
        return .object([("selection", selection.jsonValue), ("result", json)])
    }
}
