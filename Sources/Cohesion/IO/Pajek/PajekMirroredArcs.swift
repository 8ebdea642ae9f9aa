/// Pajek files Cohesion writes for a network mixing directed and undirected kinds hold only
/// `*Arcs`, each undirected tie as two opposite arcs, and a comment naming those kinds:
/// `% cohesion undirected: coordination, rivalry`. Reading such a file back, this folds each
/// pair into one undirected tie again, so the round trip keeps the network.
///
/// ```swift
/// let network = PajekMirroredArcs.folding(try PajekNet.read(bytes: bytes, file: path), bytes: bytes)
/// ```
///
/// - Complexity: O(*m*) expected.
public enum PajekMirroredArcs {
    /// The comment's prefix.
    static let marker = "% cohesion undirected: "

    /// The comment line naming the undirected kinds.
    static func comment(_ kinds: [TieKind]) -> String {
        marker + kinds.map { $0.id.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: ", ") + "\n"
    }

    /// The kinds the comment names, if the file has it.
    static func undirectedKinds(in bytes: [UInt8]) -> Set<String>? {
        let prefix = Array(marker.utf8)
        var lineStart = 0
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                let line = bytes[lineStart..<i]
                if line.starts(with: prefix) {
                    let rest = String(decoding: line.dropFirst(prefix.count), as: UTF8.self)
                    return Set(rest.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty })
                }
                lineStart = i + 1
            }
        }
        return nil
    }

    /// A network read from `bytes` with each pair of opposite arcs of a kind the comment names
    /// folded into one undirected tie of that kind; unchanged without the comment.
    public static func folding(_ network: Network, bytes: [UInt8]) -> Network {
        guard let names = undirectedKinds(in: bytes), !names.isEmpty else { return network }
        var out = network
        var kinds: [String: TieKind] = [:]
        for k in network.tieKinds where names.contains(k.id) {
            kinds[k.id] = TieKind(id: k.id, isDirected: false, sign: k.sign)
        }
        out.tieKinds = network.tieKinds.map { kinds[$0.id] ?? $0 }
        struct Key: Hashable { var a: String; var b: String; var kind: String; var weight: Double? }
        var waiting: [Key: Int] = [:]
        var ties: [Tie] = []
        for t in network.ties {
            guard names.contains(t.kind.id) else { ties.append(t); continue }
            let mirror = Key(a: t.target, b: t.source, kind: t.kind.id, weight: t.weight)
            if t.source != t.target, let n = waiting[mirror], n > 0 {
                waiting[mirror] = n - 1
                continue
            }
            var u = t
            u.kind = kinds[t.kind.id] ?? TieKind(id: t.kind.id, isDirected: false, sign: t.kind.sign)
            ties.append(u)
            if t.source != t.target { waiting[Key(a: t.source, b: t.target, kind: t.kind.id, weight: t.weight), default: 0] += 1 }
        }
        out.ties = ties
        return out
    }
}
