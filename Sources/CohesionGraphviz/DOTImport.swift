import CGraphviz
import CohesionGraphvizShims
import Cohesion
import Foundation

/// Reads DOT files into networks through Graphviz's own parser (cgraph).
///
/// Every node becomes a stakeholder and every edge a tie, in file order. The node id is the
/// stakeholder id; its `fullname`, `name` or `label` (when plain text, not `\N`) attribute is the name.
/// The attributes Cohesion writes (``DiagramStyle/includesModelAttributes``) come back as the
/// model's fields: `kind`, `sector`, `level`, `place` on nodes; `kind`, `amount`, `instrument`
/// and `weight` on edges. Other attributes that are not Graphviz drawing attributes become
/// free attributes (integers, numbers, booleans or text). A node inside a `cluster…`
/// subgraph gets the attribute `cluster` with the cluster's label (or id), the innermost
/// cluster winning.
///
/// A node without `kind` has the kind `stakeholder`, an edge without `kind` the kind `tie`,
/// directed as the graph is; kinds that are not built in are declared in the network. The
/// graph's `label` (or its id) becomes the title. A node with `legend=true` (the legend
/// ``NetworkDiagram`` draws) is skipped.
///
/// cgraph keeps a quoted id's backslashes as written, so `"C:\\dir"` names the id `C:\\dir`;
/// `DOTWriter` doubles every backslash so that no value can end its quoted string, and the
/// import halves doubled backslashes in ids and attribute values (`\\` becomes `\`), so what
/// Cohesion writes comes back exactly. Labels (`label`, `name`, `place`, `instrument`) are read
/// as Graphviz escaped strings: `\n` is a line break.
///
/// ```swift
/// let network = try await DOTImport.network(fromDOT: text, file: "nantes.gv")
/// let same = try DOTImport.networkSynchronously(fromDOT: text, file: "nantes.gv")
/// ```
///
/// - Complexity: O(*n* + *m*) after parsing.
public enum DOTImport {
    /// Graphviz drawing and layout attributes, left out of the free attributes.
    static let drawingAttributes: Set<String> = [
        "pos", "width", "height", "shape", "style", "color", "fillcolor", "fontcolor", "fontname", "fontsize",
        "penwidth", "tooltip", "xlabel", "labelloc", "labeljust", "margin", "fixedsize", "peripheries", "sides",
        "orientation", "regular", "distortion", "skew", "image", "imagescale", "group", "rects", "lp", "xlp",
        "URL", "href", "target", "id", "class", "comment", "gradientangle", "layer", "nojustify", "ordering",
        "pin", "root", "samplepoints", "showboxes", "sortv", "vertices", "z", "area", "label", "name", "fullname", "kind",
        "sector", "level", "place", "_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_",
        "dir", "arrowhead", "arrowtail", "arrowsize", "constraint", "minlen", "headport", "tailport",
        "headlabel", "taillabel", "labelangle", "labeldistance", "labelfloat", "labelfontcolor", "labelfontname",
        "labelfontsize", "lhead", "ltail", "samehead", "sametail", "decorate", "headclip", "tailclip", "len",
        "amount", "instrument", "weight", "head_lp", "tail_lp", "edgetooltip", "headtooltip", "tailtooltip",
        "labeltooltip", "edgeURL", "headURL", "tailURL", "labelURL",
    ]

    /// Reads DOT text into a network.
    ///
    /// - Parameters:
    ///   - dot: one graph in the DOT language.
    ///   - file: the name Graphviz's messages give the input.
    /// - Throws: ``GraphvizError/invalidDOT(_:)`` with Graphviz's message.
    public static func network(fromDOT dot: String, file: String = "input") async throws -> Network {
        try await read(dot, file: file)
    }

    /// Reads DOT text into a network from synchronous code; see ``network(fromDOT:file:)``.
    public static func networkSynchronously(fromDOT dot: String, file: String = "input") throws -> Network {
        try GraphvizExecutor.runSynchronously { try read(dot, file: file) }
    }

    @GraphvizExecutor
    static func read(_ dot: String, file: String) throws -> Network {
        let graph = try GraphvizRenderer.parse(dot, sourceName: file)
        defer {
            agclose(graph)
            _ = MessageCapture.take()
        }
        let directed = agisdirected(graph) != 0
        var network = Network()
        let graphName = string(agnameof(UnsafeMutableRawPointer(graph)))
        let graphLabel = attribute(graph, of: UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH), named: "label")
        if let label = graphLabel, !label.isEmpty, aghtmlstr(agget(UnsafeMutableRawPointer(graph), strdupTemp("label"))) == 0 {
            network.title = unescapeLabel(label)
        } else if let name = graphName, !name.hasPrefix("%") {
            network.title = unescapeID(name)
        }

        var clusterOf: [String: String] = [:]
        collectClusters(graph, into: &clusterOf)

        let nodeSymbols = symbols(graph, kind: Int32(AGNODE))
        var declaredStakeholderKinds: [String: StakeholderKind] = [:]
        var node = agfstnode(graph)
        while let n = node {
            let id = unescapeID(string(agnameof(UnsafeMutableRawPointer(n))) ?? "")
            var values: [String: String] = [:]
            for (name, symbol) in nodeSymbols {
                guard let raw = agxget(UnsafeMutableRawPointer(n), symbol) else { continue }
                let value = String(cString: raw)
                if value.isEmpty { continue }
                if name == "label" && (value == "\\N" || aghtmlstr(raw) != 0) { continue }
                values[name] = escapedStringAttributes.contains(name) ? value : unescapeID(value)
            }
            if values["legend"] == "true" {
                // The legend Cohesion draws is not a stakeholder.
                node = agnxtnode(graph, n)
                continue
            }
            let kindID = values["kind"] ?? EdgeListCSV.genericStakeholderKind.id
            let kind = StakeholderKind.wellKnown.first { $0.id == kindID }
                ?? declaredStakeholderKinds[kindID] ?? StakeholderKind(id: kindID)
            if !StakeholderKind.wellKnown.contains(kind) { declaredStakeholderKinds[kindID] = kind }
            var stakeholder = Stakeholder(id: id, name: unescapeLabel(values["fullname"] ?? values["name"] ?? values["label"] ?? id), kind: kind,
                                          sector: values["sector"].map(Sector.init(rawValue:)),
                                          level: values["level"].map(Level.init(rawValue:)),
                                          place: values["place"].map(unescapeLabel))
            for (name, value) in values where !drawingAttributes.contains(name) {
                stakeholder.attributes[name] = typed(value)
            }
            if let cluster = clusterOf[id] { stakeholder.attributes["cluster"] = .string(cluster) }
            network.stakeholders.append(stakeholder)
            node = agnxtnode(graph, n)
        }

        let edgeSymbols = symbols(graph, kind: Int32(AGEDGE))
        var declaredTieKinds: [String: TieKind] = [:]
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                var values: [String: String] = [:]
                for (name, symbol) in edgeSymbols {
                    guard let raw = agxget(UnsafeMutableRawPointer(e), symbol) else { continue }
                    let value = String(cString: raw)
                    if !value.isEmpty { values[name] = escapedStringAttributes.contains(name) ? value : unescapeID(value) }
                }
                let kindID = values["kind"] ?? "tie"
                let kind = TieKind.wellKnown.first { $0.id == kindID }
                    ?? declaredTieKinds[kindID] ?? TieKind(id: kindID, isDirected: directed)
                if !TieKind.wellKnown.contains(kind) { declaredTieKinds[kindID] = kind }
                var tie = Tie(source: unescapeID(string(agnameof(UnsafeMutableRawPointer(cohesion_agtail(e)))) ?? ""),
                              target: unescapeID(string(agnameof(UnsafeMutableRawPointer(cohesion_aghead(e)))) ?? ""), kind: kind)
                tie.instrument = values["instrument"].map(unescapeLabel)
                if let amount = values["amount"].flatMap(Double.init) { tie.amount = Amount(value: amount) }
                if let weight = values["weight"].flatMap(Double.init) { tie.weight = weight }
                // The evidence level is a field, refused when unknown as the other readers refuse
                // it: kept as an attribute it would be written to YAML where the native reader
                // refuses it, so a round trip would give an unreadable file.
                if let text = values.removeValue(forKey: "evidence") {
                    guard let evidence = TieEvidence(rawValue: text) else {
                        throw InvalidNetwork([Diagnostic(.error, "tie \(network.ties.count + 1) (\(tie.source) → \(tie.target), \(kindID)) "
                            + "has unknown evidence '\(text)' (known: \(TieEvidence.spellings))", file: file)])
                    }
                    tie.evidence = evidence
                }
                for (name, value) in values where !drawingAttributes.contains(name) {
                    tie.attributes[name] = typed(value)
                }
                network.ties.append(tie)
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        network.stakeholderKinds = declaredStakeholderKinds.values.sorted { $0.id < $1.id }
        network.tieKinds = declaredTieKinds.values.sorted { $0.id < $1.id }
        return network
    }

    /// The declared attributes of one kind (`AGNODE`, `AGEDGE`), by name.
    @GraphvizExecutor
    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            if let name = s.pointee.name { result.append((String(cString: name), s)) }
            symbol = agnxtattr(graph, kind, s)
        }
        return result
    }

    @GraphvizExecutor
    private static func attribute(_ graph: UnsafeMutablePointer<Agraph_t>, of object: UnsafeMutableRawPointer,
                                  kind: Int32, named name: String) -> String? {
        guard let symbol = agattr(graph, kind, strdupTemp(name), nil), let raw = agxget(object, symbol) else { return nil }
        return String(cString: raw)
    }

    /// Node ids by innermost enclosing cluster's label (or id).
    @GraphvizExecutor
    private static func collectClusters(_ graph: UnsafeMutablePointer<Agraph_t>, into clusterOf: inout [String: String]) {
        var sub = agfstsubg(graph)
        while let s = sub {
            let name = string(agnameof(UnsafeMutableRawPointer(s))) ?? ""
            if name.hasPrefix("cluster") {
                let label = attribute(graph, of: UnsafeMutableRawPointer(s), kind: Int32(AGRAPH), named: "label")
                let title = (label?.isEmpty == false) ? unescapeLabel(label ?? "") : name
                var node = agfstnode(s)
                while let n = node {
                    if let id = string(agnameof(UnsafeMutableRawPointer(n))) { clusterOf[unescapeID(id)] = title }
                    node = agnxtnode(s, n)
                }
            }
            collectClusters(s, into: &clusterOf)
            sub = agnxtsubg(s)
        }
    }

    /// A C string cgraph may hold only for the call: names are looked up, never stored.
    @GraphvizExecutor
    private static func strdupTemp(_ text: String) -> UnsafeMutablePointer<CChar> {
        scratchNames[text] ?? {
            let copy = strdup(text)!
            scratchNames[text] = copy
            return copy
        }()
    }

    /// Attribute names passed to cgraph, kept for the process (a handful of fixed names).
    @GraphvizExecutor private static var scratchNames: [String: UnsafeMutablePointer<CChar>] = [:]

    private static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Attributes read as Graphviz escaped strings (``unescapeLabel(_:)``); the others are
    /// read with ``unescapeID(_:)``.
    static let escapedStringAttributes: Set<String> = ["label", "name", "fullname", "place", "instrument"]

    /// An id or plain value as cgraph keeps it back to the text: doubled backslashes halved
    /// (cgraph already turned `\"` into a quote). A single backslash before anything else
    /// stays.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func unescapeID(_ text: String) -> String {
        guard text.utf8.contains(92) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingBackslash = false
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                if pendingBackslash { out.unicodeScalars.append(scalar); pendingBackslash = false } else { pendingBackslash = true }
                continue
            }
            if pendingBackslash { out.unicodeScalars.append("\\"); pendingBackslash = false }
            out.unicodeScalars.append(scalar)
        }
        if pendingBackslash { out.unicodeScalars.append("\\") }
        return out
    }

    /// Graphviz escaped-string text back to plain text: `\n`, `\l`, `\r` are line breaks,
    /// `\\` a backslash, `\"` a quote.
    static func unescapeLabel(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let next = iterator.next() else { out.append(c); break }
            switch next {
            case "n", "l", "r": out.append("\n")
            case "\\": out.append("\\")
            case "\"": out.append("\"")
            default: out.append(c); out.append(next)
            }
        }
        if out.hasSuffix("\n") { out.removeLast() }
        return out
    }

    /// A DOT attribute value as a free attribute: integer, number, boolean or text.
    static func typed(_ value: String) -> AttributeValue {
        if let i = Int(value) { return .integer(i) }
        if let d = Double(value), d.isFinite { return .number(d) }
        if value == "true" { return .bool(true) }
        if value == "false" { return .bool(false) }
        return .string(value)
    }
}
