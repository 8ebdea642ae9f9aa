/// The data of a network regression: an outcome relation and predictor relations on the same
/// stakeholders, as *n* × *n* matrices read over the off-diagonal cells (every ordered pair in
/// a directed design, the pairs *i* > *j* in an undirected one, as R sna's `gvectorize`).
///
/// Predictors are layers of a network (a tie is 1, or its weight in a weighted graph),
/// `same:ATTR` (1 when both stakeholders have the same value of an attribute, 0 otherwise or
/// when either has none) or `diff:ATTR` (the absolute difference of a numeric attribute; every
/// stakeholder needs one). An intercept comes first.
///
/// ```swift
/// let design = try DyadicDesign(network, outcome: "coalition",
///                               predictors: [.layer("funding"), .same("sector"), .difference("places")])
/// let fit = try NetworkRegression(design, null: .qapspp, permutations: 2000, seed: 1)
/// ```
///
/// - Complexity: O(*n*²) memory per relation.
public struct DyadicDesign: Sendable {
    /// A predictor relation.
    public enum Predictor: Hashable, Sendable, CustomStringConvertible {
        /// The ties of a layer (tie kind id).
        case layer(String)
        /// 1 when both stakeholders share the attribute's value.
        case same(String)
        /// The absolute difference of a numeric attribute.
        case difference(String)

        /// Reads `LAYER`, `same:ATTR` or `diff:ATTR`.
        public init(parsing text: String) {
            if text.hasPrefix("same:") { self = .same(String(text.dropFirst(5))) }
            else if text.hasPrefix("diff:") { self = .difference(String(text.dropFirst(5))) }
            else { self = .layer(text) }
        }

        /// `funding`, `same:sector`, `diff:places`.
        public var description: String {
            switch self {
            case .layer(let id): id
            case .same(let a): "same:\(a)"
            case .difference(let a): "diff:\(a)"
            }
        }
    }

    /// The most stakeholders a design holds: each relation is a dense *n* × *n* matrix
    /// (5,000 stakeholders: 200 MB per relation).
    public static let maximumNodeCount = 5_000
    /// The number of stakeholders.
    public let nodeCount: Int
    /// Whether cells are ordered pairs (directed) or unordered ones.
    public let isDirected: Bool
    /// Term names, intercept first: `(intercept)`, then each predictor's.
    public let names: [String]
    /// The outcome, row-major *n* × *n*.
    public let outcome: [Double]
    /// Each term's matrix, row-major *n* × *n*, the intercept's (all ones) first.
    public let matrices: [[Double]]

    /// A design from matrices (row-major *n* × *n*); an intercept is added first.
    ///
    /// - Throws: ``RegressionError/invalid(_:)`` when a matrix is not *n* × *n*, a value is not
    ///   finite, or an undirected design has an asymmetric matrix.
    public init(nodeCount n: Int, isDirected: Bool, outcome: [Double], predictors: [[Double]], names: [String]? = nil) throws {
        guard n >= 3 else { throw RegressionError.invalid("a network regression needs at least 3 stakeholders") }
        guard n <= Self.maximumNodeCount else {
            throw RegressionError.invalid("a network regression holds n×n matrices: \(n) stakeholders is more than the \(Self.maximumNodeCount) it supports")
        }
        for m in [outcome] + predictors {
            guard m.count == n * n else { throw RegressionError.invalid("every matrix needs \(n)×\(n) values, found \(m.count)") }
            guard m.allSatisfy(\.isFinite) else { throw RegressionError.invalid("a matrix has a value that is not a finite number") }
            if !isDirected {
                for i in 0..<n { for j in 0..<i where m[i * n + j] != m[j * n + i] {
                    throw RegressionError.invalid("an undirected design needs symmetric matrices")
                } }
            }
        }
        nodeCount = n
        self.isDirected = isDirected
        self.outcome = outcome
        self.matrices = [[Double](repeating: 1, count: n * n)] + predictors
        self.names = ["(intercept)"] + (names ?? predictors.indices.map { "x\($0 + 1)" })
    }

    /// A design from a network: the outcome layer and predictors, under a selection (its
    /// layers are replaced by each relation's own).
    ///
    /// The design is undirected when the outcome layer is undirected (or the selection reads
    /// direction as undirected or mutual).
    ///
    /// - Throws: ``RegressionError/invalid(_:)`` for an unknown layer, a missing attribute or a
    ///   non-numeric one under `diff:`; ``GraphError`` when a layer cannot build a graph.
    public init(_ network: Network, outcome: String, predictors: [Predictor],
                selection: GraphSelection = GraphSelection()) throws {
        func layerMatrix(_ id: String) throws -> (matrix: [Double], directed: Bool) {
            guard let kind = network.tieKind(id: id) else {
                throw RegressionError.invalid("unknown layer '\(id)' (this network has: \(network.layers.map(\.id).joined(separator: ", ")))")
            }
            var s = selection
            s.layers = [kind]
            s.excludedLayers = []
            if kind.sign == .negative { s.includesNegativeTies = true }
            if case .distance = s.weights { s.weights = .none }
            let g = try AnalysisGraph(network, selection: s)
            let n = g.nodeCount
            var m = [Double](repeating: 0, count: n * n)
            for u in 0..<n {
                for e in g.outOffsets[u]..<g.outOffsets[u + 1] {
                    m[u * n + Int(g.outNeighbors[e])] = g.isWeighted ? g.outWeights[e] : 1
                }
            }
            return (m, g.isDirected)
        }
        let n = network.stakeholders.count
        guard n <= Self.maximumNodeCount else {
            throw RegressionError.invalid("a network regression holds n×n matrices: \(n) stakeholders is more than the \(Self.maximumNodeCount) it supports")
        }
        let (y, directed) = try layerMatrix(outcome)
        var xs: [[Double]] = []
        for p in predictors {
            switch p {
            case .layer(let id): xs.append(try layerMatrix(id).matrix)
            case .same(let attribute):
                let values = network.stakeholders.map { $0.value(of: attribute)?.description }
                guard values.contains(where: { $0 != nil }) else {
                    throw RegressionError.invalid("no stakeholder has the attribute '\(attribute)'")
                }
                var m = [Double](repeating: 0, count: n * n)
                for i in 0..<n { for j in 0..<n where i != j {
                    if let a = values[i], let b = values[j], a == b { m[i * n + j] = 1 }
                } }
                xs.append(m)
            case .difference(let attribute):
                var values: [Double] = []
                for s in network.stakeholders {
                    guard let text = s.value(of: attribute)?.description, let v = Double(text), v.isFinite else {
                        throw RegressionError.invalid("diff:\(attribute) needs a number for every stakeholder; '\(s.id)' has \(s.value(of: attribute).map { "'\($0.description)'" } ?? "none")")
                    }
                    values.append(v)
                }
                var m = [Double](repeating: 0, count: n * n)
                for i in 0..<n { for j in 0..<n where i != j { m[i * n + j] = abs(values[i] - values[j]) } }
                xs.append(m)
            }
        }
        var isDirected = directed
        if !isDirected {
            // An undirected outcome reads the pairs i > j; predictors must be symmetric there.
            for (k, m) in xs.enumerated() {
                for i in 0..<n { for j in 0..<i where m[i * n + j] != m[j * n + i] {
                    throw RegressionError.invalid("the outcome '\(outcome)' is undirected but the predictor '\(predictors[k])' is not symmetric; choose a directed outcome or an undirected predictor")
                } }
            }
        }
        if selection.direction != .asStored { isDirected = false }
        try self.init(nodeCount: n, isDirected: isDirected, outcome: y, predictors: xs, names: predictors.map(\.description))
    }

    /// The cells read, as (row, column) pairs.
    var cells: (rows: [Int32], columns: [Int32]) {
        var r: [Int32] = [], c: [Int32] = []
        let n = nodeCount
        r.reserveCapacity(n * n); c.reserveCapacity(n * n)
        for i in 0..<n {
            for j in 0..<n where isDirected ? i != j : j < i {
                r.append(Int32(i)); c.append(Int32(j))
            }
        }
        return (r, c)
    }

    /// An *n* × *n* matrix holding `values` at the cells (`rows[c]`, `columns[c]`), zero
    /// elsewhere, mirrored into the other triangle when the design is undirected: the
    /// residualised predictor that Dekker's semi-partialling permutes.
    func matrix(placing values: [Double], rows: [Int32], columns: [Int32]) -> [Double] {
        let n = nodeCount
        var m = [Double](repeating: 0, count: n * n)
        for c in values.indices {
            let i = Int(rows[c]), j = Int(columns[c])
            m[i * n + j] = values[c]
            if !isDirected { m[j * n + i] = values[c] }
        }
        return m
    }
}

extension DyadicDesign {
    /// The outcome and the predictors read at the cells of ``cells``: what netlm and netlogit
    /// both fit, so both read them here.
    ///
    /// - Throws: ``RegressionError/invalid(_:)`` when there are no more cells than terms.
    func fitCells() throws -> (rows: [Int32], columns: [Int32], outcome: [Double], predictors: [[Double]]) {
        let n = nodeCount, k = matrices.count
        let (rows, columns) = cells
        let count = rows.count
        guard count > k else { throw RegressionError.invalid("\(count) cells cannot fit \(k) terms") }
        func atCells(_ m: [Double]) -> [Double] { (0..<count).map { m[Int(rows[$0]) * n + Int(columns[$0])] } }
        return (rows, columns, atCells(outcome), matrices.map(atCells))
    }

    /// The permutations of a fit under `null` (already resolved): seeded, or the ones a test
    /// gave (``PermutationRunner/givenPermutations``) once checked; nil for the classical null.
    ///
    /// - Throws: ``RegressionError/invalid(_:)`` when the given permutations do not fit.
    func permutations(under null: RegressionNull, reps: Int, seed: UInt64, options: ComputationOptions) throws -> PermutationRunner? {
        guard null != .classical else { return nil }
        let given = PermutationRunner.givenPermutations
        if let given { try PermutationRunner.validate(given, terms: null == .qapy ? 1 : matrices.count, reps: reps, n: nodeCount) }
        return PermutationRunner(nodeCount: nodeCount, reps: reps, seed: seed, options: options, given: given)
    }

    /// The null hypothesis a fit of this design uses: the requested one resolved (`qap` is
    /// `qapspp`), and `qapy` for semi-partialling with a single term, which has nothing to
    /// partial out (as sna).
    ///
    /// - Throws: ``RegressionError/invalid(_:)`` for a permutation test with fewer than one
    ///   permutation.
    func null(_ requested: RegressionNull, permutations: Int) throws -> RegressionNull {
        var null = requested.resolved
        if null == .qapspp && matrices.count == 1 { null = .qapy }
        guard null == .classical || permutations >= 1 else {
            throw RegressionError.invalid("a permutation test needs at least one permutation")
        }
        return null
    }
}

/// Why a network regression cannot be run.
public enum RegressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The design or the parameters are unusable; the message says why.
    case invalid(String)
    /// The predictors are collinear: the cross-product matrix is singular.
    case collinear(String)
    /// The logistic regression's outcome has a cell other than 0 or 1.
    case nonBinaryOutcome

    /// The message.
    public var description: String {
        switch self {
        case .invalid(let m): m
        case .collinear(let m): m
        case .nonBinaryOutcome:
            "netlogit needs a binary outcome (0 or 1 in every cell); build the outcome graph without weights (WeightMeaning.none)"
        }
    }
}
