extension MeasureTable {
    /// The widest a name is shown beside an identifier in a terminal; longer names are cut with "…".
    static let nameWidth = 28

    /// Aligned columns for a terminal, fitted to `width` characters when given: columns that
    /// do not fit go to further blocks that repeat the identifier (and name); a text column
    /// too wide even alone wraps its cells at spaces. Numbers show at most four significant
    /// digits (``NumberText``).
    func terminalText(width: Int?) -> String {
        let named = !names.isEmpty
        let leadHeader = [idColumn] + (named ? ["name"] : [])
        let lead = rows.map { row in [row.id] + (named ? [Self.cut(names[row.id] ?? "", to: Self.nameWidth)] : []) }
        let cells = rows.map { $0.cells.map(\.shortText) }
        let numeric = columns.indices.map { c in rows.contains { $0.cells[c].numeric != nil } }
        func columnWidth(_ header: String, _ values: [String]) -> Int { values.reduce(header.count) { max($0, $1.count) } }
        let leadWidths = leadHeader.indices.map { i in columnWidth(leadHeader[i], lead.map { $0[i] }) }
        var widths = columns.indices.map { c in columnWidth(columns[c], cells.map { $0[c] }) }
        let leadTotal = leadWidths.reduce(0, +) + 2 * max(0, leadWidths.count - 1)
        // Too wide: long text cells wrap first, when every column can then keep a useful width
        // and no number or heading is cut; only then do columns go to further blocks.
        if let width, !columns.isEmpty, leadTotal + widths.reduce(0, +) + 2 * columns.count > width {
            let cap = (width - leadTotal - 2 * columns.count) / columns.count
            let narrowest = columns.indices.map { c in
                max(columns[c].count, cells.map { $0[c] }.filter { !$0.contains(" ") }.map(\.count).max() ?? 0)
            }
            if cap >= 16, columns.indices.allSatisfy({ narrowest[$0] <= cap }) {
                widths = widths.map { min($0, cap) }
            }
        }

        // Blocks of columns, each fitting beside the lead columns.
        var blocks: [[Int]] = []
        var current: [Int] = [], used = leadTotal
        for c in columns.indices {
            let extra = widths[c] + 2
            if let width, !current.isEmpty, used + extra > width {
                blocks.append(current)
                current = []
                used = leadTotal
            }
            current.append(c)
            used += extra
        }
        if !current.isEmpty || blocks.isEmpty { blocks.append(current) }

        var out = ""
        for (b, block) in blocks.enumerated() {
            if b > 0 { out += "\n" }
            var blockWidths = block.map { widths[$0] }
            if let width, block.count == 1, leadTotal + 2 + blockWidths[0] > width {
                blockWidths[0] = max(12, width - leadTotal - 2)
            }
            func pad(_ s: String, _ w: Int, right: Bool) -> String {
                let fill = String(repeating: " ", count: max(0, w - s.count))
                return right ? fill + s : s + fill
            }
            func line(_ leadCells: [String], _ blockCells: [String]) -> String {
                var parts = leadCells.enumerated().map { pad($1, leadWidths[$0], right: false) }
                parts += blockCells.enumerated().map { pad($1, blockWidths[$0], right: numeric[block[$0]]) }
                var text = parts.joined(separator: "  ")
                while text.hasSuffix(" ") { text.removeLast() }
                return text
            }
            out += line(leadHeader, block.map { columns[$0] }) + "\n"
            out += (leadWidths + blockWidths).map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            for (r, row) in cells.enumerated() {
                let wrapped = block.enumerated().map { k, c in Self.wrap(row[c], to: blockWidths[k]) }
                let height = wrapped.map(\.count).max() ?? 1
                for l in 0..<max(1, height) {
                    let leadCells = l == 0 ? lead[r] : lead[r].map { _ in "" }
                    out += line(leadCells, wrapped.map { l < $0.count ? $0[l] : "" }) + "\n"
                }
            }
        }
        return out
    }

    /// Text cut to `width` characters, ending in "…" when cut.
    static func cut(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }

    /// Text in lines of at most `width` characters, broken at spaces where it can be.
    public static func wrapped(_ text: String, to width: Int) -> [String] { wrap(text, to: width) }

    /// Text in lines of at most `width` characters, broken at spaces where it can be.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = word
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if line.isEmpty { line = word } else if line.count + 1 + word.count <= width { line += " " + word } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
