/// Several cities' discourses side by side. Cities share concepts, not actors, so the
/// comparison aligns them by concept (its id) and by kind of stakeholder: per concept, per
/// city and per kind, how many actors agree and how many disagree; DNA's polarization score
/// per city and per calendar year; and the concepts only one city discusses.
///
/// Conventions:
/// - An actor *agrees* with a concept when at least one of its statements on the concept
///   agrees, and *disagrees* when at least one disagrees, as DNA's `combine` aggregation
///   codes it (Exporter.java, two-mode `combine`: 1 agree, 2 disagree, 3 both); an actor that
///   does both counts in both. On an ordinal scale a level above the scale's midpoint agrees
///   and one below disagrees (the midpoint of the declared ``QualifierScale``, else of the
///   levels used); a level at the midpoint counts as stating the concept only.
/// - The share is the agreeing actors over the actors of that kind stating the concept.
/// - Only statements within the options' date range count (``DiscourseOptions/from``,
///   ``DiscourseOptions/to``); repeats do not matter, since actors are counted once.
/// - Polarization per year is ``DiscoursePolarization/scores(of:options:groups:normalize:)``
///   over the statements dated in that calendar year (January 1 to December 31), with the
///   options' duplicates; normalized to [0, 1] by default so cities of different sizes
///   compare. A year with no more actors than groups scores 0 (no split exists).
///
/// ```swift
/// let c = try DiscourseComparison([lille, nantes], names: ["Lille", "Nantes"])
/// print(c.table.render(.table))
/// print(c.onlyOneNetwork)        // [(concept, network index)]
/// ```
///
/// - Complexity: O(*s*) for *s* statements to count stances, plus one polarization search per
///   network and year.
public struct DiscourseComparison: Hashable, Sendable {
    /// The actors of one kind that state one concept in one network.
    public struct Stance: Hashable, Sendable {
        /// Actors with at least one agreeing statement.
        public var agreeing: Int
        /// Actors with at least one disagreeing statement.
        public var disagreeing: Int
        /// Actors with any statement on the concept.
        public var actors: Int

        /// Creates a count.
        public init(agreeing: Int = 0, disagreeing: Int = 0, actors: Int = 0) {
            self.agreeing = agreeing
            self.disagreeing = disagreeing
            self.actors = actors
        }

        /// The agreeing actors over the actors stating the concept; NaN when none does.
        public var agreeShare: Double { actors == 0 ? .nan : Double(agreeing) / Double(actors) }
    }

    /// One concept across the networks.
    public struct ConceptRow: Hashable, Sendable {
        /// The concept's id, shared across files.
        public var id: String
        /// Its label, from the first network that declares it.
        public var label: String
        /// The stances per network (in ``DiscourseComparison/names`` order), then per kind (in
        /// ``DiscourseComparison/kinds`` order).
        public var stances: [[Stance]]

        /// The indices of the networks in which some actor states the concept.
        public var networks: [Int] {
            stances.indices.filter { n in stances[n].contains { $0.actors > 0 } }
        }
    }

    /// DNA's polarization of one network in one calendar year.
    public struct YearScore: Hashable, Sendable {
        /// The calendar year.
        public var year: Int
        /// The score (normalized when the comparison is).
        public var score: Double
        /// The actors scored (with a statement that year).
        public var actors: Int
        /// True when every balanced split was evaluated.
        public var isExact: Bool
    }

    /// The networks' names, in order.
    public var names: [String]
    /// The kinds of stakeholder that make statements, in order of first appearance.
    public var kinds: [String]
    /// Every concept some network's actors state, in order of first appearance (file order of
    /// each network's concepts, networks in order).
    public var concepts: [ConceptRow]
    /// Polarization per network (``names`` order), one score per year with statements.
    public var polarization: [[YearScore]]
    /// Polarization per network over the whole date range.
    public var overallPolarization: [Double]
    /// The groups of the polarization score (DNA's `numClusters`).
    public var groups: Int
    /// Whether polarization scores are normalized to [0, 1].
    public var isNormalized: Bool

    /// Compares the discourses of networks.
    ///
    /// - Parameters:
    ///   - networks: two or more networks (one works too) with statements.
    ///   - names: one name per network (a city); defaults to each network's place or title.
    ///   - options: the date range and duplicates (other options are not used).
    ///   - groups: the groups of the polarization score, at least 2.
    ///   - normalize: normalize polarization scores to [0, 1] (DNA's `normalizeScores`).
    /// - Throws: ``DiscourseError/incompatible(_:)`` for a names list of another length or
    ///   fewer than 2 groups; ``DiscourseError/unknown(_:)`` for a statement whose actor is not
    ///   a stakeholder; and as ``DiscoursePolarization/scores(of:options:groups:normalize:)``.
    public init(_ networks: [Network], names: [String]? = nil, options: DiscourseOptions = DiscourseOptions(),
                groups: Int = 2, normalize: Bool = true) throws {
        let names = names ?? networks.enumerated().map { $1.place ?? $1.title ?? "network \($0 + 1)" }
        guard names.count == networks.count else {
            throw DiscourseError.incompatible("\(names.count) names for \(networks.count) networks")
        }
        guard groups >= 2 else { throw DiscourseError.incompatible("polarization needs at least 2 groups, not \(groups)") }
        try options.check()
        var kinds: [String] = [], kindIndex: [String: Int] = [:]
        var conceptIndex: [String: Int] = [:]
        var rows: [ConceptRow] = []
        var labels: [String: String] = [:]
        for network in networks { for c in network.concepts where labels[c.id] == nil { labels[c.id] = c.label } }
        // Per network: (concept, actor) → (agrees, disagrees), in first-seen order.
        var perNetwork: [[(concept: Int, kind: Int, agree: Bool, disagree: Bool)]] = []
        for network in networks {
            let kindOf = Dictionary(network.stakeholders.map { ($0.id, $0.kind.id) }, uniquingKeysWith: { a, _ in a })
            let levels = network.statements.compactMap { s -> Int? in if case .level(let l) = s.qualifier { l } else { nil } }
            let low = network.qualifierScale?.minimum ?? levels.min() ?? 0
            let high = network.qualifierScale?.maximum ?? levels.max() ?? 0
            // Twice the midpoint, so integer levels compare exactly.
            let twiceMid = low + high
            var seen: [String: Int] = [:]
            var cells: [(concept: Int, kind: Int, agree: Bool, disagree: Bool)] = []
            for s in network.statements {
                if let from = options.from, let d = s.date, d < from { continue }
                if let to = options.to, let d = s.date, d > to { continue }
                guard let kind = kindOf[s.actor] else {
                    throw DiscourseError.unknown("a statement names the actor '\(s.actor)', which is not a stakeholder of \(network.place ?? network.title ?? "the network")")
                }
                let c: Int
                if let known = conceptIndex[s.concept] { c = known } else {
                    c = rows.count
                    conceptIndex[s.concept] = c
                    rows.append(ConceptRow(id: s.concept, label: labels[s.concept] ?? s.concept, stances: []))
                }
                let k: Int
                if let known = kindIndex[kind] { k = known } else { k = kinds.count; kindIndex[kind] = k; kinds.append(kind) }
                let (agree, disagree): (Bool, Bool)
                switch s.qualifier {
                case .agreement(let a): (agree, disagree) = (a, !a)
                case .level(let l): (agree, disagree) = (2 * l > twiceMid, 2 * l < twiceMid)
                }
                let key = s.concept + "\u{1F}" + s.actor
                if let at = seen[key] {
                    cells[at].agree = cells[at].agree || agree
                    cells[at].disagree = cells[at].disagree || disagree
                } else {
                    seen[key] = cells.count
                    cells.append((c, k, agree, disagree))
                }
            }
            perNetwork.append(cells)
        }
        for r in rows.indices {
            rows[r].stances = [[Stance]](repeating: [Stance](repeating: Stance(), count: kinds.count), count: networks.count)
        }
        for (n, cells) in perNetwork.enumerated() {
            for cell in cells {
                rows[cell.concept].stances[n][cell.kind].actors += 1
                if cell.agree { rows[cell.concept].stances[n][cell.kind].agreeing += 1 }
                if cell.disagree { rows[cell.concept].stances[n][cell.kind].disagreeing += 1 }
            }
        }
        var yearly: [[YearScore]] = [], overall: [Double] = []
        for network in networks {
            var years = Set<Int>()
            for s in network.statements {
                guard let d = s.date else { continue }
                if let from = options.from, d < from { continue }
                if let to = options.to, d > to { continue }
                years.insert(d.year)
            }
            var scores: [YearScore] = []
            for year in years.sorted() {
                var o = options
                o.window = nil
                let start = StatementDate(year: year, precision: .day)
                let end = StatementDate(year: year, month: 12, day: 31, hour: 23, minute: 59, second: 59, precision: .second)
                if let start { o.from = max(start, options.from ?? start) }
                if let end { o.to = min(end, options.to ?? end) }
                guard let p = try DiscoursePolarization.scores(of: network, options: o, groups: groups, normalize: normalize).first else { continue }
                scores.append(YearScore(year: year, score: p.score, actors: p.actors.count, isExact: p.isExact))
            }
            yearly.append(scores)
            if network.statements.isEmpty {
                overall.append(.nan)
            } else {
                var o = options
                o.window = nil
                overall.append(try DiscoursePolarization.scores(of: network, options: o, groups: groups, normalize: normalize).first?.score ?? .nan)
            }
        }
        self.names = names
        self.kinds = kinds
        self.concepts = rows
        self.polarization = yearly
        self.overallPolarization = overall
        self.groups = groups
        self.isNormalized = normalize
    }

    /// The concepts only one network's actors state, with that network's index.
    public var onlyOneNetwork: [(concept: String, network: Int)] {
        concepts.compactMap { row in
            let present = row.networks
            return present.count == 1 ? (row.id, present[0]) : nil
        }
    }

    /// The concepts every network's actors state.
    public var shared: [String] {
        concepts.filter { $0.networks.count == names.count }.map(\.id)
    }

    /// One row per concept and kind of stakeholder that some network has: the kind, then per
    /// network the agreeing and disagreeing actors and the share agreeing (blank where the
    /// network's actors of that kind do not state the concept).
    public var table: MeasureTable {
        var columns = ["kind"]
        for name in names { columns += ["\(name) agree", "\(name) disagree", "\(name) agree share"] }
        var t = MeasureTable(columns: columns, idColumn: "concept", rowsKey: "stances")
        for row in concepts {
            for (k, kind) in kinds.enumerated() where row.stances.contains(where: { $0[k].actors > 0 }) {
                var cells: [MeasureCell] = [.text(kind)]
                for n in names.indices {
                    let s = row.stances[n][k]
                    cells += s.actors == 0 ? [.missing, .missing, .missing]
                        : [.integer(s.agreeing), .integer(s.disagreeing), .number(s.agreeShare)]
                }
                t.append(id: row.id, cells)
            }
        }
        return t
    }

    /// One row per year with statements in some network; one column of polarization per
    /// network (blank where it has no statement that year), then a row for the whole range.
    public var polarizationTable: MeasureTable {
        var t = MeasureTable(columns: names, idColumn: "year", rowsKey: "polarization")
        let years = Set(polarization.flatMap { $0.map(\.year) }).sorted()
        for year in years {
            t.append(id: String(year), polarization.map { scores in
                scores.first { $0.year == year }.map { .number($0.score) } ?? .missing
            })
        }
        t.append(id: "all years", overallPolarization.map { $0.isNaN ? .missing : .number($0) })
        return t
    }

    /// The comparison as text: the stance table, the polarization table and the concepts only
    /// one network discusses.
    public func render(_ format: TableFormat, width: Int? = nil) -> String {
        if format == .json { return jsonValue.text(pretty: true) + "\n" }
        let heading = format == .markdown ? "### " : format == .csv ? "# " : ""
        let gap = format == .markdown ? "\n" : ""
        var out = heading + "Stances by concept and kind of stakeholder (actors agreeing, disagreeing, share agreeing)\n" + gap
        out += table.render(format, width: width)
        out += "\n" + heading + "Polarization (DNA, \(groups) groups\(isNormalized ? ", normalized" : "")) per year\n" + gap
        out += polarizationTable.render(format, width: width)
        let only = onlyOneNetwork
        if format != .csv, !only.isEmpty {
            out += "\nConcepts only one network discusses:\n" + gap
            for n in names.indices {
                let ids = only.filter { $0.network == n }.map(\.concept)
                if !ids.isEmpty { out += (format == .markdown ? "- " : "  ") + "\(names[n]): " + ids.joined(separator: ", ") + "\n" }
            }
        }
        return out
    }

    /// The comparison as JSON: `{"networks", "kinds", "concepts": [{"id", "label",
    /// "networks": [{"network", "kinds": [{"kind", "agree", "disagree", "actors",
    /// "agreeShare"}]}]}], "polarization": [{"network", "groups", "normalized", "overall",
    /// "years": [{"year", "score", "actors", "exact"}]}], "onlyOneNetwork": [{"concept",
    /// "network"}], "shared": [ids]}`; networks and kinds with no actor stating a concept are
    /// left out of its entry.
    public var jsonValue: JSONValue {
        .object([
            ("networks", .array(names.map(JSONValue.string))),
            ("kinds", .array(kinds.map(JSONValue.string))),
            ("concepts", .array(concepts.map { row in
                .object([
                    ("id", .string(row.id)), ("label", .string(row.label)),
                    ("networks", .array(row.networks.map { n in
                        .object([
                            ("network", .string(names[n])),
                            ("kinds", .array(kinds.indices.filter { row.stances[n][$0].actors > 0 }.map { k in
                                let s = row.stances[n][k]
                                return .object([("kind", .string(kinds[k])), ("agree", .integer(s.agreeing)),
                                                ("disagree", .integer(s.disagreeing)), ("actors", .integer(s.actors)),
                                                ("agreeShare", .number(s.agreeShare))])
                            })),
                        ])
                    })),
                ])
            })),
            ("polarization", .array(names.indices.map { n in
                .object([
                    ("network", .string(names[n])), ("groups", .integer(groups)), ("normalized", .bool(isNormalized)),
                    ("overall", .number(overallPolarization[n])),
                    ("years", .array(polarization[n].map { y in
                        .object([("year", .integer(y.year)), ("score", .number(y.score)), ("actors", .integer(y.actors)),
                                 ("exact", .bool(y.isExact))])
                    })),
                ])
            })),
            ("onlyOneNetwork", .array(onlyOneNetwork.map { .object([("concept", .string($0.concept)), ("network", .string(names[$0.network]))]) })),
            ("shared", .array(shared.map(JSONValue.string))),
        ])
    }
}

extension DiscourseComparison {
    /// Whether any of the networks has statements: the condition for `compare` and `report`
    /// to show a discourse comparison.
    public static func applies(to networks: [Network]) -> Bool {
        networks.contains { !$0.statements.isEmpty }
    }
}
