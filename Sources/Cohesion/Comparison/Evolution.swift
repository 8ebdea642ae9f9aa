/// A network's profile year by year over a span, from the ties valid each year (their first
/// and last years, open ends counting as always valid), with how much the coalitions changed
/// from one year to the next.
///
/// Each year's profile is a ``NetworkComparisonProfile`` of ``Network/snapshot(in:)``; every
/// stakeholder is kept each year, so coalitions of consecutive years compare node for node
/// (normalized mutual information and adjusted Rand index). A year without ties has no
/// coalitions to speak of: its modularity is NaN.
///
/// ```swift
/// let decade = try NetworkEvolution(nantes, years: 2015...2024)
/// for (year, profile) in zip(decade.years, decade.profiles) { print(year, profile.coalitions.count) }
/// ```
///
/// - Complexity: one profile per year.
public struct NetworkEvolution: Sendable {
    /// The years, ascending.
    public let years: [Int]
    /// One profile per year.
    public let profiles: [NetworkComparisonProfile]
    /// For each year after the first, how alike its coalitions are to the year before's.
    public let coalitionStability: [PartitionComparison]

    /// The most years one evolution profiles: 500.
    ///
    /// Each year is a whole profile (centralities, coalitions), so a longer span is refused
    /// rather than left to run for hours; any span of ``Network/supportedYears`` is measured
    /// without overflow, so even `Int.min...Int.max` gets this error, not a trap.
    public static let maximumSpan = 500

    /// The number of years in a span, or nil when it exceeds ``maximumSpan`` (computed without
    /// overflow for any bounds).
    ///
    /// - Complexity: O(1).
    public static func spanLength(_ years: ClosedRange<Int>) -> Int? {
        let (difference, overflow) = years.upperBound.subtractingReportingOverflow(years.lowerBound)
        guard !overflow, difference < maximumSpan else { return nil }
        return difference + 1
    }

    /// Profiles a network in each year of a span.
    ///
    /// - Throws: ``CoalitionError/invalidParameter(_:)`` for a span longer than ``maximumSpan``;
    ///   otherwise as the profiles.
    public init(_ network: Network, years: ClosedRange<Int>, options: ComparisonOptions = ComparisonOptions()) throws {
        guard Self.spanLength(years) != nil else {
            throw CoalitionError.invalidParameter("the years \(years.lowerBound) to \(years.upperBound) span more than \(Self.maximumSpan) years, the most an evolution profiles")
        }
        self.years = Array(years)
        var profiles: [NetworkComparisonProfile] = []
        for year in years {
            var yearly = options
            yearly.selection.year = year
            profiles.append(try NetworkComparisonProfile(network, name: String(year), options: yearly))
        }
        self.profiles = profiles
        var stability: [PartitionComparison] = []
        for k in profiles.indices.dropFirst() {
            stability.append(try PartitionComparison(profiles[k - 1].coalitions.assignment, profiles[k].coalitions.assignment))
        }
        coalitionStability = stability
        series = network.series.map { s in (s, years.map { s.value(in: $0) }) }
    }

    /// The network's stakeholder series (places, coverage, budget), each with its value in
    /// each year of the span: the value of the point dated that year, nil where the sources give
    /// none (no value is carried over or interpolated).
    public let series: [(series: StakeholderSeries, values: [Double?])]

    /// The profiles as a comparison, one column per year.
    public var comparison: NetworkComparison { NetworkComparison(profiles: profiles) }

    /// One row per series, "attribute (stakeholder)", one cell per year: the rows the
    /// `evolution` command prints beside the network measures.
    ///
    /// - Complexity: O(series × years × points).
    public var seriesRows: [(id: String, cells: [MeasureCell])] {
        series.map { entry in
            ("\(entry.series.attribute) (\(entry.series.stakeholder))", entry.values.map { $0.map(MeasureCell.number) ?? .missing })
        }
    }
}
