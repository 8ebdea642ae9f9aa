/// The sums of Gould–Fernandez roles a comparison reports, each named by the roles it adds.
///
/// A coordinator two-path (A → A → A) lies inside one group by definition, so it is not
/// brokerage *between* groups; the other four roles each join two or three groups: an
/// itinerant (A → B → A) links two members of a group through an outsider, a representative
/// (A → A → B) and a gatekeeper (A → B → B) cross one boundary, a liaison (A → B → C) two.
///
/// ```swift
/// let scores = profile.brokerageByGroup["municipality"] ?? .zero
/// print(scores.betweenGroups, scores.withinGroup)   // 4 and 11 for Lille in 2024, say
/// print(BrokerageAggregate.betweenGroups.roles)     // [itinerant, representative, gatekeeper, liaison]
/// ```
public enum BrokerageAggregate: String, CaseIterable, Hashable, Sendable {
    /// Itinerant + representative + gatekeeper + liaison: two-paths whose ends or broker lie
    /// in different groups.
    case betweenGroups
    /// Coordinator only: two-paths inside one group.
    case withinGroup
    /// All five roles.
    case allRoles

    /// The roles summed, in sna's column order.
    public var roles: [BrokerageRole] {
        switch self {
        case .betweenGroups: [.itinerant, .representative, .gatekeeper, .liaison]
        case .withinGroup: [.coordinator]
        case .allRoles: BrokerageRole.allCases
        }
    }

    /// The roles joined with "+", for a row label: "itinerant+representative+gatekeeper+liaison".
    public var rolesLabel: String { roles.map(\.description).joined(separator: "+") }

    /// The sum of the aggregate's roles in a set of scores (counts or credit).
    ///
    /// - Complexity: O(1).
    public func value(in scores: BrokerageRoleScores) -> Double {
        roles.reduce(0) { $0 + scores[$1] }
    }
}

extension BrokerageRoleScores {
    /// Brokerage between groups: itinerant + representative + gatekeeper + liaison (every role
    /// but coordinator).
    public var betweenGroups: Double { BrokerageAggregate.betweenGroups.value(in: self) }
    /// Brokerage inside one group: the coordinator role.
    public var withinGroup: Double { coordinator }
}
