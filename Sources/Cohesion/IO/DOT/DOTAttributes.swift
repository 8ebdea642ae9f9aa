/// An ordered list of DOT attributes (`name=value`), written in the order they were set.
///
/// Order matters for deterministic output, so this is a list rather than a dictionary:
/// setting an attribute that is already present replaces its value in place, and removing
/// it (assigning nil) drops it.
///
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box", "style": "filled"]
/// attributes["fillcolor"] = "#8da0cb"
/// attributes["shape"] = nil
/// ```
///
/// - Complexity: Lookup and assignment are O(*k*) for *k* attributes; lists are short.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// The attributes as name–value pairs, in order.
    public private(set) var pairs: [(name: String, value: DOTValue)]

    /// An empty list.
    public init() { pairs = [] }

    /// A list in the literal's order; a repeated name keeps its last value at its first place.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        pairs = []
        for (name, value) in elements { self[name] = value }
    }

    /// The value of an attribute; assigning nil removes it.
    public subscript(name: String) -> DOTValue? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    /// Whether the list is empty.
    public var isEmpty: Bool { pairs.isEmpty }

    public func makeIterator() -> IndexingIterator<[(name: String, value: DOTValue)]> { pairs.makeIterator() }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.count == rhs.pairs.count && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pairs.count)
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }
}
