/// The two kinds of network DNA's exporter builds from statements.
public enum DiscourseNetworkType: String, Hashable, Sendable, CaseIterable {
    /// Actors × concepts (rDNA `networkType = "twomode"`).
    case twoMode = "twomode"
    /// Actors × actors, tied through the concepts they share (rDNA `"onemode"`).
    case oneMode = "onemode"
}

/// How statements' qualifiers (agreement, levels) enter tie weights (rDNA `qualifierAggregation`).
///
/// Two-mode networks take ``ignore``, ``combine`` or ``subtract``; one-mode networks take
/// ``ignore``, ``congruence``, ``conflict`` or ``subtract``.
public enum QualifierAggregation: String, Hashable, Sendable, CaseIterable {
    /// Count statements whatever their qualifier.
    case ignore
    /// One-mode: weight shared stances, by proximity on the scale (same stance = 1).
    case congruence
    /// One-mode: weight opposed stances, by distance on the scale.
    case conflict
    /// Two-mode: agreements minus disagreements (levels summed with their sign); one-mode:
    /// congruence minus conflict.
    case subtract
    /// Two-mode: a code for the set of qualifier values used (1 agree only, 2 disagree only,
    /// 3 both, for agreement), DNA's lexical rank.
    case combine
}

/// How tie weights are normalized (rDNA `normalization`).
public enum DiscourseNormalization: String, Hashable, Sendable, CaseIterable {
    /// Raw counts.
    case no
    /// One-mode: divided by the mean number of statements of the two actors.
    case average
    /// One-mode: DNA's Jaccard normalization.
    case jaccard
    /// One-mode: DNA's cosine normalization (product of the two actors' statement counts).
    case cosine
    /// Two-mode: each row divided by the actor's activity.
    case activity
    /// Two-mode: each column divided by the concept's prominence.
    case prominence
}

/// Which repeated statements count (rDNA `duplicates`). A repeat is a statement with the same
/// actor and concept (and qualifier, unless aggregation is ``QualifierAggregation/ignore``)
/// as one kept earlier in the same bucket.
public enum DuplicateHandling: String, Hashable, Sendable, CaseIterable {
    /// Every statement counts.
    case include
    /// One per document (a native statement's first citation).
    case document
    /// One per calendar week number (ISO weeks; like DNA, the number only, not its year).
    case week
    /// One per month number (like DNA, the month only, not its year: January 2015 and
    /// January 2016 are one bucket).
    case month
    /// One per calendar year.
    case year
    /// One across the whole date range.
    case acrossRange = "acrossrange"
}

/// A moving time window, DNA's `timeWindow` and `windowSize`: one network per step, each
/// counting the statements within `(size − 1) / 2` units (rounded half up) either side of
/// its mid-point; mid-points run from the start of the date range in steps, and a window
/// that would reach outside the range is skipped.
///
/// ```swift
/// let threeYears = DiscourseWindow(unit: .years, size: 3)
/// ```
public struct DiscourseWindow: Hashable, Sendable {
    /// A calendar unit.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        /// Days.
        case days
        /// Weeks of seven days.
        case weeks
        /// Calendar months (days clamped to shorter months, as java.time does).
        case months
        /// Calendar years.
        case years
    }

    /// The unit of size and step.
    public var unit: Unit
    /// The window's length in units (DNA's `windowSize`), at least 1.
    public var size: Int
    /// How far mid-points move each time; DNA moves one unit.
    public var step: Int

    /// Creates a window.
    public init(unit: Unit, size: Int, step: Int = 1) {
        self.unit = unit
        self.size = size
        self.step = step
    }

    /// Parses `7d`, `3w`, `6m`, `2y`, optionally with a step after a colon: `365d:30d`, `3y:1y`.
    public init?(_ text: String) {
        func part(_ s: Substring) -> (Int, Unit)? {
            guard let last = s.last, let n = Int(s.dropLast()), n >= 1 else { return nil }
            switch last {
            case "d": return (n, .days)
            case "w": return (n, .weeks)
            case "m": return (n, .months)
            case "y": return (n, .years)
            default: return nil
            }
        }
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let (size, unit) = part(pieces[0]) else { return nil }
        var step = 1
        if pieces.count == 2 {
            guard let (s, u) = part(pieces[1]), u == unit else { return nil }
            step = s
        }
        self.init(unit: unit, size: size, step: step)
    }

    /// A date moved by a number of units.
    func move(_ date: StatementDate, by count: Int) -> StatementDate {
        switch unit {
        case .days: date.adding(days: count)
        case .weeks: date.adding(days: count &* 7)
        case .months: date.adding(months: count)
        case .years: date.adding(years: count)
        }
    }
}

/// What ``DiscourseNetwork`` builds: DNA's export options. The defaults are rDNA's
/// `dna_network` defaults (two-mode, `ignore`, `no`, `include`, the whole date range), except
/// that every actor and concept of the network is a row or column (``isolates``), in file order.
///
/// ```swift
/// var options = DiscourseOptions(networkType: .oneMode, aggregation: .congruence)
/// options.normalization = .average
/// ```
public struct DiscourseOptions: Hashable, Sendable {
    /// Two-mode or one-mode.
    public var networkType: DiscourseNetworkType
    /// How qualifiers enter weights.
    public var aggregation: QualifierAggregation
    /// How weights are normalized.
    public var normalization: DiscourseNormalization
    /// Which repeated statements count.
    public var duplicates: DuplicateHandling
    /// The first moment counted (inclusive); nil: the earliest statement.
    public var from: StatementDate?
    /// The last moment counted (inclusive); nil: the latest statement.
    public var to: StatementDate?
    /// True: every stakeholder (and, two-mode, every concept) is a row (column), active or
    /// not. False: only those with a counted statement, as rDNA's `isolates = FALSE`.
    public var isolates: Bool
    /// A moving window, or nil for one network over the range.
    public var window: DiscourseWindow?

    /// Creates options.
    public init(networkType: DiscourseNetworkType = .twoMode, aggregation: QualifierAggregation = .ignore,
                normalization: DiscourseNormalization = .no, duplicates: DuplicateHandling = .include,
                from: StatementDate? = nil, to: StatementDate? = nil, isolates: Bool = true, window: DiscourseWindow? = nil) {
        self.networkType = networkType
        self.aggregation = aggregation
        self.normalization = normalization
        self.duplicates = duplicates
        self.from = from
        self.to = to
        self.isolates = isolates
        self.window = window
    }

    /// Throws when options do not go together, where DNA would silently fall back to
    /// `ignore` or `no` (Exporter.java constructor, "incompatible with network type").
    public func check() throws {
        switch (networkType, aggregation) {
        case (.twoMode, .congruence), (.twoMode, .conflict):
            throw DiscourseError.incompatible("qualifier aggregation '\(aggregation.rawValue)' is for one-mode networks (two-mode takes ignore, combine or subtract)")
        case (.oneMode, .combine):
            throw DiscourseError.incompatible("qualifier aggregation 'combine' is for two-mode networks (one-mode takes ignore, congruence, conflict or subtract)")
        default: break
        }
        switch (networkType, normalization) {
        case (.twoMode, .average), (.twoMode, .jaccard), (.twoMode, .cosine):
            throw DiscourseError.incompatible("normalization '\(normalization.rawValue)' is for one-mode networks (two-mode takes no, activity or prominence)")
        case (.oneMode, .activity), (.oneMode, .prominence):
            throw DiscourseError.incompatible("normalization '\(normalization.rawValue)' is for two-mode networks (one-mode takes no, average, jaccard or cosine)")
        default: break
        }
        if let window, window.size < 1 || window.step < 1 {
            throw DiscourseError.incompatible("a time window needs a size and a step of at least 1")
        }
        if let from, let to, to < from { throw DiscourseError.incompatible("the date range ends (\(to)) before it starts (\(from))") }
    }
}

/// A discourse network that cannot be built.
public enum DiscourseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Options that do not go together.
    case incompatible(String)
    /// A statement names an actor or concept the network does not have.
    case unknown(String)

    /// The problem, in a sentence.
    public var description: String {
        switch self {
        case .incompatible(let s), .unknown(let s): s
        }
    }
}
