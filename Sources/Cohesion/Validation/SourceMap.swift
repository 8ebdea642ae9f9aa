/// Where each element of a network stood in the file it was read from, so that checks run on
/// the decoded ``Network`` can still point at a line and a column.
///
/// For each element, field names map to locations; the empty name is the element itself.
public struct SourceMap: Hashable, Sendable {
    /// The file the network came from.
    public var file: String?
    /// Locations of each stakeholder's fields.
    public var stakeholders: [[String: TextLocation]] = []
    /// Locations of each tie's fields.
    public var ties: [[String: TextLocation]] = []
    /// Locations of each source's fields.
    public var sources: [[String: TextLocation]] = []
    /// Locations of each declared stakeholder kind's fields.
    public var stakeholderKinds: [[String: TextLocation]] = []
    /// Locations of each declared tie kind's fields.
    public var tieKinds: [[String: TextLocation]] = []
    /// Locations of each concept's fields.
    public var concepts: [[String: TextLocation]] = []
    /// Locations of each statement's fields.
    public var statements: [[String: TextLocation]] = []
    /// Locations of the declared qualifier scale's fields.
    public var scale: [String: TextLocation] = [:]
    /// Locations of each series' fields (`points.N` for the N-th point, from 0).
    public var series: [[String: TextLocation]] = []
    /// Locations of the network's own fields (`firstYear`, `lastYear`…).
    public var network: [String: TextLocation] = [:]

    /// Creates an empty map for a file.
    public init(file: String? = nil) { self.file = file }

    /// The location of a field of an element, falling back to the element itself.
    func location(_ table: [[String: TextLocation]], _ index: Int, _ field: String = "") -> TextLocation? {
        guard index < table.count else { return nil }
        return table[index][field] ?? table[index][""]
    }
}
