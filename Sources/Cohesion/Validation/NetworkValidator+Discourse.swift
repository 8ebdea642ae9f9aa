extension Network {
    /// Checks concepts, the qualifier scale and statements.
    ///
    /// Errors: a duplicate or empty concept id; a parent that is not a concept, or a cycle of
    /// parents; a statement naming an unknown actor or concept; a level off the declared
    /// scale, or a level without a scale; agreement and levels mixed in one network; a date
    /// outside the network's `firstYear`–`lastYear`; a citation of an undeclared source.
    /// Warnings: a statement repeated with the same actor, concept, qualifier, date and
    /// citations (DNA's `duplicates` options decide whether repeats count).
    ///
    /// - Complexity: O(*c* + *s*) for concepts and statements (parent chains are walked once).
    func validateDiscourse(sourceMap map: SourceMap, sourceIDs: Set<String>, stakeholderIDs: Set<String>)
        -> (diagnostics: [Diagnostic], cited: Set<String>)
    {
        var found: [Diagnostic] = []
        var cited = Set<String>()
        func report(_ message: String, _ table: KeyPath<SourceMap, [[String: TextLocation]]>, _ index: Int,
                    _ field: String = "", _ severity: Diagnostic.Severity = .error) {
            found.append(Diagnostic(severity, message, file: map.file,
                                    location: map.location(map[keyPath: table], index, field)))
        }

        if let scale = qualifierScale, scale.minimum >= scale.maximum {
            found.append(Diagnostic(.error, "scale min \(scale.minimum) must be below max \(scale.maximum)",
                                    file: map.file, location: map.scale["min"] ?? map.scale[""]))
        }

        var conceptIndex: [String: Int] = [:]
        for (i, c) in concepts.enumerated() {
            if c.id.isEmpty { report("concept id is empty", \.concepts, i, "id") }
            if conceptIndex[c.id] != nil {
                report("duplicate concept id '\(c.id)'", \.concepts, i, "id")
            } else {
                conceptIndex[c.id] = i
            }
        }
        // Parent links: unknown parents, then cycles (each chain walked at most once).
        var state = [UInt8](repeating: 0, count: concepts.count)   // 0 unseen, 1 on path, 2 done
        for (i, c) in concepts.enumerated() {
            if let parent = c.parent, conceptIndex[parent] == nil {
                report("concept '\(c.id)' refines unknown concept '\(parent)'", \.concepts, i, "parent")
            }
            var path: [Int] = []
            var current: Int? = i
            while let k = current, state[k] == 0 {
                state[k] = 1
                path.append(k)
                current = concepts[k].parent.flatMap { conceptIndex[$0] }
            }
            if let k = current, state[k] == 1 {
                report("concept '\(concepts[k].id)' is its own ancestor (a cycle of parents)", \.concepts, k, "parent")
            }
            for k in path { state[k] = 2 }
        }

        var usesAgreement: Int?
        var usesLevels: Int?
        var seen: [Statement: Int] = [:]
        for (i, s) in statements.enumerated() {
            if !stakeholderIDs.contains(s.actor) {
                report("statement names unknown actor '\(s.actor)' (not a stakeholder)", \.statements, i, "actor")
            }
            if conceptIndex[s.concept] == nil {
                report("statement names unknown concept '\(s.concept)'", \.statements, i, "concept")
            }
            switch s.qualifier {
            case .agreement:
                if usesAgreement == nil { usesAgreement = i }
            case .level(let level):
                if usesLevels == nil { usesLevels = i }
                if let scale = qualifierScale {
                    if !scale.contains(level) {
                        report("qualifier \(level) is off the scale \(scale.minimum)…\(scale.maximum)", \.statements, i, "qualifier")
                    }
                } else {
                    report("a 'qualifier' level needs a declared 'scale' (min and max)", \.statements, i, "qualifier")
                }
            }
            if let date = s.date {
                if let first = firstYear, date.year < first {
                    report("statement dated \(date) is before the network's first year \(first)", \.statements, i, "date")
                }
                if let last = lastYear, date.year > last {
                    report("statement dated \(date) is after the network's last year \(last)", \.statements, i, "date")
                }
            }
            for c in s.citations {
                cited.insert(c.source)
                if !sourceIDs.contains(c.source) {
                    report("citation of undeclared source '\(c.source)'", \.statements, i, "citations")
                }
            }
            var key = s
            key.note = nil
            if let first = seen[key] {
                report("statement repeats statement \(first + 1) (same actor, concept, stance, date and citations)",
                       \.statements, i, "", .warning)
            } else {
                seen[key] = i
            }
        }
        if let a = usesAgreement, let l = usesLevels {
            report("statements mix 'agree' (statement \(a + 1)) and 'qualifier' levels; a network uses one or the other",
                   \.statements, max(a, l), max(a, l) == a ? "agree" : "qualifier")
        }
        return (found, cited)
    }
}
