/// Networks' whole-network statistics set against their null distributions, for a report:
/// per statistic and network, the values the random graphs gave, the observed value, its
/// percentile among them and its z.
///
/// Built from ``NullComparison`` values (one per network, or one for several), so the report
/// shows the numbers `cohesion compare --null` prints for the same seed. ``HTMLReport`` draws
/// each distribution as a small inline SVG histogram with the observed value marked, and the
/// percentile and z beside it.
///
/// ```swift
/// let lilleTests = try NullComparison([lille], condition: .edges, draws: 1000, seed: 1)
/// let chart = NullDistributionChart([lilleTests])
/// let section = ReportSection(title: "Against the null model", blocks: [.nullDistributions(chart)])
/// ```
///
/// - Complexity: O(networks × statistics × draws) to build.
public struct NullDistributionChart: Hashable, Sendable {
    /// One statistic of one network against its null distribution: the network's name and
    /// its test, whose figures (observed value, percentile, z, p-values) the report shows.
    public struct Cell: Hashable, Sendable {
        /// The network's name.
        public var network: String
        /// The test of the statistic on that network.
        public var test: CUGTest
        /// The statistic on each random graph, NaN draws left out: what the histogram bins.
        ///
        /// - Complexity: O(draws).
        public var definedNullValues: [Double] { test.nullValues.filter { !$0.isNaN } }
        /// Creates a cell.
        public init(network: String, test: CUGTest) {
            self.network = network
            self.test = test
        }
    }

    /// A statistic and its cells, one per network.
    public struct Row: Hashable, Sendable {
        /// The statistic's name, as `cohesion cug --statistic` and `compare --null` print it.
        public var statistic: String
        /// One cell per network, in the order of ``NullDistributionChart/networks``.
        public var cells: [Cell]
        /// Creates a row.
        public init(statistic: String, cells: [Cell]) {
            self.statistic = statistic
            self.cells = cells
        }
    }

    /// A sentence saying what the random graphs share with each network, how many and the seed.
    public var caption: String
    /// The networks' names, in order.
    public var networks: [String]
    /// One row per statistic.
    public var rows: [Row]

    /// Creates a chart from its rows.
    public init(caption: String, networks: [String], rows: [Row]) {
        self.caption = caption
        self.networks = networks
        self.rows = rows
    }

    /// The chart of one or more null comparisons, their networks side by side. Statistics
    /// are matched by name; a statistic missing for a network leaves its cell out.
    public init(_ comparisons: [NullComparison]) {
        var names: [String] = []
        var order: [String] = []
        var cells: [String: [Cell]] = [:]
        for comparison in comparisons {
            for (name, tests) in zip(comparison.names, comparison.tests) {
                names.append(name)
                for test in tests {
                    let statistic = test.statistic.name
                    if cells[statistic] == nil { order.append(statistic) }
                    cells[statistic, default: []].append(Cell(network: name, test: test))
                }
            }
        }
        let first = comparisons.first
        let condition = first.map { Self.describe($0.condition) } ?? "the same size"
        let draws = first?.draws ?? 0
        caption = "Each statistic against \(draws) random graph\(draws == 1 ? "" : "s") with \(condition) as the network (R sna's cug.test, seed \(first?.seed ?? 0)): the bars are the random graphs' values, the line the observed value; its percentile among them and its z beside."
        networks = names
        rows = order.map { Row(statistic: $0, cells: cells[$0] ?? []) }
    }

    /// What a condition keeps, in words.
    static func describe(_ condition: CUGCondition) -> String {
        switch condition {
        case .size: "the same number of stakeholders"
        case .edges: "the same number of stakeholders and ties"
        case .dyads: "the same number of stakeholders and dyad census"
        }
    }
}

extension ReportSection {
    /// A section that sets each network's whole-network statistics against random graphs
    /// (``NullComparison``): a table of the observed value, its percentile and z per network,
    /// then each null distribution drawn with the observed value marked.
    ///
    /// ```swift
    /// let tests = try NullComparison([lille, nantes], condition: .edges, draws: 1000, seed: 1)
    /// let section = ReportSection(nullComparisons: [tests])
    /// ```
    ///
    /// - Complexity: O(networks × statistics × draws).
    public init(nullComparisons: [NullComparison]) {
        let chart = NullDistributionChart(nullComparisons)
        var columns: [String] = []
        for name in chart.networks { columns += ["\(name) observed", "\(name) percentile", "\(name) z"] }
        var table = MeasureTable(columns: columns, idColumn: "statistic", rowsKey: "statistics")
        for row in chart.rows {
            var cells: [MeasureCell] = []
            for name in chart.networks {
                if let cell = row.cells.first(where: { $0.network == name }) {
                    cells += [.number(cell.test.observed), .number(cell.test.percentile), .number(cell.test.z)]
                } else {
                    cells += [.missing, .missing, .missing]
                }
            }
            table.append(id: row.statistic, cells)
        }
        self.init(title: "Against the null model", blocks: [
            .paragraph("Which differences survive what size and density alone produce: a percentile near 0 or 100 (a large |z|) means random graphs with the same \(nullComparisons.first.map { NullDistributionChart.describe($0.condition).replacingOccurrences(of: "the same ", with: "") } ?? "size") rarely reach the observed value. Partition statistics use the groups of the comparison's sector attribute; coalitions are Leiden's at resolution 1, seed 1."),
            .table(ReportTable(caption: "Observed value, its percentile among the random graphs and z, per network", table: table)),
            .nullDistributions(chart),
        ])
    }
}
