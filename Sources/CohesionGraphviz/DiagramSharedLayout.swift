import Cohesion
import Foundation

extension NetworkDiagram {
    /// The panels laid out as the `cohesion render` command lays them out by default, with the
    /// engine to render the document with.
    ///
    /// One network: the engine given, else ``suggestedEngine(for:)``; with `neato` (stress
    /// majorization, the choice for small networks without boxes) the network is laid out by
    /// ``sharedLayoutDocument(comparing:renderer:timeLimit:)``, its legend pinned below it,
    /// otherwise ``document(for:sizes:groups:)`` is returned for the engine to lay out. Several
    /// networks: without an engine or with `neato`, the shared layout of kinds; with another
    /// engine, ``document(comparing:)``. The report's diagrams use the same choice, so the
    /// static drawing, the one to explore and `render`'s figure agree.
    ///
    /// ```swift
    /// let (document, engine) = try await NetworkDiagram(sizeMeasure: "degree")
    ///     .laidOutDocument(for: [.init(network: lille, sizes: degree)])
    /// let svg = try await GraphvizRenderer().render(document, format: .svg, engine: engine)
    /// ```
    ///
    /// - Throws: ``GraphvizError`` when a layout fails or runs past `timeLimit`.
    /// - Complexity: The layouts of ``sharedLayoutDocument(comparing:renderer:timeLimit:)`` when
    ///   it is used; otherwise O(*n* log *n* + *m*) to build the document.
    public func laidOutDocument(for panels: [Panel], engine: Engine? = nil, renderer: GraphvizRenderer = GraphvizRenderer(),
                                timeLimit: Duration? = nil) async throws -> (document: DOTDocument, engine: Engine) {
        if panels.count == 1 {
            let chosen = engine ?? suggestedEngine(for: panels)
            if chosen == .neato {
                return (try await sharedLayoutDocument(comparing: panels, renderer: renderer, timeLimit: timeLimit), .neato)
            }
            return (document(for: panels[0].network, sizes: panels[0].sizes, groups: panels[0].groups), chosen)
        }
        if let engine, engine != .neato { return (document(comparing: panels), engine) }
        return (try await sharedLayoutDocument(comparing: panels, renderer: renderer, timeLimit: timeLimit), .neato)
    }

    /// Several networks side by side on one layout of kinds, ready to render with `neato`; for
    /// one network, its stress layout with the legend placed below it.
    ///
    /// Independent layouts put the same kind of stakeholder in different places in each city,
    /// so the eye cannot compare them. Here every stakeholder kind first gets a place: the
    /// kinds, joined by how many ties link them over all panels, are laid out by `neato`'s
    /// stress majorization. Each network is then laid out by `neato` starting with each
    /// stakeholder at its kind's place (members of one kind on a small spiral around it), so
    /// the CAF sits in the same region in every panel. Finally the panels are pinned in a row
    /// (`pos="x,y!"`), each under its title, with one shared legend below them, and the
    /// returned document only routes the edges. Scales (colours, sizes, amounts) are shared as
    /// in ``document(comparing:)``. Boxes (``clusters``) are not drawn: `neato` ignores them.
    /// Given one panel, the same steps draw one network (its node ids unprefixed, its title
    /// the graph's label): the legend, a node without ties, would otherwise be thrown far from
    /// the network by the stress layout and shrink the drawing on its page.
    ///
    /// ```swift
    /// let document = try await NetworkDiagram(sizeMeasure: "degree", page: .a4.landscape)
    ///     .sharedLayoutDocument(comparing: [.init(network: lille), .init(network: nantes)])
    /// let png = try await GraphvizRenderer().render(document, format: .png, engine: .neato)
    /// ```
    ///
    /// - Throws: ``GraphvizError`` when a layout fails or runs past `timeLimit` (each of the
    ///   `1 + panels.count` layouts gets the whole limit).
    /// - Complexity: One `neato` layout of the kinds and one per panel.
    public func sharedLayoutDocument(comparing panels: [Panel], renderer: GraphvizRenderer = GraphvizRenderer(),
                                     timeLimit: Duration? = nil) async throws -> DOTDocument {
        // 1. A place per kind.
        var kindOrder: [String] = []
        var kindIndex: [String: Int] = [:]
        for panel in panels {
            for s in panel.network.stakeholders where kindIndex[s.kind.id] == nil {
                kindIndex[s.kind.id] = kindOrder.count
                kindOrder.append(s.kind.id)
            }
        }
        var links: [String: Int] = [:]
        for panel in panels {
            let kinds = Dictionary(panel.network.stakeholders.map { ($0.id, $0.kind.id) }, uniquingKeysWith: { a, _ in a })
            for tie in panel.network.ties {
                guard let a = kinds[tie.source].flatMap({ kindIndex[$0] }), let b = kinds[tie.target].flatMap({ kindIndex[$0] }),
                      a != b else { continue }
                links["\(min(a, b)) \(max(a, b))", default: 0] += 1
            }
        }
        var kindDocument = DOTDocument(isDirected: false, graphAttributes: [
            "mode": "major", "overlap": false, "sep": "+20", "start": 1,
        ], nodeDefaults: ["shape": "circle", "width": 1, "fixedsize": true, "label": .text("")])
        for k in kindOrder.indices { kindDocument.append(node: "k\(k)") }
        for key in links.keys.sorted() {
            let ends = key.split(separator: " ")
            kindDocument.append(edge: "k\(ends[0])", "k\(ends[1])", ["weight": .number(Double(links[key] ?? 1))])
        }
        let kindPlaces = kindOrder.isEmpty ? [:]
            : try await renderer.positions(of: kindDocument, engine: .neato, timeLimit: timeLimit)

        // 2–3, with ties shortened until the smallest label reaches
        // ``DiagramStyle/minimumLabelSize`` on the page (sparse stress layouts leave room).
        var factor = 1.0
        var attempt = 0
        while true {
            var scaled = self
            scaled.style = style.compacted(by: factor)
            let document = try await scaled.arrange(panels, kindIndex: kindIndex, kindPlaces: kindPlaces,
                                                    renderer: renderer, timeLimit: timeLimit)
            guard let page, let target = style.minimumLabelSize, target > 0, attempt < 6,
                  let box = try? await renderer.boundingBox(of: document, timeLimit: timeLimit),
                  box.width > 0, box.height > 0 else { return document }
            let (width, height) = page.drawable
            let fit = min(1, width * 72 / box.width, height * 72 / box.height)
            let smallest = scaled.style.smallestLabelSize(sized: panels.contains { !$0.sizes.isEmpty }) * fit
            guard smallest.isFinite, smallest > 0, smallest < target * 0.99 else { return document }
            factor *= min(3, target / smallest * 1.03)
            attempt += 1
        }
    }

    /// Steps 2 and 3 of ``sharedLayoutDocument(comparing:renderer:timeLimit:)``: each panel
    /// laid out from its kinds' places, then the panels pinned in a row with one legend.
    private func arrange(_ panels: [Panel], kindIndex: [String: Int], kindPlaces: [String: DiagramPoint],
                         renderer: GraphvizRenderer, timeLimit: Duration?) async throws -> DOTDocument {
        // 2. Each panel laid out from its kinds' places.
        var single = self
        single.title = nil
        single.page = nil
        single.clusters = nil
        single.style.showsLegend = false
        var panelPositions: [[String: DiagramPoint]] = []
        for panel in panels {
            var document = single.document(for: panel.network, sizes: panel.sizes)
            document.graphAttributes["label"] = nil
            document.graphAttributes["inputscale"] = 72
            // Parts of a network that are not connected are packed side by side, not thrown far
            // apart by the stress layout.
            document.graphAttributes["pack"] = 12
            // Overlaps removed where they are, without first scaling the whole layout by four
            // times the average label (neato's default): otherwise larger labels only make a
            // larger drawing, and the page shrinks it back.
            document.graphAttributes["overlap"] = "prism"
            document.graphAttributes["overlap_scaling"] = 0
            // Shorter ideal edges than neato's inch: a compact drawing keeps its labels large
            // once fitted to a page.
            document.edgeDefaults["len"] = .number(style.stressEdgeLength)
            var members: [String: Int] = [:]
            let kinds = Dictionary(panel.network.stakeholders.map { ($0.id, $0.kind.id) }, uniquingKeysWith: { a, _ in a })
            document.statements = document.statements.map { statement in
                guard case .node(var node) = statement, let kind = kinds[node.id],
                      let k = kindIndex[kind], let place = kindPlaces["k\(k)"] else { return statement }
                let m = members[kind, default: 0]
                members[kind] = m + 1
                let angle = Double(m) * 2.399963, radius = 14 * Double(m).squareRoot()
                let x = place.x * 1.6 + radius * cos(angle), y = place.y * 1.6 + radius * sin(angle)
                node.attributes["pos"] = .string("\(DiagramText.rounded(x)),\(DiagramText.rounded(y))")
                return .node(node)
            }
            panelPositions.append(try await renderer.positions(of: document, engine: .neato, timeLimit: timeLimit))
        }

        // 3. The panels pinned in a row, titles above, one legend below. One network keeps
        // its node ids and its title as the graph's label.
        let sideBySide = panels.count > 1
        var document = build(panels, sideBySide: sideBySide)
        if !sideBySide {
            var nodes: [DOTStatement] = [], rest: [DOTStatement] = []
            for statement in document.statements {
                if case .subgraph(let subgraph) = statement, subgraph.graphAttributes["rank"] == "sink" {
                    rest.append(statement)
                } else if case .edge = statement {
                    rest.append(statement)
                } else {
                    nodes.append(statement)
                }
            }
            document.statements = [.subgraph(DOTSubgraph(id: "cluster_panel_1", statements: nodes))] + rest
        }
        document.graphAttributes["inputscale"] = 72
        document.graphAttributes["notranslate"] = true
        var flat: [DOTStatement] = []
        var legend: DOTNode?
        var cursor = 0.0
        var top = -Double.infinity, bottom = Double.infinity
        var titles: [(DOTNode, Double)] = []
        let gap = 90.0
        for statement in document.statements {
            guard case .subgraph(let subgraph) = statement else { flat.append(statement); continue }
            if let id = subgraph.id, id.hasPrefix("cluster_panel_"), let number = Int(id.dropFirst("cluster_panel_".count)),
               number >= 1, number <= panelPositions.count {
                let positions = panelPositions[number - 1]
                let nodes = Self.nodes(in: subgraph.statements)
                let points = nodes.compactMap { positions[Self.stakeholderID(of: $0.id)] }
                let minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 0
                let minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 0
                let dx = cursor - minX, dy = -(minY + maxY) / 2
                for var node in nodes {
                    if let p = positions[Self.stakeholderID(of: node.id)] {
                        node.attributes["pos"] = .string("\(DiagramText.rounded(p.x + dx)),\(DiagramText.rounded(p.y + dy))!")
                    }
                    flat.append(.node(node))
                }
                top = max(top, maxY + dy)
                bottom = min(bottom, minY + dy)
                guard sideBySide else {
                    cursor += (maxX - minX) + gap * 1.5
                    continue
                }
                var title = DOTNode(id: "title \(number)", attributes: [
                    "shape": "plaintext", "style": "solid", "label": subgraph.graphAttributes["label"] ?? .text(""),
                    "fontsize": .number(style.fontSize * 1.4), "legend": true,
                ])
                title.attributes["width"] = 0.1
                titles.append((title, cursor + (maxX - minX) / 2))
                cursor += (maxX - minX) + gap * 1.5
            } else {
                for case .node(let node) in subgraph.statements where node.id == Self.legendID { legend = node }
            }
        }
        let width = max(cursor - gap * 1.5, 0)
        if top == -Double.infinity { top = 0; bottom = 0 }
        for (var title, x) in titles {
            title.attributes["pos"] = .string("\(DiagramText.rounded(x)),\(DiagramText.rounded(top + gap * 0.7))!")
            flat.append(.node(title))
        }
        if var legend {
            // The legend's height, from a layout of the legend alone.
            var alone = DOTDocument(isDirected: true, nodeDefaults: document.nodeDefaults)
            alone.statements = [.node(legend)]
            let height = (try? await renderer.nodeHeights(of: alone, timeLimit: timeLimit))?[Self.legendID] ?? 1.5
            legend.attributes["pos"] = .string("\(DiagramText.rounded(width / 2)),\(DiagramText.rounded(bottom - gap * 0.6 - height * 36))!")
            flat.append(.node(legend))
        }
        // Nodes first, then edges, each in its order.
        document.statements = flat.filter { if case .edge = $0 { false } else { true } }
            + flat.filter { if case .edge = $0 { true } else { false } }
        return document
    }

    /// The node statements of a list, subgraphs included.
    private static func nodes(in statements: [DOTStatement]) -> [DOTNode] {
        statements.flatMap { statement -> [DOTNode] in
            switch statement {
            case .node(let node): [node]
            case .subgraph(let subgraph): nodes(in: subgraph.statements)
            case .edge: []
            }
        }
    }

    /// The stakeholder id of a side-by-side node id (`2/caf59` → `caf59`).
    private static func stakeholderID(of nodeID: String) -> String {
        guard let slash = nodeID.firstIndex(of: "/") else { return nodeID }
        return String(nodeID[nodeID.index(after: slash)...])
    }
}

extension GraphvizRenderer {
    /// The bounding box of a laid-out drawing in points, before any fitting to a page, from
    /// Graphviz's JSON output.
    func boundingBox(of document: DOTDocument, timeLimit: Duration?) async throws -> (width: Double, height: Double)? {
        var unfitted = document
        unfitted.graphAttributes["size"] = nil
        unfitted.graphAttributes["ratio"] = nil
        let rendering = try await render(unfitted, format: .json, engine: .neato, timeLimit: timeLimit)
        guard let root = try? JSONSerialization.jsonObject(with: rendering.data) as? [String: Any],
              let bb = root["bb"] as? String else { return nil }
        let values = bb.split(separator: ",").compactMap { Double($0) }
        guard values.count == 4, values.allSatisfy(\.isFinite) else { return nil }
        return (values[2] - values[0], values[3] - values[1])
    }

    /// Node heights in inches, by node id, from Graphviz's JSON output.
    func nodeHeights(of document: DOTDocument, timeLimit: Duration?) async throws -> [String: Double] {
        let rendering = try await render(document, format: .json, engine: .neato, timeLimit: timeLimit)
        guard let root = try? JSONSerialization.jsonObject(with: rendering.data) as? [String: Any] else { return [:] }
        var heights: [String: Double] = [:]
        for case let object as [String: Any] in root["objects"] as? [Any] ?? [] {
            guard let name = object["name"] as? String, let text = object["height"] as? String,
                  let height = Double(text), height.isFinite else { continue }
            heights[name] = height
        }
        return heights
    }
}
