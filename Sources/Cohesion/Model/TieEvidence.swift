/// What documents a tie: a local source, a national fact, a general rule applied to the place,
/// or nothing (an illustrative tie).
///
/// Policy-network researchers separate what local documents show from what the national
/// framework implies everywhere: in the bundled networks about three ties in four are a
/// national rule applied locally, so a comparison of two cities that keeps them compares the
/// French framework with itself. Analyses select ties by evidence (``GraphSelection/evidence``,
/// `--evidence local` on the tool).
///
/// In a network file the evidence is the tie's `evidence` field:
///
/// ```yaml
/// - source: caf59
///   target: lille
///   kind: contracting
///   evidence: local          # local | national | general-rule | illustrative
///   citations: [n27]
/// ```
///
/// Files written before the field existed kept it as a free attribute
/// (`attributes: {evidence: local}`); readers take that attribute as the field. A tie whose
/// evidence is ``illustrative`` is ``Tie/isIllustrative`` and the other way round.
///
/// ```swift
/// var tie = Tie(source: "caf59", target: "lille", kind: .contracting, evidence: .local)
/// tie.evidence = .generalRule
/// ```
///
/// - Complexity: O(1).
public enum TieEvidence: String, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// A source documents this tie, or the event it stands for, in this place.
    case local
    /// A national fact between national bodies (a COG between the State and the CNAF).
    case national
    /// A national rule applied to this place: the tie cites the national source of the rule.
    case generalRule = "general-rule"
    /// A plausible relation that no source documents.
    case illustrative

    /// The spelling in files and on the command line (`general-rule`).
    public var description: String { rawValue }

    /// Orders as declared: local, national, general rule, illustrative.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Every spelling, for error messages: `local, national, general-rule, illustrative`.
    public static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
