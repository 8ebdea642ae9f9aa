/// The tables and JSON values of coalition results, as `cohesion coalitions` writes them.
extension Coalitions {
    /// The method, resolution, seed, signedness, modularity and number of coalitions, as JSON
    /// members (`method`, `resolution`, `seed`, `signed`, `modularity`, `coalitionCount`).
    ///
    /// - Complexity: O(1).
    public var summaryFields: [(String, JSONValue)] {
        [("method", .string(method.rawValue)), ("resolution", .number(resolution)),
         ("seed", seed <= UInt64(Int.max) ? .integer(Int(seed)) : .string(String(seed))),
         ("signed", .bool(isSigned)),
         ("modularity", .number(modularity)), ("coalitionCount", .integer(count))]
    }

    /// One line: the method, resolution, seed, number of coalitions and modularity.
    ///
    /// - Complexity: O(1).
    public var summary: String {
        let name = method == .leiden ? "Leiden" : "Louvain"
        var line = "\(name)\(isSigned ? " (signed)" : ""), resolution \(NumberText.significant(resolution)), "
        line += "seed \(seed): \(count) coalition\(count == 1 ? "" : "s"), "
        line += "\(isSigned ? "signed " : "")modularity \(NumberText.significant(modularity))"
        return line
    }

    /// The stakeholder behind a node of `graph`, when the graph was built from `network`.
    static func stakeholder(_ network: Network?, _ graph: AnalysisGraph, _ node: Int) -> Stakeholder? {
        guard let network, let i = graph.stakeholderIndices?[node], i < network.stakeholders.count else { return nil }
        return network.stakeholders[i]
    }

    /// One row per node: its name and kind (from `network`) and its coalition; keyed by label.
    ///
    /// - Complexity: O(*n*).
    public func memberTable(_ graph: AnalysisGraph, network: Network? = nil) -> MeasureTable {
        var table = MeasureTable(columns: ["name", "kind", "coalition"])
        for node in 0..<min(graph.nodeCount, assignment.groups.count) {
            let s = Self.stakeholder(network, graph, node)
            table.append(id: graph.label(of: node), [.text(s?.name ?? graph.label(of: node)), .text(s?.kind.id ?? ""),
                                                     .text(assignment.labels[assignment.groups[node]])])
        }
        return table
    }

    /// One row per coalition: its size, its kinds of stakeholder (most common first) and its
    /// members' labels; keyed `coalition` under `coalitions`.
    ///
    /// - Complexity: O(*n* log *n*).
    public func coalitionTable(_ graph: AnalysisGraph, network: Network? = nil) -> MeasureTable {
        var table = MeasureTable(columns: ["size", "kinds", "members"], idColumn: "coalition", rowsKey: "coalitions")
        for (g, members) in assignment.members.enumerated() {
            let kinds = members.map { Self.stakeholder(network, graph, $0)?.kind.id ?? "?" }
            table.append(id: assignment.labels[g],
                         [.integer(members.count), .text(Self.kindSummary(kinds)),
                          .text(members.map { graph.label(of: $0) }.joined(separator: ", "))])
        }
        return table
    }

    /// "municipality 2, associative-provider 1", most common first.
    static func kindSummary(_ kinds: [String]) -> String {
        var counts: [String: Int] = [:]
        for k in kinds { counts[k, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// The coalitions as JSON: ``summaryFields``, then `extra` (balance, comparisons), then
    /// `coalitions` (each with its label, size and members) and `nodes` (``memberTable(_:network:)``).
    ///
    /// - Complexity: O(*n*).
    public func jsonValue(_ graph: AnalysisGraph, network: Network? = nil, extra: [(String, JSONValue)] = []) -> JSONValue {
        var fields = summaryFields + extra
        fields.append(("coalitions", .array(assignment.members.enumerated().map { g, members in
            .object([("coalition", .string(assignment.labels[g])), ("size", .integer(members.count)),
                     ("members", .array(members.map { .string(graph.label(of: $0)) }))])
        })))
        if case .object(let nodes) = memberTable(graph, network: network).jsonValue { fields += nodes }
        return .object(fields)
    }
}

extension StructuralBalance {
    /// `{"triads": …, "balanced": …, "balancedShare": …}`.
    ///
    /// - Complexity: O(1).
    public var jsonValue: JSONValue {
        .object([("triads", .integer(triadCount)), ("balanced", .integer(balancedCount)),
                 ("balancedShare", .number(balancedShare))])
    }
}

extension StructuralBalance {
    /// One line: the balanced share of closed triads and the frustration of a partition.
    ///
    /// - Complexity: O(1).
    public func summary(frustration f: Frustration) -> String {
        "Structural balance: \(balancedCount) of \(triadCount) closed triads balanced"
            + " (\(NumberText.significant(balancedShare))); frustration: \(f.count) of \(f.tieCount) ties"
            + " (\(f.negativeInside) conflicts inside coalitions, \(f.positiveBetween) cooperative ties between)"
    }
}

extension Frustration {
    /// `{"count": …, "negativeInside": …, "positiveBetween": …, "weight": …, "share": …}`.
    ///
    /// - Complexity: O(1).
    public var jsonValue: JSONValue {
        .object([("count", .integer(count)), ("negativeInside", .integer(negativeInside)),
                 ("positiveBetween", .integer(positiveBetween)), ("weight", .number(weight)),
                 ("share", .number(share))])
    }
}

extension PartitionComparison {
    /// `normalizedMutualInformation` and `adjustedRandIndex`, as JSON members.
    ///
    /// - Complexity: O(1).
    public var jsonFields: [(String, JSONValue)] {
        [("normalizedMutualInformation", .number(normalizedMutualInformation)),
         ("adjustedRandIndex", .number(adjustedRandIndex))]
    }

    /// `{"normalizedMutualInformation": …, "adjustedRandIndex": …}`.
    ///
    /// - Complexity: O(1).
    public var jsonValue: JSONValue { .object(jsonFields) }
}

extension QAPCorrelation {
    /// `correlation`, `pGreaterOrEqual`, `pLessOrEqual`, `permutations`, `mean` and
    /// `standardDeviation`, as JSON members.
    ///
    /// - Complexity: O(1).
    public var jsonFields: [(String, JSONValue)] {
        [("correlation", .number(correlation)), ("pGreaterOrEqual", .number(pGreaterOrEqual)),
         ("pLessOrEqual", .number(pLessOrEqual)), ("permutations", .integer(permutations)),
         ("mean", .number(mean)), ("standardDeviation", .number(standardDeviation))]
    }

    /// ``jsonFields`` as one object.
    ///
    /// - Complexity: O(1).
    public var jsonValue: JSONValue { .object(jsonFields) }

    /// One line: the correlation, both one-sided p-values and the permutations, for two named
    /// relations (`first ~ second`).
    ///
    /// - Complexity: O(1).
    public func summary(_ first: String, _ second: String) -> String {
        "QAP \(first) ~ \(second): correlation \(NumberText.significant(correlation)), "
            + "p(≥) \(NumberText.significant(pGreaterOrEqual)), p(≤) \(NumberText.significant(pLessOrEqual))"
            + " (\(permutations) permutations, seed \(seed))"
    }
}
