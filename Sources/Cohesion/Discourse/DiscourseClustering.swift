/// The linkage of hierarchical clustering, as R's `hclust` names it.
public enum ClusterLinkage: String, Hashable, Sendable, CaseIterable {
    /// Single linkage: the distance of the closest pair.
    case single
    /// Average linkage (UPGMA): the mean distance of all pairs.
    case average
    /// Complete linkage: the distance of the farthest pair.
    case complete
    /// Ward's minimum variance on squared distances, R's `"ward.D2"` (heights are square roots).
    case ward = "ward.D2"
}

/// The cheap clustering methods of rDNA's `dna_multiclust` (rDNA/R/dna_multiclust.R).
public enum DiscourseClusterMethod: Hashable, Sendable {
    /// `hclust` on the Jaccard distances of the actors' binary stance profiles, with a linkage
    /// (`dna_multiclust`'s "Hierarchical (Single)", "(Average)", "(Complete)", "(Ward)").
    case hierarchical(ClusterLinkage)
    /// k-means on the rows of the Jaccard distance matrix (`stats::kmeans(jac, centers = k)`,
    /// which clusters each actor's vector of distances to all actors).
    case kmeans
    /// Structural equivalence: sna's `equiv.clust` on the one-mode network, Euclidean
    /// `sedist` (diagonal left out), complete linkage.
    case equivalence

    /// The method's name as `dna_multiclust` labels it.
    public var name: String {
        switch self {
        case .hierarchical(.single): "Hierarchical (Single)"
        case .hierarchical(.average): "Hierarchical (Average)"
        case .hierarchical(.complete): "Hierarchical (Complete)"
        case .hierarchical(.ward): "Hierarchical (Ward)"
        case .kmeans: "k-Means"
        case .equivalence: "Equivalence"
        }
    }
}

/// Discourse coalitions as rDNA's `dna_multiclust` finds them with its cheap methods
/// (hierarchical clustering on Jaccard distance, k-means, structural equivalence), each
/// scored by the modularity of the one-mode network.
///
/// What `dna_multiclust` computes, and this follows:
/// - The *two-mode* network (normalization `no`, isolates left out, the options' duplicates and
///   dates) with `combine` aggregation for agreement, recoded into two binary columns per
///   concept — agrees (combine code 1 or 3) and disagrees (2 or 3) —, or with `subtract`
///   aggregation for an ordinal scale, binarized as `> 0`. Rows whose sum is not positive are
///   dropped (`combined[rowSums(combined) > 0, ]`).
/// - The Jaccard distance of two rows, 1 − |a ∧ b| / |a ∨ b|, 0 similarity (distance 1) when
///   both are empty.
/// - The *one-mode* network with `subtract` aggregation and `average` normalization (same
///   duplicates and dates), negative weights set to 0: the graph whose modularity scores a
///   partition. `dna_multiclust` calls igraph's `modularity(x = g, membership = mem)` without
///   `weights`, which igraph computes *unweighted* (ties are the positive cells); this follows
///   it (``modularity(_:n:memberships:)``). Structural equivalence clusters the weighted matrix.
/// - With a number of clusters *k* ≥ 2, the tree is cut at *k* (`cutree`); with *k* unset,
///   every *k* from 2 to `kMax` is tried and the first with the highest modularity is kept
///   (`which.max`).
///
/// Hierarchical clustering reproduces R's `hclust` (Fortran `hclust.f`: nearest-neighbour list,
/// the first pair of least dissimilarity merged, Lance–Williams updates), and cutting reproduces
/// `cutree` (the first *n* − *k* merges; clusters numbered by their first actor). k-means cannot
/// reproduce R's random starts: it runs Lloyd's algorithm from `restarts` k-means++ starts drawn
/// from a generator seeded with `seed`, keeping the partition with the least within-cluster sum
/// of squares (R uses Hartigan–Wong from one random start); on well-separated data both find the
/// same partition.
///
/// ```swift
/// let c = try DiscourseClustering(network, method: .hierarchical(.average))
/// print(c.k, c.modularity, zip(c.actors, c.memberships))
/// ```
///
/// - Complexity: O(*n*²·*c*) for the distances of *n* actors over *c* concepts, O(*n*²) per
///   merge (O(*n*³) worst case for the tree, as `hclust.f`), O(*i*·*n*²·*k*) for k-means.
public struct DiscourseClustering: Hashable, Sendable {
    /// The method used.
    public var method: DiscourseClusterMethod
    /// The actors clustered, in file order.
    public var actors: [String]
    /// Each actor's cluster, numbered from 1 in order of first actor (as `cutree` numbers them).
    public var memberships: [Int]
    /// The number of clusters.
    public var k: Int
    /// The unweighted modularity of the memberships on the graph of the one-mode subtract
    /// network's positive ties, as `dna_multiclust` reports it; NaN without a positive tie.
    public var modularity: Double

    /// Clusters a network's actors.
    ///
    /// - Parameters:
    ///   - network: a network with statements.
    ///   - options: duplicates and the date range (the network kinds, aggregations and
    ///     normalizations are the ones `dna_multiclust` uses, whatever the options say).
    ///   - method: the clustering method.
    ///   - k: the number of clusters, at least 2; nil to choose it by modularity.
    ///   - kMax: the largest number tried when `k` is nil (rDNA's `k.max`, default 5).
    ///   - seed: the seed of the k-means starts.
    ///   - restarts: the k-means starts.
    /// - Throws: ``DiscourseError/incompatible(_:)`` for `k` below 2, `kMax` below 2, fewer than
    ///   two actors to cluster, or a window in the options; and as
    ///   ``DiscourseNetwork/init(_:options:)``.
    public init(_ network: Network, options: DiscourseOptions = DiscourseOptions(), method: DiscourseClusterMethod,
                k: Int? = nil, kMax: Int = 5, seed: UInt64 = 1, restarts: Int = 10) throws {
        if let k, k < 2 { throw DiscourseError.incompatible("the number of clusters must be at least 2, not \(k)") }
        guard kMax >= 2 else { throw DiscourseError.incompatible("the largest number of clusters tried must be at least 2, not \(kMax)") }
        guard options.window == nil else {
            throw DiscourseError.incompatible("clustering takes one network over the date range, not a time window")
        }
        let ordinal = network.statements.contains { if case .level = $0.qualifier { true } else { false } }
        var two = options
        two.networkType = .twoMode
        two.aggregation = ordinal ? .subtract : .combine
        two.normalization = .no
        two.isolates = false
        let affiliation = try DiscourseNetwork(network, options: two)
        // Binary profile rows: agree and disagree columns (combine), or > 0 (subtract).
        let c = affiliation.columns.count
        var profiles: [[Bool]] = [], kept: [String] = []
        for (r, id) in affiliation.rows.enumerated() {
            var row: [Bool]
            if ordinal {
                row = (0..<c).map { affiliation[r, $0] > 0 }
                let sum = (0..<c).reduce(0.0) { $0 + affiliation[r, $1] }
                guard sum > 0 else { continue }
            } else {
                row = (0..<c).map { [1, 3].contains(affiliation[r, $0]) } + (0..<c).map { [2, 3].contains(affiliation[r, $0]) }
                guard row.contains(true) else { continue }
            }
            profiles.append(row)
            kept.append(id)
        }
        let n = kept.count
        guard n >= 2 else { throw DiscourseError.incompatible("clustering needs at least two actors with statements, not \(n)") }
        var one = options
        one.networkType = .oneMode
        one.aggregation = .subtract
        one.normalization = .average
        one.isolates = false
        let subtract = try DiscourseNetwork(network, options: one)
        let index = Dictionary(subtract.rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var y = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                if let a = index[kept[i]], let b = index[kept[j]] { y[i * n + j] = max(0, subtract[a, b]) }
            }
        }
        let candidates = k.map { [$0] } ?? Array(2...max(2, kMax))
        var best: (memberships: [Int], k: Int, q: Double)?
        // which.max: the first k with the highest modularity (NaN never wins over a number).
        func consider(_ m: [Int], _ kk: Int, _ q: Double) {
            guard let current = best else { best = (m, kk, q); return }
            if q > current.q || (current.q.isNaN && !q.isNaN) { best = (m, kk, q) }
        }
        switch method {
        case .hierarchical(let linkage):
            let tree = Self.hclust(Self.jaccardDistances(profiles), n: n, linkage: linkage)
            for kk in candidates where kk <= n {
                let m = Self.cutree(tree, n: n, k: kk)
                let q = Self.modularity(y, n: n, memberships: m)
                consider(m, kk, q)
            }
        case .equivalence:
            let tree = Self.hclust(Self.structuralDistances(y, n: n), n: n, linkage: .complete)
            for kk in candidates where kk <= n {
                let m = Self.cutree(tree, n: n, k: kk)
                let q = Self.modularity(y, n: n, memberships: m)
                consider(m, kk, q)
            }
        case .kmeans:
            let d = Self.jaccardDistances(profiles)
            var rng = SeededGenerator(seed: seed)
            for kk in candidates where kk <= n {
                let m = Self.kmeans(rows: d, n: n, k: kk, restarts: max(1, restarts), using: &rng)
                let q = Self.modularity(y, n: n, memberships: m)
                consider(m, kk, q)
            }
        }
        guard let found = best else {
            throw DiscourseError.incompatible("\(n) actors cannot form \(k ?? 2) clusters")
        }
        self.method = method
        self.actors = kept
        self.memberships = found.memberships
        self.k = found.k
        self.modularity = found.q
    }

    /// The full n × n Jaccard distance matrix of binary rows, as `dna_multiclust` computes it.
    ///
    /// - Complexity: O(*n*²·*c*).
    public static func jaccardDistances(_ rows: [[Bool]]) -> [Double] {
        let n = rows.count
        var d = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where j != i {
                var both = 0, either = 0
                for (a, b) in zip(rows[i], rows[j]) {
                    if a && b { both += 1 }
                    if a || b { either += 1 }
                }
                d[i * n + j] = 1 - (either == 0 ? 0 : Double(both) / Double(either))
            }
        }
        return d
    }

    /// sna's `sedist(y, method = "euclidean")` with the diagonal left out (`diag = FALSE`):
    /// for actors i and j, the square root of Σ over the other actors l of
    /// (y_il − y_jl)² + (y_li − y_lj)².
    ///
    /// - Complexity: O(*n*³).
    public static func structuralDistances(_ y: [Double], n: Int) -> [Double] {
        var d = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                var s = 0.0
                for l in 0..<n where l != i && l != j {
                    let a = y[i * n + l] - y[j * n + l], b = y[l * n + i] - y[l * n + j]
                    s += a * a + b * b
                }
                d[i * n + j] = s.squareRoot()
                d[j * n + i] = d[i * n + j]
            }
        }
        return d
    }

    /// One merge of a tree: the two clusters' smallest members' indices (0-based observations,
    /// the cluster kept is the one of `first`) and the height.
    public struct Merge: Hashable, Sendable {
        /// The observation that names the kept cluster (the smaller index).
        public var first: Int
        /// The observation that names the absorbed cluster.
        public var second: Int
        /// The merge height.
        public var height: Double
    }

    /// R's `hclust` (Fortran `hclust.f`, F. Murtagh's nearest-neighbour-list algorithm as R
    /// ships it) on a full symmetric n × n distance matrix: the merges in the order made.
    ///
    /// - Complexity: O(*n*²) per merge in the worst case.
    public static func hclust(_ distances: [Double], n: Int, linkage: ClusterLinkage) -> [Merge] {
        guard n >= 2, distances.count == n * n else { return [] }
        var diss = distances
        if linkage == .ward { diss = diss.map { $0 * $0 } }
        var flag = [Bool](repeating: true, count: n)
        var members = [Double](repeating: 1, count: n)
        var nn = [Int](repeating: 0, count: n), disnn = [Double](repeating: .infinity, count: n)
        func at(_ i: Int, _ j: Int) -> Double { diss[i * n + j] }
        for i in 0..<(n - 1) {
            var dmin = Double.infinity, jm = i + 1
            for j in (i + 1)..<n where dmin > at(i, j) { dmin = at(i, j); jm = j }
            nn[i] = jm
            disnn[i] = dmin
        }
        var merges: [Merge] = []
        for _ in 0..<(n - 1) {
            var dmin = Double.infinity, im = -1, jm = -1
            for i in 0..<(n - 1) where flag[i] && disnn[i] < dmin { dmin = disnn[i]; im = i; jm = nn[i] }
            if im < 0 {
                // Only infinite distances remain: merge the first two clusters left, as R would
                // reach them with DMIN = INF.
                let left = (0..<n).filter { flag[$0] }
                guard left.count >= 2 else { break }
                im = left[0]; jm = left[1]; dmin = at(im, jm)
            }
            let i2 = min(im, jm), j2 = max(im, jm)
            merges.append(Merge(first: i2, second: j2, height: linkage == .ward ? dmin.squareRoot() : dmin))
            flag[j2] = false
            dmin = .infinity
            var jj = i2
            let xx = at(i2, j2)
            for k in 0..<n where flag[k] && k != i2 {
                let d1 = at(i2, k), d2 = at(j2, k)
                let updated: Double
                switch linkage {
                case .ward:
                    updated = ((members[i2] + members[k]) * d1 + (members[j2] + members[k]) * d2 - members[k] * xx)
                        / (members[i2] + members[j2] + members[k])
                case .single: updated = min(d1, d2)
                case .complete: updated = max(d1, d2)
                case .average: updated = (members[i2] * d1 + members[j2] * d2) / (members[i2] + members[j2])
                }
                diss[i2 * n + k] = updated
                diss[k * n + i2] = updated
                if i2 < k {
                    if updated < dmin { dmin = updated; jj = k }
                } else if updated < disnn[k] {
                    disnn[k] = updated
                    nn[k] = i2
                }
            }
            members[i2] += members[j2]
            disnn[i2] = dmin
            nn[i2] = jj
            for i in 0..<(n - 1) where flag[i] && (nn[i] == i2 || nn[i] == j2) {
                var best = Double.infinity, bj = nn[i]
                for j in (i + 1)..<n where flag[j] && at(i, j) < best { best = at(i, j); bj = j }
                nn[i] = bj
                disnn[i] = best
            }
        }
        return merges
    }

    /// R's `cutree(tree, k)`: the groups after the first n − k merges, numbered from 1 in
    /// order of their first observation.
    ///
    /// - Complexity: O(*n*²).
    public static func cutree(_ merges: [Merge], n: Int, k: Int) -> [Int] {
        var group = Array(0..<n)
        for m in merges.prefix(max(0, n - k)) {
            let from = group[m.second], to = group[m.first]
            for i in 0..<n where group[i] == from { group[i] = to }
        }
        var number: [Int: Int] = [:]
        return group.map { g in
            if let x = number[g] { return x }
            let x = number.count + 1
            number[g] = x
            return x
        }
    }

    /// The modularity `dna_multiclust` reports: igraph's `modularity(g, membership)` of the
    /// graph of the matrix's positive cells, called without `weights`, so *unweighted* (igraph
    /// takes no weight attribute unless it is passed; checked against igraph 1.3.5):
    /// Q = Σ_c [ e_c / m − (d_c / 2m)² ], e_c the ties inside c, d_c its degree sum, m the ties.
    /// NaN without a tie.
    ///
    /// - Complexity: O(*n*²).
    public static func modularity(_ y: [Double], n: Int, memberships: [Int]) -> Double {
        let k = (memberships.max() ?? 0) + 1
        var inside = [Double](repeating: 0, count: k), strength = [Double](repeating: 0, count: k)
        var total = 0.0
        for i in 0..<n {
            for j in 0..<n where j != i {
                let w: Double = y[i * n + j] > 0 ? 1 : 0
                total += w
                strength[memberships[i]] += w
                if memberships[i] == memberships[j] { inside[memberships[i]] += w }
            }
        }
        // total is 2m; inside is twice the ties inside.
        guard total > 0 else { return .nan }
        var q = 0.0
        for c in 0..<k { q += inside[c] / total - (strength[c] / total) * (strength[c] / total) }
        return q
    }

    /// Lloyd's k-means on the rows of an n × n matrix from k-means++ starts; the memberships
    /// (numbered from 1 in order of first row) of the start with the least within-cluster sum
    /// of squares.
    static func kmeans(rows x: [Double], n: Int, k: Int, restarts: Int, using rng: inout SeededGenerator) -> [Int] {
        let dim = n
        func sq(_ a: Int, _ centre: [Double]) -> Double {
            var s = 0.0
            for t in 0..<dim { let d = x[a * dim + t] - centre[t]; s += d * d }
            return s
        }
        var bestCost = Double.infinity
        var best = [Int](repeating: 0, count: n)
        for _ in 0..<restarts {
            var centres: [[Double]] = []
            let first = Int(rng.next() % UInt64(n))
            centres.append(Array(x[(first * dim)..<((first + 1) * dim)]))
            while centres.count < k {
                let weights = (0..<n).map { i in centres.map { sq(i, $0) }.min() ?? 0 }
                let sum = weights.reduce(0, +)
                var pick = 0
                if sum > 0 {
                    var r = Double(rng.next() >> 11) / Double(1 << 53) * sum
                    for i in 0..<n { r -= weights[i]; if r < 0 { pick = i; break }; pick = i }
                } else {
                    pick = Int(rng.next() % UInt64(n))
                }
                centres.append(Array(x[(pick * dim)..<((pick + 1) * dim)]))
            }
            var assign = [Int](repeating: -1, count: n)
            for _ in 0..<100 {
                var changed = false
                for i in 0..<n {
                    var bc = 0, bd = Double.infinity
                    for (c, centre) in centres.enumerated() { let d = sq(i, centre); if d < bd { bd = d; bc = c } }
                    if assign[i] != bc { assign[i] = bc; changed = true }
                }
                if !changed { break }
                for c in 0..<k {
                    let members = (0..<n).filter { assign[$0] == c }
                    guard !members.isEmpty else { continue }
                    var centre = [Double](repeating: 0, count: dim)
                    for i in members { for t in 0..<dim { centre[t] += x[i * dim + t] } }
                    centres[c] = centre.map { $0 / Double(members.count) }
                }
            }
            let cost = (0..<n).reduce(0.0) { $0 + sq($1, centres[assign[$1]]) }
            if cost < bestCost - 1e-12 { bestCost = cost; best = assign }
        }
        var number: [Int: Int] = [:]
        return best.map { g in
            if let v = number[g] { return v }
            let v = number.count + 1
            number[g] = v
            return v
        }
    }
}
