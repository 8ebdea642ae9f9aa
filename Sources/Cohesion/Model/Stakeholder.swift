/// A body in a governance network: a family allowance office, a city, a provider, a committee.
///
/// A stakeholder has an id unique in its network, a display name and a ``StakeholderKind``;
/// optionally a sector, a level of government, a place, free attributes (places, coverage,
/// founding year…) and the ids of the sources that document it.
///
/// ```swift
/// let nantes = Stakeholder(id: "nantes", name: "Ville de Nantes", kind: .municipality,
///                          sector: .public, level: .municipal, place: "Nantes",
///                          attributes: ["places": 3295])
/// ```
public struct Stakeholder: Hashable, Sendable, Identifiable {
    /// The identifier ties refer to; unique within a network.
    public var id: String
    /// The name shown in tables and diagrams.
    public var name: String
    /// What sort of body it is.
    public var kind: StakeholderKind
    /// Public, associative, parental, private for-profit…
    public var sector: Sector?
    /// The level of government or territory it acts at.
    public var level: Level?
    /// The city, department or area it belongs to.
    public var place: String?
    /// Free attributes: numbers, integers (years, counts), strings, booleans.
    public var attributes: [String: AttributeValue]
    /// Ids of the network's sources that document this stakeholder.
    public var citations: [String]
    /// A free note.
    public var note: String?

    /// Creates a stakeholder.
    public init(
        id: String, name: String? = nil, kind: StakeholderKind, sector: Sector? = nil, level: Level? = nil,
        place: String? = nil, attributes: [String: AttributeValue] = [:], citations: [String] = [], note: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.sector = sector
        self.level = level
        self.place = place
        self.attributes = attributes
        self.citations = citations
        self.note = note
    }

    /// The value of a named attribute, built-in fields included: `id`, `name`, `kind`,
    /// `sector`, `level`, `place`, then the free attributes. Partitions use this.
    public func value(of attribute: String) -> AttributeValue? {
        switch attribute {
        case "id": .string(id)
        case "name": .string(name)
        case "kind": .string(kind.id)
        case "sector": sector.map { .string($0.rawValue) }
        case "level": level.map { .string($0.rawValue) }
        case "place": place.map { .string($0) }
        default: attributes[attribute]
        }
    }
}
