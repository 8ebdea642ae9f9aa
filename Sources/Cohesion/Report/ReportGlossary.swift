/// What each figure in a report means and which reference it follows, for the glossary at the
/// end of a report.
///
/// The definitions are the ones the library implements (see each measure's documentation for
/// its conventions); the references are those the library's fixtures are checked against.
///
/// ```swift
/// for entry in ReportGlossary.entries { print(entry.term, "—", entry.reference) }
/// ```
public enum ReportGlossary {
    /// One term of the glossary.
    public struct Entry: Hashable, Sendable {
        /// The name used in tables and charts (`betweenness`, `E-I index`…).
        public var term: String
        /// What it measures, in a sentence or two.
        public var definition: String
        /// The reference it matches (a library function and, where there is one, a paper).
        public var reference: String
    }

    /// The terms, in the order a report first uses them.
    public static let entries: [Entry] = [
        Entry(term: "density", definition: "Ties present as a share of the ties possible (ordered pairs in a directed network).",
              reference: "NetworkX density; Wasserman & Faust 1994"),
        Entry(term: "reciprocity", definition: "Share of directed ties whose reverse tie also exists.",
              reference: "NetworkX overall_reciprocity; R sna grecip(measure = \"edgewise\")"),
        Entry(term: "weak components", definition: "Groups of stakeholders joined by ties in either direction.",
              reference: "NetworkX weakly_connected_components"),
        Entry(term: "degree, inDegree, outDegree", definition: "Number of ties a stakeholder has (received, sent).",
              reference: "NetworkX G.degree"),
        Entry(term: "betweenness", definition: "Share of shortest paths between other stakeholders that pass through this one: who stands between others.",
              reference: "NetworkX betweenness_centrality (normalized); Brandes 2001, doi:10.1080/0022250X.2001.9990249"),
        Entry(term: "closeness", definition: "Inverse mean distance from the stakeholders that reach this one, scaled by the share reached (Wasserman and Faust).",
              reference: "NetworkX closeness_centrality"),
        Entry(term: "harmonic", definition: "Sum of inverse distances from every other stakeholder; unreachable pairs add nothing.",
              reference: "NetworkX harmonic_centrality; Boldi & Vigna 2014, doi:10.1080/15427951.2013.865686"),
        Entry(term: "pageRank", definition: "Share of time a random walk along the ties spends at the stakeholder (damping 0.85).",
              reference: "NetworkX pagerank"),
        Entry(term: "degree / betweenness centralization", definition: "How much the network is organised around one stakeholder: 0 when all are alike, 1 for a star (Freeman).",
              reference: "igraph centr_degree / centr_betw (theoretical maxima); Freeman 1979, doi:10.1016/0378-8733(78)90021-7"),
        Entry(term: "coordinator, itinerant, representative, gatekeeper, liaison", definition: "Gould–Fernandez brokerage roles: two-paths i → j → k with no tie i → k, by whether i, j and k share a group (coordinator: all three; itinerant: i and k but not j; representative: j with i; gatekeeper: j with k; liaison: none).",
              reference: "R sna brokerage(); Gould & Fernandez 1989, doi:10.2307/270949"),
        Entry(term: "totalZ", definition: "A stakeholder's brokerage compared with what random ties of the same density would give, in standard deviations.",
              reference: "R sna brokerage() z-scores"),
        Entry(term: "constraint", definition: "How much a stakeholder's ties lead to contacts who are tied to each other: low for those who bridge structural holes.",
              reference: "NetworkX constraint; Burt 1992"),
        Entry(term: "effectiveSize, efficiency, hierarchy", definition: "Non-redundant contacts, that number per contact, and how much constraint comes from one contact.",
              reference: "NetworkX effective_size; Burt 1992; UCINET"),
        Entry(term: "coalitions, modularity", definition: "Groups more densely tied inside than chance would make them, found by Leiden (or Louvain); modularity measures how sharply they are drawn.",
              reference: "NetworkX modularity; Traag, Waltman & van Eck 2019, doi:10.1038/s41598-019-41695-z"),
        Entry(term: "E-I index", definition: "(ties leaving a group − ties inside it) / all ties: −1 when every tie stays inside, +1 when every tie leaves.",
              reference: "Krackhardt & Stern 1988, doi:10.2307/2786835; UCINET"),
        Entry(term: "coalition stability (NMI, ARI)", definition: "How alike two years' coalitions are: normalized mutual information and adjusted Rand index, 1 when identical.",
              reference: "scikit-learn normalized_mutual_info_score, adjusted_rand_score"),
        Entry(term: "QAP correlation", definition: "Correlation of two relations over the same stakeholders, tested by permuting one's rows and columns together.",
              reference: "R sna gcor / qaptest; Krackhardt 1987, doi:10.1016/0378-8733(87)90015-3"),
    ]
}
