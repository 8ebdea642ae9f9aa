import ArgumentParser
import Cohesion

/// `cohesion info FILE`: counts by stakeholder kind, tie kind, year span and statements.
struct InfoCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Counts by stakeholder kind, tie kind (layer), year span and statements.")

    @Argument(help: "A network file.")
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let summary = NetworkSummary(try input.load(file))
        switch output.format {
        case .json:
            try output.emit(summary.jsonValue.text(pretty: true) + "\n")
        case .csv:
            var table = MeasureTable(columns: ["category", "count"], idColumn: "item", rowsKey: "items")
            for k in summary.stakeholdersByKind { table.append(id: k.id, [.text("stakeholderKind"), .integer(k.count)]) }
            for k in summary.stakeholdersBySector { table.append(id: k.id, [.text("sector"), .integer(k.count)]) }
            for k in summary.tiesByKind { table.append(id: k.id, [.text("tieKind"), .integer(k.count)]) }
            if summary.statementCount > 0 {
                table.append(id: "statements", [.text("discourse"), .integer(summary.statementCount)])
                table.append(id: "concepts", [.text("discourse"), .integer(summary.conceptCount)])
                table.append(id: "speakingActors", [.text("discourse"), .integer(summary.speakingActorCount)])
            }
            try output.emit(table.render(.csv))
        case .table, .markdown:
            try output.emit(text(summary, markdown: output.format == .markdown))
        }
    }

    func text(_ s: NetworkSummary, markdown: Bool) -> String {
        var out = ""
        let heading = [s.title, s.place.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        out += markdown ? "## \(heading.isEmpty ? file : heading)\n\n" : "\(heading.isEmpty ? file : heading)\n"
        let years = s.yearSpan.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "undated"
        out += "\(s.stakeholderCount) stakeholders, \(s.tieCount) ties, years \(years)\n"
        out += "\(s.citedTieCount) ties cite a source, \(s.illustrativeTieCount) are illustrative; "
        out += "\(s.sourceCount) sources (\(s.partisanSourceCount) partisan)\n"
        if s.statementCount > 0 {
            out += "\(s.statementCount) statements by \(s.speakingActorCount) stakeholders on \(s.conceptCount) concepts\n"
        }
        out += "\n"
        var kinds = MeasureTable(columns: ["stakeholders"], idColumn: "kind", rowsKey: "kinds")
        for k in s.stakeholdersByKind { kinds.append(id: k.id, [.integer(k.count)]) }
        var sectors = MeasureTable(columns: ["stakeholders"], idColumn: "sector", rowsKey: "sectors")
        for k in s.stakeholdersBySector { sectors.append(id: k.id, [.integer(k.count)]) }
        var layers = MeasureTable(columns: ["ties", "direction", "sign"], idColumn: "layer", rowsKey: "layers")
        for k in s.tiesByKind {
            layers.append(id: k.id, [.integer(k.count), .text(k.isDirected.map { $0 ? "directed" : "undirected" } ?? "?"),
                                     .text(k.sign?.rawValue ?? "?")])
        }
        let format: TableFormat = markdown ? .markdown : .table
        out += kinds.render(format) + "\n" + sectors.render(format) + "\n" + layers.render(format)
        return out
    }
}
