import Cohesion

/// Diagrams of discourse networks, as DOT documents for ``GraphvizRenderer``: the two-mode
/// network of actors and concepts with agreement and disagreement in two colours and a legend,
/// and the one-mode congruence/conflict network with its discourse coalitions boxed.
///
/// ```swift
/// let dot = try DiscourseDiagram.stances(network)
/// let svg = try await GraphvizRenderer().render(dot, format: .svg)
/// ```
public enum DiscourseDiagram {
    /// The colour of agreement (and of congruence).
    public static let agreeColour = "#1b7837"
    /// The colour of disagreement (and of conflict).
    public static let disagreeColour = "#c51b7d"

    /// Actors (boxes) and concepts (ellipses), an edge for each actor's agreements with a concept
    /// (solid, ``agreeColour``) and one for its disagreements (dashed, ``disagreeColour``), each
    /// as thick as its count and labelled with it; a legend names the two. Ordinal levels above
    /// the middle of the scale count as agreement, below it as disagreement.
    ///
    /// - Parameters:
    ///   - network: the network whose statements are drawn.
    ///   - options: the duplicates rule and date range (the network type, aggregation and
    ///     normalization are set here); rows and columns follow its `isolates`.
    /// - Throws: `DiscourseError` as `DiscourseNetwork/init(_:options:)`.
    /// - Complexity: O(*s* + *a*·*c*) for *s* statements, *a* actors and *c* concepts.
    public static func stances(_ network: Network, options: DiscourseOptions = DiscourseOptions(isolates: false)) throws -> DOTDocument {
        var o = options
        o.networkType = .twoMode
        o.aggregation = .ignore
        o.normalization = .no
        o.window = nil
        let middle = network.qualifierScale.map { Double($0.minimum + $0.maximum) / 2 }
        func isAgreement(_ q: StatementQualifier) -> Bool? {
            switch q {
            case .agreement(let a): a
            case .level(let l): Double(l) == middle ? nil : Double(l) > (middle ?? 0)
            }
        }
        var agreeing = network, disagreeing = network
        agreeing.statements = network.statements.filter { isAgreement($0.qualifier) == true }
        disagreeing.statements = network.statements.filter { isAgreement($0.qualifier) == false }
        let all = try DiscourseNetwork(network, options: o)
        o.isolates = true
        let agree = try DiscourseNetwork(agreeing, options: o), disagree = try DiscourseNetwork(disagreeing, options: o)

        var doc = DOTDocument(isDirected: false, id: "stances",
                              graphAttributes: ["rankdir": "LR", "fontname": "Helvetica", "nodesep": 0.3, "ranksep": 1.6],
                              nodeDefaults: ["fontname": "Helvetica", "fontsize": 11],
                              edgeDefaults: ["fontname": "Helvetica", "fontsize": 9])
        let names = Dictionary(network.stakeholders.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let labels = Dictionary(network.concepts.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var actors = DOTSubgraph(graphAttributes: ["rank": "same"])
        for (i, id) in all.rows.enumerated() {
            actors.append(node: "a\(i)", ["label": .text(names[id] ?? id), "shape": "box", "style": "rounded"])
        }
        var concepts = DOTSubgraph(graphAttributes: ["rank": "same"])
        for (j, id) in all.columns.enumerated() {
            concepts.append(node: "c\(j)", ["label": .text(labels[id] ?? id), "shape": "ellipse"])
        }
        doc.append(subgraph: actors)
        doc.append(subgraph: concepts)
        let rowOf = Dictionary(agree.rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let colOf = Dictionary(agree.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, actor) in all.rows.enumerated() {
            for (j, concept) in all.columns.enumerated() {
                guard let r = rowOf[actor], let c = colOf[concept] else { continue }
                for (count, colour, style, what) in [(agree[r, c], agreeColour, "solid", "agrees"), (disagree[r, c], disagreeColour, "dashed", "disagrees")]
                where count > 0 {
                    doc.append(edge: "a\(i)", "c\(j)", [
                        "color": .string(colour), "style": .string(style), "penwidth": .number(min(1 + count, 8)),
                        "label": .text(String(Int(count))), "fontcolor": .string(colour),
                        "tooltip": .text("\(names[actor] ?? actor) \(what) ×\(Int(count)): \(labels[concept] ?? concept)"),
                    ])
                }
            }
        }
        doc.append(subgraph: legend(["agrees", "disagrees"]))
        return doc
    }

    /// The one-mode network of actors, congruence (positive weights, solid, ``agreeColour``) and
    /// conflict (negative weights, dashed, ``disagreeColour``), with each discourse coalition
    /// (signed Leiden, `DiscourseNetwork/coalitions(method:resolution:seed:)`) in a box.
    ///
    /// - Parameters:
    ///   - network: the network whose statements are drawn.
    ///   - options: defaults to a one-mode `subtract` network; a one-mode network is required.
    ///   - seed: the seed of the coalition search, so the same input gives the same boxes.
    /// - Throws: `DiscourseError` for a two-mode network, and as `DiscourseNetwork/coalitions(method:resolution:seed:)`.
    /// - Complexity: O(*n*²) for *n* actors, plus the coalition search.
    public static func coalitions(_ network: Network,
                                  options: DiscourseOptions = DiscourseOptions(networkType: .oneMode, aggregation: .subtract, isolates: false),
                                  seed: UInt64 = 1) throws -> DOTDocument {
        var o = options
        o.window = nil
        let net = try DiscourseNetwork(network, options: o)
        let found = try net.coalitions(seed: seed)
        let names = Dictionary(network.stakeholders.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var doc = DOTDocument(isDirected: false, id: "coalitions",
                              graphAttributes: ["layout": "neato", "overlap": "false", "splines": "true", "fontname": "Helvetica"],
                              nodeDefaults: ["fontname": "Helvetica", "fontsize": 11, "shape": "box", "style": "rounded"],
                              edgeDefaults: ["fontname": "Helvetica", "fontsize": 9])
        doc.graphAttributes["layout"] = "fdp"
        for (g, members) in found.assignment.members.enumerated() {
            var box = DOTSubgraph(id: "cluster_coalition\(g)",
                                  graphAttributes: ["label": .text("coalition \(g + 1)"), "style": "rounded,dashed", "color": "#555555"])
            for i in members { box.append(node: "a\(i)", ["label": .text(names[net.rows[i]] ?? net.rows[i])]) }
            doc.append(subgraph: box)
        }
        let n = net.rows.count
        let maxWeight = net.values.map(abs).max() ?? 1
        for i in 0..<n {
            for j in (i + 1)..<n {
                let x = net[i, j]
                guard x != 0, x.isFinite else { continue }
                doc.append(edge: "a\(i)", "a\(j)", [
                    "color": .string(x > 0 ? agreeColour : disagreeColour), "style": .string(x > 0 ? "solid" : "dashed"),
                    "penwidth": .number(1 + 4 * abs(x) / max(maxWeight, 1e-12)),
                    "tooltip": .text("\(names[net.rows[i]] ?? net.rows[i]) – \(names[net.rows[j]] ?? net.rows[j]): \(x)"),
                ])
            }
        }
        doc.append(subgraph: legend(["congruence", "conflict"]))
        return doc
    }

    /// A boxed legend: a solid edge in the agreement colour and a dashed one in the other.
    static func legend(_ words: [String]) -> DOTSubgraph {
        var box = DOTSubgraph(id: "cluster_legend", graphAttributes: ["label": "legend", "style": "rounded", "color": "#999999"],
                              nodeDefaults: ["shape": "point", "width": 0.05, "label": .text("")])
        for (k, (word, colour, style)) in zip(words, [agreeColour, disagreeColour]).map({ ($0, $1, $0 == words[0] ? "solid" : "dashed") }).enumerated() {
            box.append(node: "legend\(k)a")
            box.append(node: "legend\(k)b")
            box.append(edge: "legend\(k)a", "legend\(k)b", ["label": .text(word), "color": .string(colour), "fontcolor": .string(colour),
                                                             "style": .string(style), "penwidth": 2])
        }
        return box
    }
}
