import Foundation
import Testing

/// The README's performance table quotes `Benchmarks/results/`: timings cannot be rerun in a
/// test (no test times anything), but every number in the table's figure column must be one
/// the committed run printed, to the digits the README gives.
@Suite("the README's performance figures")
struct ReadmePerformanceTests {
    static let root = DocSnippetsTests.root

    /// Decimal numbers in `text` (thousands commas removed), with how far a value may lie from
    /// each and still round to it as written.
    static func numbers(in text: String) -> [(value: Double, halfUnit: Double, written: String)] {
        let pattern = /[0-9][0-9,]*(\.[0-9]+)?(e[-+]?[0-9]+)?/
        return text.matches(of: pattern).compactMap { match in
            var written = String(match.output.0)
            // A comma that ends the number is punctuation.
            while written.hasSuffix(",") { written.removeLast() }
            let plain = written.replacingOccurrences(of: ",", with: "")
            guard let value = Double(plain) else { return nil }
            let mantissa = plain.split(separator: "e").first.map(String.init) ?? plain
            let decimals = mantissa.split(separator: ".").dropFirst().first?.count ?? 0
            let exponent = plain.contains("e") ? Int(plain.split(separator: "e")[1]) ?? 0 : 0
            return (value, 0.5 * pow(10, Double(exponent - decimals)) * (1 + 1e-9), written)
        }
    }

    /// The results lines a README row quotes: the file its subject names, the header comments
    /// of that file's current run (library versions), and, for the centrality table, the cases
    /// of the row's measure on the graphs the row names.
    static func sourceLines(for what: String, in files: [String: [Substring]]) -> [Substring] {
        func file(_ name: String) -> [Substring] { files[name] ?? [] }
        if what.contains("equal accuracy") { return file("pagerank-accuracy.txt") }
        if what.contains("national") { return file("national.txt") }
        if what.contains("CUG") { return file("nullmodels.txt") }
        let io = file("io.txt")
        if what.contains("CSV") { return io.filter { $0.hasPrefix("#") || $0.hasPrefix("csv") } }
        if what.contains("GraphML") { return io.filter { $0.hasPrefix("#") || $0.hasPrefix("graphml") } }
        let centrality = file("centrality.txt")
        let measure = what.contains("sampled") ? "sampled betweenness"
            : ["betweenness", "closeness", "PageRank"].first { what.contains($0) }?.lowercased() ?? "?"
        let graphs = [("BA n = 10,000", "BA n=10000 "), ("BA n = 100,000", "BA n=100000 "),
                      ("BA n = 1,000,000", "BA n=1000000 "), ("R-MAT", "R-MAT"), ("Les Misérables", "Les Miserables")]
            .filter { what.contains($0.0) }.map(\.1)
        let header = centrality.prefix { $0.hasPrefix("#") }
        return Array(header) + centrality.filter { line in
            line.hasPrefix(measure) && graphs.contains { line.contains($0) }
        }
    }

    @Test("every figure in the table is in the committed results, on its row's cases")
    func figuresComeFromResults() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Performance\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| what") }
        #expect(rows.count >= 10)
        // The run the README cites, without the history kept below it in each file.
        let folder = Self.root.appendingPathComponent("Benchmarks/results")
        var files: [String: [Substring]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            files[name] = text.components(separatedBy: "\n# ----")[0].split(separator: "\n")
        }
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { Issue.record("row without a figure: \(row)"); continue }
            let lines = Self.sourceLines(for: cells[0], in: files)
            #expect(lines.count > 1, "README performance row '\(cells[0].prefix(60))…' names no results")
            let printed = lines.flatMap { Self.numbers(in: String($0)).map(\.value) }
            for figure in Self.numbers(in: cells[1]) {
                #expect(printed.contains { abs($0 - figure.value) <= figure.halfUnit },
                        "README performance row '\(cells[0].prefix(60))…': \(figure.written) is not in its results")
            }
        }
    }

    @Test("the number reader rounds as written")
    func numberReader() {
        let found = Self.numbers(in: "1.88 s, 9.35e-10, 56,547 stakeholders, 0.30 s,")
        #expect(found.map(\.written) == ["1.88", "9.35e-10", "56,547", "0.30"])
        #expect(found[0].halfUnit > 0.004 && found[0].halfUnit < 0.006)
        #expect(found[2].value == 56_547)
    }
}
