import Foundation
import Testing

/// Issue 15.5: every figure of the README's "Lille and Nantes compared" section is printed by
/// the command shown with it.
///
/// - A `<!-- readme-figures: ARGS -->` … `<!-- /readme-figures -->` block holds the command as a
///   user types it (`$ cohesion …`, ARGS without `--format`) and a table; the command (ARGS end
///   with `--format csv`) must print, for each table row, the CSV row of the same
///   measure, and each README column must be the CSV column of the same header (so a table may
///   show some columns only: observed values and percentiles without z), numbers to the
///   decimals the README shows, "-" for a missing value.
/// - A `<!-- readme-output: ARGS -->` … `<!-- /readme-output -->` block holds a code block: its
///   first line is the command as a user types it (`$ cohesion …`), and every following line
///   must be printed by the command, in the same order and with no line between them (a
///   contiguous excerpt of its table output).
@Suite("README figures come from the commands it shows")
struct ReadmeFiguresTests {
    struct Block {
        var arguments: [String]
        var shownCommand: String?
        var header: [String] = []
        var rows: [(measure: String, cells: [String])] = []
    }

    struct OutputBlock {
        var arguments: [String]
        var shownCommand: String?
        var lines: [String] = []
    }

    static func readme() throws -> [String] {
        let text = try String(contentsOf: ToolRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func cells(_ line: String) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func arguments(_ line: Substring) -> [String] { line.split(separator: " ").map(String.init) }

    static func blocks() throws -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        for line in try readme() {
            if line.hasPrefix("<!-- readme-figures: "), line.hasSuffix(" -->") {
                current = Block(arguments: arguments(line.dropFirst("<!-- readme-figures: ".count).dropLast(" -->".count)))
            } else if line.hasPrefix("<!-- /readme-figures -->") {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current != nil, line.hasPrefix("$ cohesion ") {
                current?.shownCommand = line
            } else if current != nil, line.hasPrefix("| "), !line.hasPrefix("|---") {
                let row = cells(line)
                if current?.header.isEmpty == true {
                    current?.header = row
                } else {
                    current?.rows.append((row[0], Array(row.dropFirst())))
                }
            }
        }
        return blocks
    }

    static func outputBlocks() throws -> [OutputBlock] {
        var blocks: [OutputBlock] = []
        var current: OutputBlock?
        var inCode = false
        for line in try readme() {
            if line.hasPrefix("<!-- readme-output: "), line.hasSuffix(" -->") {
                current = OutputBlock(arguments: arguments(line.dropFirst("<!-- readme-output: ".count).dropLast(" -->".count)))
                inCode = false
            } else if line.hasPrefix("<!-- /readme-output -->") {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current != nil, line.hasPrefix("```") {
                inCode.toggle()
            } else if current != nil, inCode {
                if current?.shownCommand == nil { current?.shownCommand = line } else { current?.lines.append(line) }
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

    /// The command as the README shows it: `$ cohesion` and the arguments, without `--format`.
    static func displayed(_ arguments: [String]) -> String {
        var shown: [String] = []
        var skip = false
        for a in arguments {
            if skip { skip = false; continue }
            if a == "--format" { skip = true; continue }
            shown.append(a)
        }
        return "$ cohesion " + shown.joined(separator: " ")
    }

    @Test("the README has the comparison tables (every tie, local ties only, each with its null model) and the discourse outputs")
    func tablesExist() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 4)
        #expect(blocks.contains { $0.arguments.contains("--evidence") && !$0.arguments.contains("--null") })
        #expect(blocks.contains { !$0.arguments.contains("--evidence") && !$0.arguments.contains("--null") })
        #expect(blocks.contains { $0.arguments.contains("--evidence") && $0.arguments.contains("--null") })
        #expect(blocks.contains { !$0.arguments.contains("--evidence") && $0.arguments.contains("--null") })
        #expect(blocks.allSatisfy { !$0.rows.isEmpty && $0.header.count >= 2 })
        #expect(blocks.filter { !$0.arguments.contains("--layer") }.allSatisfy { $0.rows.count >= 5 })
        // Every null table shows the percentile beside the observed value.
        for block in blocks where block.arguments.contains("--null") {
            #expect(block.header.contains { $0.hasSuffix("percentile") } && block.header.contains { $0.hasSuffix("observed") })
        }
        let outputs = try Self.outputBlocks()
        for city in ["lille", "nantes"] {
            #expect(outputs.contains { $0.arguments.first == "discourse" && $0.arguments.contains("Networks/\(city).yaml") },
                    "no discourse output for \(city)")
        }
    }

    @Test("each README table figure equals the command's output")
    func figuresMatch() throws {
        for block in try Self.blocks() {
            let label = block.arguments.joined(separator: " ")
            #expect(block.shownCommand == Self.displayed(block.arguments), "\(label): README shows \(block.shownCommand ?? "no command")")
            let result = try ToolRunner.run(block.arguments)
            #expect(result.status == 0, "\(label): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
            var rows: [String: [String]] = [:]
            for line in lines.dropFirst() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if let id = cells.first { rows[id] = Array(cells.dropFirst()) }
            }
            // Each README column after the first is the CSV column of the same name.
            var columns: [Int] = []
            for name in block.header.dropFirst() {
                let index = try #require(header.dropFirst().firstIndex(of: name), "\(label): no column '\(name)' in \(header)")
                columns.append(index - 1)
            }
            for row in block.rows {
                let values = try #require(rows[row.measure], "\(label): no row '\(row.measure)'")
                #expect(row.cells.count == columns.count, "\(row.measure)")
                for (shown, column) in zip(row.cells, columns) {
                    let value = column < values.count ? values[column] : ""
                    #expect(Self.shows(shown, value), "\(label), \(row.measure), \(header[column + 1]): README shows \(shown), the command gives \(value)")
                }
            }
        }
    }

    @Test("each README output excerpt is what the command prints, and the command shown is the one run")
    func outputsMatch() throws {
        for block in try Self.outputBlocks() {
            let label = block.arguments.joined(separator: " ")
            #expect(block.shownCommand == Self.displayed(block.arguments), "\(label): README shows \(block.shownCommand ?? "no command")")
            #expect(!block.lines.isEmpty, "\(label): empty excerpt")
            let result = try ToolRunner.run(block.arguments)
            #expect(result.status == 0, "\(label): \(result.stderr)")
            let printed = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let n = block.lines.count
            let found = n <= printed.count && (0...(printed.count - n)).contains { Array(printed[$0..<($0 + n)]) == block.lines }
            #expect(found, "\(label): the README's excerpt is not in the output:\n\(result.stdout)")
        }
    }
}
