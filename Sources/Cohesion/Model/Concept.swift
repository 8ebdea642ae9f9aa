/// A concept of a discourse: a claim, a frame, a policy belief that actors agree or disagree with.
///
/// Concepts are what discourse networks connect actors through (Leifeld's Discourse Network
/// Analysis calls them the second variable of a statement). A concept may refine a broader
/// one (`parent`), so a coding scheme can be a hierarchy: "quality before quantity" under
/// "childcare quality".
///
/// ```swift
/// let quality = Concept(id: "quality-first", label: "Quality before quantity",
///                       parent: "childcare-quality")
/// ```
public struct Concept: Hashable, Sendable, Identifiable {
    /// The identifier statements refer to; unique within a network.
    public var id: String
    /// The wording shown in tables and diagrams.
    public var label: String
    /// A longer description of what the concept covers.
    public var description: String?
    /// The id of a broader concept this one refines.
    public var parent: String?
    /// A free note.
    public var note: String?

    /// Creates a concept; the label defaults to the id.
    public init(id: String, label: String? = nil, description: String? = nil, parent: String? = nil, note: String? = nil) {
        self.id = id
        self.label = label ?? id
        self.description = description
        self.parent = parent
        self.note = note
    }
}
