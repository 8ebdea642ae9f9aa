/// The five brokerage roles of Gould and Fernandez (1989).
///
/// A node *j* brokers for an ordered pair (*i*, *k*) when *i* → *j* → *k* and there is no arc
/// *i* → *k*: *i* is the source, *j* the broker, *k* the destination. Which role the two-path
/// counts for depends on which of the three nodes share a group (written *A*, *B*, *C* for the
/// groups of *i*, *j*, *k*):
///
/// | role | groups | sna column | meaning |
/// |---|---|---|---|
/// | ``coordinator`` | A → A → A | `w_I` | all three in one group |
/// | ``itinerant`` | A → B → A | `w_O` | an outsider links two members of another group (UCINET: *consultant*) |
/// | ``representative`` | A → A → B | `b_IO` | the broker shares the **source's** group and speaks for it outward |
/// | ``gatekeeper`` | A → B → B | `b_OI` | the broker shares the **destination's** group and controls what enters it |
/// | ``liaison`` | A → B → C | `b_O` | three different groups |
///
/// The orientation follows the code of R's `sna::brokerage` (2.7-1, `brokerage_R` in
/// `gli.c`), its help page and UCINET's documentation, which agree. (Copies of older sna help
/// pages circulate with the descriptions of `b_IO` and `b_OI` swapped; the counts are as in
/// this table.)
///
/// ```swift
/// let role = BrokerageRole(source: 0, broker: 0, destination: 1)   // .representative
/// ```
public enum BrokerageRole: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Source, broker and destination all in one group (sna `w_I`).
    case coordinator
    /// Source and destination in one group, the broker in another (sna `w_O`; UCINET's consultant).
    case itinerant
    /// Broker in the source's group, destination outside it (sna `b_IO`).
    case representative
    /// Broker in the destination's group, source outside it (sna `b_OI`).
    case gatekeeper
    /// Source, broker and destination in three different groups (sna `b_O`).
    case liaison

    /// The role a two-path source → broker → destination plays, from the three group indices.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(source: Int, broker: Int, destination: Int) {
        if source == broker {
            self = broker == destination ? .coordinator : .representative
        } else if broker == destination {
            self = .gatekeeper
        } else if source == destination {
            self = .itinerant
        } else {
            self = .liaison
        }
    }

    /// The role's name in lowerCamelCase, as JSON output writes it.
    public var description: String {
        switch self {
        case .coordinator: "coordinator"
        case .itinerant: "itinerant"
        case .representative: "representative"
        case .gatekeeper: "gatekeeper"
        case .liaison: "liaison"
        }
    }

    /// The role's column name in R's `sna::brokerage` output.
    public var snaName: String {
        switch self {
        case .coordinator: "w_I"
        case .itinerant: "w_O"
        case .representative: "b_IO"
        case .gatekeeper: "b_OI"
        case .liaison: "b_O"
        }
    }
}

/// One value per brokerage role, plus their total: a node's counts, their expected values,
/// standard deviations or z-scores, or a group's or the network's totals.
///
/// ```swift
/// let scores = result.scores[3]
/// print(scores.gatekeeper, scores[.liaison], scores.total)
/// ```
public struct BrokerageRoleScores: Hashable, Sendable {
    /// Two-paths (or credit) within one group.
    public var coordinator: Double
    /// Two-paths between members of one group through an outsider.
    public var itinerant: Double
    /// Two-paths from the broker's group outward.
    public var representative: Double
    /// Two-paths into the broker's group.
    public var gatekeeper: Double
    /// Two-paths joining three groups.
    public var liaison: Double
    /// All brokered two-paths. For counts it is the sum of the five roles; for expected values,
    /// standard deviations and z-scores it is sna's own value for the total, not a sum.
    public var total: Double

    /// Creates the scores from the five roles and a total.
    public init(coordinator: Double, itinerant: Double, representative: Double, gatekeeper: Double,
                liaison: Double, total: Double) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = total
    }

    /// Creates the scores from the five roles; the total is their sum.
    public init(coordinator: Double, itinerant: Double, representative: Double, gatekeeper: Double, liaison: Double) {
        self.init(coordinator: coordinator, itinerant: itinerant, representative: representative,
                  gatekeeper: gatekeeper, liaison: liaison,
                  total: coordinator + itinerant + representative + gatekeeper + liaison)
    }

    /// All zero.
    public static let zero = BrokerageRoleScores(coordinator: 0, itinerant: 0, representative: 0,
                                                 gatekeeper: 0, liaison: 0, total: 0)

    /// The value of one role.
    public subscript(role: BrokerageRole) -> Double {
        get {
            switch role {
            case .coordinator: coordinator
            case .itinerant: itinerant
            case .representative: representative
            case .gatekeeper: gatekeeper
            case .liaison: liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .representative: representative = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// The six values in sna's column order: `w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`, `t`.
    public var snaOrder: [Double] { [coordinator, itinerant, representative, gatekeeper, liaison, total] }

    /// Creates the scores from six values in sna's column order.
    init(snaOrder v: [Double]) {
        self.init(coordinator: v[0], itinerant: v[1], representative: v[2], gatekeeper: v[3], liaison: v[4], total: v[5])
    }

    /// Adds each role and the total.
    public static func + (a: Self, b: Self) -> Self {
        BrokerageRoleScores(coordinator: a.coordinator + b.coordinator, itinerant: a.itinerant + b.itinerant,
                            representative: a.representative + b.representative,
                            gatekeeper: a.gatekeeper + b.gatekeeper, liaison: a.liaison + b.liaison,
                            total: a.total + b.total)
    }
}
