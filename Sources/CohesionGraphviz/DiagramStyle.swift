import Cohesion
import Foundation

/// How a network diagram looks: a value the user can change.
///
/// The defaults follow the model and suit print: shape by stakeholder kind (a kind without
/// its own shape takes its broader kind's, so every provider type is an ellipse), fill by a
/// categorical attribute (sector by default) from a colour-blind-safe ColorBrewer palette,
/// line colour and pattern by tie kind (funding blue with width by amount, contracting
/// dashed green, authorisation dotted purple, coordination grey and undirected, coalition
/// orange and undirected, conflict red and undirected), Helvetica, white background.
///
/// ```swift
/// var style = DiagramStyle()
/// style.shapes["committee"] = "octagon"
/// style.fillColors["public"] = "#c6dbef"
/// style.tieStyles["conflict"]?.penWidth = 3
/// style.showsLegend = false
/// ```
public struct DiagramStyle: Hashable, Sendable {
    /// How one tie kind is drawn.
    public struct TieStyle: Hashable, Sendable {
        /// Line colour (`#rrggbb` or a Graphviz colour name).
        public var color: String
        /// Graphviz line style: `solid`, `dashed`, `dotted` or `bold`.
        public var lineStyle: String
        /// Line width in points; the smallest width when ``widthByAmount`` is on.
        public var penWidth: Double
        /// Whether the line's width grows with the tie's amount, up to ``DiagramStyle/maximumTieWidth``.
        public var widthByAmount: Bool
        /// Draw with an arrow; nil follows the tie kind's own direction.
        public var isDirected: Bool?

        /// Creates a tie style.
        public init(color: String, lineStyle: String = "solid", penWidth: Double = 1, widthByAmount: Bool = false,
                    isDirected: Bool? = nil) {
            self.color = color
            self.lineStyle = lineStyle
            self.penWidth = penWidth
            self.widthByAmount = widthByAmount
            self.isDirected = isDirected
        }
    }

    /// Font for labels, clusters and the legend.
    public var fontName: String = "Helvetica"
    /// Node label size in points; edges use 80 % of it, the title 140 %.
    public var fontSize: Double = 13
    /// Graphviz shape by stakeholder kind id.
    public var shapes: [String: String] = [
        "national-family-allowance-fund": "invhouse",
        "family-allowance-office": "hexagon",
        "agricultural-social-security-fund": "hexagon",
        "state": "house",
        "prefect": "house",
        "departmental-council": "pentagon",
        "maternal-and-child-health-service": "pentagon",
        "municipality": "box",
        "inter-municipal-authority": "box",
        "provider": "ellipse",
        "employer": "parallelogram",
        "family-associations-union": "diamond",
        "federation": "diamond",
        "committee": "box",
    ]
    /// Extra Graphviz node styles by stakeholder kind id, added to `filled`: committees are
    /// rounded boxes, to tell them from the municipalities' square ones.
    public var kindNodeStyles: [String: String] = ["committee": "rounded"]
    /// Names longer than this many characters are broken into lines at spaces.
    public var labelLineLength: Int = 12
    /// Whether nodes show their short names (``DiagramText/shortName(_:limit:)``: the name
    /// without its parenthesised or comma-separated explanation) rather than their full names,
    /// so that a page-sized figure keeps its labels legible; the full name stays in the
    /// tooltip. True by default.
    public var shortLabels: Bool = true
    /// The smallest size, in points on the page, of a node's label in a page-fitted drawing
    /// laid out by ``NetworkDiagram/sharedLayoutDocument(comparing:renderer:timeLimit:)``:
    /// ties are shortened in the stress layout (text and nodes keep their size, overlaps are
    /// removed) until the smallest label reaches it once fitted, at most six times. Nil keeps the sizes as they are. 7 by default,
    /// legible when printed.
    public var minimumLabelSize: Double? = 7
    /// The most characters of a short label (``shortLabels``).
    public var shortLabelLength: Int = 22
    /// Shape for a kind with no shape of its own nor through its broader kind.
    public var defaultShape: String = "ellipse"
    /// Fill colour by value of the colour attribute (sector by default).
    public var fillColors: [String: String] = [
        "public": "#8da0cb",
        "associative": "#66c2a5",
        "parental": "#ffd92f",
        "private-for-profit": "#fc8d62",
        "business": "#e78ac3",
    ]
    /// Colours given, in order, to values without a fill colour of their own, sorted by value.
    public var palette: [String] = [
        "#a6d854", "#e5c494", "#80b1d3", "#bc80bd", "#fdb462", "#ccebc5", "#fccde5", "#b3b3b3", "#ffffb3", "#bebada",
    ]
    /// Colours for levels, national to neighbourhood, when the colour attribute is `level`.
    public var levelColors: [String] = ["#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#eff3ff"]
    /// Fill for a stakeholder without a value.
    public var missingFill: String = "#ffffff"
    /// Node border colour.
    public var borderColor: String = "#333333"
    /// How each tie kind is drawn, by tie kind id.
    public var tieStyles: [String: TieStyle] = [
        "funding": TieStyle(color: "#1f78b4", penWidth: 1, widthByAmount: true),
        "contracting": TieStyle(color: "#33a02c", lineStyle: "dashed", penWidth: 1.2),
        "authorisation": TieStyle(color: "#6a3d9a", lineStyle: "dotted", penWidth: 1.4),
        "coordination": TieStyle(color: "#7f7f7f", penWidth: 1, isDirected: false),
        "representation": TieStyle(color: "#b15928", penWidth: 1.2),
        "coalition": TieStyle(color: "#ff7f00", penWidth: 2, isDirected: false),
        "conflict": TieStyle(color: "#e31a1c", penWidth: 2, isDirected: false),
    ]
    /// Style for a tie kind not in ``tieStyles``; its direction follows the kind.
    public var defaultTieStyle = TieStyle(color: "#555555")
    /// Widest line, in points, for the largest amount when a tie style has ``TieStyle/widthByAmount``.
    public var maximumTieWidth: Double = 6
    /// Illustrative ties (no source documents them) are drawn at this opacity, 0–1.
    public var illustrativeOpacity: Double = 0.45
    /// Node width in inches for the smallest and largest value of the size measure.
    public var nodeWidths: ClosedRange<Double> = 0.5...1.3
    /// Whether nodes carry their names; nil shows names up to ``labelNodeLimit`` stakeholders.
    public var showsLabels: Bool? = nil
    /// The most stakeholders drawn with names when ``showsLabels`` is nil; larger networks get
    /// small unlabelled nodes (the names stay in the tooltips).
    public var labelNodeLimit: Int = 150
    /// Whether a legend of kinds, colours, tie kinds and size is drawn.
    public var showsLegend: Bool = true
    /// Whether nodes and edges carry tooltips (shown by SVG viewers).
    public var showsTooltips: Bool = true
    /// Whether nodes and edges carry the model's fields (`kind`, `sector`, `level`, `place`) as
    /// extra DOT attributes, so a DOT file reads back into a network with ``DOTImport``.
    public var includesModelAttributes: Bool = true
    /// `dot`'s rank direction: `TB`, `LR`, `BT` or `RL`.
    public var rankDirection: String = "TB"
    /// Resolution of PNG output, in dots per inch.
    public var dpi: Double = 192
    /// Fill for cluster boxes.
    public var clusterFill: String = "#f5f5f5"
    /// Border for cluster boxes.
    public var clusterBorder: String = "#bdbdbd"
    /// Background of the whole diagram.
    public var backgroundColor: String = "white"
    /// Border of each network's panel when networks are drawn side by side.
    public var panelBorder: String = "#969696"
    /// Border of the legend box.
    public var legendBorder: String = "#bdbdbd"
    /// Colour of the shape samples in the legend.
    public var legendShapeColor: String = "#4d4d4d"
    /// Label colour on a dark fill (see ``isDark(_:)``).
    public var lightTextColor: String = "white"

    // MARK: Limits

    /// The most characters of a name a node shows; a longer name is cut and ends in "…" (the
    /// tooltip keeps up to ``maximumTooltipLength``). Keeps a 10 MB name from taking minutes of
    /// text layout.
    public var maximumLabelLength: Int = 60
    /// The most characters of a tooltip.
    public var maximumTooltipLength: Int = 400
    /// The most stakeholders a diagram draws, over all its panels; ``NetworkDiagram/check(_:)``
    /// refuses more. sfdp lays out 5,000 nodes in seconds; past that a diagram is a hairball.
    public var maximumNodeCount: Int = 5000

    // MARK: Ties and nodes

    /// The ideal length of an edge, in inches, for the stress layout of
    /// ``NetworkDiagram/sharedLayoutDocument(comparing:renderer:timeLimit:)`` (neato's default
    /// is 1).
    public var stressEdgeLength: Double = 0.7

    /// Whether ties of one kind between the same two stakeholders are drawn as one edge with a
    /// count (`×3`) and a wider line; false draws each tie.
    public var mergesParallelTies: Bool = true
    /// Node width in inches when nodes are not sized by a measure: every node the same, so a
    /// long name never makes a node look central.
    public var uniformNodeWidth: Double = 0.9

    /// The default style.
    public init() {}

    /// The shape for a kind: its own, else its broader kind's, else ``defaultShape``.
    public func shape(for kind: StakeholderKind, in network: Network? = nil) -> String {
        if let shape = shapes[kind.id] { return shape }
        var broader = kind.broader
        var seen: Set<String> = [kind.id]
        while let id = broader, seen.insert(id).inserted {
            if let shape = shapes[id] { return shape }
            broader = network?.stakeholderKind(id: id)?.broader
                ?? StakeholderKind.wellKnown.first { $0.id == id }?.broader
        }
        return defaultShape
    }

    /// How a tie kind is drawn.
    public func tieStyle(for kind: TieKind) -> TieStyle {
        tieStyles[kind.id] ?? defaultTieStyle
    }

    /// Whether text on a fill should be light (relative luminance below 0.2); fills that are
    /// not `#rrggbb` count as light.
    public static func isDark(_ color: String) -> Bool {
        guard color.hasPrefix("#"), color.count >= 7,
              let value = UInt32(color.dropFirst().prefix(6), radix: 16) else { return false }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0) < 0.2
    }

    /// A `#rrggbb` colour with an alpha for the opacity (0–1); other colours unchanged.
    public static func faded(_ color: String, opacity: Double) -> String {
        guard color.hasPrefix("#"), color.count == 7 else { return color }
        let alpha = Int((min(max(opacity, 0), 1) * 255).rounded())
        return color + String(format: "%02x", alpha)
    }
}

extension DiagramStyle {
    /// The style with its ties `factor` times shorter in the stress layout: relative to them,
    /// text and nodes are `factor` times larger, and the drawing is fitted to the page at a
    /// larger scale (lines and arrows keep their printed width).
    func compacted(by factor: Double) -> DiagramStyle {
        guard factor.isFinite, factor > 0, factor != 1 else { return self }
        var style = self
        style.stressEdgeLength /= factor
        return style
    }

    /// The font size, in layout points, of the smallest node label: ``fontSize`` (labels of
    /// sized nodes grow from it).
    func smallestLabelSize(sized: Bool) -> Double {
        DiagramText.rounded(fontSize)
    }
}
