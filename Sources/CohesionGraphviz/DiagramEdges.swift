import Cohesion

extension NetworkDiagram {
    // MARK: Edges

    func edges(_ panel: Panel, index: Int, sideBySide: Bool, scales: DiagramScales) -> [DOTEdge] {
        let network = panel.network
        var edges: [DOTEdge] = []
        let limit = style.maximumTooltipLength
        for group in DiagramEdges.groups(of: network, merging: style.mergesParallelTies) {
            let ties = group.ties
            guard let tie = ties.first else { continue }
            let kind = network.tieKind(id: tie.kind.id) ?? tie.kind
            let tieStyle = style.tieStyle(for: kind)
            let directed = tieStyle.isDirected ?? kind.isDirected
            var attributes: DOTAttributes = [:]
            var color = tieStyle.color
            if ties.allSatisfy(\.isIllustrative) { color = DiagramStyle.faded(color, opacity: style.illustrativeOpacity) }
            attributes["color"] = .string(color)
            if tieStyle.lineStyle != "solid" { attributes["style"] = .string(tieStyle.lineStyle) }
            var width = tieStyle.penWidth
            let amounts = ties.compactMap { $0.amount?.value }.filter(\.isFinite)
            if tieStyle.widthByAmount, !amounts.isEmpty, scales.maximumAmount > 0 {
                let total = amounts.reduce(0, +)
                width += (style.maximumTieWidth - tieStyle.penWidth) * min(1, max(0, total / scales.maximumAmount)).squareRoot()
            } else if ties.count > 1 {
                width = min(style.maximumTieWidth, width * (1 + 0.5 * Double(ties.count - 1)))
            }
            // Unlabelled large networks are drawn finer so the structure shows through.
            if !scales.showsLabels { width *= 0.5 }
            if width != 1 { attributes["penwidth"] = .number(DiagramText.rounded(width)) }
            if !directed { attributes["dir"] = "none" }
            if ties.count > 1 {
                attributes["label"] = .text("×\(ties.count)")
                attributes["fontcolor"] = .string(tieStyle.color)
            }
            if style.showsTooltips, let s = group.sourceIndex, let t = group.targetIndex {
                let source = DiagramText.visible(network.stakeholders[s].name, limit: 80)
                let target = DiagramText.visible(network.stakeholders[t].name, limit: 80)
                var lines = ["\(source) \(directed ? "→" : "—") \(target)"]
                for tie in ties.prefix(12) {
                    var line = DiagramText.visible(kind.id, limit: 80)
                    if let instrument = tie.instrument { line += " · " + DiagramText.visible(instrument, limit: 120) }
                    if let amount = tie.amount {
                        line += " · " + DiagramText.number(amount.value) + " " + DiagramText.visible(amount.currency, limit: 12)
                        if let year = amount.year { line += " (\(year))" }
                    }
                    if tie.firstYear != nil || tie.lastYear != nil {
                        line += " · " + (tie.firstYear.map(String.init) ?? "…") + "–" + (tie.lastYear.map(String.init) ?? "…")
                    }
                    if tie.isIllustrative { line += " · illustrative: no source documents it" }
                    lines.append(line)
                }
                if ties.count > 12 { lines.append("… and \(ties.count - 12) more") }
                attributes["tooltip"] = .text(DiagramText.visible(lines.joined(separator: "\n"), limit: limit * 4))
            }
            if style.includesModelAttributes {
                attributes["kind"] = .string(kind.id)
                if !amounts.isEmpty { attributes["amount"] = .number(amounts.reduce(0, +)) }
                if ties.count == 1, let instrument = tie.instrument { attributes["instrument"] = .text(instrument) }
                if ties.count > 1 { attributes["ties"] = .number(Double(ties.count)) }
            }
            edges.append(DOTEdge(source: Self.nodeID(tie.source, panel: index, sideBySide: sideBySide),
                                 target: Self.nodeID(tie.target, panel: index, sideBySide: sideBySide),
                                 attributes: attributes))
        }
        return edges
    }
}

/// The edges a diagram draws: one per tie, or one per pair and tie kind when parallel ties are
/// merged, in the order of each group's first tie. Ties whose ends are not stakeholders of the
/// network are left out.
enum DiagramEdges {
    struct Group {
        var ties: [Tie]
        var sourceIndex: Int?
        var targetIndex: Int?
    }

    static func groups(of network: Network, merging: Bool) -> [Group] {
        let index = network.stakeholderIndex()
        var groups: [Group] = []
        var position: [String: Int] = [:]
        for tie in network.ties {
            guard let s = index[tie.source], let t = index[tie.target] else { continue }
            guard merging else {
                groups.append(Group(ties: [tie], sourceIndex: s, targetIndex: t))
                continue
            }
            let kind = network.tieKind(id: tie.kind.id) ?? tie.kind
            // An undirected kind's pair is the same either way round.
            let ends = kind.isDirected || s <= t ? (s, t) : (t, s)
            let key = "\(ends.0) \(ends.1) \(kind.id)"
            if let k = position[key] {
                groups[k].ties.append(tie)
            } else {
                position[key] = groups.count
                groups.append(Group(ties: [tie], sourceIndex: s, targetIndex: t))
            }
        }
        return groups
    }
}
