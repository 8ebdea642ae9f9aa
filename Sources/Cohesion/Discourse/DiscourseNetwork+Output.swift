extension DiscourseNetwork {
    /// The network as JSON: `{"networkType", "rows", "columns", "matrix"}` (rows and columns
    /// in file order, isolates included unless left out), then the range and the count of
    /// statements.
    ///
    /// ```json
    /// {"networkType": "twomode", "rows": ["a", "b"], "columns": ["x"], "matrix": [[1], [0]], …}
    /// ```
    public var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = [
            ("networkType", .string(networkType.rawValue)),
            ("rows", .array(rows.map(JSONValue.string))),
            ("columns", .array(columns.map(JSONValue.string))),
            ("matrix", .array(matrix.map { .array($0.map(Self.json)) })),
        ]
        o.append(("start", start.map { .string($0.description) } ?? .null))
        o.append(("stop", stop.map { .string($0.description) } ?? .null))
        if let middle { o.append(("middle", .string(middle.description))) }
        o.append(("statements", .integer(statementCount)))
        return .object(o)
    }

    static func json(_ x: Double) -> JSONValue {
        x == x.rounded() && abs(x) < 1e15 ? .integer(Int(x)) : .number(x)
    }

    /// The matrix as a table: one row per row id, one column per column id.
    public var table: MeasureTable {
        var t = MeasureTable(columns: columns, idColumn: networkType == .twoMode ? "actor \\ concept" : "actor", rowsKey: "rows")
        for (r, id) in rows.enumerated() {
            t.append(id: id, (0..<columns.count).map { c in
                let x = self[r, c]
                return x == x.rounded() && abs(x) < 1e15 ? .integer(Int(x)) : .number(x)
            })
        }
        return t
    }

    /// The matrix as a UCINET DL full matrix, as DNA writes it (Exporter.java `exportDL`):
    /// `dl n = …` (one-mode) or `dl nr = …, nc = …` (two-mode), quoted labels with quotes
    /// removed, whole numbers as integers, others with six decimals.
    public func dlText() -> String {
        func label(_ s: String) -> String {
            "\"" + String(s.filter { $0 != "\"" && $0 != "'" && $0 != "\n" && $0 != "\r" }) + "\""
        }
        var out = "dl " + (networkType == .oneMode ? "n = \(rows.count)" : "nr = \(rows.count), nc = \(columns.count)")
        out += ", format = fullmatrix\n"
        out += networkType == .twoMode ? "row labels:\n" : "labels:\n"
        for r in rows { out += label(r) + "\n" }
        if networkType == .twoMode {
            out += "col labels:\n"
            for c in columns { out += label(c) + "\n" }
        }
        out += "data:\n"
        let integral = values.allSatisfy { $0 == $0.rounded() && abs($0) < 1e15 }
        for r in 0..<rows.count {
            var line = ""
            for c in 0..<columns.count {
                let x = self[r, c]
                line += " " + (integral ? String(Int(x)) : Self.sixDecimals(x))
            }
            out += line + "\n"
        }
        return out
    }

    static func sixDecimals(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-Infinity" : "Infinity") }
        let scaled = (abs(x) * 1_000_000).rounded()
        let whole = Int(scaled / 1_000_000)
        let frac = Int(scaled.truncatingRemainder(dividingBy: 1_000_000))
        let f = String(frac)
        return (x < 0 && scaled > 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 6 - f.count) + f
    }

    /// The network as GraphML for visone and Gephi: nodes with `label` and `type` (`actor`
    /// or `concept`), one edge per nonzero cell with its `weight` (two-mode: actor to concept;
    /// one-mode: each pair once, undirected).
    public func graphMLText() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="discourse" edgedefault="\(networkType == .twoMode ? "directed" : "undirected")">

            """
        var rowNode: [String] = []
        var columnNode: [String] = []
        for (i, r) in rows.enumerated() {
            rowNode.append("a\(i)")
            out += "    <node id=\"a\(i)\"><data key=\"label\">\(XMLEscaping.escaped(r))</data><data key=\"type\">actor</data></node>\n"
        }
        if networkType == .twoMode {
            for (j, c) in columns.enumerated() {
                columnNode.append("c\(j)")
                out += "    <node id=\"c\(j)\"><data key=\"label\">\(XMLEscaping.escaped(c))</data><data key=\"type\">concept</data></node>\n"
            }
        } else {
            columnNode = rowNode
        }
        var e = 0
        for r in 0..<rows.count {
            for c in (networkType == .oneMode ? r + 1 : 0)..<max(columns.count, networkType == .oneMode ? r + 1 : 0) {
                let x = self[r, c]
                guard x != 0, x.isFinite else { continue }
                out += "    <edge id=\"e\(e)\" source=\"\(rowNode[r])\" target=\"\(columnNode[c])\"><data key=\"weight\">\(x)</data></edge>\n"
                e += 1
            }
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
