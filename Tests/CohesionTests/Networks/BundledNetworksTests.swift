import Foundation
import Testing
import Cohesion

/// The bundled case-study networks in `Networks/` are data the project publishes: they must
/// read cleanly, and their honesty rules must hold (every tie documented or marked
/// illustrative, every declared source used, partisan sources flagged where they are cited).
@Suite("Bundled case-study networks")
struct BundledNetworksTests {
    /// The package's `Networks/` folder, found from this file's path.
    static let networksFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Networks (tests)
        .deletingLastPathComponent()   // CohesionTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .appendingPathComponent("Networks")

    /// The four city files the case study and the seminar call for.
    static let cityFiles = ["lille.yaml", "nantes.yaml", "hauts-de-seine.yaml", "rennes.yaml"]

    /// Every `.yaml` file in `Networks/`, sorted.
    static func bundledFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: networksFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("each of the four city networks exists", arguments: cityFiles)
    func cityFileExists(_ name: String) {
        let path = Self.networksFolder.appendingPathComponent(name).path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
    }

    @Test("the folder holds at least the four city networks")
    func folderIsNotEmpty() throws {
        let names = Set(try Self.bundledFiles().map(\.lastPathComponent))
        #expect(Set(Self.cityFiles).isSubset(of: names))
    }

    @Test("every bundled network validates without errors or warnings")
    func validatesCleanly() throws {
        for file in try Self.bundledFiles() {
            let diagnostics = NetworkFile.validate(file.path)
            #expect(diagnostics.isEmpty, "\(file.lastPathComponent):\n\(diagnostics.map(\.description).joined(separator: "\n"))")
            // Reading must also succeed through the throwing entry point users call.
            _ = try NetworkFile.read(file.path)
        }
    }

    @Test("every tie cites a declared source or is marked illustrative")
    func tiesAreSourcedOrIllustrative() throws {
        for file in try Self.bundledFiles() {
            let network = try NetworkFile.read(file.path)
            let declared = Set(network.sources.map(\.id))
            for (index, tie) in network.ties.enumerated() {
                let label = "\(file.lastPathComponent) tie #\(index + 1) \(tie.source) -> \(tie.target) (\(tie.kind.id))"
                #expect(tie.isIllustrative || !tie.citations.isEmpty, "\(label) is neither cited nor illustrative")
                for id in tie.citations {
                    #expect(declared.contains(id), "\(label) cites undeclared source \(id)")
                }
                if tie.isIllustrative {
                    // An illustrative tie says so in its note, so a reader of the file sees why.
                    #expect(tie.note?.isEmpty == false, "\(label) is illustrative without a note")
                }
            }
        }
    }

    @Test("every declared source is cited by a stakeholder, a tie, a series point or a statement")
    func everySourceIsUsed() throws {
        for file in try Self.bundledFiles() {
            let network = try NetworkFile.read(file.path)
            var cited = Set<String>()
            for stakeholder in network.stakeholders { cited.formUnion(stakeholder.citations) }
            for tie in network.ties { cited.formUnion(tie.citations) }
            for series in network.series { for point in series.points { cited.formUnion(point.citations) } }
            for statement in network.statements { cited.formUnion(statement.citations.map(\.source)) }
            for source in network.sources {
                #expect(cited.contains(source.id), "\(file.lastPathComponent): source \(source.id) is never cited")
            }
        }
    }

    @Test("ties citing a partisan source say so in their note")
    func partisanCitationsAreFlagged() throws {
        for file in try Self.bundledFiles() {
            let network = try NetworkFile.read(file.path)
            let partisan = Set(network.sources.filter(\.isPartisan).map(\.id))
            for tie in network.ties where !partisan.isDisjoint(with: tie.citations) {
                #expect(tie.note?.localizedCaseInsensitiveContains("partisan") == true,
                        "\(file.lastPathComponent): \(tie.source) -> \(tie.target) cites a partisan source without saying so")
            }
        }
    }

    @Test("the city networks are connected enough to analyse: 25-60 stakeholders, 50-140 ties, no isolate")
    func citySizes() throws {
        for name in Self.cityFiles {
            let network = try NetworkFile.read(Self.networksFolder.appendingPathComponent(name).path)
            #expect((25...60).contains(network.stakeholders.count), "\(name): \(network.stakeholders.count) stakeholders")
            #expect((50...140).contains(network.ties.count), "\(name): \(network.ties.count) ties")
            var touched = Set<String>()
            for tie in network.ties { touched.insert(tie.source); touched.insert(tie.target) }
            for stakeholder in network.stakeholders {
                #expect(touched.contains(stakeholder.id), "\(name): \(stakeholder.id) has no tie")
            }
        }
    }

    @Test("the partisan sources of the domain notes are flagged as partisan")
    func knownPartisanSourcesAreFlagged() throws {
        // The domain notes and the local notes mark these sources with ⚑ (party, group,
        // opposition or campaign sites).
        let flagged: Set<String> = ["n30", "n44", "n50", "n53", "n56", "n58", "n63",
                                    "loc-l3", "loc-l4", "loc-l6", "loc-l7", "loc-l12", "loc-l13", "loc-l17", "loc-l18",
                                    "loc-n2", "loc-n3", "loc-n4", "loc-h1"]
        var seen = Set<String>()
        for file in try Self.bundledFiles() {
            let network = try NetworkFile.read(file.path)
            for source in network.sources {
                if flagged.contains(source.id) {
                    seen.insert(source.id)
                    #expect(source.isPartisan, "\(file.lastPathComponent): \(source.id) should be partisan: true")
                } else if source.id.hasPrefix("n") || source.id.hasPrefix("loc-") {
                    #expect(!source.isPartisan, "\(file.lastPathComponent): \(source.id) is not marked ⚑ in the notes")
                }
            }
        }
        #expect(seen == flagged, "every flagged source of the notes is used by some city file (missing \(flagged.subtracting(seen).sorted()))")
    }

    @Test("each city tie states its evidence level, consistent with its illustrative flag", arguments: cityFiles)
    func evidenceLevels(_ name: String) throws {
        let network = try NetworkFile.read(Self.networksFolder.appendingPathComponent(name).path)
        let levels: Set<String> = ["local", "national", "general-rule", "illustrative"]
        for tie in network.ties {
            let label = "\(name): \(tie.source) -> \(tie.target) (\(tie.kind.id))"
            guard let evidence = tie.evidence?.rawValue else {
                Issue.record("\(label) has no evidence")
                continue
            }
            #expect(levels.contains(evidence), "\(label): unknown evidence '\(evidence)'")
            #expect((evidence == "illustrative") == tie.isIllustrative, "\(label): evidence '\(evidence)' vs illustrative \(tie.isIllustrative)")
            if evidence == "general-rule" {
                #expect(tie.note?.contains("General rule applied locally") == true, "\(label): a generalised tie must say so in its note")
            }
        }
    }

    @Test("the cities differ where the sources say they differ")
    func documentedDifferences() throws {
        func load(_ name: String) throws -> Network {
            try NetworkFile.read(Self.networksFolder.appendingPathComponent(name).path)
        }
        let lille = try load("lille.yaml"), nantes = try load("nantes.yaml")
        let hds = try load("hauts-de-seine.yaml"), rennes = try load("rennes.yaml")
        // Nantes: a single registration desk tied to municipal and associative crèches.
        let desk = nantes.stakeholders.filter { $0.kind.id == "registration-desk" }
        #expect(desk.count == 1)
        #expect(nantes.ties.filter { $0.source == desk.first?.id || $0.target == desk.first?.id }.count >= 3)
        #expect(!lille.stakeholders.contains { $0.kind.id == "registration-desk" })
        // Lille: the Concorde crèche goes from municipal management to a concession in 2023.
        let concorde = lille.ties.filter { $0.target == "concorde" }
        #expect(concorde.contains { $0.kind.id == "manages" && $0.source == "lille" && $0.lastYear == 2023 })
        #expect(lille.ties.contains { $0.kind == .conflict && $0.firstYear == 2025 })
        // Hauts-de-Seine: the département transfers its crèches to communes.
        #expect(hds.ties.contains { $0.kind.id == "transfer" && $0.source == "dept-92" })
        // Rennes: the CTG runs 2022-2026.
        #expect(rennes.ties.contains { $0.instrument?.hasPrefix("CTG") == true && $0.firstYear == 2022 && $0.lastYear == 2026 })
    }
}
