/// Counts that describe a network at a glance: stakeholders by kind and sector, ties by kind
/// (layer), the span of years, how much of it is documented, and its statements.
///
/// ```swift
/// let summary = NetworkSummary(network)
/// summary.tiesByKind   // [(funding, 24), (contracting, 11), …]
/// ```
///
/// - Complexity: O(*n* + *m*).
public struct NetworkSummary: Hashable, Sendable {
    /// The network's title.
    public var title: String?
    /// The place it describes.
    public var place: String?
    /// The number of stakeholders.
    public var stakeholderCount: Int
    /// The number of ties.
    public var tieCount: Int
    /// Stakeholders per kind id, in order of first appearance.
    public var stakeholdersByKind: [KindCount]
    /// Stakeholders per sector (`(none)` for those without), in order of first appearance.
    public var stakeholdersBySector: [KindCount]
    /// Ties per kind id, in order of first appearance.
    public var tiesByKind: [KindCount]
    /// Ties marked illustrative.
    public var illustrativeTieCount: Int
    /// Ties that cite at least one source.
    public var citedTieCount: Int
    /// Declared sources.
    public var sourceCount: Int
    /// Declared sources flagged partisan.
    public var partisanSourceCount: Int
    /// The years the network's dates span.
    public var yearSpan: ClosedRange<Int>?
    /// Statements (actor × concept × agree or disagree).
    public var statementCount: Int
    /// Declared concepts.
    public var conceptCount: Int
    /// Stakeholders with at least one statement.
    public var speakingActorCount: Int

    /// A label and how many things carry it.
    public struct KindCount: Hashable, Sendable {
        /// The kind, sector or layer id.
        public var id: String
        /// How many.
        public var count: Int
        /// For tie kinds: whether directed.
        public var isDirected: Bool?
        /// For tie kinds: the sign.
        public var sign: TieSign?
    }

    /// Summarises a network.
    public init(_ network: Network) {
        title = network.title
        place = network.place
        stakeholderCount = network.stakeholders.count
        tieCount = network.ties.count
        stakeholdersByKind = Self.count(network.stakeholders.map(\.kind.id))
        stakeholdersBySector = Self.count(network.stakeholders.map { $0.sector?.rawValue ?? "(none)" })
        var byKind = Self.count(network.ties.map(\.kind.id))
        for i in byKind.indices {
            let kind = network.tieKind(id: byKind[i].id)
            byKind[i].isDirected = kind?.isDirected
            byKind[i].sign = kind?.sign
        }
        tiesByKind = byKind
        illustrativeTieCount = network.ties.filter(\.isIllustrative).count
        citedTieCount = network.ties.filter { !$0.citations.isEmpty }.count
        sourceCount = network.sources.count
        partisanSourceCount = network.sources.filter(\.isPartisan).count
        yearSpan = network.yearSpan
        statementCount = network.statements.count
        conceptCount = network.concepts.count
        speakingActorCount = Set(network.statements.map(\.actor)).count
    }

    static func count(_ ids: [String]) -> [KindCount] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for id in ids {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        return order.map { KindCount(id: $0, count: counts[$0] ?? 0) }
    }

    /// The summary as JSON.
    public var jsonValue: JSONValue {
        func counts(_ list: [KindCount]) -> JSONValue {
            .object(list.map { ($0.id, .integer($0.count)) })
        }
        var members: [(String, JSONValue)] = []
        members.append(("title", title.map(JSONValue.string) ?? .null))
        members.append(("place", place.map(JSONValue.string) ?? .null))
        members.append(("stakeholders", .integer(stakeholderCount)))
        members.append(("ties", .integer(tieCount)))
        members.append(("stakeholdersByKind", counts(stakeholdersByKind)))
        members.append(("stakeholdersBySector", counts(stakeholdersBySector)))
        members.append(("tiesByKind", .object(tiesByKind.map { k in
            (k.id, .object([("ties", .integer(k.count)), ("directed", k.isDirected.map(JSONValue.bool) ?? .null),
                            ("sign", k.sign.map { .string($0.rawValue) } ?? .null)]))
        })))
        members.append(("illustrativeTies", .integer(illustrativeTieCount)))
        members.append(("citedTies", .integer(citedTieCount)))
        members.append(("sources", .integer(sourceCount)))
        members.append(("partisanSources", .integer(partisanSourceCount)))
        members.append(("firstYear", yearSpan.map { .integer($0.lowerBound) } ?? .null))
        members.append(("lastYear", yearSpan.map { .integer($0.upperBound) } ?? .null))
        members.append(("statements", .integer(statementCount)))
        members.append(("concepts", .integer(conceptCount)))
        members.append(("speakingActors", .integer(speakingActorCount)))
        return .object(members)
    }
}
