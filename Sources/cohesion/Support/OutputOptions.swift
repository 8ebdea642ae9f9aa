import ArgumentParser
import Cohesion
import Foundation

extension TableFormat: ExpressibleByArgument {}

/// Where and how results are written: `--format`, `--output`.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: "Output format: table, csv, json or markdown; by default the extension of --output (.csv, .json, .md), else table.")
    var requestedFormat: TableFormat?

    @Option(name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// The format written: --format, else the one the output file's extension names, else a table.
    var format: TableFormat {
        requestedFormat ?? output.flatMap(Self.format(forPath:)) ?? .table
    }

    /// The table format an output path's extension names, if any.
    static func format(forPath path: String) -> TableFormat? {
        switch FormatRegistry.pathExtension(path) {
        case "csv": .csv
        case "json": .json
        case "md", "markdown": .markdown
        case "txt": .table
        default: nil
        }
    }

    /// The width terminal tables fit: `COLUMNS` when set, else the terminal's width, else 100.
    static var terminalWidth: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return max(40, n) }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(40, Int(size.ws_col))
        }
        return 100
    }

    /// The width tables and prose fit in the chosen format (none but for tables).
    var width: Int? { format == .table ? Self.terminalWidth : nil }

    /// Writes text to the output file, replacing it whole, or to standard output. In table
    /// format, prose lines wider than ``width`` wrap at spaces.
    func emit(_ text: String) throws {
        let text = width.map { Self.wrappingLines(text, to: $0) } ?? text
        if let output {
            try NetworkFile.writeAtomically(Array(text.utf8), to: output)
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    /// Writes a table in the chosen format, fitted to ``width``.
    func emit(_ table: MeasureTable) throws {
        try emit(table.render(format, width: width))
    }

    /// Text whose lines are at most `width` characters, long lines broken at spaces.
    static func wrappingLines(_ text: String, to width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            return MeasureTable.wrapped(String(line), to: width).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Writes a table with the selection it was computed on stated: a first line in a table,
    /// an italic line in markdown, a `selection` member first in JSON, and a note on standard
    /// error for CSV (which has no place for it).
    func emit(_ table: MeasureTable, stating selection: GraphSelection) throws {
        if format == .json {
            try emit(json: table.jsonValue, stating: selection)
        } else {
            try emit(table.render(format, width: width), stating: selection)
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
