import Foundation
import Testing
@testable import Cohesion

/// Each format's `keeps` is a promise: what it declares it keeps comes back when the format
/// writes a network and reads it again, and what it does not keep is named in the writer's
/// warning. Checked on the bundled Lille network, with an isolate, a self-tie and a parallel tie
/// added so every capability has something to keep.
@Suite("Formats keep what they declare")
struct FormatKeepsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func rich() throws -> Network {
        var network = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        network.stakeholders.append(Stakeholder(id: "isolate", name: "A stakeholder with no tie", kind: .municipality))
        let first = try #require(network.ties.first)
        network.ties.append(first)                                         // a parallel tie
        var loop = first
        loop.target = loop.source
        network.ties.append(loop)                                          // a self-tie
        return network
    }

    /// The pairs (and kinds, where kinds are kept) that hold more than one tie in `network`.
    static func parallelPairs(_ network: Network, keeps: FormatCapabilities) -> Set<String> {
        var seen = Set<String>(), parallel = Set<String>()
        for t in network.ties where !seen.insert(pairKey(t, keeps: keeps)).inserted { parallel.insert(pairKey(t, keeps: keeps)) }
        return parallel
    }

    /// The network as a format that keeps `keeps` can give it back at best: self-ties dropped
    /// where it keeps none and, where it keeps no parallel ties, the pairs that had several left
    /// out (a merged pair's weight and fields follow the format's merge rule), so each
    /// capability is judged on its own.
    static func comparable(_ network: Network, keeps: FormatCapabilities, parallel: Set<String>) -> Network {
        var out = network
        if !keeps.contains(.selfTies) { out.ties.removeAll { $0.source == $0.target } }
        if !keeps.contains(.parallelTies) { out.ties.removeAll { parallel.contains(pairKey($0, keeps: keeps)) } }
        return out
    }

    /// A tie's pair, unordered where the format cannot tell undirected ties from arcs or the tie is undirected.
    static func pairKey(_ t: Tie, keeps: FormatCapabilities) -> String {
        let unordered = !t.kind.isDirected || !keeps.contains(.mixedDirection)
        let (a, b) = !unordered || t.source <= t.target ? (t.source, t.target) : (t.target, t.source)
        return "\(a)→\(b)" + (keeps.contains(.tieKinds) ? " " + t.kind.id : "")
    }

    /// What a capability keeps, as a value that must be equal before and after a round trip.
    static func projection(_ capability: FormatCapabilities, of network: Network, keeps: FormatCapabilities) -> [String] {
        func tieKey(_ t: Tie) -> String { pairKey(t, keeps: keeps) }
        func sortedTies(_ f: (Tie) -> String) -> [String] { network.ties.map { tieKey($0) + " " + f($0) }.sorted() }
        switch capability {
        case .networkFields:
            return [network.title, network.place, network.firstYear.map(String.init), network.lastYear.map(String.init), network.description]
                .map { $0 ?? "-" }
        case .stakeholderNames: return network.stakeholders.map { "\($0.id)=\($0.name)" }.sorted()
        case .stakeholderFields:
            return network.stakeholders.map {
                [$0.id, $0.kind.id, $0.sector?.rawValue ?? "-", $0.level?.rawValue ?? "-", $0.place ?? "-",
                 $0.citations.joined(separator: ","), $0.note ?? "-"].joined(separator: "|")
            }.sorted()
        case .stakeholderAttributes:
            return network.stakeholders.map { s in s.id + ":" + s.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }.sorted()
        case .tieKinds: return sortedTies { $0.kind.id }
        // A format without "no weight" writes 1, which analyses read as no weight.
        // Where undirected ties may come back as two arcs (no mixed direction), each pair's
        // weight is compared once.
        case .weights:
            let weights = sortedTies { String($0.weight ?? 1) }
            return keeps.contains(.mixedDirection) ? weights : Array(Set(weights)).sorted()
        case .tieFields:
            return sortedTies { [$0.kind.id, $0.instrument ?? "-", $0.citations.joined(separator: ","), String($0.isIllustrative), $0.note ?? "-"].joined(separator: "|") }
        case .amounts: return sortedTies { $0.amount.map { "\($0.value) \($0.currency) \($0.year.map(String.init) ?? "-")" } ?? "-" }
        case .years: return sortedTies { "\($0.kind.id) \($0.firstYear.map(String.init) ?? "-")–\($0.lastYear.map(String.init) ?? "-")" }
        case .tieAttributes:
            return sortedTies { t in t.kind.id + " " + t.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
        case .sources: return network.sources.map { "\($0.id) \($0.title)" }.sorted()
        case .parallelTies: return [String(network.ties.count)]
        case .mixedDirection: return network.ties.map { "\(tieKey($0)) \($0.kind.isDirected)" }.sorted()
        case .isolates: return network.stakeholders.map(\.id).sorted()
        case .selfTies: return [String(network.ties.filter { $0.source == $0.target }.count)]
        case .tieKindDeclarations:
            let used = Set(network.ties.map(\.kind.id))
            return network.tieKinds.filter { used.contains($0.id) }.map { "\($0.id) \($0.isDirected) \($0.sign)" }.sorted()
        case .kindDeclarations:
            return network.stakeholderKinds.map { "\($0.id) \($0.name) \($0.broader ?? "-")" }.sorted()
        case .statements:
            return network.statements.map { "\($0.actor) \($0.concept) \($0.qualifier) \($0.date.map { "\($0)" } ?? "-")" }.sorted()
                + network.concepts.map { "\($0.id) \($0.label)" }.sorted()
        case .series:
            // The values by year; units, notes and citations of series are FormatLosses' business.
            return network.series.map { "\($0.stakeholder) \($0.attribute) " + $0.points.map { "\($0.year):\($0.value)" }.joined(separator: ",") }.sorted()
        default: return []
        }
    }

    /// The items of `a` that `b` lacks, counted as a multiset.
    static func difference(_ a: [String], _ b: [String]) -> [String] {
        var left = Dictionary(b.map { ($0, 1) }, uniquingKeysWith: +)
        return a.filter { item in
            if let n = left[item], n > 0 { left[item] = n - 1; return false }
            return true
        }
    }

    static let capabilities: [(FormatCapabilities, String)] = [
        (.networkFields, "network fields"), (.stakeholderNames, "stakeholder names"), (.stakeholderFields, "stakeholder fields"),
        (.stakeholderAttributes, "stakeholder attributes"), (.tieKinds, "tie kinds"), (.weights, "weights"),
        (.tieFields, "tie fields"), (.amounts, "amounts"), (.years, "years"), (.tieAttributes, "tie attributes"),
        (.sources, "sources"), (.kindDeclarations, "kind declarations"), (.parallelTies, "parallel ties"),
        (.mixedDirection, "mixed direction"), (.isolates, "isolates"), (.tieKindDeclarations, "tie kind declarations"),
        (.selfTies, "self-ties"), (.statements, "statements"), (.series, "series"),
    ]

    static var roundTripFormats: [String] {
        FormatRegistry.builtIn.formats.filter { $0.reads && $0.writes }.map(\.rawValue)
    }

    @Test("a written and re-read network keeps every capability its format declares", arguments: roundTripFormats)
    func keepsWhatItDeclares(_ id: String) throws {
        let format = try #require(FormatRegistry.builtIn.format(id: id))
        let network = try Self.rich()
        let file = "keeps.\(format.extensions.first ?? id)"
        let writer = try #require(format.writer)
        let reader = try #require(format.reader)
        let written = try writer(network, file)
        var options = NetworkReadOptions()
        options.format = format
        let loaded = try reader(written.bytes, file, options)
        let back = try #require(loaded.network, "\(id) did not read back what it wrote: \(loaded.diagnostics)")
        for (capability, name) in Self.capabilities where format.keeps.contains(capability) {
            let parallel = Self.parallelPairs(network, keeps: format.keeps)
            let after = Self.projection(capability, of: Self.comparable(back, keeps: format.keeps, parallel: parallel), keeps: format.keeps)
            let before = Self.projection(capability, of: Self.comparable(network, keeps: format.keeps, parallel: parallel), keeps: format.keeps)
            #expect(after == before, "\(id) declares it keeps \(name); lost: \(Self.difference(before, after).prefix(3)), gained: \(Self.difference(after, before).prefix(3))")
        }
        // What it does not keep, and the network has, is named in one warning.
        let lost = FormatLosses.warnings(network, keeps: format.keeps, format: format.name, file: file)
        if !lost.isEmpty, format.keeps != .everything {
            #expect(!written.warnings.isEmpty, "\(id) loses something without a warning")
        }
    }
}
