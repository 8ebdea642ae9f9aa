/// DNA's polarization score of a discourse (Polarization.java in leifeld-lab/dna, rDNA's
/// `dna_polarization`): how far the best split of the actors into *k* balanced groups departs
/// from an even spread of congruence within groups and conflict between them.
///
/// For a membership vector, with C the congruence and F the conflict network (one-mode,
/// `average` normalization, isolates left out, as Polarization.java builds them), ‖·‖ the
/// entrywise 1-norm, n_g the size of group g, W = Σ n_g(n_g − 1) the ordered within-group pairs
/// and B = n(n − 1) − W the between-group pairs, DNA's `qualityAbsdiff` is
///
///     Σ_{i≠j same group} |C_ij − (n_g(n_g−1)/W)·‖C‖/W| + |F_ij|
///   + Σ_{i≠j different groups} |C_ij| + |F_ij − (n_g·n_h/B)·‖F‖/B|
///
/// halved, or divided by 2(‖C‖ + ‖F‖) when normalized. The score is its maximum over
/// memberships with groups as equal as possible (sizes ⌈n/k⌉ and ⌊n/k⌋: DNA's
/// `createRandomMemberships`, and its greedy search only swaps members). DNA searches
/// heuristically (greedy swaps or a genetic algorithm); this enumerates every balanced split
/// exactly when there are at most 100,000 of them, and otherwise runs DNA's greedy swaps from
/// several seeded starts and keeps the best.
///
/// ```swift
/// let p = try DiscoursePolarization.score(of: network, options: DiscourseOptions(), normalize: true)
/// print(p.score, p.memberships)
/// ```
///
/// - Complexity: O(*s*·*n*²) for *s* splits searched over *n* actors.
public struct DiscoursePolarization: Hashable, Sendable {
    /// The score: the maximum of DNA's quality function.
    public var score: Double
    /// The group (0..<k) of each actor at the maximum, in ``actors`` order.
    public var memberships: [Int]
    /// The actors scored (those with statements in the range or window).
    public var actors: [String]
    /// True when every balanced split was evaluated; false when greedy search was used.
    public var isExact: Bool
    /// The window's mid-point, for a window.
    public var middle: StatementDate?

    /// DNA's `qualityAbsdiff` of one membership vector.
    ///
    /// - Complexity: O(*n*²).
    public static func quality(memberships: [Int], congruence: [Double], conflict: [Double], groups k: Int, normalize: Bool) -> Double {
        let n = memberships.count
        guard n > 0, congruence.count == n * n, conflict.count == n * n, k > 0 else { return 0 }
        let cNorm = congruence.reduce(0) { $0 + abs($1) }, fNorm = conflict.reduce(0) { $0 + abs($1) }
        var size = [Int](repeating: 0, count: k)
        for g in memberships where g >= 0 && g < k { size[g] += 1 }
        let within = size.reduce(0) { $0 + $1 * ($1 - 1) }
        let between = n * (n - 1) - within
        // DNA divides by W and B; an empty set of pairs contributes no expectation.
        let expectedWithin = size.map { s in within == 0 ? 0 : Double(s * (s - 1)) / Double(within) * (cNorm / Double(within)) }
        var total = 0.0
        for i in 0..<n {
            for j in 0..<n where i != j {
                let c = congruence[i * n + j], f = conflict[i * n + j]
                let gi = memberships[i], gj = memberships[j]
                if gi == gj {
                    total += abs(c - expectedWithin[gi]) + abs(f)
                } else {
                    let expected = between == 0 ? 0 : Double(size[gi] * size[gj]) / Double(between) * (fNorm / Double(between))
                    total += abs(c) + abs(f - expected)
                }
            }
        }
        if normalize {
            let d = 2 * (cNorm + fNorm)
            return d == 0 ? 0 : total / d
        }
        return total * 0.5
    }

    /// The score of congruence and conflict matrices over the same actors.
    public static func score(actors: [String], congruence: [Double], conflict: [Double], groups k: Int = 2,
                             normalize: Bool = false, seed: UInt64 = 1) -> DiscoursePolarization {
        let n = actors.count
        guard n > k, k >= 2 else {
            return DiscoursePolarization(score: 0, memberships: [Int](repeating: 0, count: n), actors: actors, isExact: true)
        }
        func q(_ m: [Int]) -> Double { quality(memberships: m, congruence: congruence, conflict: conflict, groups: k, normalize: normalize) }
        // Balanced sizes: the first n mod k groups one larger.
        let sizes = (0..<k).map { n / k + ($0 < n % k ? 1 : 0) }
        if k == 2, balancedSplitCount(n) <= 100_000 {
            // Every split with node 0 in group 0 (the labels are interchangeable when sizes
            // are equal; with unequal sizes node 0 goes to either group).
            var best = -Double.infinity
            var bestM: [Int] = []
            var m = [Int](repeating: 1, count: n)
            func recurse(_ i: Int, _ left0: Int, _ left1: Int) {
                if i == n {
                    let v = q(m)
                    if v > best { best = v; bestM = m }
                    return
                }
                if left0 > 0 { m[i] = 0; recurse(i + 1, left0 - 1, left1) }
                if left1 > 0 && !(i == 0 && sizes[0] == sizes[1]) { m[i] = 1; recurse(i + 1, left0, left1 - 1) }
            }
            recurse(0, sizes[0], sizes[1])
            return DiscoursePolarization(score: best, memberships: bestM, actors: actors, isExact: true)
        }
        var rng = SeededGenerator(seed: seed)
        var best = -Double.infinity
        var bestM: [Int] = []
        for _ in 0..<5 {
            var m: [Int] = []
            for (g, s) in sizes.enumerated() { m += repeatElement(g, count: s) }
            m.shuffle(using: &rng)
            var current = q(m)
            var changed = true
            while changed {   // Polarization.greedyTimeStep: swap two members of different groups while it helps
                changed = false
                for i in 0..<n {
                    for j in (i + 1)..<n where m[i] != m[j] {
                        m.swapAt(i, j)
                        let v = q(m)
                        if v > current { current = v; changed = true } else { m.swapAt(i, j) }
                    }
                }
            }
            if current > best { best = current; bestM = m }
        }
        return DiscoursePolarization(score: best, memberships: bestM, actors: actors, isExact: false)
    }

    static func balancedSplitCount(_ n: Int) -> Int {
        // C(n, ⌊n/2⌋), halved for even n; saturating.
        var c = 1.0
        let r = n / 2
        for i in 0..<r { c = c * Double(n - i) / Double(i + 1) }
        if n % 2 == 0 { c /= 2 }
        return c > 1e12 ? Int.max : Int(c)
    }

    /// The polarization of a network's statements over the range, or one score per window when
    /// the options set one. The congruence and conflict networks are built as Polarization.java
    /// builds them: one-mode, `average` normalization, isolates left out, with the options'
    /// duplicates, range and window (DNA's plain windows, not its kernel smoothing).
    ///
    /// - Throws: ``DiscourseError`` as ``DiscourseNetwork/init(_:options:)``.
    public static func scores(of network: Network, options: DiscourseOptions, groups k: Int = 2,
                              normalize: Bool = false) throws -> [DiscoursePolarization] {
        var base = options
        base.networkType = .oneMode
        base.normalization = .average
        base.isolates = false
        var congruence = base, conflict = base
        congruence.aggregation = .congruence
        conflict.aggregation = .conflict
        if options.window == nil {
            let c = try DiscourseNetwork(network, options: congruence), f = try DiscourseNetwork(network, options: conflict)
            return [score(actors: c.rows, congruence: c.values, conflict: f.values, groups: k, normalize: normalize)]
        }
        let cs = try DiscourseNetwork.windows(of: network, options: congruence)
        let fs = try DiscourseNetwork.windows(of: network, options: conflict)
        return zip(cs, fs).map { c, f in
            var p = score(actors: c.rows, congruence: c.values, conflict: f.values, groups: k, normalize: normalize)
            p.middle = c.middle
            return p
        }
    }
}
