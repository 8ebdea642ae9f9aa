// Generated from the Swift blocks of the README and the DocC catalogs by
// Tests/CohesionTests/Documentation/DocSnippetsTests.swift: do not edit; edit the documents and rerun
// `COHESION_UPDATE_SNIPPETS=1 swift test --filter DocSnippets`.
import Cohesion
import CohesionGraphviz
import Foundation

/// Every document's snippets, in the order of the documents.
let snippets: [(name: String, run: @Sendable () async throws -> Void)] = [
    ("readme", readme),
    ("gettingStarted", gettingStarted),
    ("centralityAndProfile", centralityAndProfile),
    ("brokerage", brokerage),
    ("coalitionsAndComparison", coalitionsAndComparison),
    ("nullModels", nullModels),
    ("discourse", discourse),
    ("cohesionGraphviz", cohesionGraphviz),
]

// README.md
func readme() async throws {

    let lille = try AnalyzedNetwork(contentsOf: "Networks/lille.yaml")
    let caf = try lille.betweenness()["caf-nord"]                 // Double?
    for row in try lille.values(of: .pageRank).sorted().prefix(3) { print(row.name, row.value) }
    let bySector = try StakeholderGroups(lille.network, attribute: "sector", graph: lille.graph)
    let brokerage = try GouldFernandezBrokerage(lille.graph, partition: bySector)
}

// Sources/Cohesion/Cohesion.docc/GettingStarted.md
func gettingStarted() async throws {

    let lille = try AnalyzedNetwork(contentsOf: "Networks/lille.yaml")
    let caf = try lille.betweenness()["caf-nord"]
    for row in try lille.values(of: .pageRank).sorted().prefix(3) { print(row.name, row.value) }

    var nantes = Network(title: "Childcare governance in Nantes", place: "Nantes",
                         firstYear: 2010, lastYear: 2025)
    nantes.sources = [Source(id: "n41", title: "Crèches", publisher: "Nantes Métropole",
                             url: "https://metropole.nantes.fr/creches")]
    nantes.stakeholders = [
        Stakeholder(id: "caf44", name: "CAF de Loire-Atlantique", kind: .familyAllowanceOffice,
                    sector: .public, level: .departmental),
        Stakeholder(id: "nantes", name: "Ville de Nantes", kind: .municipality,
                    sector: .public, level: .municipal, attributes: ["places": 3295]),
        Stakeholder(id: "assoc", name: "Associative crèches", kind: .associativeProvider,
                    sector: .associative, level: .municipal),
    ]
    nantes.ties = [
        Tie(source: "caf44", target: "nantes", kind: .contracting, instrument: "CTG", firstYear: 2020),
        Tie(source: "caf44", target: "assoc", kind: .funding, instrument: "PSU"),
        Tie(source: "nantes", target: "assoc", kind: .funding, citations: ["n41"]),
    ]
    for problem in nantes.validate() { print(problem) }
    let problems = NetworkFile.validate("Networks/nantes.yaml")
    // Networks/nantes.yaml:41:13: error: tie names unknown stakeholder 'caf'
    try NetworkFile.write(nantes, to: "nantes.yaml")     // or .json: the same schema
    let again = try NetworkFile.read("nantes.yaml")
    assert(again == nantes)
    let funding = try AnalysisGraph(nantes, selection: GraphSelection(
        layers: [.funding, .contracting], year: 2022, weights: .none))
    for node in 0..<funding.nodeCount {
        print(funding.label(of: node), funding.outDegree(of: node))
    }
    let selection = GraphSelection(layers: [.funding], weights: .distance(.amount, .reciprocal))
}

// Sources/Cohesion/Cohesion.docc/CentralityAndProfile.md
func centralityAndProfile() async throws {
    let network = try NetworkFile.read("Networks/lille.yaml")
    let graph = try AnalysisGraph(network, selection: GraphSelection(layers: [.funding, .contracting]))
    let brokers = try graph.betweenness()                 // normalized, as NetworkX
    let reach = try graph.closeness()                     // Wasserman–Faust, incoming distances
    let ranks = try graph.pageRank(damping: 0.85)
    let profile = try NetworkProfile(graph)
    print(profile.density, profile.betweennessCentralization)
}

// Sources/Cohesion/Cohesion.docc/Brokerage.md
func brokerage() async throws {
    let network = try NetworkFile.read("Networks/lille.yaml")
    let graph = try AnalysisGraph(network)
    let levels = try Partition(network, graph: graph, attribute: "level")
    let roles = try GouldFernandezBrokerage(graph, partition: levels)
    for (g, label) in levels.labels.enumerated() {
        print(label, roles.totalsByGroup[g].gatekeeper, roles.totalsByGroup[g].liaison)
    }
    let lille = try AnalyzedNetwork(contentsOf: "Networks/lille.yaml")
    let bySector = try StakeholderGroups(lille.network, attribute: "sector", graph: lille.graph)
    let brokerage = try GouldFernandezBrokerage(lille.graph, partition: bySector)
    let gatekeeping = lille.keyed(brokerage.scores.map(\.gatekeeper))      // by stakeholder id
    if let caf = lille.node(of: "caf-nord") {
        let counts = brokerage.scores[caf], z = brokerage.zScores[caf]
        print(counts.gatekeeper, counts.liaison, z.gatekeeper, brokerage.expected(ofNode: caf).gatekeeper)
    }
    for row in gatekeeping.sorted().prefix(3) { print(row.name, row.value) }
}

// Sources/Cohesion/Cohesion.docc/CoalitionsAndComparison.md
func coalitionsAndComparison() async throws {
    let network = try NetworkFile.read("Networks/lille.yaml")
    let graph = try AnalysisGraph(network, selection: GraphSelection(includesNegativeTies: false))
    let found = try graph.leiden(resolution: 1, seed: 42)
    let bySector = try StakeholderGroups(network, attribute: "sector", graph: graph)
    print(found.count, found.modularity, try graph.modularity(of: bySector))
    let funding = try AnalysisGraph(network, selection: GraphSelection(layers: [.funding]))
    let coalition = try AnalysisGraph(network, selection: GraphSelection(layers: [.coalition]))
    let qap = try QAPCorrelation(funding, coalition, permutations: 5000, seed: 1)
    let lille = try NetworkFile.read("Networks/lille.yaml")
    let nantes = try NetworkFile.read("Networks/nantes.yaml")
    let comparison = try NetworkComparison([lille, nantes])
    let decade = try NetworkEvolution(nantes, years: 2015...2024)
}

// Sources/Cohesion/Cohesion.docc/NullModels.md
func nullModels() async throws {
    let lille = try NetworkFile.read("Networks/lille.yaml")
    var selection = GraphSelection()
    selection.evidence = [.local, .national]          // what local documents show
    let graph = try AnalysisGraph(lille, selection: selection)
    let test = try CUGTest(graph, statistic: .betweennessCentralization, condition: .edges,
                           draws: 1000, seed: 1)
    print(test.observed, test.nullMean, test.nullStandardDeviation, test.pGreaterOrEqual)
    let design = try DyadicDesign(lille, outcome: "funding",
                                  predictors: [.layer("contracting"), .same("sector"), .same("level")])
    let fit = try NetworkRegression(design, null: .qapspp, permutations: 2000, seed: 1)
    for term in fit.terms { print(term.name, term.estimate, term.standardError, term.p) }
    print(fit.rSquared)
}

// Sources/Cohesion/Cohesion.docc/Discourse.md
func discourse() async throws {
    let sample = try DNADatabase.read(path: "sample.dna")
    let twoMode = try DiscourseNetwork(sample)                     // 7 × 6, sum 40, as rDNA's tests say
    var options = DiscourseOptions(networkType: .oneMode, aggregation: .congruence)
    options.normalization = .average
    let congruence = try DiscourseNetwork(sample, options: options)
}

// Sources/CohesionGraphviz/CohesionGraphviz.docc/CohesionGraphviz.md
func cohesionGraphviz() async throws {

    let nantes = try AnalyzedNetwork(contentsOf: "Networks/nantes.yaml")
    let degree = nantes.degree()
    let degreeByStakeholderID = Dictionary(uniqueKeysWithValues: degree.map { ($0.id, Double($0.value)) })
    var diagram = NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
    diagram.style.tieStyles["conflict"]?.penWidth = 3
    let document = diagram.document(for: nantes.network, sizes: degreeByStakeholderID)
    let pdf = try await GraphvizRenderer().render(document, format: .pdf)
    print("laid out with \(pdf.engine)")
}
