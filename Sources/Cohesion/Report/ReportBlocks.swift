/// A sortable, filterable table in a report.
public struct ReportTable: Hashable, Sendable {
    /// The caption above the table.
    public var caption: String
    /// The rows and columns.
    public var table: MeasureTable
    /// Columns (by name) the reader can filter on, e.g. `kind` and `sector`.
    public var filterColumns: [String]

    /// Creates a table block.
    public init(caption: String, table: MeasureTable, filterColumns: [String] = []) {
        self.caption = caption
        self.table = table
        self.filterColumns = filterColumns
    }
}

/// A matrix shown as a heat map: a table whose cells are shaded by value (mixing matrices,
/// block densities).
public struct HeatMap: Hashable, Sendable {
    /// The caption above the map.
    public var caption: String
    /// Row labels (e.g. the sender's kind).
    public var rowLabels: [String]
    /// Column labels (e.g. the receiver's kind).
    public var columnLabels: [String]
    /// One row of values per row label; NaN shows as a blank cell.
    public var values: [[Double]]

    /// Creates a heat map.
    public init(caption: String, rowLabels: [String], columnLabels: [String], values: [[Double]]) {
        self.caption = caption
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
    }
}

/// A small line chart of series over ordered points (years), drawn as inline SVG with its
/// data as a table beside it for readers without images.
public struct LineChart: Hashable, Sendable {
    /// The chart's title.
    public var caption: String
    /// The x positions' labels, in order (years).
    public var xLabels: [String]
    /// Named series, one value per x label; NaN leaves a gap.
    public var series: [Series]
    /// Whether the y axis starts at zero: true for counts (ties, coalitions), where a
    /// truncated axis would make small changes look large.
    public var zeroBased: Bool

    /// One named line.
    public struct Series: Hashable, Sendable {
        /// The series' name (a network, a measure).
        public var name: String
        /// One value per x label.
        public var values: [Double]
        /// Creates a series.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Creates a chart; `zeroBased` starts the y axis at zero.
    public init(caption: String, xLabels: [String], series: [Series], zeroBased: Bool = false) {
        self.caption = caption
        self.xLabels = xLabels
        self.series = series
        self.zeroBased = zeroBased
    }
}

/// One piece of a report section.
public enum ReportBlock: Hashable, Sendable {
    /// A paragraph of plain text (escaped).
    case paragraph(String)
    /// Label–value pairs, shown as a definition list.
    case facts([Fact])
    /// A diagram as SVG text (from Graphviz), inlined after removing anything that could run
    /// script, with a caption.
    case diagram(svg: String, caption: String)
    /// A network to explore: pan, zoom, a year slider, layer toggles and a card per
    /// stakeholder (shown where script runs; readers without it see the static diagram).
    case interactiveDiagram(InteractiveDiagram)
    /// A sortable, filterable table.
    case table(ReportTable)
    /// A shaded matrix.
    case heatMap(HeatMap)
    /// A line chart.
    case lineChart(LineChart)
    /// Whole-network statistics against their null distributions, each drawn as a small
    /// histogram with the observed value marked.
    case nullDistributions(NullDistributionChart)
    /// The sources a network cites and which of its ties are illustrative.
    case sources(Network)
    /// A titled group of blocks.
    case group(title: String, blocks: [ReportBlock])

    /// A label and its value.
    public struct Fact: Hashable, Sendable {
        /// What is described.
        public var label: String
        /// Its value, as text.
        public var value: String
        /// Creates a fact.
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }
}

/// A titled part of a report: one network, or the comparison of several.
public struct ReportSection: Hashable, Sendable {
    /// The title, shown as a heading and in the table of contents.
    public var title: String
    /// The blocks, in order.
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(title: String, blocks: [ReportBlock] = []) {
        self.title = title
        self.blocks = blocks
    }
}
