extension HTMLReport {
    /// Draws an ``InteractiveDiagram`` as inline SVG with its controls and one card per
    /// stakeholder. Everything is in the markup, escaped: the page's script only pans, zooms,
    /// shows and hides. The block starts hidden, so readers without script (and print) see the
    /// static diagram instead.
    func renderInteractive(_ view: InteractiveDiagram, id: String, into out: inout String) {
        let nodes = view.nodes
        guard !nodes.isEmpty else { return }
        // Graphviz's y grows upwards; SVG's downwards.
        let xs = nodes.map(\.position.x), ys = nodes.map { -$0.position.y }
        let spanX = max((xs.max() ?? 0) - (xs.min() ?? 0), 1), spanY = max((ys.max() ?? 0) - (ys.min() ?? 0), 1)
        let maxDegree = max(1, nodes.map(\.degree).max() ?? 1)
        // Nodes and labels keep the same size on screen whatever the layout's extent.
        let scale = max(0.5, max(spanX, spanY) / 900)
        func radius(_ node: InteractiveDiagram.Node) -> Double {
            scale * (6 + 12 * (Double(node.degree) / Double(maxDegree)).squareRoot())
        }
        let fontSize = 12 * scale
        let labels = Self.labels(for: nodes, shortLabels: shortLabels, fontSize: fontSize, scale: scale, radius: radius)
        // The view: every node and every label drawn, with a small margin.
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for (node, label) in zip(nodes, labels) {
            let x = node.position.x, y = -node.position.y, r = radius(node)
            minX = min(minX, x - r); maxX = max(maxX, x + r); minY = min(minY, y - r); maxY = max(maxY, y + r)
            if let label, !label.isCrowded {
                minX = min(minX, label.box.minX); maxX = max(maxX, label.box.maxX)
                minY = min(minY, label.box.minY); maxY = max(maxY, label.box.maxY)
            }
        }
        let pad = 16 * scale
        minX -= pad; minY -= pad; maxX += pad; maxY += pad
        let width = max(maxX - minX, 1), height = max(maxY - minY, 1)
        let box = "\(Self.coordinate(minX)) \(Self.coordinate(minY)) \(Self.coordinate(width)) \(Self.coordinate(height))"
        let aspect = min(max(width / height, 0.6), 2.4)

        out += "<figure class=\"ix\" id=\"\(id)\" data-ix hidden>"
        out += "<div class=\"ix-controls\">"
        if let years = view.years {
            out += "<label>Year <input type=\"range\" class=\"ix-year\" min=\"\(years.lowerBound)\" max=\"\(years.upperBound)\" value=\"\(years.upperBound)\" step=\"1\" disabled> <output class=\"ix-year-value\"></output></label>"
            out += "<label><input type=\"checkbox\" class=\"ix-all-years\" checked> all years</label>"
        }
        out += "<span class=\"ix-layers\" role=\"group\" aria-label=\"Layers\">"
        for layer in view.layers {
            out += "<label><input type=\"checkbox\" data-layer=\"\(e(layer))\" checked> <span class=\"ix-swatch\" style=\"background:\(Self.tieColour(layer))\"></span>\(e(layer))</label>"
        }
        out += "</span>"
        out += "<span class=\"ix-zoom\"><button type=\"button\" class=\"ix-zoom-in\" aria-label=\"Zoom in\">+</button><button type=\"button\" class=\"ix-zoom-out\" aria-label=\"Zoom out\">−</button><button type=\"button\" class=\"ix-reset\">Reset view</button></span>"
        out += "<span class=\"ix-count\" aria-live=\"polite\"></span>"
        out += "</div><div class=\"ix-stage\">"
        out += "<svg class=\"ix-svg\" viewBox=\"\(box)\" data-home=\"\(box)\" style=\"aspect-ratio:\(Self.coordinate(aspect));font-size:\(Self.coordinate(fontSize))px\" role=\"img\" aria-label=\"\(e(view.title)): stakeholders and ties, to explore\">"
        out += "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"\(Self.coordinate(9 * scale))\" markerHeight=\"\(Self.coordinate(9 * scale))\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>"
        out += "<g class=\"ix-edges\">"
        for (k, edge) in view.edges.enumerated() {
            let a = nodes[edge.source], b = nodes[edge.target]
            // Stop the line at the target's rim so the arrow head shows.
            let x1 = a.position.x, y1 = -a.position.y, x2 = b.position.x, y2 = -b.position.y
            let dx = x2 - x1, dy = y2 - y1, length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
            let rim = radius(b) + 2 * scale
            let ex = x2 - dx / length * rim, ey = y2 - dy / length * rim
            var classes = "ix-edge"
            if edge.isNegative { classes += " ix-negative" }
            if edge.isIllustrative { classes += " ix-illustrative" }
            out += "<line class=\"\(classes)\" data-edge=\"\(k)\" data-kind=\"\(e(edge.kind))\" data-s=\"\(edge.source)\" data-t=\"\(edge.target)\""
            out += " data-first=\"\(edge.firstYear.map(String.init) ?? "")\" data-last=\"\(edge.lastYear.map(String.init) ?? "")\""
            out += " x1=\"\(Self.coordinate(x1))\" y1=\"\(Self.coordinate(y1))\" x2=\"\(Self.coordinate(ex))\" y2=\"\(Self.coordinate(ey))\""
            out += " stroke=\"\(Self.tieColour(edge.kind))\""
            if edge.isDirected { out += " marker-end=\"url(#\(id)-arrow)\"" }
            out += "><title>\(e(a.name + (edge.isDirected ? " → " : " — ") + b.name + ": " + Self.describe(edge)))</title></line>"
        }
        out += "</g><g class=\"ix-nodes\">"
        for (i, node) in nodes.enumerated() {
            let x = node.position.x, y = -node.position.y, r = radius(node)
            let label = labels[i]
            let showsFull = label?.isCrowded != false || label?.lines.joined(separator: " ") != node.name
            out += "<g class=\"ix-node\(showsFull ? " ix-has-full" : "")\" data-node=\"\(i)\" tabindex=\"0\" role=\"button\" aria-label=\"\(e(node.name))\">"
            out += "<circle cx=\"\(Self.coordinate(x))\" cy=\"\(Self.coordinate(y))\" r=\"\(Self.coordinate(r))\" fill=\"\(Self.sectorColour(node.sector))\"/>"
            if let label {
                out += "<text class=\"ix-label\(label.isCrowded ? " ix-crowded" : "")\" x=\"\(Self.coordinate(label.x))\" y=\"\(Self.coordinate(label.y))\" text-anchor=\"\(label.anchor)\">"
                for (k, line) in label.lines.enumerated() {
                    out += k == 0 ? "<tspan>" : "<tspan x=\"\(Self.coordinate(label.x))\" dy=\"1.15em\">"
                    out += e(line) + "</tspan>"
                }
                out += "</text>"
            }
            if showsFull {
                // The full name, shown on hover, focus and choice, above the node.
                out += "<text class=\"ix-full\" x=\"\(Self.coordinate(x))\" y=\"\(Self.coordinate(y - r - 4 * scale))\" text-anchor=\"middle\">\(e(node.name))</text>"
            }
            out += "<title>\(e(node.name)) (\(e(node.kind)))</title></g>"
        }
        out += "</g></svg>"
        out += "<aside class=\"ix-cards\" aria-live=\"polite\"><p class=\"ix-hint\">Choose a stakeholder to see its ties, their instruments, years, evidence and sources\(view.statements.isEmpty ? "" : ", and its statements").</p>"
        let sources = Dictionary(view.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, node) in nodes.enumerated() {
            out += "<div class=\"ix-card\" data-card=\"\(i)\" hidden><h4>\(e(node.name))</h4>"
            out += "<p class=\"ix-meta\">\(e(node.kind))\(node.sector.isEmpty ? "" : " · " + e(node.sector)) · \(node.degree) tie\(node.degree == 1 ? "" : "s")</p><ul class=\"ix-ties\">"
            var cited: [String] = []
            for (k, edge) in view.edges.enumerated() where edge.source == i || edge.target == i {
                let other = nodes[edge.source == i ? edge.target : edge.source]
                let arrow = !edge.isDirected ? "—" : (edge.source == i ? "→" : "←")
                out += "<li data-edge=\"\(k)\" data-kind=\"\(e(edge.kind))\" data-first=\"\(edge.firstYear.map(String.init) ?? "")\" data-last=\"\(edge.lastYear.map(String.init) ?? "")\">"
                out += "\(arrow) \(e(other.name)): \(e(Self.describe(edge)))"
                if !edge.citations.isEmpty {
                    out += " <span class=\"ix-cites\">[" + edge.citations.map(e).joined(separator: ", ") + "]</span>"
                }
                out += "</li>"
                for c in edge.citations where !cited.contains(c) { cited.append(c) }
            }
            out += "</ul>"
            let said = view.statements.filter { $0.actor == i }
            if !said.isEmpty {
                out += "<p class=\"ix-statements-head\">Statements (\(said.count))</p><ul class=\"ix-statements\">"
                for statement in said {
                    out += "<li class=\"\(statement.agrees ? "ix-agree" : "ix-disagree")\" data-concept=\"\(e(statement.concept))\">"
                    out += "<span class=\"ix-stance\">\(e(statement.stance))</span> <span class=\"ix-concept\">\(e(statement.conceptLabel))</span>"
                    var details: [String] = []
                    if let date = statement.date { details.append(e(date)) }
                    if statement.isIllustrative { details.append("illustrative") }
                    if let source = statement.source {
                        var cite = "<span class=\"src-id\">[\(e(source))]</span>"
                        if sources[source]?.isPartisan == true { cite += " <span class=\"partisan\" title=\"partisan source\">⚑</span>" }
                        details.append(cite)
                    }
                    if !details.isEmpty { out += " <span class=\"ix-meta\">(" + details.joined(separator: ", ") + ")</span>" }
                    if let excerpt = statement.excerpt { out += "<q class=\"ix-excerpt\">\(e(excerpt))</q>" }
                    if let note = statement.note { out += " <span class=\"note\">\(e(note))</span>" }
                    out += "</li>"
                    if let source = statement.source, !cited.contains(source) { cited.append(source) }
                }
                out += "</ul>"
            }
            if !cited.isEmpty {
                out += "<p class=\"ix-sources-head\">Sources</p><ul class=\"ix-sources\">"
                for c in cited {
                    let source = sources[c]
                    out += "<li><span class=\"src-id\">[\(e(c))]</span> "
                    if source?.isPartisan == true { out += "<span class=\"partisan\" title=\"partisan source\">⚑</span> " }
                    let title = e(source?.title ?? c)
                    if let url = source?.url, let safe = HTMLEscaping.safeURL(url) {
                        out += "<a href=\"\(safe)\" rel=\"noreferrer noopener\">\(title)</a>"
                    } else {
                        out += title
                    }
                    out += "</li>"
                }
                out += "</ul>"
            }
            out += "</div>"
        }
        out += "</aside></div>"
        out += "<figcaption>\(e(view.title)): drag to pan, scroll or use + and − to zoom, choose a stakeholder to see its ties. The year slider keeps the ties in force that year; faded lines are illustrative, red ones conflicts.</figcaption></figure>\n"
    }

    /// A tie's kind, instrument, years, evidence and whether it is illustrative, in words.
    static func describe(_ edge: InteractiveDiagram.Edge) -> String {
        var parts = [edge.kind + (edge.instrument.map { " (\($0))" } ?? "")]
        switch (edge.firstYear, edge.lastYear) {
        case let (f?, l?): parts.append(f == l ? "\(f)" : "\(f)–\(l)")
        case let (f?, nil): parts.append("from \(f)")
        case let (nil, l?): parts.append("until \(l)")
        case (nil, nil): break
        }
        if let evidence = edge.evidence { parts.append(evidence) }
        if edge.isIllustrative { parts.append("illustrative") }
        if let note = edge.note { parts.append(note) }
        return parts.joined(separator: ", ")
    }

    /// The labels of a diagram's nodes, placed by ``placeLabels(_:fontSize:gap:)``: short names
    /// (``NameText/short(_:limit:)``) in at most two lines, or full names in up to four; none
    /// above ``labelledNodeLimit`` stakeholders.
    static func labels(for nodes: [InteractiveDiagram.Node], shortLabels: Bool, fontSize: Double, scale: Double,
                       radius: (InteractiveDiagram.Node) -> Double) -> [LabelPlacement?] {
        guard nodes.count <= labelledNodeLimit else { return nodes.map { _ in nil } }
        let labelled = nodes.map { node in
            let text = shortLabels ? NameText.short(node.name, limit: 32) : node.name
            let lines = shortLabels ? labelLines(text, width: 18, maximumLines: 2) : labelLines(text, width: 22, maximumLines: 4)
            return LabelledNode(x: node.position.x, y: -node.position.y, radius: radius(node), lines: lines, degree: node.degree)
        }
        return placeLabels(labelled, fontSize: fontSize, gap: 2 * scale)
    }

    /// A coordinate with two decimals at most, so the markup stays small.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    /// The fill of a sector, as in the static diagrams' palette.
    static func sectorColour(_ sector: String) -> String {
        switch sector {
        case "public": "#9ecae1"
        case "associative": "#a1d99b"
        case "parental": "#dadaeb"
        case "private-for-profit", "private": "#fdae6b"
        case "": "#e0e0e0"
        default: "#fde0ef"
        }
    }

    /// The stroke of a tie kind.
    static func tieColour(_ kind: String) -> String {
        switch kind {
        case "funding": "#1f5fa8"
        case "contracting": "#2b2b2b"
        case "authorisation": "#6a3d9a"
        case "coordination": "#5f6b73"
        case "coalition": "#2e7d32"
        case "conflict": "#c62828"
        case "manages": "#8a6d00"
        case "representation": "#00707a"
        default: "#777777"
        }
    }
}
