import Foundation
import Testing

/// Issue 15.5: every figure of the README's "Lille and Nantes compared" tables is printed by
/// the command shown above the table. Each `<!-- readme-figures: ARGS -->` block names the
/// command (run here with `--format csv`); each table row must match the CSV row of the same
/// measure, numbers to the decimals the README shows, "-" for a missing value.
@Suite("README figures come from the commands it shows")
struct ReadmeFiguresTests {
    struct Block {
        var arguments: [String]
        var rows: [(measure: String, cells: [String])]
    }

    static func blocks() throws -> [Block] {
        let readme = try String(contentsOf: ToolRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: Block?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("<!-- readme-figures: "), line.hasSuffix(" -->") {
                let command = line.dropFirst("<!-- readme-figures: ".count).dropLast(" -->".count)
                current = Block(arguments: command.split(separator: " ").map(String.init), rows: [])
            } else if line.hasPrefix("<!-- /readme-figures -->") {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current != nil, line.hasPrefix("| "), !line.hasPrefix("| measure |"), !line.hasPrefix("|---") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                current?.rows.append((cells[0], Array(cells.dropFirst())))
            }
        }
        return blocks
    }

    /// Whether a README cell shows a CSV value: same text, or the number rounded to the
    /// README's decimals; "-" stands for an empty cell.
    static func shows(_ shown: String, _ value: String) -> Bool {
        if shown == "-" { return value.isEmpty }
        if shown == value { return true }
        guard let a = Double(shown), let b = Double(value) else { return false }
        let decimals = shown.split(separator: ".").dropFirst().first?.count ?? 0
        let scale = pow(10, Double(decimals))
        return (b * scale).rounded() / scale == a
    }

    @Test("the README has both comparison tables, with every tie and with local ties only")
    func tablesExist() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 2)
        #expect(blocks.contains { $0.arguments.contains("--evidence") })
        #expect(blocks.allSatisfy { $0.rows.count >= 5 })
    }

    @Test("each README figure equals the command's output")
    func figuresMatch() throws {
        for block in try Self.blocks() {
            let result = try ToolRunner.run(block.arguments)
            #expect(result.status == 0, "\(block.arguments): \(result.stderr)")
            var rows: [String: [String]] = [:]
            for line in result.stdout.split(separator: "\n").map(String.init) {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if let id = cells.first { rows[id] = Array(cells.dropFirst()) }
            }
            for row in block.rows {
                let values = try #require(rows[row.measure], "\(block.arguments.joined(separator: " ")): no row '\(row.measure)'")
                #expect(values.count == row.cells.count, "\(row.measure)")
                for (shown, value) in zip(row.cells, values) {
                    #expect(Self.shows(shown, value), "\(row.measure): README shows \(shown), the command gives \(value)")
                }
            }
        }
    }
}
