/// The sizes a network file may declare or hold, so a typo or a hostile file is refused with
/// a clear error instead of exhausting memory or time.
///
/// - Nodes: a DL `n` (or `nr`, `nc`) and a Pajek `*Vertices` count are at most
///   ``maximumNodes``; those formats create every declared node, even without a line for it.
/// - Matrices: a DL `nm` is at most ``maximumMatrices``, and a full matrix's declared size
///   (`nm` × `n` × `n` values) must be present in the file before anything is allocated.
/// - Names: a stakeholder id, a tie kind or a label is at most ``maximumNameLength`` bytes
///   of UTF-8, in every format (checked by validation, with its place in the file), and a
///   network has at most ``maximumNodes`` stakeholders.
/// - DOT tokens: an ID, quoted or HTML string is at most ``maximumTokenLength`` bytes, checked
///   before Graphviz parses the text (its scanner is slow on very long tokens).
///
/// ```swift
/// print(ReadLimits.maximumNodes)   // 1000000
/// ```
public enum ReadLimits {
    /// The most nodes a file may declare: 1,000,000.
    public static let maximumNodes = 1_000_000
    /// The most matrices (relations) a DL file may declare with `nm`: 1,000.
    public static let maximumMatrices = 1_000
    /// The longest id, kind or label, in bytes of UTF-8: 10,000.
    public static let maximumNameLength = 10_000
    /// The longest single DOT token, in bytes: 65,536 (a drawing's `pos` or `_draw_` fits).
    public static let maximumTokenLength = 65_536
}
