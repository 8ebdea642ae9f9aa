/// What a file format can hold of a network, so a writer can warn, before anything is lost,
/// about what the target leaves out.
///
/// ```swift
/// let lost = FormatLosses.warnings(network, keeps: [.weights, .parallelTies], format: "Pajek", file: "out.net")
/// // out.net: warning: Pajek cannot hold: tie amounts (3 ties), tie years (5 ties), …
/// ```
public struct FormatCapabilities: OptionSet, Hashable, Sendable {
    /// The set's bits.
    public let rawValue: Int
    /// Creates a set from its bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Title, place, period, description.
    public static let networkFields = FormatCapabilities(rawValue: 1 << 0)
    /// Stakeholder names distinct from ids.
    public static let stakeholderNames = FormatCapabilities(rawValue: 1 << 1)
    /// Stakeholder kind, sector, level, place, citations, note.
    public static let stakeholderFields = FormatCapabilities(rawValue: 1 << 2)
    /// Stakeholder free attributes.
    public static let stakeholderAttributes = FormatCapabilities(rawValue: 1 << 3)
    /// Tie kinds (layers).
    public static let tieKinds = FormatCapabilities(rawValue: 1 << 4)
    /// Tie weights.
    public static let weights = FormatCapabilities(rawValue: 1 << 5)
    /// Tie instrument, citations, illustrative flag, note.
    public static let tieFields = FormatCapabilities(rawValue: 1 << 6)
    /// Tie amounts.
    public static let amounts = FormatCapabilities(rawValue: 1 << 7)
    /// Tie first and last years.
    public static let years = FormatCapabilities(rawValue: 1 << 8)
    /// Tie free attributes.
    public static let tieAttributes = FormatCapabilities(rawValue: 1 << 9)
    /// Declared sources.
    public static let sources = FormatCapabilities(rawValue: 1 << 10)
    /// Names and broader kinds of declared stakeholder kinds.
    public static let kindDeclarations = FormatCapabilities(rawValue: 1 << 11)
    /// Several ties between the same pair in the same layer.
    public static let parallelTies = FormatCapabilities(rawValue: 1 << 12)
    /// Directed and undirected ties in one file.
    public static let mixedDirection = FormatCapabilities(rawValue: 1 << 13)
    /// Stakeholders with no tie.
    public static let isolates = FormatCapabilities(rawValue: 1 << 14)
    /// The direction and sign of declared tie kinds.
    public static let tieKindDeclarations = FormatCapabilities(rawValue: 1 << 15)
    /// Self-ties.
    public static let selfTies = FormatCapabilities(rawValue: 1 << 16)
    /// Concepts and statements (the discourse): only the native formats keep them.
    public static let statements = FormatCapabilities(rawValue: 1 << 17)
    /// Stakeholder series (attributes by year: places, coverage, budget).
    public static let series = FormatCapabilities(rawValue: 1 << 20)
}

/// Lists what a network holds that a format cannot.
public enum FormatLosses {
    /// One warning listing everything the format leaves out, with counts; empty when nothing is
    /// lost.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func warnings(_ network: Network, keeps: FormatCapabilities, format: String, file: String?,
                                extra: [String] = []) -> [Diagnostic] {
        var lost: [String] = []
        func count(_ n: Int, _ what: String) { if n > 0 { lost.append("\(what) (\(n))") } }
        if !keeps.contains(.networkFields) {
            if network.title != nil || network.place != nil || network.firstYear != nil || network.lastYear != nil || network.description != nil {
                lost.append("the network's title, place, period and description")
            }
        }
        if !keeps.contains(.stakeholderNames) { count(network.stakeholders.filter { $0.name != $0.id }.count, "stakeholder names") }
        if !keeps.contains(.stakeholderFields) {
            count(network.stakeholders.filter { $0.kind != EdgeListCSV.genericStakeholderKind }.count, "stakeholder kinds")
            count(network.stakeholders.filter { $0.sector != nil || $0.level != nil || $0.place != nil || !$0.citations.isEmpty || $0.note != nil }.count,
                  "stakeholder sectors, levels, places, citations or notes")
        }
        if !keeps.contains(.stakeholderAttributes) { count(network.stakeholders.filter { !$0.attributes.isEmpty }.count, "stakeholder attributes") }
        if !keeps.contains(.tieKinds), network.layers.count > 1 || network.layers.contains(where: { $0.id != "tie" }) {
            lost.append("tie kinds (\(network.layers.map(\.id).joined(separator: ", ")))")
        }
        if !keeps.contains(.weights) { count(network.ties.filter { $0.weight != nil }.count, "tie weights") }
        if !keeps.contains(.tieFields) {
            count(network.ties.filter { $0.instrument != nil || !$0.citations.isEmpty || $0.isIllustrative || $0.note != nil }.count,
                  "tie instruments, citations, illustrative flags or notes")
        }
        if !keeps.contains(.amounts) { count(network.ties.filter { $0.amount != nil }.count, "tie amounts") }
        if !keeps.contains(.years) { count(network.ties.filter { $0.firstYear != nil || $0.lastYear != nil }.count, "tie years") }
        if !keeps.contains(.tieAttributes) { count(network.ties.filter { !$0.attributes.isEmpty }.count, "tie attributes") }
        if !keeps.contains(.sources) { count(network.sources.count, "sources") }
        if !keeps.contains(.statements) {
            count(network.statements.count, "statements (write YAML or JSON, or build a discourse network from them)")
            count(network.concepts.count, "concepts")
        }
        if !keeps.contains(.kindDeclarations) {
            count(network.stakeholderKinds.filter { $0.broader != nil || $0.name != StakeholderKind(id: $0.id).name }.count,
                  "names and broader kinds of declared stakeholder kinds")
        }
        if !keeps.contains(.tieKindDeclarations) {
            let used = Set(network.ties.map(\.kind.id))
            count(network.tieKinds.filter { used.contains($0.id) && (!$0.isDirected || $0.sign == .negative) }.count,
                  "direction or sign of declared tie kinds")
        }
        if !keeps.contains(.series) { count(network.series.count, "stakeholder series (attributes by year)") }
        if !keeps.contains(.parallelTies) {
            var seen = Set<ParallelKey>()
            var parallel = 0
            for t in network.ties {
                let (a, b) = t.kind.isDirected || t.source <= t.target ? (t.source, t.target) : (t.target, t.source)
                if !seen.insert(ParallelKey(a: a, b: b, kind: t.kind.id)).inserted { parallel += 1 }
            }
            count(parallel, "parallel ties of the same kind (merged)")
        }
        if !keeps.contains(.mixedDirection) {
            let kinds = network.layers
            if kinds.contains(where: \.isDirected) && kinds.contains(where: { !$0.isDirected }) {
                lost.append("the undirectedness of \(kinds.filter { !$0.isDirected }.map(\.id).joined(separator: ", ")) ties (written as arcs)")
            }
        }
        if !keeps.contains(.isolates) {
            var tied = Set<String>()
            for t in network.ties { tied.insert(t.source); tied.insert(t.target) }
            count(network.stakeholders.filter { !tied.contains($0.id) }.count, "stakeholders without ties")
        }
        if !keeps.contains(.selfTies) { count(network.ties.filter { $0.source == $0.target }.count, "self-ties") }
        let colliding = InteropFields.collidingAttributes(network)
        if !colliding.isEmpty, keeps.contains(.stakeholderAttributes) || keeps.contains(.tieAttributes) {
            lost.append("attributes named like a field (\(colliding.joined(separator: ", ")))")
        }
        lost += extra
        guard !lost.isEmpty else { return [] }
        return [Diagnostic(.warning, "\(format) cannot hold: \(lost.joined(separator: "; "))", file: file)]
    }

    struct ParallelKey: Hashable {
        let a: String, b: String, kind: String
    }
}
