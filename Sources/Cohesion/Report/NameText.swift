import Foundation

/// The short names diagrams write on their nodes, so that labels stay legible: the static
/// Graphviz diagrams (`DiagramText.shortName(_:limit:)` in CohesionGraphviz) and the report's
/// diagram to explore use the same rule.
///
/// A parenthesised part is dropped ("CNAF (national family allowance fund)" → "CNAF"), so is a
/// description after a comma ("Lise Daleux, deputy mayor…" → "Lise Daleux"), as long as at
/// least two characters remain; what is left longer than `limit` characters is cut at a space
/// with "…". The full name stays in tooltips and cards.
///
/// ```swift
/// NameText.short("PMI du Nord (maternal and child health service)")   // "PMI du Nord"
/// NameText.short("Early childhood centre of the Bois-Blancs district", limit: 24)
/// // "Early childhood centre…"
/// ```
///
/// - Complexity: O(*n*) in the length of the name.
public enum NameText {
    /// The name without its explanation, at most `limit` characters (see ``NameText``).
    public static func short(_ name: String, limit: Int = 32) -> String {
        var short = Substring(name)
        if let open = short.firstIndex(of: "(") {
            let head = short[..<open].trimmingCharacters(in: .whitespaces)
            if head.count >= 2 { short = Substring(head) }
        }
        if let comma = short.range(of: ", ") {
            let head = short[..<comma.lowerBound].trimmingCharacters(in: .whitespaces)
            if head.count >= 2 { short = Substring(head) }
        }
        guard limit > 1, short.count > limit else { return String(short) }
        let cut = short.prefix(limit - 1)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return head.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–")) + "…"
    }
}
