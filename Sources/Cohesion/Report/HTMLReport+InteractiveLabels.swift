extension HTMLReport {
    /// Where the label of a node of the diagram to explore is drawn, in SVG coordinates (y down).
    struct LabelPlacement: Hashable, Sendable {
        /// The lines of the label.
        var lines: [String]
        /// The text's x and its first baseline.
        var x: Double, y: Double
        /// `start`, `middle` or `end`.
        var anchor: String
        /// The box the text covers (estimated from its character count).
        var box: LabelBox
        /// Whether no place was free of other labels: the label is drawn only on hover.
        var isCrowded: Bool
    }

    /// An axis-aligned box, in SVG coordinates.
    struct LabelBox: Hashable, Sendable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double

        func intersects(_ other: LabelBox) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// A node as the label placement sees it: centre, radius, label lines and importance.
    struct LabelledNode: Hashable, Sendable {
        var x: Double, y: Double, radius: Double
        var lines: [String]
        var degree: Int
    }

    /// The most stakeholders whose labels are placed and drawn; larger diagrams show names on
    /// hover only (their tooltips and cards keep them).
    static let labelledNodeLimit = 300

    /// Places each node's label beside it where it overlaps no label placed before: below, then
    /// above, right and left of the node, preferring places that cover no other node.
    /// Best-connected stakeholders are placed first; a label with no free place is marked
    /// crowded (the page shows it on hover). The text's size is estimated from its character
    /// count (`0.58` em a character, `1.15` em a line), as the page's sans-serif font gives.
    ///
    /// - Complexity: O(*n*²) for *n* nodes, at most ``labelledNodeLimit``.
    static func placeLabels(_ nodes: [LabelledNode], fontSize: Double, gap: Double) -> [LabelPlacement] {
        let lineHeight = 1.15 * fontSize
        let circles = nodes.map {
            LabelBox(minX: $0.x - $0.radius, minY: $0.y - $0.radius, maxX: $0.x + $0.radius, maxY: $0.y + $0.radius)
        }
        var result = nodes.map { node in
            LabelPlacement(lines: node.lines, x: node.x, y: node.y, anchor: "middle",
                           box: LabelBox(minX: node.x, minY: node.y, maxX: node.x, maxY: node.y), isCrowded: true)
        }
        let order = nodes.indices.sorted { (-nodes[$0].degree, $0) < (-nodes[$1].degree, $1) }
        var placed: [LabelBox] = []
        for i in order {
            let node = nodes[i]
            let width = Double(node.lines.map(\.count).max() ?? 0) * 0.58 * fontSize
            let height = Double(node.lines.count) * lineHeight
            let ascent = 0.85 * fontSize
            let x = node.x, y = node.y, r = node.radius
            let candidates: [LabelPlacement] = [
                // Below, above, right, left.
                LabelPlacement(lines: node.lines, x: x, y: y + r + gap + ascent, anchor: "middle",
                               box: LabelBox(minX: x - width / 2, minY: y + r + gap, maxX: x + width / 2, maxY: y + r + gap + height),
                               isCrowded: false),
                LabelPlacement(lines: node.lines, x: x, y: y - r - gap - height + ascent, anchor: "middle",
                               box: LabelBox(minX: x - width / 2, minY: y - r - gap - height, maxX: x + width / 2, maxY: y - r - gap),
                               isCrowded: false),
                LabelPlacement(lines: node.lines, x: x + r + gap, y: y - height / 2 + ascent, anchor: "start",
                               box: LabelBox(minX: x + r + gap, minY: y - height / 2, maxX: x + r + gap + width, maxY: y + height / 2),
                               isCrowded: false),
                LabelPlacement(lines: node.lines, x: x - r - gap, y: y - height / 2 + ascent, anchor: "end",
                               box: LabelBox(minX: x - r - gap - width, minY: y - height / 2, maxX: x - r - gap, maxY: y + height / 2),
                               isCrowded: false),
            ]
            var best = candidates[0], bestScore = Int.max
            for candidate in candidates {
                let labels = placed.reduce(0) { $0 + ($1.intersects(candidate.box) ? 1 : 0) }
                var covered = 0
                for (j, circle) in circles.enumerated() where j != i && circle.intersects(candidate.box) { covered += 1 }
                let score = labels * 1_000 + covered
                if score < bestScore { best = candidate; bestScore = score }
            }
            if bestScore >= 1_000 { best.isCrowded = true } else { placed.append(best.box) }
            result[i] = best
        }
        return result
    }

    /// A name broken into at most `maximumLines` lines of about `width` characters at spaces,
    /// the last one ending in "…" when the name does not fit.
    static func labelLines(_ name: String, width: Int, maximumLines: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in name.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > maximumLines, maximumLines > 0 else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        kept[maximumLines - 1] += "…"
        return kept
    }
}
