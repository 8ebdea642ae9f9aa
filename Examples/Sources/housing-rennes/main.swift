// A housing network with its own vocabulary: social landlords, rental-intermediation agencies,
// households; rental intermediation, sub-letting and allocation ties. Nothing here is built in:
// the file declares it, and the library checks and analyses it like the childcare kinds.
//
//   swift run housing-rennes
import Cohesion
import Foundation

let file = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data/rennes-housing.yaml")
let network = try NetworkFile.read(file.path)

print("\(network.title ?? "") - \(network.stakeholders.count) stakeholders, \(network.ties.count) ties")
print("\nDeclared stakeholder kinds:")
for kind in network.stakeholderKinds {
    print("  \(kind.id) (\(kind.name))" + (kind.broader.map { ", refines \($0)" } ?? ""))
}
print("Declared tie kinds:")
for kind in network.tieKinds {
    print("  \(kind.id): \(kind.isDirected ? "directed" : "undirected"), \(kind.sign)")
}

// A kind the file does not declare is an error, with its line and column, like any other.
let typo = """
    kinds:
      stakeholders:
        - {id: rental-intermediation-agency}
        - {id: private-landlord}
      ties:
        - {id: rental-intermediation}
    stakeholders:
      - {id: agency, kind: rental-intermediation-agency}
      - {id: landlord, kind: private-landlord}
    ties:
      - {source: landlord, target: agency, kind: rental-intermediaton}
    """
let (_, diagnostics) = NetworkFile.load(bytes: Array(typo.utf8), file: "typo.yaml", format: .yaml)
print("\nChecking a draft with a misspelt kind:")
for d in diagnostics { print("  \(d)") }

// What is documented, what is illustrative.
let documented = network.ties.filter { !$0.isIllustrative }
print("\nDocumented ties (\(documented.count)):")
for t in documented { print("  \(t.source) - \(t.target): \(t.instrument ?? t.kind.id) [\(t.citations.joined(separator: ", "))]") }
print("Illustrative ties: \(network.ties.count - documented.count)")

// The intermediation chain only: private landlords lease to the agency, which sublets to households.
let chain: Set<TieKind> = Set(["rental-intermediation", "sublet"].compactMap { network.tieKind(id: $0) })
let graph = try AnalysisGraph(network, selection: GraphSelection(layers: chain))
print("\nIntermediation layer: \(graph.edgeCount) arcs")

// Who stands between sectors: Gould–Fernandez brokerage on every layer, sectors as groups. The
// declared kinds carry their own direction (landlord -> agency -> household), so the roles
// read the intermediation chain the right way round.
let whole = try AnalysisGraph(network)
let sectors = try Partition(network, graph: whole, attribute: "sector")
let brokerage = try GouldFernandezBrokerage(whole, partition: sectors)
print("\nBrokerage between sectors (Gould–Fernandez counts; only stakeholders that broker):")
for node in 0..<whole.nodeCount where brokerage.scores[node].total > 0 {
    let scores = brokerage.scores[node]
    let roles = BrokerageRole.allCases.filter { scores[$0] > 0 }.map { "\($0) \(Int(scores[$0]))" }
    print("  \(network.stakeholders[node].id) (\(sectors.label(ofNode: node))): " + roles.joined(separator: ", "))
}
print("\(network.ties.count - documented.count) of the \(network.ties.count) ties are illustrative: these roles show what the model implies, not what was observed.")
