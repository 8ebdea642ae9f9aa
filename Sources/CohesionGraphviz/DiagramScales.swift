import Cohesion

/// The scales a diagram shares across its panels: fill colour by value of the colour
/// attribute, node size by the size measure, line width by amount.
///
/// Built once per diagram from every panel, so the same sector has the same colour and the
/// same betweenness the same size in every city drawn side by side.
///
/// - Complexity: O(*n* log *n* + *m*) over all panels.
struct DiagramScales {
    /// Fill colour by value.
    var colors: [String: String] = [:]
    /// The values of the colour attribute in legend order.
    var colorOrder: [String] = []
    /// Whether some stakeholder has no value for the colour attribute.
    var hasMissingColor = false
    /// Whether any stakeholder has a size value.
    var hasSizes = false
    /// The smallest and largest size value.
    var sizeRange: ClosedRange<Double> = 0...0
    /// The largest amount on a tie whose style widens with the amount.
    var maximumAmount = 0.0
    /// Whether nodes carry their names.
    var showsLabels = true

    init(panels: [NetworkDiagram.Panel], diagram: NetworkDiagram) {
        let style = diagram.style
        var values = Set<String>()
        for panel in panels {
            for s in panel.network.stakeholders {
                if let value = s.value(of: diagram.colorBy)?.description { values.insert(value) } else { hasMissingColor = true }
            }
        }
        if diagram.colorBy == "level" {
            colorOrder = NetworkDiagram.levelOrder(Array(values))
        } else {
            colorOrder = values.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        var next = 0
        for value in colorOrder {
            if let fixed = style.fillColors[value] {
                colors[value] = fixed
            } else if diagram.colorBy == "level", let rank = Level(value).rank, rank < style.levelColors.count {
                colors[value] = style.levelColors[rank]
            } else if !style.palette.isEmpty {
                colors[value] = style.palette[next % style.palette.count]
                next += 1
            }
        }
        let sizes = panels.flatMap { panel in
            panel.network.stakeholders.compactMap { panel.sizes[$0.id] }.filter(\.isFinite)
        }
        if let lo = sizes.min(), let hi = sizes.max() {
            hasSizes = true
            sizeRange = lo...hi
        }
        // Merged parallel ties are as wide as their total amount.
        for panel in panels {
            for group in DiagramEdges.groups(of: panel.network, merging: style.mergesParallelTies) {
                guard let first = group.ties.first else { continue }
                let kind = panel.network.tieKind(id: first.kind.id) ?? first.kind
                guard style.tieStyle(for: kind).widthByAmount else { continue }
                let total = group.ties.compactMap { $0.amount?.value }.filter(\.isFinite).reduce(0, +)
                if total.isFinite { maximumAmount = max(maximumAmount, total) }
            }
        }
        showsLabels = style.showsLabels
            ?? ((panels.map(\.network.stakeholders.count).max() ?? 0) <= style.labelNodeLimit)
    }

    /// Where a value sits in the size range, 0–1; a missing value sits at 0, a flat range at ½.
    func position(of value: Double?) -> Double {
        guard hasSizes, let value, value.isFinite else { return 0 }
        let span = sizeRange.upperBound - sizeRange.lowerBound
        return span > 0 ? (value - sizeRange.lowerBound) / span : 0.5
    }
}
