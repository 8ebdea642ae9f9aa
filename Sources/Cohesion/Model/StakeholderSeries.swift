/// One stakeholder attribute measured year by year: a city's crèche places, a département's
/// coverage rate, a budget — figures that change over the decade a network covers.
///
/// Each point has its year, its value and the sources that give it, so a series is as traceable
/// as a tie. `NetworkEvolution` reads series beside the network measures; the GEXF writer
/// writes them as dynamic node attributes.
///
/// In the native file format, series are a top-level list:
///
/// ```yaml
/// series:
///   - stakeholder: lille
///     attribute: places
///     unit: places
///     points:
///       - {year: 2011, value: 1850, citations: [l5]}
///       - {year: 2014, value: 1978, citations: [l16], note: 1,850 plus 128 created 2014-20}
/// ```
///
/// ```swift
/// let places = network.series(of: "lille", attribute: "places")
/// print(places?.value(in: 2011) ?? .nan)   // 1850
/// ```
public struct StakeholderSeries: Hashable, Sendable {
    /// One dated value of a series.
    public struct Point: Hashable, Sendable {
        /// The year the value is for.
        public var year: Int
        /// The value.
        public var value: Double
        /// The ids of the sources that give it.
        public var citations: [String]
        /// What the value counts, where the source qualifies it.
        public var note: String?

        /// Creates a point.
        public init(year: Int, value: Double, citations: [String] = [], note: String? = nil) {
            self.year = year
            self.value = value
            self.citations = citations
            self.note = note
        }
    }

    /// The stakeholder the series describes.
    public var stakeholder: String
    /// The attribute measured (`places`, `coverage`, `budget`…).
    public var attribute: String
    /// The unit, free text (`places`, `places per 100 children under 3`, `EUR`).
    public var unit: String?
    /// What the series counts and where it comes from.
    public var note: String?
    /// The points, in file order (ascending years in a valid file).
    public var points: [Point]

    /// Creates a series.
    public init(stakeholder: String, attribute: String, unit: String? = nil, note: String? = nil, points: [Point] = []) {
        self.stakeholder = stakeholder
        self.attribute = attribute
        self.unit = unit
        self.note = note
        self.points = points
    }

    /// The value given for a year, or nil when the series has no point that year.
    ///
    /// - Complexity: O(*p*) for *p* points.
    public func value(in year: Int) -> Double? {
        points.first { $0.year == year }?.value
    }

    /// The value of the latest point at or before a year (the figure in force), or nil.
    ///
    /// - Complexity: O(*p*) for *p* points.
    public func latestValue(atOrBefore year: Int) -> Double? {
        points.filter { $0.year <= year }.max { $0.year < $1.year }?.value
    }
}

extension Network {
    /// The series of a stakeholder's attribute, if the network has one.
    ///
    /// - Complexity: O(*s*) for *s* series.
    public func series(of stakeholder: String, attribute: String) -> StakeholderSeries? {
        series.first { $0.stakeholder == stakeholder && $0.attribute == attribute }
    }

    /// The attributes that have a series, in order of first appearance.
    public var seriesAttributes: [String] {
        var seen = Set<String>()
        return series.map(\.attribute).filter { seen.insert($0).inserted }
    }
}
