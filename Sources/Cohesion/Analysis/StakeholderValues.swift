/// One value per stakeholder, read by stakeholder id: what ``AnalyzedNetwork`` returns.
///
/// ```swift
/// let betweenness = try lille.betweenness()
/// betweenness["caf-nord"]                    // 0.21…
/// betweenness.sorted().first?.name           // the top broker's name
/// ```
///
/// - Complexity: reading by id is O(1) expected; ``sorted(by:)`` is O(*n* log *n*).
public struct StakeholderValues<Value: Sendable>: Sendable, RandomAccessCollection {
    /// One stakeholder's value.
    public struct Row: Sendable {
        /// The stakeholder's id.
        public let id: String
        /// The stakeholder's name.
        public let name: String
        /// The value.
        public let value: Value
    }

    /// The stakeholder ids, by node.
    public let ids: [String]
    /// The stakeholder names, by node.
    public let names: [String]
    /// The values, by node.
    public let values: [Value]
    private let index: [String: Int]

    init(ids: [String], names: [String], values: [Value], index: [String: Int]) {
        self.ids = ids
        self.names = names
        self.values = values
        self.index = index
    }

    /// The value of a stakeholder id; nil when the network has no such stakeholder.
    public subscript(id: String) -> Value? {
        guard let node = index[id], values.indices.contains(node) else { return nil }
        return values[node]
    }

    /// The first node.
    public var startIndex: Int { 0 }
    /// One past the last node.
    public var endIndex: Int { Swift.min(ids.count, values.count) }
    /// The row of a node.
    public subscript(position: Int) -> Row { Row(id: ids[position], name: names[position], value: values[position]) }
}

extension StakeholderValues where Value: Comparable {
    /// The rows from the largest value to the smallest; equal values keep node order and
    /// undefined values (NaN) come last.
    public func sorted() -> [Row] {
        enumerated().sorted { a, b in
            let x = a.element.value, y = b.element.value
            // A value unequal to itself is NaN.
            if x != x || y != y { return y != y && x == x || (x != x && y != y && a.offset < b.offset) }
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}
