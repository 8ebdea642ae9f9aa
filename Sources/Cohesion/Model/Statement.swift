/// One coded statement: an actor (a stakeholder) agrees or disagrees with a concept, on a
/// date, as a source documents.
///
/// This is the unit of Discourse Network Analysis (Leifeld 2017,
/// doi:10.1093/oxfordhb/9780190228217.013.25): networks of actors and concepts, and of actors
/// who share or oppose stances, are built from lists of statements (``DiscourseNetwork``).
/// A statement's *document*, which DNA's `duplicates: document` counts once, is its first
/// citation.
///
/// ```swift
/// let s = Statement(actor: "caf-nord", concept: "quality-first", qualifier: .agreement(true),
///                   date: StatementDate("2016-03-04"),
///                   citations: [StatementCitation(source: "conseil-2016-03")])
/// ```
public struct Statement: Hashable, Sendable {
    /// The id of the stakeholder who made the statement.
    public var actor: String
    /// The id of the concept it refers to.
    public var concept: String
    /// Agreement, disagreement or a level on the network's scale.
    public var qualifier: StatementQualifier
    /// When it was made; undated statements fall outside every date range and time window.
    public var date: StatementDate?
    /// The sources it is taken from; the first is its document.
    public var citations: [StatementCitation]
    /// True when the statement illustrates a plausible stance that no source documents.
    public var isIllustrative: Bool
    /// Free attributes: the speaker, the venue, the DNA variables beyond actor and concept.
    public var attributes: [String: AttributeValue]
    /// A free note.
    public var note: String?

    /// Creates a statement.
    public init(
        actor: String, concept: String, qualifier: StatementQualifier = .agreement(true), date: StatementDate? = nil,
        citations: [StatementCitation] = [], isIllustrative: Bool = false,
        attributes: [String: AttributeValue] = [:], note: String? = nil
    ) {
        self.actor = actor
        self.concept = concept
        self.qualifier = qualifier
        self.date = date
        self.citations = citations
        self.isIllustrative = isIllustrative
        self.attributes = attributes
        self.note = note
    }

    /// The statement's document: the source of its first citation.
    public var document: String? { citations.first?.source }
}
