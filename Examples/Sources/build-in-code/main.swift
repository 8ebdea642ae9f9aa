// Builds a small childcare-governance network in code, checks it, and asks who sits between
// sectors: degree, and how many different sectors each stakeholder's ties reach.
//
//   swift run build-in-code
import Cohesion

// Sources are declared once and cited by id, as in a network file.
let psuRules = Source(id: "n3", title: "Le point sur la prestation de service unique", publisher: "CAF de la Loire",
                      url: "https://caf42.fr/le-point-sur-la-prestation-de-service-unique")
let nantesCreches = Source(id: "n41", title: "Crèches", publisher: "Nantes Métropole",
                           url: "https://metropole.nantes.fr/creches")
let associativePush = Source(id: "n43", title: "Article 1603147 (Nantes associative crèches)", publisher: "20 Minutes Nantes",
                             url: "https://20minutes.fr/nantes/1603147-20150507", date: "2015-05-07")

// A kind the built-in vocabulary lacks is declared like any other value.
let registrationDesk = StakeholderKind(id: "registration-desk", name: "single registration desk")
let manages = TieKind(id: "manages", isDirected: true)

var network = Network(title: "Nantes, built in code", place: "Nantes", firstYear: 2014, lastYear: 2025,
                      sources: [psuRules, nantesCreches, associativePush],
                      stakeholderKinds: [registrationDesk], tieKinds: [manages])

network.stakeholders = [
    Stakeholder(id: "caf44", name: "CAF de Loire-Atlantique", kind: .familyAllowanceOffice,
                sector: .public, level: .departmental),
    Stakeholder(id: "cd44", name: "Département de Loire-Atlantique", kind: .departmentalCouncil,
                sector: .public, level: .departmental, attributes: ["coverage2022": 0.78]),
    Stakeholder(id: "nantes", name: "Ville de Nantes", kind: .municipality, sector: .public, level: .municipal,
                attributes: ["places2018": 3295], citations: ["n41"]),
    Stakeholder(id: "desk", name: "Single registration desk", kind: registrationDesk, sector: .public,
                level: .municipal, citations: ["n41"]),
    Stakeholder(id: "municipal", name: "Municipal crèches", kind: .municipalProvider, sector: .public,
                level: .municipal),
    Stakeholder(id: "associative", name: "Associative crèches", kind: .associativeProvider, sector: .associative,
                level: .municipal, attributes: ["averagePlaces": 22]),
    Stakeholder(id: "private", name: "Private crèche companies", kind: .privateCompany, sector: .privateForProfit,
                level: .municipal),
    Stakeholder(id: "families", name: "Families", kind: StakeholderKind(id: "families"), sector: "households",
                level: .neighbourhood),
]
// `families` is used without a declaration above: validation will say so.

network.ties = [
    Tie(source: "caf44", target: "nantes", kind: .contracting, instrument: "CTG", firstYear: 2020,
        citations: ["n3"], note: "general rule applied locally"),
    Tie(source: "caf44", target: "associative", kind: .funding, instrument: "PSU", citations: ["n3"]),
    Tie(source: "caf44", target: "private", kind: .funding, instrument: "PSU", citations: ["n3"]),
    Tie(source: "caf44", target: "nantes", kind: .coalition, instrument: "grow associative crèches",
        firstYear: 2014, lastYear: 2020, citations: ["n43"]),
    Tie(source: "nantes", target: "associative", kind: .funding, instrument: "subsidy", citations: ["n43"]),
    Tie(source: "nantes", target: "municipal", kind: manages, citations: ["n41"]),
    Tie(source: "nantes", target: "desk", kind: manages, citations: ["n41"]),
    Tie(source: "desk", target: "municipal", kind: .coordination, citations: ["n41"]),
    Tie(source: "desk", target: "associative", kind: .coordination, citations: ["n41"]),
    Tie(source: "families", target: "desk", kind: .coordination, citations: ["n41"]),
    Tie(source: "cd44", target: "associative", kind: .authorisation, instrument: "opening authorisation"),
    Tie(source: "cd44", target: "private", kind: .authorisation, instrument: "opening authorisation"),
    Tie(source: "nantes", target: "private", kind: .contracting, instrument: "place reservation",
        isIllustrative: true, note: "no source documents this for Nantes"),
]

// 1. Check the network as a file would be checked: every problem at once.
print("Validation of the first draft:")
for problem in network.validate() { print("  \(problem)") }

// The schema lets a tie go uncited; the project's rule does not: every tie cites a source or
// is marked illustrative.
let unsourced = network.ties.filter { $0.citations.isEmpty && !$0.isIllustrative }
for tie in unsourced { print("  unsourced: \(tie.source) -> \(tie.target) (\(tie.kind))") }

// Fix both: declare the kind, and cite the national rule by which the departmental council
// authorises facilities.
network.stakeholderKinds.append(StakeholderKind(id: "families", name: "families with children under three"))
network.sources.append(Source(id: "n13", title: "ASH n° 2524", publisher: "Actualités sociales hebdomadaires",
                              url: "https://ash.tm.fr/hebdo/2524"))
for i in network.ties.indices where network.ties[i].kind == .authorisation {
    network.ties[i].citations = ["n13"]
    network.ties[i].note = "general rule applied locally"
}
let remaining = network.validate()
print(remaining.isEmpty ? "After the fixes: valid.\n" : "Still: \(remaining)\n")

// 2. The analysis graph: every layer, as stored, in 2022 (the 2014-2020 coalition drops out).
let graph = try AnalysisGraph(network, selection: GraphSelection(year: 2022))
print("Graph in 2022: \(graph.nodeCount) stakeholders, \(graph.edgeCount) arcs, directed: \(graph.isDirected)")

// 3. Who brokers between sectors: Gould–Fernandez roles with the sector as the partition
//    (a gatekeeper receives from another sector and passes on inside its own; a liaison joins
//    two sectors it belongs to neither of), then Burt's structural holes on the same graph.
let sectors = try Partition(network, graph: graph, attribute: "sector")
let roles = try GouldFernandezBrokerage(graph, partition: sectors)
let holes = try StructuralHoles(graph)

// The library writes the result's own table (the one `cohesion brokerage` prints), fitted to
// 100 columns; `.markdown`, `.csv` and `jsonValue` give the other forms.
print("")
print(roles.table(graph, holes: holes).render(.table, width: 100))
print("\nBrokerage by sector (sum of the counts of its members, with the expected totals):")
print(roles.groupTable.render(.table, width: 100))
