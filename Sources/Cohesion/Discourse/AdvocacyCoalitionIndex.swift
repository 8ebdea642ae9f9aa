/// Advocacy coalitions from stances *and* ties: for each pair of actors, how close it is to the
/// advocacy coalition framework's ideal type — actors who share beliefs and coordinate — and a
/// QAP test of whether actors who agree also coordinate.
///
/// The construction follows the three steps of Satoh, Gronow & Ylä-Anttila's Advocacy
/// Coalition Index (ACI; "The Advocacy Coalition Index: a new approach for identifying advocacy
/// coalitions", Policy Studies Journal 2023, doi:10.1111/psj.12450) as its authors describe it:
/// each pair is a point with coordination on one axis and belief similarity on the other, and
/// its distance to the ideal type (1, 1) is measured. Their exact scaling could not be found, so
/// the index here is this library's definition:
///
/// - belief similarity b = C / (C + F), with C and F the pair's DNA congruence and conflict
///   (one-mode, unnormalized, the options' duplicates and range), 0 when they never speak on
///   the same concept;
/// - coordination c = 1 when a tie of the chosen layers joins the pair (either direction), else 0;
/// - index = 1 − √((1 − c)² + (1 − b)²) / √2, from 0 (no coordination, opposed beliefs) to 1
///   (coordination and identical stances). Pairs at or above ``threshold`` are *coalition
///   dyads*; pairs with b ≥ 0.5 and no tie are *potential allies*, pairs with a tie and b < 0.5
///   *cross-coalition* ties.
///
/// ```swift
/// let aci = try AdvocacyCoalitionIndex(network, coordination: GraphSelection(layers: [.coalition]))
/// aci.dyads.filter(\.isCoalitionDyad)
/// aci.qap.pGreaterOrEqual
/// ```
///
/// - Complexity: O(*n*²) for *n* stakeholders, plus the discourse network and the permutations.
public struct AdvocacyCoalitionIndex: Hashable, Sendable {
    /// One pair of actors.
    public struct Dyad: Hashable, Sendable {
        /// The first stakeholder's id.
        public var first: String
        /// The second stakeholder's id.
        public var second: String
        /// Belief similarity, 0…1.
        public var belief: Double
        /// Coordination, 0 or 1.
        public var coordination: Double
        /// The index, 0…1.
        public var index: Double
        /// Whether the index reaches the threshold.
        public var isCoalitionDyad: Bool
    }

    /// Every pair that shares a concept or a tie, in file order.
    public var dyads: [Dyad]
    /// The threshold for coalition dyads.
    public var threshold: Double
    /// QAP correlation of the congruence network (valued) with the coordination ties.
    public var qap: QAPCorrelation

    /// Scores every pair of a network's stakeholders.
    ///
    /// - Parameters:
    ///   - network: the network whose statements and ties are scored.
    ///   - options: the duplicates rule and date range of the statements (type and aggregation are set here).
    ///   - coordination: which ties count as coordination.
    ///   - threshold: the index at which a pair is a coalition dyad (0.75 by default: a tied pair
    ///     needs b ≥ 1 − 0.25·√2 ≈ 0.65; an untied pair never reaches it).
    ///   - permutations: QAP permutations.
    ///   - seed: the seed of the QAP permutations.
    /// - Throws: ``DiscourseError`` as ``DiscourseNetwork/init(_:options:)``, ``GraphError`` for the selection.
    public init(_ network: Network, options: DiscourseOptions = DiscourseOptions(), coordination: GraphSelection = GraphSelection(),
                threshold: Double = 0.75, permutations: Int = 1000, seed: UInt64 = 1) throws {
        var o = options
        o.networkType = .oneMode
        o.normalization = .no
        o.isolates = true
        o.window = nil
        o.aggregation = .congruence
        let congruence = try DiscourseNetwork(network, options: o)
        o.aggregation = .conflict
        let conflict = try DiscourseNetwork(network, options: o)
        let ties = try AnalysisGraph(network, selection: coordination)
        let n = congruence.rows.count
        var tied = Set<Int>()
        for u in 0..<ties.nodeCount {
            for w in ties.successors(of: u) where Int(w) != u { let v = Int(w); tied.insert(min(u, v) * n + max(u, v)) }
        }
        var dyads: [Dyad] = []
        var edges: [(Int, Int)] = [], weights: [Double] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                let c = congruence[i, j], f = conflict[i, j]
                let isTied = tied.contains(i * n + j)
                if c > 0 { edges.append((i, j)); weights.append(c) }
                guard c + f > 0 || isTied else { continue }
                let b = c + f > 0 ? c / (c + f) : 0
                let k = isTied ? 1.0 : 0.0
                let index = 1 - ((1 - k) * (1 - k) + (1 - b) * (1 - b)).squareRoot() / 2.0.squareRoot()
                dyads.append(Dyad(first: congruence.rows[i], second: congruence.rows[j], belief: b, coordination: k,
                                  index: index, isCoalitionDyad: index >= threshold))
            }
        }
        let beliefs = try AnalysisGraph(nodeCount: n, edges: edges, weights: weights, isDirected: false,
                                        weightKind: .strength, labels: congruence.rows)
        self.dyads = dyads
        self.threshold = threshold
        self.qap = try QAPCorrelation(beliefs, ties.undirected, valued: true, permutations: permutations, seed: seed)
    }
}
