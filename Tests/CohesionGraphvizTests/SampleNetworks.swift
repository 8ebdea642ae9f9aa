import Cohesion
import Foundation

/// Networks built in code for the rendering tests: several kinds, sectors, levels and every
/// built-in tie kind, with awkward names.
enum SampleNetworks {
    static func nantes() -> Network {
        var n = Network(title: "Childcare governance in Nantes", place: "Nantes", firstYear: 2015, lastYear: 2024)
        n.stakeholders = [
            Stakeholder(id: "cnaf", name: "CNAF", kind: .nationalFamilyAllowanceFund, sector: .public, level: .national),
            Stakeholder(id: "state", name: "Ministère des Solidarités", kind: .state, sector: .public, level: .national),
            Stakeholder(id: "caf44", name: "CAF de Loire-Atlantique", kind: .familyAllowanceOffice, sector: .public,
                        level: .departmental, place: "Loire-Atlantique"),
            Stakeholder(id: "cd44", name: "Département de Loire-Atlantique", kind: .departmentalCouncil, sector: .public,
                        level: .departmental, place: "Loire-Atlantique"),
            Stakeholder(id: "pmi44", name: "PMI 44", kind: .maternalAndChildHealthService, sector: .public,
                        level: .departmental, place: "Loire-Atlantique"),
            Stakeholder(id: "nantes", name: "Ville de Nantes", kind: .municipality, sector: .public, level: .municipal,
                        place: "Nantes", attributes: ["places": 3295]),
            Stakeholder(id: "metropole", name: "Nantes Métropole", kind: .interMunicipalAuthority, sector: .public,
                        level: .interMunicipal, place: "Nantes"),
            Stakeholder(id: "leo", name: "Léo Lagrange \"Ouest\"", kind: .associativeProvider, sector: .associative,
                        level: .municipal, place: "Nantes"),
            Stakeholder(id: "acepp", name: "ACEPP 44", kind: .federation, sector: .associative, level: .departmental),
            Stakeholder(id: "lutins", name: "Crèche parentale\nLes Lutins", kind: .parentalProvider, sector: .parental,
                        level: .neighbourhood, place: "Nantes"),
            Stakeholder(id: "babilou", name: "Babilou", kind: .privateCompany, sector: .privateForProfit,
                        level: .national),
            Stakeholder(id: "mam", name: "MAM Les P'tits Loups", kind: .childminderHouse, sector: .privateForProfit,
                        level: .neighbourhood, place: "Nantes"),
            Stakeholder(id: "rpe", name: "RPE Nantes Nord", kind: .earlyChildhoodRelay, sector: .public,
                        level: .neighbourhood, place: "Nantes"),
            Stakeholder(id: "udaf", name: "UDAF 44", kind: .familyAssociationsUnion, sector: .associative,
                        level: .departmental),
            Stakeholder(id: "cdaje", name: "CDAJE 44", kind: .committee, sector: .public, level: .departmental),
            Stakeholder(id: "airbus", name: "Airbus Saint-Nazaire", kind: .employer, sector: .business,
                        level: .municipal),
            Stakeholder(id: "node", name: "back\\slash & <b>not bold</b>", kind: StakeholderKind(id: "social-landlord"),
                        sector: Sector("social-economy"), level: .municipal),
        ]
        n.stakeholderKinds = [StakeholderKind(id: "social-landlord", name: "social landlord")]
        n.ties = [
            Tie(source: "cnaf", target: "caf44", kind: .contracting, instrument: "COG"),
            Tie(source: "caf44", target: "nantes", kind: .contracting, instrument: "CTG", firstYear: 2020),
            Tie(source: "caf44", target: "leo", kind: .funding, instrument: "PSU",
                amount: Amount(value: 4_200_000, year: 2022)),
            Tie(source: "caf44", target: "lutins", kind: .funding, instrument: "PSU",
                amount: Amount(value: 310_000, year: 2022)),
            Tie(source: "caf44", target: "babilou", kind: .funding, instrument: "PSU",
                amount: Amount(value: 1_100_000, year: 2022)),
            Tie(source: "nantes", target: "leo", kind: .contracting, instrument: "DSP"),
            Tie(source: "nantes", target: "leo", kind: .funding, amount: Amount(value: 900_000, year: 2022)),
            Tie(source: "nantes", target: "babilou", kind: .contracting, instrument: "place reservation"),
            Tie(source: "airbus", target: "babilou", kind: .contracting, instrument: "employer places"),
            Tie(source: "pmi44", target: "lutins", kind: .authorisation),
            Tie(source: "pmi44", target: "leo", kind: .authorisation),
            Tie(source: "pmi44", target: "mam", kind: .authorisation),
            Tie(source: "pmi44", target: "babilou", kind: .authorisation),
            Tie(source: "cd44", target: "pmi44", kind: .funding, amount: Amount(value: 2_000_000)),
            Tie(source: "state", target: "cnaf", kind: .contracting, instrument: "COG"),
            Tie(source: "udaf", target: "caf44", kind: .representation),
            Tie(source: "caf44", target: "cdaje", kind: .coordination),
            Tie(source: "cd44", target: "cdaje", kind: .coordination),
            Tie(source: "nantes", target: "metropole", kind: .coordination),
            Tie(source: "acepp", target: "lutins", kind: .coalition),
            Tie(source: "acepp", target: "leo", kind: .coalition),
            Tie(source: "babilou", target: "acepp", kind: .conflict),
            Tie(source: "rpe", target: "mam", kind: .coordination),
            Tie(source: "nantes", target: "rpe", kind: .funding, isIllustrative: true),
            Tie(source: "metropole", target: "node", kind: .contracting, isIllustrative: true),
        ]
        return n
    }

    static func lille() -> Network {
        var n = Network(title: "Childcare governance in Lille", place: "Lille", firstYear: 2018, lastYear: 2024)
        n.stakeholders = [
            Stakeholder(id: "caf59", name: "CAF du Nord", kind: .familyAllowanceOffice, sector: .public, level: .departmental),
            Stakeholder(id: "cd59", name: "Département du Nord", kind: .departmentalCouncil, sector: .public, level: .departmental),
            Stakeholder(id: "pmi59", name: "PMI du Nord", kind: .maternalAndChildHealthService, sector: .public, level: .departmental),
            Stakeholder(id: "lille", name: "Ville de Lille", kind: .municipality, sector: .public, level: .municipal),
            Stakeholder(id: "mel", name: "Métropole européenne de Lille", kind: .interMunicipalAuthority, sector: .public,
                        level: .interMunicipal),
            Stakeholder(id: "leo", name: "Léo Lagrange Nord", kind: .associativeProvider, sector: .associative, level: .municipal),
            Stakeholder(id: "people", name: "People&Baby", kind: .privateCompany, sector: .privateForProfit, level: .national),
            Stakeholder(id: "parents", name: "Collectif de parents", kind: .parentalProvider, sector: .parental,
                        level: .neighbourhood),
        ]
        n.ties = [
            Tie(source: "caf59", target: "lille", kind: .contracting, instrument: "CTG"),
            Tie(source: "caf59", target: "leo", kind: .funding, amount: Amount(value: 2_500_000)),
            Tie(source: "caf59", target: "people", kind: .funding, amount: Amount(value: 800_000)),
            Tie(source: "lille", target: "people", kind: .contracting, instrument: "DSP"),
            Tie(source: "lille", target: "leo", kind: .contracting, instrument: "DSP"),
            Tie(source: "pmi59", target: "people", kind: .authorisation),
            Tie(source: "pmi59", target: "parents", kind: .authorisation),
            Tie(source: "cd59", target: "pmi59", kind: .funding),
            Tie(source: "lille", target: "mel", kind: .coordination),
            Tie(source: "parents", target: "leo", kind: .coalition),
            Tie(source: "parents", target: "lille", kind: .conflict),
        ]
        return n
    }

    /// A random network of a given size, with kinds, sectors and levels drawn from the built-ins.
    static func random(nodes: Int, ties: Int, seed: UInt64) -> Network {
        var generator = SeededGenerator(seed: seed)
        let kinds = StakeholderKind.wellKnown
        let sectors: [Sector] = [.public, .associative, .parental, .privateForProfit, .business]
        var n = Network(title: "Random \(nodes)")
        n.stakeholders = (0..<nodes).map { i in
            Stakeholder(id: "s\(i)", kind: kinds[Int(generator.next() % UInt64(kinds.count))],
                        sector: sectors[Int(generator.next() % 5)], level: Level.wellKnown[Int(generator.next() % 6)])
        }
        n.ties = (0..<ties).map { _ in
            let a = Int(generator.next() % UInt64(nodes))
            var b = Int(generator.next() % UInt64(nodes))
            if b == a { b = (a + 1) % nodes }
            return Tie(source: "s\(a)", target: "s\(b)", kind: TieKind.wellKnown[Int(generator.next() % 7)])
        }
        return n
    }

    /// Out-degree plus in-degree by stakeholder id, counting every tie.
    static func degree(_ network: Network) -> [String: Double] {
        var degree: [String: Double] = [:]
        for s in network.stakeholders { degree[s.id] = 0 }
        for t in network.ties {
            degree[t.source, default: 0] += 1
            degree[t.target, default: 0] += 1
        }
        return degree
    }
}
