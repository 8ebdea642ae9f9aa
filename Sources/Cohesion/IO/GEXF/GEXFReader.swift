/// Reads GEXF 1.1, 1.2 and 1.3 — as Gephi, NetworkX's `write_gexf` and Cohesion write it —
/// static or dynamic, into a ``Network``.
///
/// Nodes become stakeholders: the `id` is the stakeholder id, the `label` its name; typed
/// `<attvalue>`s fill the fields ``InteropFields`` names (`kind`, `sector`…) or become
/// attributes of their declared type (`integer`/`long` whole numbers, `float`/`double` reals,
/// `boolean`, anything else text), with `<default>` values filled in. Gephi's visual
/// attributes are kept as attributes: `viz:color` as `color` (`#rrggbb`), `viz:size` as `size`,
/// `viz:position` as `x`, `y` (and `z` when not 0).
///
/// Time: the graph's `timeformat` (`date`, `dateTime`, `integer`, `long`, `double`) says how
/// `start`/`end`, `<spell>`s and 1.3's `timestamp` read; each bound is taken as a year (the
/// year of a date, the whole part of a number; an infinite bound is open). An edge's interval
/// gives its tie's first and last year; an edge with several spells, or with dynamic
/// attribute values over different intervals, becomes one tie per interval, each with the
/// values valid then — so selecting a year sees what GEXF says held that year. A node's
/// dynamic attribute with numbers and start times becomes a ``StakeholderSeries`` (one point per
/// interval, at its first year), as Cohesion writes series; any other dynamic node attribute
/// becomes one attribute per interval, named `title@YEAR` by its first year, with `title`
/// holding the latest value. A node's own interval is kept as the attributes `firstYear` and
/// `lastYear`.
///
/// Edges: `type="directed"`, `"undirected"` or `"mutual"` (read as undirected) beside the
/// graph's `defaultedgetype` (GEXF's default: undirected); a boolean edge attribute
/// `directed` overrides both, as Cohesion writes mixed networks for NetworkX. The `weight` is
/// the tie's weight; the tie kind is the `kind` attribute, else the edge `label`, else the
/// default kind. Nested nodes (Gephi's groups) are read flat; `<parents>` are skipped.
///
/// ```swift
/// let network = try GEXFReader.read(bytes: Array(data), file: "lesmiserables.gexf")
/// ```
///
/// - Throws: ``InvalidNetwork`` naming the file, line and column of malformed XML, a node
///   without id, an edge without ends, a value that is not of its attribute's type, an
///   attribute value for an undeclared attribute, or a time that is not of the time format.
/// - Complexity: O(bytes) plus O(*m* · *s*) for *s* spells per edge.
public enum GEXFReader {
    struct Attribute {
        var title: String
        var type: String
        var dynamic: Bool
        var defaultValue: AttributeValue?
    }

    /// A value with the interval it holds over (nil bounds are open).
    struct TimedValue {
        var title: String
        var value: AttributeValue
        var start: Int?
        var end: Int?
    }

    struct Interval: Hashable {
        var start: Int?
        var end: Int?
    }

    /// Reads a network from GEXF bytes; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: false)
        var diagnostics: [Diagnostic] = []
        var series: [StakeholderSeries] = []
        func error(_ message: String, _ location: TextLocation?) {
            diagnostics.append(Diagnostic(.error, message, file: file, location: location))
        }
        var sawGEXF = false
        var graphDirected = false
        var timeFormat = "double"
        var attributes: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
        var attributeClass = "node"
        var classIsDynamic = false
        var currentAttributeID: String?
        var collectingDefault = false
        var collectingDescription = false
        var text = ""
        var graphFields: [String: AttributeValue] = [:]

        enum Owner { case none, node, edge }
        var owner = Owner.none
        var nodeStack: [(id: String, fields: [String: AttributeValue], timed: [TimedValue], interval: Interval?, location: TextLocation)] = []
        var edgeSource = "", edgeTarget = ""
        var edgeDirected = false
        var edgeFields: [String: AttributeValue] = [:]
        var edgeTimed: [TimedValue] = []
        var edgeInterval = Interval()
        var edgeSpells: [Interval] = []
        var edgeLocation = TextLocation(line: 1, column: 1)
        var edgeLabel: String?

        func year(_ text: String?, _ location: TextLocation) -> (ok: Bool, year: Int?) {
            guard let text else { return (true, nil) }
            let t = text.trimmingSpaces()
            if t.isEmpty { return (true, nil) }
            switch timeFormat {
            case "date", "datetime":
                var digits = t.hasPrefix("-") ? "-" : ""
                for c in t.dropFirst(digits.count) { if c.isASCII && c.isNumber { digits.append(c) } else { break } }
                if let y = Int(digits), abs(y) < 1_000_000 { return (true, y) }
            default:
                let lower = t.lowercased()
                if lower == "inf" || lower == "-inf" || lower == "infinity" || lower == "-infinity" { return (true, nil) }
                if let d = Double(t), d.isFinite, abs(d) < 1_000_000 { return (true, Int(d.rounded(.down))) }
            }
            error("time '\(t)' is not a \(timeFormat == "datetime" ? "dateTime" : timeFormat)", location)
            return (false, nil)
        }

        func interval(_ get: (String) -> String?, _ location: TextLocation) -> Interval? {
            if let ts = get("timestamp") {
                let y = year(ts, location).year
                return Interval(start: y, end: y)
            }
            let s = get("start") ?? get("startopen"), e = get("end") ?? get("endopen")
            if s == nil && e == nil { return nil }
            return Interval(start: year(s, location).year, end: year(e, location).year)
        }

        try XMLScanner(bytes: bytes, file: file).scan(wantsText: { collectingDefault || collectingDescription }) { event in
            switch event {
            case .start(let name, let attrs, let location):
                func attribute(_ key: String) -> String? { XMLGraphElement.attribute(key, in: attrs) }
                switch name {
                case "gexf": sawGEXF = true
                case "description" where owner == .none && nodeStack.isEmpty:
                    collectingDescription = true
                    text = ""
                case "graph":
                    let d = attribute("defaultedgetype") ?? "undirected"
                    if !["directed", "undirected", "mutual"].contains(d) {
                        error("defaultedgetype must be 'directed', 'undirected' or 'mutual', found '\(d)'", location)
                    }
                    graphDirected = d == "directed"
                    builder.defaultDirected = graphDirected
                    timeFormat = (attribute("timeformat") ?? "double").lowercased()
                    if !["date", "datetime", "integer", "long", "double", "float"].contains(timeFormat) {
                        error("timeformat must be date, dateTime, integer, long or double, found '\(timeFormat)'", location)
                        timeFormat = "double"
                    }
                    if let n = attribute("name"), !n.isEmpty { graphFields["title"] = .string(n) }
                case "attributes":
                    attributeClass = (attribute("class") ?? "node").lowercased()
                    classIsDynamic = attribute("mode") == "dynamic"
                case "attribute":
                    guard let id = attribute("id") else { error("<attribute> has no 'id'", location); return }
                    let type = (attribute("type") ?? "string").lowercased()
                    let known = ["integer", "long", "short", "byte", "float", "double", "bigdecimal", "biginteger", "boolean", "string",
                                 "char", "anyuri", "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble"]
                    if !known.contains(type) { error("attribute '\(id)' has unknown type '\(type)'", location) }
                    attributes[attributeClass, default: [:]][id] = Attribute(title: attribute("title") ?? id, type: type,
                                                                             dynamic: classIsDynamic || attribute("mode") == "dynamic")
                    currentAttributeID = id
                case "default":
                    guard currentAttributeID != nil else { return }
                    collectingDefault = true
                    text = ""
                case "node":
                    guard let id = XMLGraphElement.nodeID(attrs, at: location, report: error) else { return }
                    var fields: [String: AttributeValue] = [:]
                    if let label = attribute("label") { fields["name"] = .string(label) }
                    nodeStack.append((id, fields, [], interval(attribute, location), location))
                    owner = .node
                case "edge":
                    guard let ends = XMLGraphElement.edgeEnds(attrs, at: location, report: error) else { return }
                    owner = .edge
                    (edgeSource, edgeTarget) = ends
                    edgeLocation = location
                    edgeFields = [:]
                    edgeTimed = []
                    edgeSpells = []
                    edgeLabel = attribute("label").flatMap { $0.isEmpty ? nil : $0 }
                    switch attribute("type") {
                    case nil: edgeDirected = graphDirected
                    case "directed"?: edgeDirected = true
                    case "undirected"?, "mutual"?: edgeDirected = false
                    case let other?:
                        error("an edge's type must be directed, undirected or mutual, found '\(other)'", location)
                        edgeDirected = graphDirected
                    }
                    if let w = attribute("weight") {
                        if let d = Double(w.trimmingSpaces()), d.isFinite { edgeFields["weight"] = .number(d) }
                        else { error("edge weight '\(w)' is not a number", location) }
                    }
                    edgeInterval = interval(attribute, location) ?? Interval()
                case "attvalue":
                    let cls = owner == .edge ? "edge" : "node"
                    guard owner == .edge || !nodeStack.isEmpty else { return }
                    guard let key = attribute("for") ?? attribute("id") else { error("<attvalue> has no 'for'", location); return }
                    guard let a = attributes[cls]?[key] else {
                        error("<attvalue> refers to undeclared \(cls) attribute '\(key)'", location)
                        return
                    }
                    let raw = attribute("value") ?? ""
                    guard let v = parse(raw, type: a.type) else {
                        error("value '\(raw)' of '\(a.title)' is not a \(a.type)", location)
                        return
                    }
                    let span = interval(attribute, location)
                    if let span, a.dynamic || span.start != nil || span.end != nil {
                        let timed = TimedValue(title: a.title, value: v, start: span.start, end: span.end)
                        if owner == .edge { edgeTimed.append(timed) } else { nodeStack[nodeStack.count - 1].timed.append(timed) }
                    } else if owner == .edge {
                        edgeFields[a.title] = v
                    } else {
                        nodeStack[nodeStack.count - 1].fields[a.title] = v
                    }
                case "spell":
                    guard let span = interval(attribute, location) else { return }
                    if owner == .edge { edgeSpells.append(span) }
                    else if !nodeStack.isEmpty {
                        // A node's interval spans all its spells.
                        nodeStack[nodeStack.count - 1].interval = union(nodeStack[nodeStack.count - 1].interval, span)
                    }
                case "color" where owner == .node && !nodeStack.isEmpty:
                    if let hex = attribute("hex") {
                        nodeStack[nodeStack.count - 1].fields["color"] = .string(hex.hasPrefix("#") ? hex : "#" + hex)
                    } else {
                        let parts = ["r", "g", "b"].map { attribute($0).flatMap { Int($0.trimmingSpaces()) } ?? 0 }
                        let hex = parts.map { c -> String in
                            let s = String(max(0, min(255, c)), radix: 16)
                            return s.count == 1 ? "0" + s : s
                        }.joined()
                        nodeStack[nodeStack.count - 1].fields["color"] = .string("#" + hex)
                    }
                case "size" where owner == .node && !nodeStack.isEmpty:
                    if let v = attribute("value").flatMap({ Double($0.trimmingSpaces()) }), v.isFinite {
                        nodeStack[nodeStack.count - 1].fields["size"] = .number(v)
                    }
                case "position" where owner == .node && !nodeStack.isEmpty:
                    for axis in ["x", "y", "z"] {
                        guard let v = attribute(axis).flatMap({ Double($0.trimmingSpaces()) }), v.isFinite else { continue }
                        if axis == "z" && v == 0 { continue }
                        nodeStack[nodeStack.count - 1].fields[axis] = .number(v)
                    }
                default: break
                }
            case .text(let t):
                if collectingDefault || collectingDescription { text += t }
            case .end(let name):
                switch name {
                case "description" where collectingDescription:
                    collectingDescription = false
                    let d = String(text.trimmingSpaces())
                    if !d.isEmpty { graphFields["description"] = .string(d) }
                case "default" where collectingDefault:
                    collectingDefault = false
                    if let id = currentAttributeID, let a = attributes[attributeClass]?[id] {
                        if let v = parse(text, type: a.type) { attributes[attributeClass]?[id]?.defaultValue = v }
                        else { error("default '\(text)' of attribute '\(a.title)' is not a \(a.type)", nil) }
                    }
                case "attribute": currentAttributeID = nil
                case "node":
                    guard let node = nodeStack.popLast() else { return }
                    var fields = node.fields
                    for a in attributes["node"]?.values ?? [:].values {
                        if let d = a.defaultValue, fields[a.title] == nil, !node.timed.contains(where: { $0.title == a.title }) {
                            fields[a.title] = d
                        }
                    }
                    // A numeric value with a start year is a point of a series; any other
                    // dynamic value is one attribute per interval, the latest under the plain title.
                    var latest: [String: TimedValue] = [:]
                    var points: [(title: String, point: StakeholderSeries.Point)] = []
                    for t in node.timed {
                        if let y = t.start, let v = t.value.doubleValue, v.isFinite {
                            points.append((t.title, StakeholderSeries.Point(year: y, value: v)))
                            continue
                        }
                        if let y = t.start { fields["\(t.title)@\(y)"] = t.value }
                        if let l = latest[t.title], (l.start ?? .min) > (t.start ?? .min) { continue }
                        latest[t.title] = t
                    }
                    for (title, t) in latest where fields[title] == nil { fields[title] = t.value }
                    for title in points.map(\.title).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
                        let sorted = points.filter { $0.title == title }.map(\.point).sorted { $0.year < $1.year }
                        series.append(StakeholderSeries(stakeholder: node.id, attribute: title, points: sorted))
                    }
                    if let i = node.interval {
                        if let s = i.start { fields["firstYear"] = .integer(s) }
                        if let e = i.end { fields["lastYear"] = .integer(e) }
                    }
                    builder.addStakeholder(id: node.id, fields: fields, location: node.location)
                    owner = nodeStack.isEmpty ? .none : .node
                case "edge":
                    guard owner == .edge else { return }
                    owner = nodeStack.isEmpty ? .none : .node
                    var fields = edgeFields
                    for a in attributes["edge"]?.values ?? [:].values where fields[a.title] == nil {
                        if let d = a.defaultValue, !edgeTimed.contains(where: { $0.title == a.title }) { fields[a.title] = d }
                    }
                    fields["networkx_key"] = nil
                    if fields["kind"] == nil, let edgeLabel { fields["kind"] = .string(edgeLabel) }
                    // The intervals the tie held over: dynamic values' intervals, else spells, else its own.
                    var spans: [Interval] = []
                    for t in edgeTimed where !spans.contains(Interval(start: t.start, end: t.end)) {
                        spans.append(Interval(start: t.start, end: t.end))
                    }
                    if spans.isEmpty { spans = edgeSpells }
                    if spans.isEmpty { spans = [edgeInterval] }
                    for span in spans {
                        var f = fields
                        for t in edgeTimed where covers(Interval(start: t.start, end: t.end), span) { f[t.title] = t.value }
                        if let s = span.start { f["firstYear"] = .integer(s) }
                        if let e = span.end { f["lastYear"] = .integer(e) }
                        builder.addTie(source: edgeSource, target: edgeTarget, directed: edgeDirected, fields: f, location: edgeLocation)
                    }
                default: break
                }
            }
        }
        if !sawGEXF {
            diagnostics.insert(Diagnostic(.error, "not GEXF: no <gexf> element", file: file, location: TextLocation(line: 1, column: 1)), at: 0)
        }
        builder.setNetworkFields(graphFields)
        builder.diagnostics = diagnostics + builder.diagnostics
        var network = try builder.finish()
        network.series = series
        return network
    }

    /// Whether `outer` contains `inner` (open bounds contain everything on their side).
    static func covers(_ outer: Interval, _ inner: Interval) -> Bool {
        let startOK: Bool = switch (outer.start, inner.start) {
        case (nil, _): true
        case (let o?, let i?): i >= o
        case (_?, nil): false
        }
        let endOK: Bool = switch (outer.end, inner.end) {
        case (nil, _): true
        case (let o?, let i?): i <= o
        case (_?, nil): false
        }
        return startOK && endOK
    }

    /// The smallest interval holding both (an open bound stays open).
    static func union(_ a: Interval?, _ b: Interval) -> Interval {
        guard let a else { return b }
        let start: Int? = if let x = a.start, let y = b.start { min(x, y) } else { nil }
        let end: Int? = if let x = a.end, let y = b.end { max(x, y) } else { nil }
        return Interval(start: start, end: end)
    }

    /// A value as its attribute's GEXF type declares.
    static func parse(_ text: String, type: String) -> AttributeValue? {
        let t = text.trimmingSpaces()
        switch type {
        case "boolean":
            switch t.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        case "integer", "long", "short", "byte", "biginteger":
            if let i = Int(t) { return .integer(i) }
            return nil
        case "float", "double", "bigdecimal":
            switch t.lowercased() {
            case "nan": return .number(.nan)
            case "inf", "infinity": return .number(.infinity)
            case "-inf", "-infinity": return .number(-.infinity)
            default: return Double(t).map { .number($0) }
            }
        default:
            return .string(text)
        }
    }
}
