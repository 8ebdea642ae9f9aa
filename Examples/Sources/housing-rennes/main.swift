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

// Who stands between sectors: for each stakeholder, the pairs (a, c) with a -> b -> c, a and c
// in different sectors from each other, and no direct arc a -> c. Counted by hand here on the
// whole network, every layer as stored.
let whole = try AnalysisGraph(network)
func sector(_ i: Int) -> String { network.stakeholders[i].sector?.rawValue ?? "(none)" }
print("\nBrokerage between sectors (two-step paths a -> b -> c with no a -> c):")
for b in 0..<whole.nodeCount {
    var pairs: [String] = []
    for a in whole.predecessors(of: b).map(Int.init) {
        for c in whole.successors(of: b).map(Int.init) where c != a && sector(a) != sector(c) && !whole.hasArc(from: a, to: c) {
            pairs.append("\(network.stakeholders[a].id) -> \(network.stakeholders[c].id)")
        }
    }
    if !pairs.isEmpty {
        print("  \(network.stakeholders[b].id) (\(sector(b))): \(pairs.count) - " + pairs.joined(separator: "; "))
    }
}
