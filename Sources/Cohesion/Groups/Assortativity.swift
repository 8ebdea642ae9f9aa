extension AnalysisGraph {
    /// Attribute assortativity (Newman 2003): how much more ties join nodes of the same group
    /// than chance would given how many tie ends each group has.
    ///
    /// With e the mixing matrix of tie ends normalised to sum 1 (each arc once from its source's
    /// group to its target's; each undirected edge once each way), a its row sums and b its
    /// column sums: r = (Σ_g e_gg − Σ_g a_g b_g) / (1 − Σ_g a_g b_g). 1 when ties never cross
    /// groups, negative when they mostly do. Weights are ignored, as NetworkX does. Matches
    /// NetworkX's `attribute_assortativity_coefficient`. NaN without ties, or when every tie
    /// end is in one group (0/0).
    ///
    /// ```swift
    /// let r = try graph.attributeAssortativity(of: StakeholderGroups(network, attribute: "sector", graph: graph))
    /// ```
    ///
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` for another node count.
    /// - Complexity: O(*n* + *m* + *k*²).
    public func attributeAssortativity(of assignment: StakeholderGroups) throws -> Double {
        try assignment.check(nodeCount: nodeCount)
        let k = assignment.groupCount
        let g = assignment.groups
        var e = [Double](repeating: 0, count: k * k)
        var total = 0.0
        for u in 0..<nodeCount {
            for v in successors(of: u) {
                e[g[u] * k + g[Int(v)]] += 1
                total += 1
            }
        }
        guard total > 0 else { return .nan }
        var trace = 0.0, ab = 0.0
        var a = [Double](repeating: 0, count: k), b = [Double](repeating: 0, count: k)
        for x in 0..<k {
            for y in 0..<k {
                let p = e[x * k + y] / total
                a[x] += p; b[y] += p
                if x == y { trace += p }
            }
        }
        for x in 0..<k { ab += a[x] * b[x] }
        return (trace - ab) / (1 - ab)
    }

    /// Numeric assortativity: the Pearson correlation of a numeric attribute across the two
    /// ends of each tie (each arc once, source then target; each undirected edge once each
    /// way), as NetworkX's `numeric_assortativity_coefficient`. Ties touching a node whose
    /// value is NaN (missing) are left out. NaN without usable ties or without variance.
    ///
    /// ```swift
    /// let places = network.stakeholders.map { $0.value(of: "places")?.doubleValue ?? .nan }
    /// let r = try graph.numericAssortativity(values: places)
    /// ```
    ///
    /// - Throws: ``CoalitionError/invalidAssignment(_:)`` when there is not one value per node.
    /// - Complexity: O(*n* + *m*).
    public func numericAssortativity(values: [Double]) throws -> Double {
        guard values.count == nodeCount else {
            throw CoalitionError.invalidAssignment("\(values.count) values for \(nodeCount) nodes")
        }
        var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
        for u in 0..<nodeCount where !values[u].isNaN {
            for v in successors(of: u) where !values[Int(v)].isNaN {
                let x = values[u], y = values[Int(v)]
                n += 1; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y
            }
        }
        guard n > 0 else { return .nan }
        let cov = sxy / n - (sx / n) * (sy / n)
        let vx = sxx / n - (sx / n) * (sx / n), vy = syy / n - (sy / n) * (sy / n)
        guard vx > 0, vy > 0 else { return .nan }
        return cov / (vx * vy).squareRoot()
    }
}
