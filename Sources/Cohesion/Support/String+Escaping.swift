extension String {
    /// Appends `text` with every scalar that `replacement` maps written as its replacement, and
    /// every other scalar as it is.
    ///
    /// JSON strings, HTML text and DOT strings differ only in which scalars they replace, so
    /// their escapers share this one loop and each keeps only its table.
    ///
    /// - Complexity: O(length of `text`).
    @inline(__always)
    mutating func append(_ text: String, escaping replacement: (Unicode.Scalar) -> String?) {
        for scalar in text.unicodeScalars {
            if let escaped = replacement(scalar) { self += escaped } else { unicodeScalars.append(scalar) }
        }
    }
}
