/// A network built from statements as Leifeld's Discourse Network Analyzer exports it: a
/// two-mode actor × concept matrix or a one-mode actor × actor matrix.
///
/// The construction follows DNA's `Exporter.java` (leifeld-lab/dna, `dna/src/main/java/dna/
/// export/Exporter.java`) rule by rule; the article <doc:Discourse> lists each convention and
/// the method it follows. In short: statements in the date range are sorted by date; repeats
/// are dropped according to ``DuplicateHandling``; counts are kept per actor, concept and
/// qualifier value; a two-mode cell aggregates the counts of one actor on one concept, a
/// one-mode cell sums, over concepts, a product of two actors' counts weighted by the
/// proximity or distance of their qualifiers; then weights are normalized.
///
/// ```swift
/// let network = try DNADatabase.read(path: "sample.dna")
/// let twoMode = try DiscourseNetwork(network)                 // 7 × 6, sum 40
/// let oneMode = try DiscourseNetwork(network, options: DiscourseOptions(networkType: .oneMode))
/// print(oneMode[0, 1])
/// ```
///
/// - Complexity: O(*s* log *s* + *r*·*c* + Σ_c *a*_c²·*k*²) for *s* statements, an *r* × *c*
///   matrix, *a*_c actors stating concept *c* and *k* qualifier values.
public struct DiscourseNetwork: Hashable, Sendable {
    /// Two-mode or one-mode.
    public var networkType: DiscourseNetworkType
    /// Row ids: stakeholder ids, in file order.
    public var rows: [String]
    /// Column ids: concept ids (two-mode) or stakeholder ids (one-mode), in file order.
    public var columns: [String]
    /// The weights, row by row (`rows.count × columns.count`).
    public var values: [Double]
    /// The first moment the network counts.
    public var start: StatementDate?
    /// The last moment the network counts.
    public var stop: StatementDate?
    /// A window's mid-point; nil without a window.
    public var middle: StatementDate?
    /// How many statements the network counts, after duplicates are dropped.
    public var statementCount: Int

    /// Creates a network from its parts.
    public init(networkType: DiscourseNetworkType, rows: [String], columns: [String], values: [Double],
                start: StatementDate? = nil, stop: StatementDate? = nil, middle: StatementDate? = nil, statementCount: Int = 0) {
        self.networkType = networkType
        self.rows = rows
        self.columns = columns
        self.values = values
        self.start = start
        self.stop = stop
        self.middle = middle
        self.statementCount = statementCount
    }

    /// Builds the network of a network's statements over the whole date range.
    ///
    /// - Throws: ``DiscourseError`` for options that do not go together (``DiscourseOptions/check()``),
    ///   a statement naming an unknown actor or concept, or a window set in the options (use
    ///   ``windows(of:options:)``).
    public init(_ network: Network, options: DiscourseOptions = DiscourseOptions()) throws {
        guard options.window == nil else {
            throw DiscourseError.incompatible("a time window gives one network per window: use DiscourseNetwork.windows")
        }
        let builder = try DiscourseBuilder(network, options: options)
        self = builder.build(builder.counted, start: builder.start, stop: builder.stop, middle: nil)
    }

    /// One network per time window (``DiscourseOptions/window``), in order of mid-points.
    ///
    /// - Throws: as ``init(_:options:)``, and when no window is set.
    public static func windows(of network: Network, options: DiscourseOptions) throws -> [DiscourseNetwork] {
        var out: [DiscourseNetwork] = []
        try forEachWindow(of: network, options: options) { out.append($0) }
        return out
    }

    /// Builds the window networks one at a time, so a long sequence of large matrices need
    /// not be held at once.
    ///
    /// - Throws: as ``windows(of:options:)``, and whatever `body` throws.
    public static func forEachWindow(of network: Network, options: DiscourseOptions,
                                     _ body: (DiscourseNetwork) throws -> Void) throws {
        guard let window = options.window else {
            throw DiscourseError.incompatible("no time window is set")
        }
        let builder = try DiscourseBuilder(network, options: options)
        try builder.forEachWindow(window, body)
    }

    /// The weight in a row and a column.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns.count + column]
    }

    /// The weights as rows of columns.
    public var matrix: [[Double]] {
        (0..<rows.count).map { r in Array(values[(r * columns.count)..<((r + 1) * columns.count)]) }
    }

    /// The sum of all weights.
    public var sum: Double { values.reduce(0, +) }
}
