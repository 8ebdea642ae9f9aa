import ArgumentParser
import Cohesion
import CohesionGraphviz
import Foundation

extension DiscourseNetworkType: ExpressibleByArgument {}
extension QualifierAggregation: ExpressibleByArgument {}
extension DiscourseNormalization: ExpressibleByArgument {}
extension DuplicateHandling: ExpressibleByArgument {}
extension ClusterLinkage: ExpressibleByArgument {}
extension DiscourseKernel: ExpressibleByArgument {}

/// The coalition methods of `discourse --coalitions --method`.
enum DiscourseCoalitionChoice: String, ExpressibleByArgument, CaseIterable {
    case leiden, hclust, kmeans, equivalence
}

/// A library ``DiscourseError`` restated with the option that set what it names.
func flagged(_ error: DiscourseError) -> ToolError {
    let text = error.description
    let options: [(String, String)] = [
        ("qualifier aggregation", "--qualifier-aggregation"), ("normalization", "--normalization"),
        ("time window", "--window"), ("date range", "--from-date/--to-date"), ("number of clusters", "--k/--k-max"),
        ("one-mode network", "--network-type onemode"), ("groups", "--groups"),
    ]
    let named = options.filter { text.contains($0.0) }.map(\.1)
    return ToolError(named.isEmpty ? text : "\(text) (\(named.joined(separator: ", ")))")
}

/// The options that choose a discourse network, DNA's export options; shared by `discourse`
/// and `convert --discourse`.
struct DiscourseArguments: ParsableArguments {
    @Option(help: "twomode (actor × concept) or onemode (actor × actor).")
    var networkType: DiscourseNetworkType = .twoMode

    @Option(help: "ignore, combine or subtract (two-mode); ignore, congruence, conflict or subtract (one-mode).")
    var qualifierAggregation: QualifierAggregation = .ignore

    @Option(help: "no, activity or prominence (two-mode); no, average, jaccard or cosine (one-mode).")
    var normalization: DiscourseNormalization = .no

    @Option(help: "Which repeats count: include, document, week, month, year or acrossrange.")
    var duplicates: DuplicateHandling = .include

    @Option(help: "The first day counted: 2015 or 2015-03-04.")
    var fromDate: String?

    @Option(help: "The last day counted, inclusive: 2015 or 2015-03-04.")
    var toDate: String?

    @Option(help: "A moving window, one network per step: SIZE[d|w|m|y] with an optional :STEP, e.g. 3y, 30d:7d.")
    var window: String?

    @Flag(help: "Leave out actors (and concepts) with no counted statement, as rDNA's isolates = FALSE.")
    var dropIsolates = false

    @Option(help: "A CSV statement list to add to the file's statements (columns actor, concept, agree or qualifier, date, citations…).")
    var statements: String?

    func options() throws -> DiscourseOptions {
        func date(_ text: String?, _ flag: String) throws -> StatementDate? {
            guard let text else { return nil }
            guard let d = StatementDate(text) else { throw ToolError("\(flag) must be a year (2015) or a day (2015-03-04), not '\(text)'") }
            return d
        }
        var o = DiscourseOptions(networkType: networkType, aggregation: qualifierAggregation, normalization: normalization,
                                 duplicates: duplicates, from: try date(fromDate, "--from-date"), to: try date(toDate, "--to-date"),
                                 isolates: !dropIsolates)
        if let window {
            guard let w = DiscourseWindow(window) else {
                throw ToolError("--window must be SIZE followed by d, w, m or y, optionally :STEP in the same unit (3y, 30d:7d), not '\(window)'")
            }
            o.window = w
        }
        do { try o.check() } catch let error as DiscourseError { throw flagged(error) }
        return o
    }

    /// The network with the CSV statements added; concepts they name that the file does not
    /// declare are declared in order of first use. Validated again.
    func network(_ path: String, input: InputOptions) throws -> Network {
        var network = try input.load(path)
        if let statements {
            let added = try StatementCSV.read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: statements))), file: statements)
            var known = Set(network.concepts.map(\.id))
            for s in added where known.insert(s.concept).inserted { network.concepts.append(Concept(id: s.concept)) }
            network.statements += added
            let problems = network.validate().filter { $0.severity == .error }
            if !problems.isEmpty { throw InvalidNetwork(problems.map { Diagnostic($0.severity, $0.message, file: statements) }) }
        }
        if network.statements.isEmpty {
            throw ToolError("\(path) has no statements: a discourse network needs 'statements' (or --statements FILE.csv)")
        }
        return network
    }
}

/// `cohesion discourse FILE`: the actor × concept or actor × actor network of a file's
/// statements, as Leifeld's DNA exports it.
struct DiscourseCommand: AsyncToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "discourse",
        abstract: "Discourse networks from coded statements, as DNA builds them (two-mode, one-mode, windows).",
        discussion: """
            Reads a network file with 'concepts' and 'statements' (YAML/JSON), or a DNA database (.dna). \
            Defaults are rDNA's dna_network defaults: two-mode, ignore, no normalization, duplicates \
            included, the whole date range; every stakeholder and concept is a row or column, in file order. \
            --format json gives {"networkType", "rows", "columns", "matrix"}; with --window, {"networkType", "windows": […]}. \
            --coalitions --method leiden (default) runs signed Leiden on the one-mode network; hclust \
            (--linkage single, average, complete or ward.D2, default average), kmeans and equivalence are \
            rDNA's dna_multiclust methods: Jaccard distances of the actors' agree/disagree profiles \
            (two-mode combine), sna's structural equivalence (Euclidean sedist, complete linkage) on the \
            one-mode subtract/average network, each partition scored by the modularity of that network \
            (negatives set to 0); --k fixes the number of clusters, else the k in 2…--k-max (default 5) \
            with the highest modularity is kept. --diagram OUT.svg|.pdf|.png draws the two-mode \
            agree/disagree network (two-mode) or the congruence/conflict network with coalitions boxed \
            (one-mode). --polarization --window W --kernel uniform|triangular|epanechnikov|gaussian gives \
            DNA's kernel-smoothed series instead (dna_polarization): one slice per unit, printed on its \
            own ({"kernel", …, "slices": [{"middle", "score", "exact", "groups"}]}).
            """)

    @Argument(help: "A network file with statements, or a DNA database (.dna).")
    var file: String

    @Flag(help: "Also find discourse coalitions: signed Leiden on the one-mode network (use congruence or subtract); with --window, their stability (NMI, ARI) from window to window.")
    var coalitions = false

    @Flag(help: "Also give DNA's polarization score (Polarization.java; congruence and conflict, average normalization) over the range or per window.")
    var polarization = false

    @Option(help: "Groups for --polarization (DNA's numClusters).")
    var groups = 2

    @Flag(help: "Normalize the polarization score to [0, 1] (DNA's normalizeScores).")
    var normalizeScores = false

    @Option(help: "With --polarization and --window: DNA's kernel-smoothed slices, uniform, triangular, epanechnikov or gaussian (default: plain windows).")
    var kernel: DiscourseKernel?

    @Flag(help: "With --kernel: the first mid-point half a window after the start, the last half a window before the end (DNA's indentTime).")
    var indentTime = false

    @Option(help: "Tie kinds that count as coordination (comma-separated, e.g. coalition): adds the advocacy coalition index of each pair and a QAP test of congruence against these ties.")
    var coordination: String?

    @Option(help: "Seed for --coalitions.")
    var seed: UInt64 = 1

    @Option(help: "Coalition method: leiden, hclust, kmeans or equivalence (rDNA's dna_multiclust).")
    var method: DiscourseCoalitionChoice = .leiden

    @Option(help: "Linkage for --method hclust: single, average, complete or ward.D2.")
    var linkage: ClusterLinkage = .average

    @Option(help: "Number of clusters for --method hclust, kmeans or equivalence (default: the best by modularity).")
    var k: Int?

    @Option(help: "Largest number of clusters tried when --k is not given (rDNA's k.max).")
    var kMax: Int = 5

    @Option(help: "Also draw the network: OUT.svg, .pdf or .png (two-mode: agree/disagree; one-mode: coalitions boxed).")
    var diagram: String?

    @Option(help: "Seconds a --diagram layout may take.")
    var timeLimit: Double = 60

    @OptionGroup var discourse: DiscourseArguments
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func execute() async throws {
        do {
            try await work()
        } catch let error as DiscourseError {
            throw flagged(error)
        }
    }

    func clusterMethod() -> DiscourseClusterMethod? {
        switch method {
        case .leiden: nil
        case .hclust: .hierarchical(linkage)
        case .kmeans: .kmeans
        case .equivalence: .equivalence
        }
    }

    /// Renders the discourse diagram of the options' network type to --diagram.
    func draw(_ network: Network, options: DiscourseOptions) async throws {
        guard let diagram else { return }
        guard let format = OutputFormat(fileExtension: URL(fileURLWithPath: diagram).pathExtension),
              [.svg, .pdf, .png].contains(format) else {
            throw ToolError("--diagram must end in .svg, .pdf or .png, not '\(diagram)'")
        }
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ToolError("--time-limit must be a number of seconds between 0 and 86400")
        }
        var o = options
        o.window = nil
        o.isolates = false
        var document: DOTDocument
        if options.networkType == .twoMode {
            document = try DiscourseDiagram.stances(network, options: o)
        } else {
            if o.aggregation == .ignore { o.aggregation = .subtract }
            document = try DiscourseDiagram.coalitions(network, options: o, seed: seed)
        }
        if format == .png { document.graphAttributes["dpi"] = .number(96) }
        let limit = Duration.milliseconds(Int64((timeLimit * 1000).rounded()))
        let rendering = try await RenderCommand.timed(limit, engine: .dot) {
            try await GraphvizRenderer().render(dot: DOTWriter().write(document), sourceName: file, format: format, timeLimit: limit)
        }
        for warning in rendering.warnings.split(separator: "\n") { printError("graphviz: \(warning)") }
        try NetworkFile.writeAtomically(Array(rendering.data), to: diagram)
        printError("wrote \(diagram)")
    }

    func work() async throws {
        let options = try discourse.options()
        let network = try discourse.network(file, input: input)
        let clustering = coalitions ? clusterMethod() : nil
        if coalitions && clustering == nil && options.networkType != .oneMode { throw ToolError("--coalitions needs --network-type onemode") }
        if clustering != nil && options.window != nil { throw ToolError("--method \(method.rawValue) takes one network over the range: leave out --window (or use --method leiden)") }
        if let k, k < 2 { throw ToolError("--k must be at least 2") }
        if groups < 2 { throw ToolError("--groups must be at least 2") }
        try await draw(network, options: options)
        if kernel != nil && (!polarization || options.window == nil) { throw ToolError("--kernel smooths --polarization over a --window: give both") }
        let scores: [DiscoursePolarization]
        if let kernel, let window = options.window, polarization {
            scores = try DiscoursePolarization.kernelScores(of: network, options: options, window: window, kernel: kernel, indent: indentTime,
                                                            groups: groups, normalize: normalizeScores, seed: seed)
        } else {
            scores = polarization ? try DiscoursePolarization.scores(of: network, options: options, groups: groups, normalize: normalizeScores) : []
        }
        func heading(_ w: DiscourseNetwork) -> String {
            "window \(w.middle?.description ?? "?") (\(w.start?.description ?? "?") to \(w.stop?.description ?? "?"), \(w.statementCount) statements)"
        }
        if let kernel, let window = options.window {
            // A kernel series has a slice per unit from the start; it is printed on its own.
            var t = MeasureTable(columns: ["actors", "polarization", "exact"], idColumn: "middle", rowsKey: "slices")
            for p in scores {
                t.append(id: p.middle?.description ?? "?", [.integer(p.actors.count), .number(p.score), .text(p.isExact ? "yes" : "no")])
            }
            switch output.format {
            case .json:
                let doc = JSONValue.object([
                    ("kernel", .string(kernel.rawValue)), ("window", .string(discourse.window ?? "")), ("unit", .string(window.unit.rawValue)),
                    ("size", .integer(window.size)), ("indent", .bool(indentTime)), ("groups", .integer(groups)), ("normalized", .bool(normalizeScores)),
                    ("slices", .array(scores.map { p in
                        .object([("middle", .string(p.middle?.description ?? "")), ("score", .number(p.score)), ("exact", .bool(p.isExact)),
                                 ("groups", .object(zip(p.actors, p.memberships).map { ($0, .integer($1)) }))])
                    })),
                ])
                try output.emit(doc.text(pretty: true) + "\n")
            default:
                try output.emit("polarization (DNA), \(kernel.rawValue) kernel over \(discourse.window ?? ""):\n" + t.render(output.format))
            }
            return
        }
        if options.window != nil {
            let windows = try DiscourseNetwork.windows(of: network, options: options)
            let found = try coalitions ? windows.map { try $0.coalitions(seed: seed) } : []
            var stability: [PartitionComparison] = []
            for k in found.indices.dropFirst() { stability.append(try PartitionComparison(found[k - 1].assignment, found[k].assignment)) }
            switch output.format {
            case .json:
                var items: [JSONValue] = []
                for (k, w) in windows.enumerated() {
                    guard case .object(var o) = w.jsonValue else { continue }
                    if coalitions { o += coalitionMembers(found[k], w) }
                    if k > 0 && coalitions {
                        o.append(("stability", .object([("nmi", .number(stability[k - 1].normalizedMutualInformation)),
                                                        ("ari", .number(stability[k - 1].adjustedRandIndex))])))
                    }
                    if let p = scores.first(where: { $0.middle == w.middle }) { o += polarizationMembers(p) }
                    items.append(.object(o))
                }
                let doc = JSONValue.object([("networkType", .string(options.networkType.rawValue)), ("windows", .array(items))])
                try output.emit(doc.text(pretty: true) + "\n")
            case .csv, .table, .markdown:
                var text = ""
                for (k, w) in windows.enumerated() {
                    text += (output.format == .markdown ? "## " : output.format == .csv ? "# " : "") + heading(w) + "\n"
                    text += w.table.render(output.format) + "\n"
                    if coalitions { text += coalitionText(found[k], w) + (k > 0 ? "stability from the previous window: NMI \(short(stability[k - 1].normalizedMutualInformation)), ARI \(short(stability[k - 1].adjustedRandIndex))\n" : "") + "\n" }
                    if let p = scores.first(where: { $0.middle == w.middle }) { text += polarizationText(p) + "\n" }
                }
                try output.emit(text)
            }
            return
        }
        let result = try DiscourseNetwork(network, options: options)
        let found = coalitions && clustering == nil ? try result.coalitions(seed: seed) : nil
        let clusters = try clustering.map { try DiscourseClustering(network, options: options, method: $0, k: k, kMax: kMax, seed: seed) }
        let aci = try coordination.map { list in
            let kinds = Set(list.split(separator: ",").map { network.tieKind(id: String($0)) ?? TieKind(id: String($0)) })
            return try AdvocacyCoalitionIndex(network, options: options, coordination: GraphSelection(layers: kinds), seed: seed)
        }
        switch output.format {
        case .json:
            guard case .object(var o) = result.jsonValue else { return }
            if let found { o += coalitionMembers(found, result) }
            if let clusters {
                o.append(("coalitions", .object(zip(clusters.actors, clusters.memberships).map { ($0, .integer($1)) })))
                o.append(("modularity", .number(clusters.modularity)))
                o.append(("method", .string(clusters.method.name)))
                o.append(("k", .integer(clusters.k)))
            }
            if let p = scores.first { o += polarizationMembers(p) }
            if let aci {
                o.append(("advocacyCoalitionIndex", .object([
                    ("qap", .object([("correlation", .number(aci.qap.correlation)), ("pGreaterOrEqual", .number(aci.qap.pGreaterOrEqual)),
                                     ("permutations", .integer(aci.qap.permutations))])),
                    ("dyads", .array(aci.dyads.map { d in
                        .object([("first", .string(d.first)), ("second", .string(d.second)), ("belief", .number(d.belief)),
                                 ("coordination", .number(d.coordination)), ("index", .number(d.index)), ("coalitionDyad", .bool(d.isCoalitionDyad))])
                    })),
                ])))
            }
            try output.emit(JSONValue.object(o).text(pretty: true) + "\n")
        default:
            var text = result.table.render(output.format)
            if let found { text += "\n" + coalitionText(found, result) }
            if let clusters {
                text += "\n\(clusters.k) discourse coalition(s) by \(clusters.method.name) (dna_multiclust), modularity \(short(clusters.modularity)):\n"
                for g in 1...max(1, clusters.k) {
                    let members = zip(clusters.actors, clusters.memberships).filter { $0.1 == g }.map(\.0)
                    if !members.isEmpty { text += "  \(g): " + members.joined(separator: "; ") + "\n" }
                }
            }
            if let p = scores.first { text += "\n" + polarizationText(p) }
            if let aci {
                var t = MeasureTable(columns: ["with", "belief", "coordination", "index"], idColumn: "actor", rowsKey: "dyads")
                for d in aci.dyads.sorted(by: { $0.index > $1.index }) {
                    t.append(id: d.first, [.text(d.second), .number(d.belief), .number(d.coordination), .number(d.index)])
                }
                text += "\nadvocacy coalition index (coordination: \(coordination ?? "")); QAP correlation of congruence with coordination \(short(aci.qap.correlation)), p(≥) \(short(aci.qap.pGreaterOrEqual)) over \(aci.qap.permutations) permutations\n"
                text += t.render(output.format == .csv ? .csv : output.format == .markdown ? .markdown : .table)
            }
            try output.emit(text)
        }
    }

    func short(_ x: Double) -> String { x.isNaN ? "NaN" : String(format: "%.4f", x) }

    func coalitionMembers(_ c: Coalitions, _ w: DiscourseNetwork) -> [(String, JSONValue)] {
        [("coalitions", .object(zip(w.rows, c.assignment.groups).map { ($0, .integer($1)) })),
         ("modularity", .number(c.modularity))]
    }

    func coalitionText(_ c: Coalitions, _ w: DiscourseNetwork) -> String {
        var text = "\(c.count) discourse coalition(s), signed modularity \(short(c.modularity)):\n"
        for (g, members) in c.assignment.members.enumerated() {
            text += "  \(g): " + members.map { w.rows[$0] }.joined(separator: "; ") + "\n"
        }
        return text
    }

    func polarizationMembers(_ p: DiscoursePolarization) -> [(String, JSONValue)] {
        [("polarization", .object([("score", .number(p.score)), ("exact", .bool(p.isExact)),
                                    ("groups", .object(zip(p.actors, p.memberships).map { ($0, .integer($1)) }))]))]
    }

    func polarizationText(_ p: DiscoursePolarization) -> String {
        "polarization (DNA) \(short(p.score))\(p.isExact ? "" : " (greedy search)"): " +
            (0..<groups).map { g in "{" + zip(p.actors, p.memberships).filter { $0.1 == g }.map(\.0).joined(separator: "; ") + "}" }.joined(separator: " vs ") + "\n"
    }
}
