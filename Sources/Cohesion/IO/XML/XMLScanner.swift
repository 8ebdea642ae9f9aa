/// A streaming XML tokenizer over UTF-8 bytes that reports each element's line and column.
///
/// Written for GraphML rather than going through Foundation's `XMLParser`, because the tool
/// must read a million-edge file in seconds and name the line of any malformed element;
/// `XMLParser` on Linux builds an `NSString` for every name and attribute and its delegate
/// calls dominate the time. It checks what a reader needs to trust the structure: tags nest
/// and close in order, attributes are quoted, entities are known. Comments, processing
/// instructions, the XML declaration and a DOCTYPE are skipped; CDATA is text. Names keep
/// their namespace prefix out: `y:ShapeNode` is reported as `ShapeNode`.
///
/// - Complexity: O(bytes).
struct XMLScanner {
    /// One thing found in the document.
    enum Event {
        /// An opening tag (or an empty element, followed at once by its `.end`).
        case start(name: String, attributes: [(String, String)], location: TextLocation)
        /// A closing tag.
        case end(name: String)
        /// Character data between tags, entities decoded.
        case text(String)
    }

    let bytes: [UInt8]
    let file: String?

    /// Calls `body` with every event in document order. `wantsText` is asked, at each run of
    /// character data, whether to decode it: skipping text between elements keeps large files
    /// fast.
    func scan(wantsText: () -> Bool, _ body: (Event) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var state = State(b: buffer, file: file)
            try state.run(wantsText: wantsText, body)
        }
    }

    /// The tokenizer's state is a ``ByteCursor`` with XML's grammar added (below).
    typealias State = ByteCursor
}

extension ByteCursor {
    fileprivate func fail(_ message: String, at location: TextLocation? = nil) -> InvalidNetwork {
        error("malformed XML: \(message)", at: location)
    }

    /// Skips to just past `terminator`, counting lines.
    fileprivate mutating func skip(past terminator: [UInt8], what: String) throws {
        let start = location
        let first = terminator[0]
        while i < b.count {
            if b[i] == first, i + terminator.count <= b.count {
                var match = true
                for k in 1..<terminator.count where b[i + k] != terminator[k] { match = false; break }
                if match { i += terminator.count; return }
            }
            advance()
        }
        throw fail("\(what) is never closed", at: start)
    }

    fileprivate static func isNameByte(_ c: UInt8) -> Bool {
        !(c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == UInt8(ascii: ">") || c == UInt8(ascii: "/")
          || c == UInt8(ascii: "=") || c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'"))
    }

    /// Reads a name, dropping a namespace prefix; names are interned in `nameCache`, since a
    /// file repeats few.
    fileprivate mutating func name(_ nameCache: inout [(bytes: [UInt8], name: String)]) throws -> String {
        let start = i
        var local = i
        while i < b.count, Self.isNameByte(b[i]) {
            if b[i] == UInt8(ascii: ":") { local = i + 1 }
            i += 1
        }
        guard i > start else { throw fail("expected a name") }
        let count = i - local
        search: for entry in nameCache where entry.bytes.count == count {
            for k in 0..<count where entry.bytes[k] != b[local + k] { continue search }
            return entry.name
        }
        let slice = UnsafeBufferPointer(rebasing: b[local..<i])
        let s = String(decoding: slice, as: UTF8.self)
        if nameCache.count < 64 { nameCache.append((Array(slice), s)) }
        return s
    }

    fileprivate mutating func run(wantsText: () -> Bool, _ body: (XMLScanner.Event) throws -> Void) throws {
        var stack: [String] = []
        var nameCache: [(bytes: [UInt8], name: String)] = []
        var sawRoot = false
        // Reused for every tag: the handler reads it before the next tag, so no copy is made.
        var attributes: [(String, String)] = []
        var textStart = 0
        while i < b.count {
            if b[i] != UInt8(ascii: "<") {
                textStart = i
                while i < b.count, b[i] != UInt8(ascii: "<") { advance() }
                if !stack.isEmpty, wantsText() {
                    try body(.text(try decode(textStart..<i)))
                }
                continue
            }
            let tagLocation = location
            i += 1
            guard i < b.count else { throw fail("the document ends inside a tag", at: tagLocation) }
            switch b[i] {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8), what: "a processing instruction")
            case UInt8(ascii: "!"):
                if matches("!--") {
                    try skip(past: Array("-->".utf8), what: "a comment")
                } else if matches("![CDATA[") {
                    i += 8
                    let start = i
                    try skip(past: Array("]]>".utf8), what: "a CDATA section")
                    if !stack.isEmpty, wantsText() {
                        try body(.text(String(decoding: UnsafeBufferPointer(rebasing: b[start..<(i - 3)]), as: UTF8.self)))
                    }
                } else {
                    // A DOCTYPE, possibly with an internal subset in brackets.
                    var depth = 0
                    while i < b.count {
                        if b[i] == UInt8(ascii: "[") { depth += 1 }
                        if b[i] == UInt8(ascii: "]") { depth -= 1 }
                        if b[i] == UInt8(ascii: ">") && depth <= 0 { break }
                        advance()
                    }
                    guard i < b.count else { throw fail("a declaration is never closed", at: tagLocation) }
                    i += 1
                }
            case UInt8(ascii: "/"):
                i += 1
                let n = try name(&nameCache)
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ">") else { throw fail("expected '>' to close </\(n)>") }
                i += 1
                guard let open = stack.popLast() else { throw fail("</\(n)> closes nothing", at: tagLocation) }
                guard open == n else { throw fail("expected </\(open)>, found </\(n)>", at: tagLocation) }
                try body(.end(name: n))
            default:
                let n = try name(&nameCache)
                attributes.removeAll(keepingCapacity: true)
                var selfClosing = false
                while true {
                    skipSpace()
                    guard i < b.count else { throw fail("the document ends inside <\(n)>", at: tagLocation) }
                    if b[i] == UInt8(ascii: ">") { i += 1; break }
                    if b[i] == UInt8(ascii: "/") {
                        guard i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") else { throw fail("expected '/>'") }
                        i += 2
                        selfClosing = true
                        break
                    }
                    let attributeLocation = location
                    let key = try name(&nameCache)
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: "=") else {
                        throw fail("attribute '\(key)' of <\(n)> has no value", at: attributeLocation)
                    }
                    i += 1
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else {
                        throw fail("the value of attribute '\(key)' must be quoted")
                    }
                    let quote = b[i]
                    i += 1
                    let start = i
                    while i < b.count, b[i] != quote {
                        if b[i] == UInt8(ascii: "<") { throw fail("'<' inside the value of attribute '\(key)'") }
                        advance()
                    }
                    guard i < b.count else { throw fail("the value of attribute '\(key)' is never closed", at: attributeLocation) }
                    let value = try decode(start..<i)
                    i += 1
                    attributes.append((key, value))
                }
                if stack.isEmpty, sawRoot { throw fail("a second root element <\(n)>", at: tagLocation) }
                sawRoot = true
                stack.append(n)
                try body(.start(name: n, attributes: attributes, location: tagLocation))
                if selfClosing {
                    stack.removeLast()
                    try body(.end(name: n))
                }
            }
        }
        if let open = stack.last { throw fail("the document ends before </\(open)>") }
        if !sawRoot { throw fail("the document has no element", at: TextLocation(line: 1, column: 1)) }
    }

    /// Text with entity and character references replaced.
    fileprivate func decode(_ range: Range<Int>) throws -> String {
        var hasAmp = false
        for k in range where b[k] == UInt8(ascii: "&") { hasAmp = true; break }
        if !hasAmp { return String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var k = range.lowerBound
        while k < range.upperBound {
            guard b[k] == UInt8(ascii: "&") else { out.append(b[k]); k += 1; continue }
            var end = k + 1
            while end < range.upperBound, b[end] != UInt8(ascii: ";"), end - k < 12 { end += 1 }
            guard end < range.upperBound, b[end] == UInt8(ascii: ";") else { throw fail("'&' that starts no entity (write &amp;)") }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<end]), as: UTF8.self)
            switch entity {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                var code: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst(), radix: 10) }
                guard let code, let scalar = Unicode.Scalar(code) else { throw fail("unknown entity '&\(entity);'") }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            k = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Escaping for XML text and attribute values.
enum XMLEscaping {
    /// Appends `indent<name a="…" b="…"` with every value escaped, and `end` (`">\n"` by
    /// default; pass `""` to add more attributes before closing the tag).
    static func appendTag(_ name: String, _ attributes: [(String, String)], indent: String, end: String = ">\n",
                          to out: inout [UInt8]) {
        out.append(contentsOf: (indent + "<" + name).utf8)
        for (key, value) in attributes {
            out.append(contentsOf: " \(key)=\"".utf8)
            append(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(contentsOf: end.utf8)
    }

    /// `s` escaped for use in text or a double-quoted attribute, as ``append(_:to:)`` writes it.
    static func escaped(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped for use in text or a double-quoted attribute.
    static func append(_ s: String, to out: inout [UInt8]) {
        var plain = true
        for c in s.utf8 where c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "&") || c == UInt8(ascii: "\"") || c < 0x20 {
            plain = false
            break
        }
        if plain { out.append(contentsOf: s.utf8); return }
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(contentsOf: "&#\(c);".utf8)
            case let c where c < 0x20: break  // XML 1.0 cannot hold other control characters
            default: out.append(c)
            }
        }
    }
}
