/// The sign of a tie: whether it joins allies or opponents.
public enum TieSign: String, Hashable, Sendable, CaseIterable {
    /// A cooperative tie (funding, contracting, coalition…).
    case positive
    /// An adversarial tie (conflict).
    case negative

    /// `+1` or `-1`, for signed measures.
    public var value: Double { self == .positive ? 1 : -1 }
}

/// What a tie is: funding, contracting, authorisation, coordination, coalition, conflict…
///
/// Kinds form an open set. Each kind knows whether it is directed (funding flows from the
/// funder to the funded) and its sign (conflict is negative). The childcare vocabulary is
/// built in; a network file may declare its own kinds. Two kinds are equal when their ids are.
///
/// ```swift
/// let intermediation = TieKind(id: "rental-intermediation", isDirected: true)
/// let tie = Tie(source: "caf-nord", target: "lille", kind: .funding)
/// ```
public struct TieKind: Hashable, Sendable, CustomStringConvertible {
    /// The identifier used in files and in `--layer` (`funding`).
    public let id: String
    /// Whether the tie runs from source to target (true) or joins both alike (false).
    public let isDirected: Bool
    /// Whether the tie is cooperative or adversarial.
    public let sign: TieSign

    /// Creates a kind; directed and positive unless said otherwise.
    public init(id: String, isDirected: Bool = true, sign: TieSign = .positive) {
        self.id = id
        self.isDirected = isDirected
        self.sign = sign
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public var description: String { id }
}

extension TieKind {
    /// Money paid by the source to the target (PSU, CTG bonus, departmental grants). Directed.
    public static let funding = TieKind(id: "funding", isDirected: true)
    /// A contract the source lets to or signs with the target (CTG, CEJ, DSP, place
    /// reservation, COG). Directed from the contracting authority.
    public static let contracting = TieKind(id: "contracting", isDirected: true)
    /// The source authorises or licenses the target (agrément, opening authorisation, opinion).
    public static let authorisation = TieKind(id: "authorisation", isDirected: true)
    /// Both sit in the same body or coordinate (CDAJE, CDSF, SDSF). Undirected.
    public static let coordination = TieKind(id: "coordination", isDirected: false)
    /// The source represents families or members on the target (UDAF on the CAF board). Directed.
    public static let representation = TieKind(id: "representation", isDirected: true)
    /// The two share a position. Undirected.
    public static let coalition = TieKind(id: "coalition", isDirected: false)
    /// The two oppose each other. Undirected and negative.
    public static let conflict = TieKind(id: "conflict", isDirected: false, sign: .negative)

    /// Every built-in kind, in a stable order.
    public static let wellKnown: [TieKind] = [
        .funding, .contracting, .authorisation, .coordination, .representation, .coalition, .conflict,
    ]
}
