import Cohesion

extension MeasureTable {
    /// A table of stakeholders made for reading in the chosen format: names beside ids, and,
    /// in a table or Markdown without an explicit sort, rows sorted by the first measure
    /// (largest first). CSV and JSON keep the file's order and their keys.
    mutating func makeReadable(_ network: Network, graph: AnalysisGraph, format: TableFormat, sorted: Bool = false) {
        var byID: [String: String] = [:]
        for node in 0..<graph.nodeCount {
            guard let s = graph.stakeholderIndices?[node], network.stakeholders.indices.contains(s) else { continue }
            byID[graph.label(of: node)] = network.stakeholders[s].name
        }
        if byID.contains(where: { $0.key != $0.value }) { names = byID }
        if !sorted, format == .table || format == .markdown, let first = firstMeasure { sort(by: first) }
    }
}

extension String {
    /// A lowerCamelCase name as words: "averagePathLength" → "average path length".
    var camelCaseWords: String {
        var out = ""
        for c in self {
            if c.isUppercase, !out.isEmpty { out += " " + c.lowercased() } else { out.append(c) }
        }
        return out
    }
}
