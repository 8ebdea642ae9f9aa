import Foundation
import Testing

/// Terminal tables a researcher can read (issue 17.6) and output formats chosen by the output
/// file's extension (17.5).
@Suite("Readable terminal tables")
struct ReadableTablesTests {
    static let narrow: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        return environment
    }()

    static let commands: [[String]] = [
        ["compare", "Networks/lille.yaml", "Networks/nantes.yaml"],
        ["compare", "Networks/lille.yaml", "Networks/nantes.yaml", "Networks/rennes.yaml", "Networks/hauts-de-seine.yaml"],
        ["brokerage", "Networks/lille.yaml", "--partition", "sector"],
        ["brokerage", "Networks/nantes.yaml", "--partition", "kind", "--by-group"],
        ["brokerage", "Networks/lille.yaml", "--partition", "sector", "--network"],
        ["evolution", "Networks/lille.yaml"],
        ["profile", "Networks/lille.yaml", "Networks/nantes.yaml", "Networks/rennes.yaml"],
        ["centrality", "Networks/lille.yaml", "--measures", "degree,betweenness,closeness,harmonic,eigenvector,katz,pageRank,hubs,authorities,clustering"],
        ["coalitions", "Networks/lille.yaml", "--signed", "--against", "sector"],
        ["coalitions", "Networks/nantes.yaml", "--qap", "funding,coordination", "--permutations", "100"],
        ["info", "Networks/hauts-de-seine.yaml"],
    ]

    /// The number of significant digits a decimal token shows.
    static func significantDigits(_ token: String) -> Int {
        var digits = token.filter(\.isNumber)
        while digits.hasPrefix("0") { digits.removeFirst() }
        return digits.count
    }

    @Test("with COLUMNS=100 and no terminal, lines fit 100 columns; numbers show ≤ 4 significant digits, no exponent",
          arguments: commands)
    func fits(_ arguments: [String]) throws {
        let result = try ToolRunner.run(arguments, environment: Self.narrow)
        #expect(result.status == 0, "\(result.stderr)")
        for line in result.stdout.split(separator: "\n") {
            #expect(line.count <= 100, "\(arguments[0]): \(line.count) characters: \(line)")
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == ";" })
            for token in tokens.map(String.init) {
                #expect(token.range(of: #"^-?[0-9.]+[eE][-+]?[0-9]+$"#, options: .regularExpression) == nil, "exponent: \(token)")
                if token.range(of: #"^-?[0-9]*\.[0-9]+$"#, options: .regularExpression) != nil {
                    #expect(Self.significantDigits(token) <= 4, "\(arguments[0]): \(token) in \(line)")
                }
            }
        }
    }

    @Test("centrality shows names beside ids, sorted by the first measure")
    func centralityNamesAndOrder() throws {
        let result = try ToolRunner.run(["centrality", "Networks/lille.yaml"], environment: Self.narrow)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("id ") })
        #expect(header.contains(" name "))
        #expect(result.stdout.contains("CAF du Nord"))
        // The first measure of a directed network is inDegree: non-increasing down the first block.
        let start = try #require(lines.firstIndex(of: header)) + 2
        let nameColumn = try #require(header.range(of: "inDegree"))
        var previous = Int.max
        for line in lines[start...] {
            guard !line.isEmpty, line.count >= header.distance(from: header.startIndex, to: nameColumn.upperBound) else { break }
            let end = line.index(line.startIndex, offsetBy: header.distance(from: header.startIndex, to: nameColumn.upperBound))
            let cell = line[..<end].split(separator: " ").last.map(String.init) ?? ""
            let value = try #require(Int(cell), "\(line)")
            #expect(value <= previous)
            previous = value
        }
    }

    @Test("compare labels the group without a sector; profile heads columns by place and rows in words")
    func labels() throws {
        let compare = try ToolRunner.run(["compare", "Networks/lille.yaml", "Networks/nantes.yaml"], environment: Self.narrow)
        #expect(!compare.stdout.contains("E-I: (none)"))
        #expect(compare.stdout.contains("E-I: (no sector)"))
        let profile = try ToolRunner.run(["profile", "Networks/lille.yaml", "Networks/nantes.yaml"], environment: Self.narrow)
        #expect(profile.stdout.contains("Lille") && profile.stdout.contains("Nantes"))
        let header = profile.stdout.split(separator: "\n").first { $0.hasPrefix("measure") } ?? ""
        #expect(header.contains("Lille") && !header.contains("Networks/lille.yaml"))
        #expect(profile.stdout.contains("average path length") && !profile.stdout.contains("averagePathLength"))
    }

    @Test("-o picks the format from the extension unless --format says otherwise")
    func outputExtension() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("c.csv"), json = dir.appendingPathComponent("c.json")
        let md = dir.appendingPathComponent("c.md"), forced = dir.appendingPathComponent("t.json")
        for (path, extra) in [(csv, [String]()), (json, []), (md, []), (forced, ["--format", "table"])] {
            let result = try ToolRunner.run(["centrality", "Networks/lille.yaml", "-o", path.path] + extra)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try String(contentsOf: csv, encoding: .utf8).hasPrefix("id,inDegree,outDegree"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        #expect((object?["nodes"] as? [Any])?.count == 45)
        #expect(try String(contentsOf: md, encoding: .utf8).contains("| id "))
        #expect(try String(contentsOf: forced, encoding: .utf8).contains("-----"))
        let brokerage = dir.appendingPathComponent("b.csv")
        _ = try ToolRunner.run(["brokerage", "Networks/lille.yaml", "--partition", "sector", "-o", brokerage.path])
        #expect(try String(contentsOf: brokerage, encoding: .utf8).hasPrefix("id,group,coordinator"))
    }
}
