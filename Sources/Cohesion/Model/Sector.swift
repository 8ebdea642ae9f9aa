/// The sector a stakeholder belongs to: public, associative, parental, private for-profit…
///
/// An open set of values with the usual ones built in; any other string is a sector too.
///
/// ```swift
/// let sector: Sector = .associative
/// let other = Sector("social-economy")
/// ```
public struct Sector: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier used in files.
    public let rawValue: String
    /// Creates a sector from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a sector from its identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Creates a sector from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Public bodies: the State, social security funds, local authorities.
    public static let `public`: Sector = "public"
    /// Non-profit associations.
    public static let associative: Sector = "associative"
    /// Parent-run bodies (parental crèches).
    public static let parental: Sector = "parental"
    /// Private for-profit companies.
    public static let privateForProfit: Sector = "private-for-profit"
    /// Employers and other private bodies outside care provision.
    public static let business: Sector = "business"
}

/// The level of government or territory a stakeholder acts at.
///
/// An open set; the built-in levels have a ``rank`` from national (0) down to
/// neighbourhood (5), so multi-level brokerage can tell up from down.
///
/// ```swift
/// Level.departmental.rank   // 3
/// ```
public struct Level: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The identifier used in files.
    public let rawValue: String
    /// Creates a level from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a level from its identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Creates a level from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// National level.
    public static let national: Level = "national"
    /// Regional level.
    public static let regional: Level = "regional"
    /// Departmental level.
    public static let departmental: Level = "departmental"
    /// Inter-municipal level (EPCI, métropole).
    public static let interMunicipal: Level = "inter-municipal"
    /// Municipal level.
    public static let municipal: Level = "municipal"
    /// Neighbourhood level.
    public static let neighbourhood: Level = "neighbourhood"

    /// The built-in levels from the widest to the narrowest.
    public static let wellKnown: [Level] = [.national, .regional, .departmental, .interMunicipal, .municipal, .neighbourhood]

    /// The position among ``wellKnown`` (national is 0), or nil for a level a file declares.
    public var rank: Int? { Self.wellKnown.firstIndex(of: self) }
}
