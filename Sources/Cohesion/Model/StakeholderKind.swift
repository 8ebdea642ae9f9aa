/// What sort of body a stakeholder is: a family allowance office, a municipality, a provider…
///
/// Kinds form an open set. The French early-childhood vocabulary is built in as well-known
/// values (``familyAllowanceOffice``, ``municipality``, ``associativeProvider`` …), and a network
/// file may declare kinds of its own, so a housing network can have social landlords.
/// Two kinds are equal when their ids are equal; the name and the broader kind describe them.
///
/// ```swift
/// let landlord = StakeholderKind(id: "social-landlord", name: "social landlord")
/// let caf = Stakeholder(id: "caf-nord", name: "CAF du Nord", kind: .familyAllowanceOffice)
/// ```
public struct StakeholderKind: Hashable, Sendable, CustomStringConvertible {
    /// The identifier used in files, in kebab case (`family-allowance-office`).
    public let id: String
    /// A readable English name (`family allowance office`).
    public let name: String
    /// The id of a broader kind this one refines, if any: every provider type refines `provider`.
    public let broader: String?

    /// Creates a kind; the name defaults to the id with dashes read as spaces.
    public init(id: String, name: String? = nil, broader: String? = nil) {
        self.id = id
        self.name = name ?? String(id.map { $0 == "-" ? " " : $0 })
        self.broader = broader
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public var description: String { id }
}

extension StakeholderKind {
    /// The national family allowance fund (CNAF).
    public static let nationalFamilyAllowanceFund = StakeholderKind(id: "national-family-allowance-fund")
    /// A departmental family allowance office (CAF).
    public static let familyAllowanceOffice = StakeholderKind(id: "family-allowance-office")
    /// The agricultural social security fund (MSA).
    public static let agriculturalSocialSecurityFund = StakeholderKind(id: "agricultural-social-security-fund")
    /// The State or one of its ministries.
    public static let state = StakeholderKind(id: "state")
    /// The prefect, the State's representative in a department.
    public static let prefect = StakeholderKind(id: "prefect")
    /// A departmental council (conseil départemental).
    public static let departmentalCouncil = StakeholderKind(id: "departmental-council")
    /// The maternal and child health service (PMI) of a departmental council.
    public static let maternalAndChildHealthService = StakeholderKind(id: "maternal-and-child-health-service")
    /// A municipality (commune).
    public static let municipality = StakeholderKind(id: "municipality")
    /// An inter-municipal authority (EPCI, métropole).
    public static let interMunicipalAuthority = StakeholderKind(id: "inter-municipal-authority")
    /// A provider (operator) of childcare, of unspecified type.
    public static let provider = StakeholderKind(id: "provider")
    /// A provider run by a municipality.
    public static let municipalProvider = StakeholderKind(id: "municipal-provider", broader: "provider")
    /// A provider run by an association.
    public static let associativeProvider = StakeholderKind(id: "associative-provider", broader: "provider")
    /// A parental crèche, run by parents.
    public static let parentalProvider = StakeholderKind(id: "parental-provider", broader: "provider")
    /// A private for-profit childcare company.
    public static let privateCompany = StakeholderKind(id: "private-company", broader: "provider")
    /// A micro-crèche (at most 12 places).
    public static let microCreche = StakeholderKind(id: "micro-creche", name: "micro-crèche", broader: "provider")
    /// A childminder house (MAM): up to four childminders together.
    public static let childminderHouse = StakeholderKind(id: "childminder-house", broader: "provider")
    /// A childminder (assistante maternelle), or childminders taken together.
    public static let childminder = StakeholderKind(id: "childminder", broader: "provider")
    /// An early-childhood relay (RPE, formerly RAM).
    public static let earlyChildhoodRelay = StakeholderKind(id: "early-childhood-relay", broader: "provider")
    /// An employer that reserves places for its staff.
    public static let employer = StakeholderKind(id: "employer")
    /// A union of family associations (UNAF, UDAF).
    public static let familyAssociationsUnion = StakeholderKind(id: "family-associations-union", name: "union of family associations")
    /// A federation of providers or associations (ACEPP, FFEC…).
    public static let federation = StakeholderKind(id: "federation")
    /// A committee or board (CDAJE, CDSF).
    public static let committee = StakeholderKind(id: "committee")

    /// Every built-in kind, in a stable order.
    public static let wellKnown: [StakeholderKind] = [
        .nationalFamilyAllowanceFund, .familyAllowanceOffice, .agriculturalSocialSecurityFund,
        .state, .prefect, .departmentalCouncil, .maternalAndChildHealthService, .municipality,
        .interMunicipalAuthority, .provider, .municipalProvider, .associativeProvider,
        .parentalProvider, .privateCompany, .microCreche, .childminderHouse, .childminder,
        .earlyChildhoodRelay, .employer, .familyAssociationsUnion, .federation, .committee,
    ]
}
