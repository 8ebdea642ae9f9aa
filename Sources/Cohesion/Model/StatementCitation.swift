/// A statement's reference to a source, with the verbatim words it quotes, if given.
///
/// In a native file a citation is a source id, or a mapping with the id and an excerpt:
///
/// ```yaml
/// citations:
///   - caf-2015
///   - {source: conseil-2016-03, excerpt: "La qualité d'accueil prime sur le nombre de places."}
/// ```
///
/// ```swift
/// let c = StatementCitation(source: "conseil-2016-03", excerpt: "La qualité prime.")
/// ```
public struct StatementCitation: Hashable, Sendable {
    /// The id of a source the network declares.
    public var source: String
    /// The quoted words, verbatim.
    public var excerpt: String?

    /// Creates a citation.
    public init(source: String, excerpt: String? = nil) {
        self.source = source
        self.excerpt = excerpt
    }
}
