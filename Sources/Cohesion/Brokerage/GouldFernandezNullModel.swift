/// The expected brokerage counts and their standard deviations under Gould and Fernandez's
/// null model, as R's `sna::brokerage` (2.7-1) computes them.
///
/// The null model is a random digraph of the same order *N* and density
/// *d* = *m* / (*N*(*N* − 1)), where *m* counts arcs (an undirected edge counts twice, since it
/// is read as two arcs), with the same group sizes *n*₁ … *n*ₖ. A two-path *i* → *j* → *k* with
/// no arc *i* → *k* occurs with probability *d*²(1 − *d*), so a node of group *g* expects
///
/// - coordinator: *d*²(1−*d*)(*n*_g − 1)(*n*_g − 2)
/// - itinerant: *d*²(1−*d*) Σ_{h≠g} *n*_h(*n*_h − 1)
/// - representative and gatekeeper: *d*²(1−*d*)(*N* − *n*_g)(*n*_g − 1)
/// - liaison: *d*²(1−*d*)((Σ_{h≠g} *n*_h)² − Σ_{h≠g} *n*_h²)
/// - total: *d*²(1−*d*)(*N* − 1)(*N* − 2)
///
/// Variances add to *E*(1 − *d*²(1 − *d*)) the covariance of two-paths sharing an arc, with
/// sna's exact terms (see the code, which transcribes sna's R formulas term by term, including
/// the network-level ones). A standard deviation of zero (a group of one or two nodes for the
/// coordinator role, an empty or complete graph) makes the z-score NaN (0/0) or infinite, as
/// in R.
///
/// - Complexity: O(*k*) per group and O(*k*³) for the network level, for *k* groups.
struct GouldFernandezNullModel {
    /// Expected counts for a node of each group.
    var groupExpected: [BrokerageRoleScores]
    /// Standard deviations for a node of each group.
    var groupStandardDeviation: [BrokerageRoleScores]
    /// Expected network totals.
    var networkExpected: BrokerageRoleScores
    /// Standard deviations of the network totals.
    var networkStandardDeviation: BrokerageRoleScores

    /// - Parameters:
    ///   - groupSizes: the number of nodes in each group.
    ///   - arcCount: the number of arcs, each undirected edge counted twice.
    init(groupSizes: [Int], arcCount: Int) {
        let n = groupSizes.map(Double.init)
        let nodeCount = Double(groupSizes.reduce(0, +))
        let N = nodeCount
        let d = Double(arcCount) / (N * (N - 1))
        let p = d * d * (1 - d)            // a brokered two-path
        let q = 1 - p
        let c3 = d * d * d * (1 - d) * (1 - d) * (1 - d)
        let c4 = d * d * d * d * (1 - d) * (1 - d)
        let c5 = d * d * d * d * d * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }

        var expected: [BrokerageRoleScores] = []
        var deviation: [BrokerageRoleScores] = []
        for g in n.indices {
            let ng = n[g]
            var othersPairs = 0.0, othersTriples = 0.0, othersSum = 0.0, othersSquares = 0.0, othersLiaison = 0.0
            for h in n.indices where h != g {
                let nh = n[h]
                othersPairs += nh * (nh - 1)
                othersTriples += nh * (nh - 1) * (nh - 2)
                othersSum += nh
                othersSquares += nh * nh
                othersLiaison += nh * choose2(N - nh - ng) * c3
            }
            var e = [Double](repeating: 0, count: 6), v = [Double](repeating: 0, count: 6)
            e[0] = p * (ng - 1) * (ng - 2)
            v[0] = e[0] * q + 2 * (ng - 1) * (ng - 2) * (ng - 3) * c3
            e[1] = p * othersPairs
            v[1] = e[1] * q + 2 * othersTriples * c3
            e[2] = p * (N - ng) * (ng - 1)
            v[2] = e[2] * q + 2 * ((ng - 1) * choose2(N - ng) + (N - ng) * choose2(ng - 1)) * c3
            e[3] = e[2]
            v[3] = v[2]
            e[4] = p * (othersSum * othersSum - othersSquares)
            v[4] = e[4] * q + 4 * othersLiaison
            e[5] = p * (N - 1) * (N - 2)
            v[5] = e[5] * q + 2 * (N - 1) * (N - 2) * (N - 3) * c3
            expected.append(BrokerageRoleScores(snaOrder: e))
            deviation.append(BrokerageRoleScores(snaOrder: v.map { $0.squareRoot() }))
        }
        groupExpected = expected
        groupStandardDeviation = deviation

        var e = [Double](repeating: 0, count: 6), v = [Double](repeating: 0, count: 6)
        var s0e = 0.0, s0v = 0.0, s1e = 0.0, s2e = 0.0, s2v = 0.0, s1pairs = 0.0, s1diag = 0.0
        var s4pairs = 0.0, s4diag = 0.0
        for x in n {
            let t = x * (x - 1) * (x - 2)
            s0e += t
            s0v += t * ((4 * x - 10) * c3 - 4 * (x - 3) * c4 + (x - 3) * c5)
            s1e += x * (N - x) * (x - 1)
            s2e += x * (N - x) * (x - 1)
            s2v += x * (N - x) * (x - 1) * ((N - 3) * c3 + (x - 2) * c5)
            s1diag += x * x * (x - 1) * ((4 * x - 6) * c3 + (N - x - 1) * c5)
            s4diag += x * x * (N - 2 * x)
            for y in n {
                s1pairs += x * y * (x - 1) * ((2 * x + 2 * y - 6) * c3 + (N - x - 1) * c5)
                s4pairs += x * y * (N - x - y)
            }
        }
        e[0] = p * s0e
        v[0] = e[0] * q + s0v
        e[1] = p * s1e
        v[1] = e[1] * q + (s1pairs - s1diag)
        e[2] = p * s2e
        v[2] = e[2] * q + s2v
        e[3] = e[2]
        v[3] = v[2]
        e[4] = p * (s4pairs - s4diag)
        v[4] = e[4] * q
        for a in n.indices {
            for b in n.indices where b != a {
                for c in n.indices where c != b && c != a {
                    let (na, nb, nc) = (n[a], n[b], n[c])
                    v[4] += na * nb * nc * ((4 * (N - nb) - 2 * (na + nc + 1)) * c3
                        - (4 * (N - nc) - 2 * (na + nb + 1)) * c4
                        + (N - (na + nc + 1)) * c5)
                }
            }
        }
        e[5] = p * N * (N - 1) * (N - 2)
        v[5] = e[5] * q + N * (N - 1) * (N - 2) * ((4 * N - 10) * c3 - 4 * (N - 3) * c4 + (N - 3) * c5)
        networkExpected = BrokerageRoleScores(snaOrder: e)
        networkStandardDeviation = BrokerageRoleScores(snaOrder: v.map { $0.squareRoot() })
    }
}
