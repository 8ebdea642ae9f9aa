import ArgumentParser
import Cohesion
import Foundation

extension CoalitionMethod: ExpressibleByArgument {}

/// `cohesion coalitions FILE`: coalitions by modularity optimisation (Louvain or Leiden),
/// optionally signed so that conflicts separate coalitions.
struct CoalitionsCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalitions",
        abstract: "Coalitions by modularity optimisation (Louvain or Leiden), optionally signed.",
        discussion: """
            Modularity is directed on a directed graph (Leicht–Newman, as NetworkX) and undirected \
            otherwise; weights, with --weights strength, are strengths. Without --signed, conflict \
            (negative) ties are left out; with --signed, ties are read undirected, conflicts count \
            against putting their ends together (signed modularity, Gómez et al. 2009) and the \
            structural balance and frustration are reported. Results are reproducible for a --seed. \
            --against ATTR compares the coalitions with the groups of an attribute (NMI, ARI, E-I, \
            and the groups' own modularity). --qap A,B correlates two layers (R sna's gcor) with a \
            permutation p-value (sna's qaptest null model; --permutations, --seed). \
            Coalitions are numbered from the largest. The table lists each coalition with its \
            stakeholders; csv lists one row per stakeholder; json has both.
            """)

    @Argument(help: "A network file.")
    var file: String

    @Option(help: "louvain or leiden.")
    var method: CoalitionMethod = .leiden

    @Option(help: "The resolution γ: above 1 finds more, smaller coalitions.")
    var resolution: Double = 1

    @Option(help: "The random seed (same seed, same coalitions).")
    var seed: UInt64 = 1

    @Flag(help: "Count conflict ties against coalitions (signed modularity) and report structural balance.")
    var signed = false

    @Option(help: "Also compare the coalitions with the groups of this attribute (kind, sector, level…): NMI, ARI, E-I.")
    var against: String?

    @Option(help: "QAP-correlate two layers of the network, e.g. funding,coalition (does funding go with coalition?).")
    var qap: String?

    @Option(help: "Permutations for the QAP test.")
    var permutations: Int = 2000

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var output: OutputOptions

    struct Result {
        var network: Network
        var graph: AnalysisGraph
        var found: Coalitions
        var balance: StructuralBalance?
        var frustration: Frustration?
        var comparison: (attribute: String, similarity: PartitionComparison, ei: EIIndex, modularity: Double)?
        var qap: (first: String, second: String, result: QAPCorrelation)?
    }

    func execute() throws {
        let network = try input.load(file)
        var chosen = try selection.selection(for: network)
        let result: Result
        do {
            if signed {
                let signedGraph = try SignedGraph(network, selection: chosen)
                let found = try signedGraph.coalitions(method: method, resolution: resolution, seed: seed)
                result = Result(network: network, graph: signedGraph.positive, found: found,
                                balance: signedGraph.structuralBalance(),
                                frustration: try signedGraph.frustration(of: found.assignment))
            } else {
                chosen.includesNegativeTies = false
                let graph = try AnalysisGraph(network, selection: chosen)
                let found = try graph.coalitions(method: method, resolution: resolution, seed: seed)
                result = Result(network: network, graph: graph, found: found)
            }
        } catch let error as GraphError {
            throw NetworkFile.locating(error, in: network, path: file, options: input.readOptions)
        } catch let error as CoalitionError {
            throw ToolError(error.description)
        }
        var full = result
        var stated = chosen
        stated.includesNegativeTies = signed
        if let attribute = against {
            let groups = try StakeholderGroups(network, attribute: attribute, graph: result.graph)
            let q = result.found.isSigned
                ? try SignedGraph(network, selection: chosen).modularity(of: groups, resolution: resolution)
                : try result.graph.modularity(of: groups, resolution: resolution)
            full.comparison = (attribute, try PartitionComparison(result.found.assignment, groups),
                               try result.graph.eiIndex(of: groups), q)
        }
        if let qap {
            let names = qap.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard names.count == 2 else { throw ToolError("--qap needs two layers separated by a comma, e.g. funding,coalition") }
            var graphs: [AnalysisGraph] = []
            for name in names {
                guard let kind = network.tieKind(id: name) else {
                    throw ToolError("unknown layer '\(name)' (this network has: \(network.layers.map(\.id).joined(separator: ", ")))")
                }
                var s = chosen
                s.layers = [kind]
                s.includesNegativeTies = true
                s.weights = .none
                graphs.append(try AnalysisGraph(network, selection: s))
            }
            do {
                full.qap = (names[0], names[1], try QAPCorrelation(graphs[0], graphs[1], permutations: permutations, seed: seed))
            } catch let error as CoalitionError {
                throw ToolError(error.description)
            }
        }
        switch output.format {
        case .json: try output.emit(json: json(full), stating: stated)
        case .csv: try output.emit(nodeTable(full).render(.csv), stating: stated)
        case .table, .markdown: try output.emit(text(full, markdown: output.format == .markdown, width: output.width), stating: stated)
        }
    }

    func summary(_ r: Result) -> String {
        let name = r.found.method == .leiden ? "Leiden" : "Louvain"
        var line = "\(name)\(r.found.isSigned ? " (signed)" : ""), resolution \(NumberText.significant(r.found.resolution)), "
        line += "seed \(r.found.seed): \(r.found.count) coalition\(r.found.count == 1 ? "" : "s"), "
        line += "\(r.found.isSigned ? "signed " : "")modularity \(NumberText.significant(r.found.modularity))"
        return line
    }

    func text(_ r: Result, markdown: Bool, width: Int? = nil) -> String {
        let format: TableFormat = markdown ? .markdown : .table
        let title = r.network.title ?? file
        var out = markdown ? "## \(title)\n\n\(summary(r))\n" : "\(title)\n\(summary(r))\n"
        if let b = r.balance, let f = r.frustration {
            out += "Structural balance: \(b.balancedCount) of \(b.triadCount) closed triads balanced"
            out += " (\(NumberText.significant(b.balancedShare))); frustration: \(f.count) of \(f.tieCount) ties"
            out += " (\(f.negativeInside) conflicts inside coalitions, \(f.positiveBetween) cooperative ties between)\n"
        }
        if let c = r.comparison {
            out += "Against \(c.attribute): NMI \(NumberText.significant(c.similarity.normalizedMutualInformation)), "
            out += "ARI \(NumberText.significant(c.similarity.adjustedRandIndex)); E-I by \(c.attribute) "
            out += "\(NumberText.significant(c.ei.value)); modularity of the \(c.attribute) groups "
            out += "\(NumberText.significant(c.modularity))\n"
        }
        if let q = r.qap {
            out += "QAP \(q.first) ~ \(q.second): correlation \(NumberText.significant(q.result.correlation)), "
            out += "p(≥) \(NumberText.significant(q.result.pGreaterOrEqual)), p(≤) \(NumberText.significant(q.result.pLessOrEqual))"
            out += " (\(q.result.permutations) permutations, seed \(q.result.seed))\n"
        }
        out += "\n"
        var table = MeasureTable(columns: ["size", "kinds", "members"], idColumn: "coalition", rowsKey: "coalitions")
        for (g, members) in r.found.assignment.members.enumerated() {
            let stakeholders = members.map { stakeholder(r, $0) }
            table.append(id: r.found.assignment.labels[g],
                         [.integer(members.count), .text(kindSummary(stakeholders.map { $0?.kind.id ?? "?" })),
                          .text(members.map { r.graph.label(of: $0) }.joined(separator: ", "))])
        }
        out += table.render(format, width: width)
        return out
    }

    func stakeholder(_ r: Result, _ node: Int) -> Stakeholder? {
        guard let i = r.graph.stakeholderIndices?[node], i < r.network.stakeholders.count else { return nil }
        return r.network.stakeholders[i]
    }

    /// "municipality 2, associative-provider 1", most common first.
    func kindSummary(_ kinds: [String]) -> String {
        var counts: [String: Int] = [:]
        for k in kinds { counts[k, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    func nodeTable(_ r: Result) -> MeasureTable {
        var table = MeasureTable(columns: ["name", "kind", "coalition"])
        for node in 0..<r.graph.nodeCount {
            let s = stakeholder(r, node)
            table.append(id: r.graph.label(of: node), [.text(s?.name ?? r.graph.label(of: node)), .text(s?.kind.id ?? ""),
                                                       .text(r.found.assignment.labels[r.found.assignment.groups[node]])])
        }
        return table
    }

    func json(_ r: Result) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("method", .string(r.found.method.rawValue)), ("resolution", .number(r.found.resolution)),
            ("seed", r.found.seed <= UInt64(Int.max) ? .integer(Int(r.found.seed)) : .string(String(r.found.seed))),
            ("signed", .bool(r.found.isSigned)),
            ("modularity", .number(r.found.modularity)), ("coalitionCount", .integer(r.found.count)),
        ]
        if let b = r.balance, let f = r.frustration {
            fields.append(("structuralBalance", .object([
                ("triads", .integer(b.triadCount)), ("balanced", .integer(b.balancedCount)),
                ("balancedShare", .number(b.balancedShare))])))
            fields.append(("frustration", .object([
                ("count", .integer(f.count)), ("negativeInside", .integer(f.negativeInside)),
                ("positiveBetween", .integer(f.positiveBetween)), ("weight", .number(f.weight)),
                ("share", .number(f.share))])))
        }
        if let c = r.comparison {
            fields.append(("comparison", .object([
                ("attribute", .string(c.attribute)),
                ("normalizedMutualInformation", .number(c.similarity.normalizedMutualInformation)),
                ("adjustedRandIndex", .number(c.similarity.adjustedRandIndex)),
                ("eiIndex", .number(c.ei.value)), ("modularity", .number(c.modularity))])))
        }
        if let q = r.qap {
            fields.append(("qap", .object([
                ("first", .string(q.first)), ("second", .string(q.second)),
                ("correlation", .number(q.result.correlation)), ("pGreaterOrEqual", .number(q.result.pGreaterOrEqual)),
                ("pLessOrEqual", .number(q.result.pLessOrEqual)), ("permutations", .integer(q.result.permutations)),
                ("mean", .number(q.result.mean)), ("standardDeviation", .number(q.result.standardDeviation))])))
        }
        fields.append(("coalitions", .array(r.found.assignment.members.enumerated().map { g, members in
            .object([("coalition", .string(r.found.assignment.labels[g])), ("size", .integer(members.count)),
                     ("members", .array(members.map { .string(r.graph.label(of: $0)) }))])
        })))
        if case .object(let nodes) = nodeTable(r).jsonValue { fields += nodes }
        return .object(fields)
    }
}
