extension Network {
    /// Checks the network's consistency and returns every problem found.
    ///
    /// Errors: duplicate ids (stakeholders, sources, declared kinds); a tie naming an unknown
    /// stakeholder; an undeclared stakeholder or tie kind; a negative or non-finite amount or
    /// weight; a year outside ``Network/supportedYears``; an id longer than
    /// ``ReadLimits/maximumNameLength``; a first year after the last; a
    /// citation of an undeclared source.
    /// Warnings: a self-tie (analysis drops it); a declared source that nothing cites.
    ///
    /// With a ``SourceMap`` from the reader, each diagnostic carries its file, line and column.
    ///
    /// ```swift
    /// let problems = network.validate()
    /// if problems.hasErrors { problems.forEach { print($0) } }
    /// ```
    ///
    /// - Complexity: O(*n* + *m* + *s*) for stakeholders, ties and sources.
    public func validate(sourceMap: SourceMap? = nil) -> [Diagnostic] {
        let map = sourceMap ?? SourceMap()
        var found: [Diagnostic] = []
        func report(_ message: String, _ table: KeyPath<SourceMap, [[String: TextLocation]]>, _ index: Int,
                    _ field: String = "", _ severity: Diagnostic.Severity = .error) {
            found.append(Diagnostic(severity, message, file: map.file,
                                    location: map.location(map[keyPath: table], index, field)))
        }

        var sourceIDs = Set<String>()
        for (i, source) in sources.enumerated() where !sourceIDs.insert(source.id).inserted {
            report("duplicate source id '\(source.id)'", \.sources, i, "id")
        }
        var kindIDs = Set<String>()
        for (i, kind) in stakeholderKinds.enumerated() where !kindIDs.insert(kind.id).inserted {
            report("duplicate stakeholder kind '\(kind.id)'", \.stakeholderKinds, i, "id")
        }
        for (i, kind) in stakeholderKinds.enumerated() {
            if let broader = kind.broader, stakeholderKind(id: broader) == nil {
                report("stakeholder kind '\(kind.id)' refines undeclared kind '\(broader)'", \.stakeholderKinds, i, "broader")
            }
        }
        var tieKindIDs = Set<String>()
        for (i, kind) in tieKinds.enumerated() where !tieKindIDs.insert(kind.id).inserted {
            report("duplicate tie kind '\(kind.id)'", \.tieKinds, i, "id")
        }

        var cited = Set<String>()
        func checkCitations(_ citations: [String], _ table: KeyPath<SourceMap, [[String: TextLocation]]>, _ index: Int) {
            for id in citations {
                cited.insert(id)
                if !sourceIDs.contains(id) {
                    report("citation of undeclared source '\(id)'", table, index, "citations")
                }
            }
        }

        if stakeholders.count > ReadLimits.maximumNodes {
            found.append(Diagnostic(.error, "\(stakeholders.count) stakeholders are more than Cohesion reads (\(ReadLimits.maximumNodes))", file: map.file))
        }
        var stakeholderIDs = Set<String>()
        for (i, s) in stakeholders.enumerated() {
            if s.id.isEmpty { report("stakeholder id is empty", \.stakeholders, i, "id") }
            if s.id.utf8.count > ReadLimits.maximumNameLength {
                report("stakeholder id of \(s.id.utf8.count) bytes is longer than Cohesion reads (\(ReadLimits.maximumNameLength))", \.stakeholders, i, "id")
            }
            if !stakeholderIDs.insert(s.id).inserted {
                report("duplicate stakeholder id '\(s.id)'", \.stakeholders, i, "id")
            }
            if stakeholderKind(id: s.kind.id) == nil {
                report("undeclared stakeholder kind '\(s.kind.id)' (declare it under kinds.stakeholders)", \.stakeholders, i, "kind")
            }
            checkCitations(s.citations, \.stakeholders, i)
        }

        for (i, t) in ties.enumerated() {
            if !stakeholderIDs.contains(t.source) {
                report("tie names unknown stakeholder '\(t.source)'", \.ties, i, "source")
            }
            if !stakeholderIDs.contains(t.target) {
                report("tie names unknown stakeholder '\(t.target)'", \.ties, i, "target")
            }
            if t.source == t.target {
                report("tie joins '\(t.source)' to itself; analysis ignores self-ties", \.ties, i, "target", .warning)
            }
            if tieKind(id: t.kind.id) == nil {
                report("undeclared tie kind '\(t.kind.id)' (declare it under kinds.ties)", \.ties, i, "kind")
            }
            if let amount = t.amount {
                if !amount.value.isFinite || amount.value < 0 {
                    report("amount must be a finite number not below zero, not \(amount.value)", \.ties, i, "amount")
                }
                if amount.currency.isEmpty { report("amount has an empty currency", \.ties, i, "amount") }
            }
            if let weight = t.weight, !weight.isFinite || weight < 0 {
                report("weight must be a finite number not below zero, not \(weight)", \.ties, i, "weight")
            }
            for (year, field) in [(t.firstYear, "firstYear"), (t.lastYear, "lastYear"), (t.amount?.year, "amount")] {
                if let year, !Network.supportedYears.contains(year) { report(Self.unsupportedYear(year), \.ties, i, field) }
            }
            if let first = t.firstYear, let last = t.lastYear, first > last {
                report("first year \(first) is after last year \(last)", \.ties, i, "firstYear")
            }
            checkCitations(t.citations, \.ties, i)
        }

        for (year, field) in [(firstYear, "firstYear"), (lastYear, "lastYear")] {
            if let year, !Network.supportedYears.contains(year) {
                found.append(Diagnostic(.error, Self.unsupportedYear(year), file: map.file, location: map.network[field] ?? map.network[""]))
            }
        }
        found += validateSeries(map: map, stakeholderIDs: stakeholderIDs, sourceIDs: sourceIDs, cited: &cited)

        if let first = firstYear, let last = lastYear, first > last {
            found.append(Diagnostic(.error, "network first year \(first) is after last year \(last)",
                                    file: map.file, location: map.network["firstYear"] ?? map.network[""]))
        }
        let discourse = validateDiscourse(sourceMap: map, sourceIDs: sourceIDs, stakeholderIDs: stakeholderIDs)
        found.append(contentsOf: discourse.diagnostics)
        cited.formUnion(discourse.cited)
        for (i, source) in sources.enumerated() where !cited.contains(source.id) {
            report("source '\(source.id)' is never cited", \.sources, i, "id", .warning)
        }
        return found
    }

    static func unsupportedYear(_ year: Int) -> String {
        "year \(year) is outside the years Cohesion reads (\(Network.supportedYears.lowerBound) to \(Network.supportedYears.upperBound))"
    }
}
