/// A read position in a UTF-8 buffer that keeps count of lines, so a reader can name the line
/// and column of what it finds.
///
/// The node-link JSON parser (``PositionedJSON``) and the XML tokenizer (``XMLScanner``) scan
/// bytes through it: each adds its grammar as a file-private extension, and both report
/// positions and skip white space the same way. Hand-written rather than taken from a package
/// because Foundation's parsers give no line numbers on Linux and are several times slower on
/// million-edge files; the cursor is a plain struct over an unsafe buffer, so the optimizer
/// keeps `i` in a register in the readers' hot loops.
///
/// ```swift
/// Array("a\n b".utf8).withUnsafeBufferPointer { bytes in
///     var cursor = ByteCursor(b: bytes, file: "x.json")
///     cursor.advance(); cursor.skipSpace()
///     cursor.location   // line 2, column 2
/// }
/// ```
///
/// - Complexity: every operation is O(1) except ``skipSpace()`` and ``matches(_:)``, linear in
///   what they read.
struct ByteCursor {
    /// The bytes read.
    let b: UnsafeBufferPointer<UInt8>
    /// The file named in diagnostics.
    let file: String?
    /// The index of the next byte.
    var i = 0
    /// The line of `i`, from 1.
    var line = 1
    /// The index where `line` starts.
    var lineStart = 0

    /// A cursor at the start of `b`.
    init(b: UnsafeBufferPointer<UInt8>, file: String?) {
        self.b = b
        self.file = file
    }

    /// The line and column of the next byte (the column counts bytes, from 1).
    var location: TextLocation { TextLocation(line: line, column: i - lineStart + 1) }

    /// A one-diagnostic error at `location` (the cursor's own when nil).
    func error(_ message: String, at location: TextLocation? = nil) -> InvalidNetwork {
        InvalidNetwork([Diagnostic(.error, message, file: file, location: location ?? self.location)])
    }

    /// Moves past one byte, counting a line feed.
    @inline(__always)
    mutating func advance() {
        if b[i] == 0x0A { line += 1; lineStart = i + 1 }
        i += 1
    }

    /// Moves past spaces, tabs, carriage returns and line feeds.
    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { advance() }
    }

    /// Whether the bytes at the cursor spell `s`.
    func matches(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        return s.withUTF8Buffer { p in
            for k in 0..<n where b[i + k] != p[k] { return false }
            return true
        }
    }
}
