import Foundation
import Testing
import Cohesion

/// Issue 15: the stance statements of the four city files (the discourse layer), read from the
/// files themselves: how many, what they cite, who speaks and for which side.
@Suite("Case networks: stance statements (issue 15)")
struct CaseStatementsTests {
    static func load(_ name: String) throws -> Network { try CaseCorrectionsTests.load(name) }

    /// The statements per file the local notes document (sections 1.3, 2.3, 3 and 4.2, less the
    /// researchers' own readings, an unsigned aside, an unnamed blog and a crèche outside Nantes).
    static let expectedCounts = ["lille.yaml": 20, "nantes.yaml": 13, "hauts-de-seine.yaml": 6, "rennes.yaml": 2]

    @Test("the four files hold at least 40 statements, none left in a separate folder")
    func counts() throws {
        var total = 0
        for name in BundledNetworksTests.cityFiles {
            let count = try Self.load(name).statements.count
            #expect(count == Self.expectedCounts[name], "\(name): \(count) statements")
            total += count
        }
        #expect(total >= 40, "\(total) statements")
        let folder = BundledNetworksTests.networksFolder.appendingPathComponent("statements").path
        #expect(!FileManager.default.fileExists(atPath: folder), "statements belong in the city files, not in \(folder)")
    }

    @Test("every statement cites a declared local source with a verbatim excerpt, and is not illustrative",
          arguments: BundledNetworksTests.cityFiles)
    func statementsAreSourced(_ name: String) throws {
        let network = try Self.load(name)
        let declared = Set(network.sources.map(\.id))
        let concepts = Set(network.concepts.map(\.id))
        for (index, s) in network.statements.enumerated() {
            let label = "\(name) statement #\(index + 1) \(s.actor) on \(s.concept)"
            #expect(!s.isIllustrative, "\(label) is illustrative")
            #expect(!s.citations.isEmpty, "\(label) cites nothing")
            for c in s.citations {
                #expect(declared.contains(c.source), "\(label) cites undeclared source \(c.source)")
                #expect(c.excerpt?.isEmpty == false, "\(label): citation of \(c.source) has no excerpt")
                // The notes' excerpts are at most 25 words.
                #expect((c.excerpt ?? "").split(separator: " ").count <= 25, "\(label): excerpt longer than 25 words")
            }
            #expect(s.citations.contains { CaseCorrectionsTests.isLocal($0.source) }, "\(label) cites no local source")
            #expect(network.stakeholder(id: s.actor) != nil && concepts.contains(s.concept), "\(label)")
        }
    }

    @Test("statements citing a partisan source say so; each says which side it speaks from",
          arguments: BundledNetworksTests.cityFiles)
    func sides(_ name: String) throws {
        let network = try Self.load(name)
        let partisan = Set(network.sources.filter(\.isPartisan).map(\.id))
        for s in network.statements {
            let label = "\(name): \(s.actor) on \(s.concept)"
            if s.citations.contains(where: { partisan.contains($0.source) }) {
                #expect(s.note?.localizedCaseInsensitiveContains("partisan") == true, "\(label) cites a partisan source without saying so")
            }
            guard case .string(let side)? = s.attributes["side"] else {
                Issue.record("\(label) has no side")
                continue
            }
            #expect(["majority", "opposition", "none"].contains(side), "\(label): side \(side)")
            if side != "none" { #expect(s.attributes["council"] != nil, "\(label): side \(side) of which council?") }
        }
    }

    @Test("Lille: the Greens' deputy mayor speaks for the majority; Baert, Lille Verte and FRL for the opposition")
    func lilleSides() throws {
        let lille = try Self.load("lille.yaml")
        func sides(of actor: String) -> Set<AttributeValue?> { Set(lille.statements.filter { $0.actor == actor }.map { $0.attributes["side"] }) }
        #expect(sides(of: "daleux") == [.string("majority")])
        #expect(sides(of: "aubry") == [.string("majority")])
        for actor in ["baert", "bocquet", "brulant", "frl"] {
            #expect(sides(of: actor) == [.string("opposition")], "\(actor)")
        }
        // The 2025 refusal's reasons are the majority's, reported by the opposition's site.
        let refusal = try #require(lille.statements.first { $0.actor == "lille" && $0.date == StatementDate("2025-04-28") })
        #expect(refusal.citations.map(\.source) == ["n56"] && refusal.note?.contains("as the opposition reports it") == true)
        // Dated as the sources date them: the Concorde vote of March 2021 and the award of February 2023.
        #expect(lille.statements.contains { $0.actor == "bocquet" && $0.concept == "concession-of-creches" && $0.date == StatementDate("2021") })
        #expect(lille.statements.contains { $0.actor == "bocquet" && $0.concept == "concession-of-creches" && $0.date == StatementDate("2023") })
    }

    @Test("persons and groups who speak are stakeholders tied to their institution or group", arguments: BundledNetworksTests.cityFiles)
    func speakersAreTied(_ name: String) throws {
        let network = try Self.load(name)
        for actor in Set(network.statements.map(\.actor)) {
            let stakeholder = try #require(network.stakeholder(id: actor), "\(name): \(actor)")
            if ["person", "political-group"].contains(stakeholder.kind.id) {
                #expect(network.ties.contains { $0.source == actor && $0.kind.id == "member-of" && !$0.citations.isEmpty },
                        "\(name): \(actor) speaks but is tied to no institution")
            }
        }
    }

    @Test("no statement falls outside its file's span")
    func datesInSpan() throws {
        for name in BundledNetworksTests.cityFiles {
            let network = try Self.load(name)
            let first = try #require(network.firstYear), last = try #require(network.lastYear)
            for s in network.statements {
                guard let date = s.date else { continue }
                let year = Int(date.description.prefix(4)) ?? 0
                #expect((first...last).contains(year), "\(name): \(s.actor) \(date)")
            }
        }
    }
}

/// `Networks/README.md` describes each file by its counts; they must be the files' own.
@Suite("Networks/README.md counts the files as they are")
struct NetworksReadmeCountsTests {
    @Test("the table of files matches each file's stakeholders, ties, evidence, sources, series and statements")
    func tableOfFiles() throws {
        let text = try String(contentsOf: BundledNetworksTests.networksFolder.appendingPathComponent("README.md"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n").map(String.init) where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard name.hasSuffix(".yaml"), cells.count == 10 else { continue }
            let n = try NetworkFile.read(BundledNetworksTests.networksFolder.appendingPathComponent(name).path)
            let local = n.ties.filter { $0.evidence == .local }.count
            let points = n.series.reduce(0) { $0 + $1.points.count }
            let expected = [
                "\(n.firstYear.map(String.init) ?? "?")-\(n.lastYear.map(String.init) ?? "?")",
                "\(n.stakeholders.count)", "\(n.ties.count)", local == 0 ? "-" : "\(local)",
                "\(n.ties.filter { $0.kind == .conflict }.count)", "\(n.ties.filter(\.isIllustrative).count)",
                "\(n.sources.count) (\(n.sources.filter(\.isPartisan).count))",
                n.series.isEmpty ? "-" : "\(n.series.count) (\(points))",
                n.statements.isEmpty ? "-" : "\(n.statements.count) (\(n.concepts.count))",
            ]
            #expect(Array(cells[1...]) == expected, "\(name): README shows \(Array(cells[1...])), the file has \(expected)")
            checked += 1
        }
        #expect(checked == 5)
    }
}
