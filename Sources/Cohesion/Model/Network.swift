/// A stakeholder network: the value users build, load, filter and save.
///
/// A network holds its metadata, the kinds it declares beyond the built-in vocabulary, its
/// stakeholders, its ties and the sources they cite. It is a plain value; analysis runs on an
/// ``AnalysisGraph`` built from it.
///
/// ```swift
/// var network = Network(title: "Nantes")
/// network.stakeholders.append(Stakeholder(id: "caf44", name: "CAF de Loire-Atlantique",
///                                         kind: .familyAllowanceOffice))
/// network.stakeholders.append(Stakeholder(id: "nantes", kind: .municipality))
/// network.ties.append(Tie(source: "caf44", target: "nantes", kind: .contracting, instrument: "CTG"))
/// let graph = try AnalysisGraph(network)
/// ```
public struct Network: Hashable, Sendable {
    /// The network's title.
    public var title: String?
    /// The place it describes (a city, a department).
    public var place: String?
    /// The first year it covers.
    public var firstYear: Int?
    /// The last year it covers.
    public var lastYear: Int?
    /// A free description.
    public var description: String?
    /// The documents cited by stakeholders and ties.
    public var sources: [Source]
    /// Stakeholder kinds declared beyond ``StakeholderKind/wellKnown``.
    public var stakeholderKinds: [StakeholderKind]
    /// Tie kinds declared beyond ``TieKind/wellKnown``.
    public var tieKinds: [TieKind]
    /// The stakeholders, in file order.
    public var stakeholders: [Stakeholder]
    /// The ties, in file order.
    public var ties: [Tie]
    /// The concepts statements refer to, in file order.
    public var concepts: [Concept] = []
    /// The coded statements of actors on concepts, in file order.
    public var statements: [Statement] = []
    /// The ordinal scale statements are qualified on, when they carry levels, not agreement.
    public var qualifierScale: QualifierScale? = nil
    /// Stakeholder attributes measured year by year (places, coverage, budget), in file order.
    public var series: [StakeholderSeries] = []

    /// Creates a network.
    public init(
        title: String? = nil, place: String? = nil, firstYear: Int? = nil, lastYear: Int? = nil,
        description: String? = nil, sources: [Source] = [], stakeholderKinds: [StakeholderKind] = [],
        tieKinds: [TieKind] = [], stakeholders: [Stakeholder] = [], ties: [Tie] = [],
        concepts: [Concept] = [], statements: [Statement] = [], qualifierScale: QualifierScale? = nil
    ) {
        self.title = title
        self.place = place
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.description = description
        self.sources = sources
        self.stakeholderKinds = stakeholderKinds
        self.tieKinds = tieKinds
        self.stakeholders = stakeholders
        self.ties = ties
        self.concepts = concepts
        self.statements = statements
        self.qualifierScale = qualifierScale
    }

    /// The position of each stakeholder by id; the first wins when ids repeat.
    ///
    /// - Complexity: O(*n*) for *n* stakeholders.
    public func stakeholderIndex() -> [String: Int] {
        var index = [String: Int](minimumCapacity: stakeholders.count)
        for (i, s) in stakeholders.enumerated() where index[s.id] == nil { index[s.id] = i }
        return index
    }

    /// The stakeholder with an id, if any.
    public func stakeholder(id: String) -> Stakeholder? {
        stakeholders.first { $0.id == id }
    }

    /// The stakeholder kind with an id, built-in or declared.
    public func stakeholderKind(id: String) -> StakeholderKind? {
        stakeholderKinds.first { $0.id == id } ?? StakeholderKind.wellKnown.first { $0.id == id }
    }

    /// The tie kind with an id, declared or built-in; a declaration overrides the built-in.
    public func tieKind(id: String) -> TieKind? {
        tieKinds.first { $0.id == id } ?? TieKind.wellKnown.first { $0.id == id }
    }

    /// The tie kinds present among the ties, in order of first use.
    public var layers: [TieKind] {
        var seen = Set<TieKind>()
        return ties.compactMap { seen.insert($0.kind).inserted ? $0.kind : nil }
    }

    /// The earliest and latest years named by ties (first, last and amount years) and the
    /// network's own period, or nil when nothing is dated.
    public var yearSpan: ClosedRange<Int>? {
        var years: [Int] = [firstYear, lastYear].compactMap { $0 }
        for tie in ties {
            if let y = tie.firstYear { years.append(y) }
            if let y = tie.lastYear { years.append(y) }
            if let y = tie.amount?.year { years.append(y) }
        }
        guard let lo = years.min(), let hi = years.max() else { return nil }
        return lo...hi
    }

    /// The network with only the ties a predicate keeps; stakeholders are all kept.
    public func filteringTies(_ isIncluded: (Tie) throws -> Bool) rethrows -> Network {
        var copy = self
        copy.ties = try ties.filter(isIncluded)
        return copy
    }

    /// The network as it stood in a year: the ties valid that year.
    public func snapshot(in year: Int) -> Network {
        filteringTies { $0.isValid(in: year) }
    }
}
