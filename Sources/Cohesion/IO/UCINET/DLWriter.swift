/// Writes a network as a UCINET DL file.
///
/// One tie kind gives `format = edgelist1` with a `labels:` list (so stakeholders without
/// ties keep their place) and pairs by number, `from to value`; several kinds give
/// `format = fullmatrix`, `nm =` the number of kinds, `matrix labels:` the kind ids, and one
/// n×n matrix per kind. The value is the weight, or 1. DL has no direction: an undirected tie
/// is written both ways, so its matrix is symmetric and ``DLReader`` reads it back as
/// undirected. Labels are stakeholder ids, quoted when they hold spaces, commas or `=`.
///
/// ```swift
/// let (bytes, warnings) = DLWriter.write(network)
/// ```
///
/// - Complexity: O(*m*) for edge lists, O(*k* *n*²) for *k* full matrices.
public enum DLWriter {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.weights, .isolates, .tieKinds, .mixedDirection, .tieKindDeclarations, .selfTies]

    /// The DL bytes and a warning naming what DL cannot hold.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let n = network.stakeholders.count
        let layers = network.layers
        var number: [String: Int] = [:]
        for (k, s) in network.stakeholders.enumerated() where number[s.id] == nil { number[s.id] = k }
        var out = "dl n=\(n)"
        var extra: [String] = []
        let labels = network.stakeholders.map { label($0.id) }
        func value(_ t: Tie) -> String { CSVWriter.numberText(t.weight ?? 1) }
        if layers.count <= 1 {
            out += "\nformat = edgelist1\nlabels:\n" + labels.joined(separator: ",") + "\ndata:\n"
            for t in network.ties {
                guard let a = number[t.source], let b = number[t.target] else { continue }
                out += "\(a + 1) \(b + 1) \(value(t))\n"
                if !t.kind.isDirected, a != b { out += "\(b + 1) \(a + 1) \(value(t))\n" }
            }
            if let kind = layers.first, kind.id != "tie" { extra.append("the tie kind '\(kind.id)'") }
        } else {
            out += " nm=\(layers.count)\nformat = fullmatrix\nlabels:\n" + labels.joined(separator: ",") + "\n"
            out += "matrix labels:\n" + layers.map { label($0.id) }.joined(separator: ",") + "\ndata:\n"
            var row = [String](repeating: "0", count: n)
            var cells: [[Int: String]] = Array(repeating: [:], count: n)
            // Each kind's ties, found in one pass (not one pass over the ties per kind).
            var tiesOfKind: [TieKind: [Tie]] = [:]
            for t in network.ties { tiesOfKind[t.kind, default: []].append(t) }
            for kind in layers {
                for i in 0..<n { cells[i].removeAll(keepingCapacity: true) }
                for t in tiesOfKind[kind] ?? [] {
                    guard let a = number[t.source], let b = number[t.target] else { continue }
                    cells[a][b] = value(t)
                    if !t.kind.isDirected { cells[b][a] = value(t) }
                }
                for i in 0..<n {
                    for j in 0..<n { row[j] = cells[i][j] ?? "0" }
                    out += row.joined(separator: " ") + "\n"
                }
            }
        }
        let zero = network.ties.filter { $0.weight == 0 }.count
        if zero > 0 { extra.append("ties of weight 0 (\(zero); a 0 cell means no tie)") }
        let negative = layers.filter { $0.sign == .negative && !TieKind.wellKnown.contains($0) }
        if !negative.isEmpty { extra.append("the negative sign of \(negative.map(\.id).joined(separator: ", "))") }
        for kind in layers where kind.isDirected && !TieKind.wellKnown.contains(kind) {
            let ties = network.ties.filter { $0.kind == kind }
            var arcs = Set<FormatLosses.ParallelKey>()
            for t in ties { arcs.insert(FormatLosses.ParallelKey(a: t.source, b: t.target, kind: "")) }
            if !ties.isEmpty, ties.allSatisfy({ arcs.contains(FormatLosses.ParallelKey(a: $0.target, b: $0.source, kind: "")) }) {
                extra.append("the direction of '\(kind.id)', whose ties all go both ways (read back as undirected)")
            }
        }
        if network.ties.contains(where: { $0.weight == 1 }) && !network.ties.contains(where: { ($0.weight ?? 1) != 1 }) {
            extra.append("weights that are all 1 (read back as unweighted)")
        }
        let keeps = Self.keeps
        return (Array(out.utf8), FormatLosses.warnings(network, keeps: keeps, format: "UCINET DL", file: file, extra: extra))
    }

    static func label(_ s: String) -> String {
        let plain = s.allSatisfy { !($0.isWhitespace || $0 == "," || $0 == "=" || $0 == "\"" || $0 == "'") } && !s.isEmpty && !s.hasSuffix(":")
        return plain ? s : "\"" + s.replacingOccurrences(of: "\"", with: "'") + "\""
    }
}
