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
            throw ToolError.located(error, in: network, file: file, input: input)
        } catch let error as CoalitionError {
            throw ToolError(library: error)
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
                throw ToolError(library: error)
            }
        }
        switch output.format {
        case .json: try output.emit(json: json(full), stating: stated)
        case .csv: try output.emit(full.found.memberTable(full.graph, network: full.network).render(.csv), stating: stated)
        case .table, .markdown: try output.emit(text(full, markdown: output.format == .markdown, width: output.width), stating: stated)
        }
    }

    func text(_ r: Result, markdown: Bool, width: Int? = nil) -> String {
        let format: TableFormat = markdown ? .markdown : .table
        let title = r.network.title ?? file
        var out = markdown ? "## \(title)\n\n\(r.found.summary)\n" : "\(title)\n\(r.found.summary)\n"
        if let b = r.balance, let f = r.frustration { out += b.summary(frustration: f) + "\n" }
        if let c = r.comparison {
            out += "Against \(c.attribute): NMI \(NumberText.significant(c.similarity.normalizedMutualInformation)), "
            out += "ARI \(NumberText.significant(c.similarity.adjustedRandIndex)); E-I by \(c.attribute) "
            out += "\(NumberText.significant(c.ei.value)); modularity of the \(c.attribute) groups "
            out += "\(NumberText.significant(c.modularity))\n"
        }
        if let q = r.qap { out += q.result.summary(q.first, q.second) + "\n" }
        out += "\n"
        out += r.found.coalitionTable(r.graph, network: r.network).render(format, width: width)
        return out
    }

    func json(_ r: Result) -> JSONValue {
        var extra: [(String, JSONValue)] = []
        if let b = r.balance, let f = r.frustration {
            extra += [("structuralBalance", b.jsonValue), ("frustration", f.jsonValue)]
        }
        if let c = r.comparison {
            extra.append(("comparison", .object([("attribute", .string(c.attribute))] + c.similarity.jsonFields
                                                + [("eiIndex", .number(c.ei.value)), ("modularity", .number(c.modularity))])))
        }
        if let q = r.qap {
            extra.append(("qap", .object([("first", .string(q.first)), ("second", .string(q.second))] + q.result.jsonFields)))
        }
        return r.found.jsonValue(r.graph, network: r.network, extra: extra)
    }
}
