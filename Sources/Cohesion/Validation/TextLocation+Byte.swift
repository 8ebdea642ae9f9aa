extension TextLocation {
    /// The line and column of a byte offset in UTF-8 text, the column counted in Unicode
    /// scalars as everywhere in Cohesion; an offset past the end gives the end.
    ///
    /// ```swift
    /// TextLocation.of(byte: 4, in: Array("ab\ncd".utf8))   // line 2, column 2
    /// ```
    ///
    /// - Complexity: O(offset).
    public static func of(byte offset: Int, in bytes: [UInt8]) -> TextLocation {
        var line = 1, column = 1
        for b in bytes.prefix(max(0, offset)) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return TextLocation(line: line, column: column)
    }
}
