import Foundation
import Testing
import Cohesion

/// Issue 15: each correction the local notes make to the bundled networks, pinned; the
/// sourcing rules for local ties and conflicts; partisan sources saying which side they speak
/// from; and the decade visible in the dates.
@Suite("Case networks: corrections and local substance (issue 15)")
struct CaseCorrectionsTests {
    static func load(_ name: String) throws -> Network {
        try NetworkFile.read(BundledNetworksTests.networksFolder.appendingPathComponent(name).path)
    }

    /// Local sources: the local notes' (`loc-…`), the domain notes' local documents ([30], the
    /// Courbevoie blog, and the local figures [36]-[63]) and the seminar programme.
    static func isLocal(_ id: String) -> Bool {
        if id.hasPrefix("loc-") || id == "seminar-2012" { return true }
        guard id.hasPrefix("n"), let number = Int(id.dropFirst()) else { return false }
        return number == 30 || (36...63).contains(number)
    }

    @Test("every tie marked local cites at least one local source", arguments: BundledNetworksTests.cityFiles)
    func localTiesCiteLocalSources(_ name: String) throws {
        let network = try Self.load(name)
        for tie in network.ties where tie.evidence == .local {
            #expect(tie.citations.contains(where: Self.isLocal),
                    "\(name): \(tie.source) -> \(tie.target) (\(tie.kind.id)) is local but cites \(tie.citations)")
        }
    }

    @Test("at least 8 conflict ties across the four files, each local, cited and dated")
    func conflicts() throws {
        var total = 0
        for name in BundledNetworksTests.cityFiles {
            let network = try Self.load(name)
            for tie in network.ties where tie.kind == .conflict {
                total += 1
                #expect(!tie.citations.isEmpty && !tie.isIllustrative, "\(name): conflict \(tie.source) -> \(tie.target) unsourced")
                #expect(tie.evidence == .local)
                #expect(tie.firstYear != nil && tie.lastYear != nil, "\(name): conflict \(tie.source) -> \(tie.target) undated")
            }
        }
        #expect(total >= 8, "\(total) conflict ties")
        let lille = try Self.load("lille.yaml"), nantes = try Self.load("nantes.yaml")
        let hds = try Self.load("hauts-de-seine.yaml")
        func has(_ n: Network, _ source: String, _ target: String, _ year: Int) -> Bool {
            n.ties.contains { $0.kind == .conflict && $0.source == source && $0.target == target && $0.isValid(in: year) }
        }
        #expect(has(lille, "lille", "caf-nord", 2010))          // CEJ cuts
        #expect(has(lille, "lille-verte", "lille", 2021))       // vote against the DSP principle
        #expect(has(lille, "lille-verte", "lille", 2023))       // abstention on the award
        #expect(has(lille, "lille", "micro-creche-project-2025", 2025))
        #expect(has(hds, "communes-92", "dept-92", 2006) && has(hds, "communes-92", "dept-92", 2010))
        #expect(has(nantes, "pas-de-bebes", "state", 2010))     // strike of 11 March 2010
        #expect(has(nantes, "udc-nantes", "nantes", 2016))      // the 2016 cut
    }

    @Test("partisan sources say which side they speak from; the Greens' sites of 2010-2013 are majority sources")
    func partisanSides() throws {
        for name in BundledNetworksTests.cityFiles {
            for source in try Self.load(name).sources where source.isPartisan {
                let note = (source.note ?? "").lowercased()
                #expect(note.contains("majority") || note.contains("opposition") || note.contains("side"),
                        "\(name): partisan source \(source.id) does not say which side it speaks from")
            }
        }
        let lille = try Self.load("lille.yaml")
        for id in ["n50", "loc-l3", "loc-l7"] {
            let note = try #require(lille.sources.first { $0.id == id }?.note)
            #expect(note.contains("majority"), "\(id)")
            #expect(!note.contains("Opposition source"), "\(id) is a majority source")
        }
    }

    @Test("Lille: Concorde is one facility, municipal to 2023, conceded to Léo Lagrange in 2023")
    func concorde() throws {
        let lille = try Self.load("lille.yaml")
        #expect(lille.stakeholder(id: "madeleine-bres") == nil)
        let node = try #require(lille.stakeholder(id: "concorde"))
        #expect(node.name.contains("Madeleine Brès"))
        #expect(node.attributes["places"] == .integer(70))
        let ties = lille.ties
        #expect(ties.contains { $0.source == "lille" && $0.target == "concorde" && $0.kind.id == "manages" && $0.firstYear == 2010 && $0.lastYear == 2023 })
        #expect(!ties.contains { $0.target == "concorde" && $0.kind == .contracting }, "the concession is tied to the concessionaire")
        #expect(ties.contains { $0.source == "lille" && $0.target == "leo-lagrange" && $0.kind == .contracting
                && $0.firstYear == 2023 && $0.lastYear == 2027 && ($0.instrument ?? "").contains("concession") })
        #expect(ties.contains { $0.source == "leo-lagrange" && $0.target == "concorde" && $0.kind.id == "manages" && $0.firstYear == 2023 })
        let n53 = try #require(lille.sources.first { $0.id == "n53" }?.note)
        #expect(n53.contains("principle"))
    }

    @Test("Hauts-de-Seine: the seminar's atypical-hours scheme is IEPC's, with its crèches")
    func iepc() throws {
        let hds = try Self.load("hauts-de-seine.yaml")
        #expect(!hds.ties.contains { ($0.instrument ?? "").localizedCaseInsensitiveContains("atypical") && $0.source == "caf-92" && $0.target == "pmi-92" })
        let iepc = try #require(hds.stakeholder(id: "iepc"))
        #expect(iepc.sector == .associative)
        #expect(hds.ties.filter { $0.source == "iepc" && $0.kind.id == "manages" }.count >= 2)
        #expect(hds.ties.contains { $0.source == "maudet" && $0.target == "iepc" })
        let seminar = try #require(hds.sources.first { $0.id == "seminar-2012" }?.note)
        #expect(seminar.contains("IEPC") && seminar.contains("presented"))
    }

    @Test("Hauts-de-Seine: Gabriel Péri taken over in 2010 with tapering funding; Bébé Dom 92 from October 2005 with the CAF and MSA")
    func transfersAndBebeDom() throws {
        let hds = try Self.load("hauts-de-seine.yaml")
        #expect(hds.ties.contains { $0.source == "fontenay" && $0.target == "gabriel-peri" && $0.kind.id == "manages" && $0.firstYear == 2010 })
        #expect(hds.ties.contains { $0.source == "dept-92" && $0.target == "gabriel-peri" && $0.kind.id == "manages" && $0.lastYear == 2009 })
        #expect(hds.ties.contains { $0.source == "dept-92" && $0.target == "fontenay" && $0.kind.id == "transfer" && $0.firstYear == 2010 })
        let share = try #require(hds.series(of: "gabriel-peri", attribute: "departmentalFundingShare"))
        #expect(share.value(in: 2015) == 1.0 && share.value(in: 2016) == 0.9 && share.value(in: 2025) == 0.0)
        #expect(hds.ties.contains { $0.source == "dept-92" && $0.target == "families-92" && ($0.instrument ?? "").contains("Bébé Dom") && $0.firstYear == 2005 })
        for partner in ["caf-92", "msa-idf"] {
            #expect(hds.ties.contains { $0.source == partner && $0.target == "dept-92" && $0.firstYear == 2005 && ($0.instrument ?? "").contains("Bébé Dom") })
        }
        #expect(hds.stakeholder(id: "dept-92")?.attributes["bebeDom92Since"] == .integer(2005))
    }

    @Test("Nantes: +400 is the mayor's pledge for all crèches; 3,295 places include other crèches; the desk is dated")
    func nantes() throws {
        let nantes = try Self.load("nantes.yaml")
        #expect(nantes.stakeholder(id: "nantes")?.attributes["newPlacesPledge2014to2020"] == .integer(400))
        #expect(nantes.stakeholder(id: "nantes-associative-creches")?.attributes["newPlacesTarget2014to2020"] == nil)
        #expect(!nantes.ties.contains { $0.source == "caf-la" && ($0.instrument ?? "").contains("400") })
        #expect(nantes.stakeholder(id: "nantes")?.attributes["municipalAndAssociativePlaces2018"] == nil)
        #expect(nantes.stakeholder(id: "nantes")?.attributes["collectivePlaces2018"] == .integer(3295))
        #expect(nantes.sources.first { $0.id == "n41" }?.note?.contains("micro-crèches") == true)
        let desk = nantes.ties.filter { $0.source == "nantes-registration-desk" }
        #expect(desk.contains { $0.target == "nantes-municipal-creches" && $0.firstYear == 2011 })
        #expect(desk.contains { $0.target == "nantes-associative-creches" && $0.firstYear == 2013 })
    }

    @Test("inflated evidence corrected: committee seats are general rules, the 2014 plan ends")
    func evidence() throws {
        let lille = try Self.load("lille.yaml"), nantes = try Self.load("nantes.yaml")
        for tie in lille.ties where tie.target == "cdsf-nord" {
            #expect(tie.evidence != .local, "Lille \(tie.source) -> cdsf-nord")
        }
        for tie in nantes.ties where tie.target == "sdsf-la" && tie.source != "cdsf-la" {
            #expect(tie.evidence == .generalRule, "Nantes \(tie.source) -> sdsf-la")
            #expect(tie.lastYear == 2017, "the 2014 pilot plan ends when the 2018-2022 plan begins")
        }
    }

    @Test("innovations and persons are stakeholders tied to their partners and institutions")
    func innovationsAndPersons() throws {
        let lille = try Self.load("lille.yaml"), nantes = try Self.load("nantes.yaml")
        for id in ["parler-bambins", "faubourg-bethune-centre", "doux-calins", "innov-enfance"] {
            #expect(lille.stakeholder(id: id) != nil, "Lille \(id)")
            #expect(lille.ties.contains { ($0.source == id || $0.target == id) && !$0.citations.isEmpty }, "Lille \(id) has a sourced tie")
        }
        for id in ["joint-assessment-nantes-nord", "lcp-network", "relais-nord"] {
            #expect(nantes.stakeholder(id: id) != nil, "Nantes \(id)")
            #expect(nantes.ties.contains { ($0.source == id || $0.target == id) && $0.firstYear != nil }, "Nantes \(id) has a dated tie")
        }
        for network in [lille, nantes] {
            let persons = network.stakeholders.filter { $0.kind.id == "person" }
            #expect(persons.count >= 5)
            for person in persons {
                #expect(network.ties.contains { $0.source == person.id && $0.kind.id == "member-of" }, "\(person.id) is tied to an institution")
            }
        }
    }

    @Test("the decade is visible: local ties dated in many years from 2005 to 2025, spans set", arguments: BundledNetworksTests.cityFiles)
    func decade(_ name: String) throws {
        let network = try Self.load(name)
        var years = Set<Int>()
        for tie in network.ties where tie.evidence == .local {
            for year in [tie.firstYear, tie.lastYear].compactMap({ $0 }) where (2005...2025).contains(year) { years.insert(year) }
        }
        #expect(years.count >= (name == "rennes.yaml" ? 4 : 8), "\(name): local ties dated in \(years.sorted())")
        let first = try #require(network.firstYear), last = try #require(network.lastYear)
        #expect(first <= 2010 && last == 2025)
        // The span starts no later than the first dated local tie of the decade.
        #expect(first <= years.min() ?? first, "\(name): span starts \(first) after a local tie of \(years.min() ?? 0)")
    }

    @Test("series: every point cites a source, and the four files carry places or coverage by year")
    func series() throws {
        for name in BundledNetworksTests.cityFiles {
            let network = try Self.load(name)
            #expect(network.series.contains { ["places", "coverage", "placesCreatedSince2020"].contains($0.attribute) }, "\(name)")
            for s in network.series {
                for p in s.points { #expect(!p.citations.isEmpty, "\(name): \(s.stakeholder) \(s.attribute) \(p.year) uncited") }
            }
        }
    }
}
