/// A document that a network's stakeholders and ties cite.
///
/// ```swift
/// let source = Source(id: "caf-nord-2023", title: "Rapport d'activité 2023",
///                     publisher: "CAF du Nord", url: "https://…", date: "2024")
/// ```
public struct Source: Hashable, Sendable, Identifiable {
    /// The identifier that citations use.
    public var id: String
    /// The document's title.
    public var title: String?
    /// Who published it.
    public var publisher: String?
    /// Where it can be read.
    public var url: String?
    /// When it was published, as written (`2023`, `2023-05`, `2023-05-12`).
    public var date: String?
    /// True for a partisan source (an opposition blog, a campaign site): usable, but flagged.
    public var isPartisan: Bool
    /// A free note.
    public var note: String?

    /// Creates a source.
    public init(id: String, title: String? = nil, publisher: String? = nil, url: String? = nil,
                date: String? = nil, isPartisan: Bool = false, note: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.date = date
        self.isPartisan = isPartisan
        self.note = note
    }
}
