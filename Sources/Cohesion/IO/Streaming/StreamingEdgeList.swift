import Foundation

/// Reads a CSV edge list straight into a ``TieTable`` (and from there an ``AnalysisGraph``),
/// for files of millions of ties where a ``Network`` of one value per tie would take too much
/// memory and time.
///
/// The columns are those of ``EdgeListCSV``: `source` and `target` are required; `kind` and
/// `weight` are kept in columns of their own; every other column (`amount`, `firstYear`,
/// `note`, attributes…) is kept out of line, as text, only for the ties that have a value.
/// Each row is checked as ``EdgeListCSV`` checks it (field count, empty ends, numbers,
/// negative weights and amounts, years and their order, `illustrative` flags), and every
/// problem is reported with its file, line and column; a self-tie is a warning. No `String`
/// is made per row: fields are read in place in the file's bytes, ids and kinds interned.
///
/// ```swift
/// let table = try StreamingEdgeList.read(path: "ties.csv")
/// let graph = table.graph(weighted: .distance)
/// ```
///
/// - Complexity: O(bytes) time; the file's bytes while reading, then about 10–18 bytes a tie.
public enum StreamingEdgeList {
    /// The most errors listed before the rest are counted in one last message.
    public static let errorLimit = 100

    /// Reads the edge list at `path`.
    ///
    /// - Throws: ``InvalidNetwork`` with every malformed row (at most ``errorLimit``, then a
    ///   count), or a file-system error.
    public static func read(path: String, options: CSVReadOptions = CSVReadOptions()) throws -> TieTable {
        let bytes = try readFile(path)
        return try read(bytes: bytes, file: path, options: options)
    }

    /// The bytes of a file, read straight into one buffer of the file's size (no second
    /// copy), then to its end should it have grown (or be a pipe, whose size reads as 0).
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CocoaError(errno == ENOENT ? .fileReadNoSuchFile : .fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = readPart(fd, base + count, size - count)
                if got < 0 { if errno == EINTR { continue }; failed = true; return }
                if got == 0 { break }
                count += got
            }
        }
        var more = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let got = more.withUnsafeMutableBytes { readPart(fd, $0.baseAddress, $0.count) }
            if got < 0 { if errno == EINTR { continue }; failed = true; break }
            if got == 0 { break }
            bytes.append(contentsOf: more[0..<got])
        }
        if failed { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
        return bytes
    }

    /// Reads an edge list from its bytes; `options.undirected` makes undeclared kinds (and
    /// ties with no kind) undirected. A node file in `options` is not read here.
    ///
    /// A file of more than a few megabytes with no quote after its header is read in parallel
    /// (``ComputationOptions``' thread count): it is cut at line ends into one part per
    /// thread, each part read with tables of its own, and the parts merged in file order, so
    /// the ids, kinds, ties, errors and warnings are exactly those of one pass. A file with a
    /// quoted field (which may span lines) is read in one pass.
    public static func read(bytes: [UInt8], file: String?, options: CSVReadOptions = CSVReadOptions()) throws -> TieTable {
        try read(bytes: bytes, file: file, options: options, parts: ComputationOptions.availableCores,
                 minimumPartBytes: 4 << 20)
    }

    /// Reads with at most `parts` parts of at least `minimumPartBytes` each (tests force small parts).
    static func read(bytes: [UInt8], file: String?, options: CSVReadOptions, parts wanted: Int,
                     minimumPartBytes: Int) throws -> TieTable {
        try bytes.withUnsafeBufferPointer { b in
            var parser = Parser(file: file, undirected: options.undirected)
            let bodyStart = try parser.run(b, from: 0, to: b.count, headerOnly: true)
            let rest = b.count - bodyStart
            let parts = min(max(1, wanted), rest / max(1, minimumPartBytes))
            guard parts >= 2, !parser.columns.isEmpty, let base = b.baseAddress,
                  memchr(base + bodyStart, Int32(UInt8(ascii: "\"")), rest) == nil else {
                _ = try parser.run(b, from: bodyStart, to: b.count, headerOnly: false)
                return try parser.finish()
            }
            // Cut just after a line feed: with no quotes, every line feed ends a record.
            var bounds = [bodyStart]
            for k in 1..<parts {
                var cut = max(bounds[k - 1], bodyStart + rest / parts * k)
                while cut < b.count, cut > bodyStart, b[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
                bounds.append(cut)
            }
            bounds.append(b.count)
            var pieces = [Parser](repeating: parser.emptyCopy(), count: parts)
            var failures = [Error?](repeating: nil, count: parts)
            pieces.withUnsafeMutableBufferPointer { pp in
                failures.withUnsafeMutableBufferPointer { ff in
                    concurrentPerform(iterations: parts) { k in
                        do { _ = try pp[k].run(b, from: bounds[k], to: bounds[k + 1], headerOnly: false) } catch { ff[k] = error }
                    }
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            guard parser.merge(&pieces) else {
                // More kinds than a tie's 16-bit kind index holds: one pass reports which rows.
                var serial = Parser(file: file, undirected: options.undirected)
                _ = try serial.run(b, from: 0, to: b.count, headerOnly: false)
                return try serial.finish()
            }
            return try parser.finish()
        }
    }

    struct Parser {
        let file: String?
        let undirected: Bool
        /// The ties read; optional fields by column position.
        var ties = TieColumns<Int>()
        var kindNames = InternTable(capacity: 16)
        var errors: [Diagnostic] = []
        var errorCount = 0
        var warnings: [Diagnostic] = []
        var columns: [EdgeListCSV.Column] = []
        var sourceColumn = -1, targetColumn = -1, kindColumn = -1, weightColumn = -1
        var firstYearColumn = -1, lastYearColumn = -1
        /// Unquoted copies of quoted fields.
        var scratch: [UInt8] = []
        /// The line the next record starts on (from 1 in the part a parser reads).
        var line = 1

        /// A parser for a later part of the same file: the header's columns, empty tables.
        func emptyCopy() -> Parser {
            var copy = Parser(file: file, undirected: undirected)
            copy.columns = columns
            copy.sourceColumn = sourceColumn; copy.targetColumn = targetColumn
            copy.kindColumn = kindColumn; copy.weightColumn = weightColumn
            copy.firstYearColumn = firstYearColumn; copy.lastYearColumn = lastYearColumn
            return copy
        }

        /// Appends the parts read by `pieces` (consecutive parts of the file after this
        /// parser's header, in order): ids and kinds re-interned in first-seen order, ties
        /// remapped, optional columns' rows offset, diagnostics moved to their lines in the
        /// file. False when the file has more kinds than a kind index holds.
        mutating func merge(_ pieces: inout [Parser]) -> Bool {
            var lineOffset = line - 1
            let total = pieces.reduce(0) { $0 + $1.ties.count }
            for p in pieces.indices {
                // Each part's columns are released once merged, so the file's ties are held about once.
                let piece = pieces[p]
                pieces[p] = emptyCopy()
                let rowBase = Int32(truncatingIfNeeded: ties.count)
                if ties.ids.count == 0 && ties.sources.isEmpty {
                    // The first part with ties: its indices are the file's; take its columns whole.
                    ties.ids = piece.ties.ids
                    ties.sources = piece.ties.sources; ties.sources.reserveCapacity(total)
                    ties.targets = piece.ties.targets; ties.targets.reserveCapacity(total)
                } else {
                    let idMap = ties.ids.internAll(of: piece.ties.ids)
                    idMap.withUnsafeBufferPointer { map in
                        for u in piece.ties.sources { ties.sources.append(map[Int(u)]) }
                        for v in piece.ties.targets { ties.targets.append(map[Int(v)]) }
                    }
                }
                let kindMap = kindNames.internAll(of: piece.kindNames)
                if kindNames.count > Int(UInt16.max) + 1 { return false }
                ties.weights.append(contentsOf: piece.ties.weights)
                ties.kindIndices.reserveCapacity(ties.kindIndices.count + piece.ties.kindIndices.count)
                for k in piece.ties.kindIndices { ties.kindIndices.append(UInt16(truncatingIfNeeded: kindMap[Int(k)])) }
                for (c, column) in piece.ties.sparse {
                    var merged = ties.sparse[c, default: TieTable.SparseColumn(rows: [], values: [])]
                    merged.rows.append(contentsOf: column.rows.lazy.map { $0 &+ rowBase })
                    merged.values.append(contentsOf: column.values)
                    ties.sparse[c] = merged
                }
                func moved(_ d: Diagnostic) -> Diagnostic {
                    var d = d
                    if let location = d.location { d.location = TextLocation(line: location.line + lineOffset, column: location.column) }
                    return d
                }
                errorCount += piece.errorCount
                for e in piece.errors where errors.count < StreamingEdgeList.errorLimit { errors.append(moved(e)) }
                warnings.append(contentsOf: piece.warnings.map(moved))
                lineOffset += piece.line - 1
            }
            line = lineOffset + 1
            return true
        }

        init(file: String?, undirected: Bool) {
            self.file = file
            self.undirected = undirected
        }

        mutating func error(_ message: String, line: Int, column: Int) {
            errorCount += 1
            if errorCount <= StreamingEdgeList.errorLimit {
                errors.append(Diagnostic(.error, message, file: file, location: TextLocation(line: line, column: column)))
            }
        }

        /// A field: its bytes (unquoted) and the column it starts at.
        struct Field { var start: Int; var end: Int; var column: Int; var quoted: Bool }

        /// Reads the records of `b[start..<n]` (`start` at a record's start), or only up to
        /// the end of the header when `headerOnly`; returns where it stopped. A byte-order mark
        /// is skipped at the file's start.
        mutating func run(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to n: Int, headerOnly: Bool) throws -> Int {
            var i = start
            if i == 0, n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
            var line = self.line, lineStart = i
            defer { self.line = line }
            var fields: [Field] = []
            fields.reserveCapacity(16)
            // Quoted fields are unescaped into `scratch`; their start/end then index it.
            while i < n {
                if headerOnly && !columns.isEmpty { break }
                let recordLine = line
                fields.removeAll(keepingCapacity: true)
                scratch.removeAll(keepingCapacity: true)
                while true {
                    let column = i - lineStart + 1
                    if i < n, b[i] == UInt8(ascii: "\"") {
                        i += 1
                        let s = scratch.count
                        var closed = false
                        while i < n {
                            let c = b[i]
                            if c == UInt8(ascii: "\"") {
                                if i + 1 < n, b[i + 1] == UInt8(ascii: "\"") { scratch.append(c); i += 2; continue }
                                i += 1; closed = true; break
                            }
                            if c == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
                            scratch.append(c); i += 1
                        }
                        guard closed else {
                            throw InvalidNetwork([Diagnostic(.error, "a quoted field is never closed", file: file,
                                                             location: TextLocation(line: recordLine, column: column))])
                        }
                        if i < n, b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: "\n"), b[i] != UInt8(ascii: "\r") {
                            throw InvalidNetwork([Diagnostic(.error, "text after the closing quote of a field", file: file,
                                                             location: TextLocation(line: line, column: i - lineStart + 1))])
                        }
                        fields.append(Field(start: s, end: scratch.count, column: column, quoted: true))
                    } else {
                        let s = i
                        while i < n {
                            let c = b[i]
                            if c == UInt8(ascii: ",") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
                            if c == UInt8(ascii: "\"") {
                                throw InvalidNetwork([Diagnostic(.error, "a quote inside an unquoted field (quote the whole field and double the quote)",
                                                                 file: file, location: TextLocation(line: line, column: i - lineStart + 1))])
                            }
                            i += 1
                        }
                        fields.append(Field(start: s, end: i, column: column, quoted: false))
                    }
                    if i < n, b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if i < n, b[i] == UInt8(ascii: "\r") { i += 1 }
                    if i < n, b[i] == UInt8(ascii: "\n") { i += 1 }
                    line += 1
                    lineStart = i
                    break
                }
                if fields.count == 1, fields[0].start == fields[0].end { continue }
                try scratch.withUnsafeBufferPointer { q in
                    try record(fields, line: recordLine, bytes: b, quoted: q)
                }
            }
            return i
        }

        @inline(__always) func slice(_ f: Field, _ b: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            let base = f.quoted ? q : b
            return UnsafeBufferPointer(rebasing: base[f.start..<f.end])
        }

        func text(_ f: Field, _ b: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: slice(f, b, q), as: UTF8.self)
        }

        mutating func header(_ fields: [Field], line: Int, bytes b: UnsafeBufferPointer<UInt8>, quoted q: UnsafeBufferPointer<UInt8>) throws {
            columns = fields.map { EdgeListCSV.Column(header: text($0, b, q)) }
            sourceColumn = columns.firstIndex { $0.role == .source } ?? -1
            targetColumn = columns.firstIndex { $0.role == .target } ?? -1
            kindColumn = columns.firstIndex { $0.role == .kind } ?? -1
            weightColumn = columns.firstIndex { $0.role == .weight } ?? -1
            firstYearColumn = columns.firstIndex { $0.role == .firstYear } ?? -1
            lastYearColumn = columns.firstIndex { $0.role == .lastYear } ?? -1
            if sourceColumn < 0 || targetColumn < 0 {
                throw InvalidNetwork([Diagnostic(.error, "the header must name 'source' and 'target' columns, found: \(columns.map(\.header).joined(separator: ","))",
                                                 file: file, location: TextLocation(line: line, column: 1))])
            }
            if kindColumn < 0 { _ = internDefaultKind() }
        }

        /// The kind of ties with none: `tie`, as ``EdgeListCSV`` names it.
        mutating func internDefaultKind() -> Int {
            var table = kindNames
            let k = Self.defaultKindBytes.withUnsafeBufferPointer { table.intern($0) }
            kindNames = table
            return k
        }

        static let defaultKindBytes: [UInt8] = Array("tie".utf8)

        /// A whole number in the field, nil when it is not one.
        @inline(__always) static func integer(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
            var i = 0, negative = false
            if s.count > 0, s[0] == UInt8(ascii: "-") || s[0] == UInt8(ascii: "+") { negative = s[0] == UInt8(ascii: "-"); i = 1 }
            guard i < s.count, s.count - i <= 18 else { return nil }
            var v = 0
            while i < s.count {
                let d = Int(s[i]) &- 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v &* 10 &+ d
                i += 1
            }
            return negative ? -v : v
        }

        /// A finite number in the field: whole numbers directly, others through `Double(String)`.
        @inline(__always) static func number(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
            if let i = integer(s) { return Double(i) }
            guard let d = Double(String(decoding: s, as: UTF8.self)), d.isFinite else { return nil }
            return d
        }

        mutating func record(_ fields: [Field], line: Int, bytes b: UnsafeBufferPointer<UInt8>, quoted q: UnsafeBufferPointer<UInt8>) throws {
            if columns.isEmpty { try header(fields, line: line, bytes: b, quoted: q); return }
            guard fields.count == columns.count else {
                let message = "expected \(columns.count) fields as in the header, found \(fields.count)"
                error(message, line: line, column: 1)
                return
            }
            let sf = fields[sourceColumn], tf = fields[targetColumn]
            let s = slice(sf, b, q), t = slice(tf, b, q)
            if s.isEmpty || t.isEmpty {
                let f = s.isEmpty ? sf : tf
                error("empty \(s.isEmpty ? "source" : "target")", line: line, column: f.column)
                return
            }
            let row = ties.count
            var weight = 1.0
            if weightColumn >= 0 {
                let f = fields[weightColumn], w = slice(f, b, q)
                if !w.isEmpty {
                    if let x = Self.number(w) {
                        if x < 0 { error("weight must not be negative, found \(x)", line: line, column: f.column) }
                        weight = x
                    } else {
                        let message = "'\(columns[weightColumn].header)' must be a number, found '\(text(f, b, q))'"
                        error(message, line: line, column: f.column)
                    }
                }
            }
            var kind = 0
            if kindColumn >= 0 {
                let k = slice(fields[kindColumn], b, q)
                kind = k.isEmpty ? internDefaultKind() : kindNames.intern(k)
                if kind > Int(UInt16.max) {
                    error("more than \(UInt16.max) tie kinds", line: line, column: fields[kindColumn].column)
                    kind = 0
                }
            }
            var firstYear: Int?, lastYear: Int?
            for c in columns.indices where c != sourceColumn && c != targetColumn && c != kindColumn && c != weightColumn {
                let f = fields[c], v = slice(f, b, q)
                if v.isEmpty { continue }
                let column = columns[c]
                switch column.role {
                case .amount:
                    if let a = Self.number(v) {
                        if a < 0 { error("amount must not be negative, found \(a)", line: line, column: f.column) }
                    } else {
                        let message = "'\(column.header)' must be a number, found '\(text(f, b, q))'"
                        error(message, line: line, column: f.column)
                    }
                case .year, .firstYear, .lastYear:
                    if let y = Self.integer(v) {
                        if c == firstYearColumn { firstYear = y }
                        if c == lastYearColumn { lastYear = y }
                    } else {
                        let message = "'\(column.header)' must be a year, found '\(text(f, b, q))'"
                        error(message, line: line, column: f.column)
                    }
                case .illustrative:
                    if EdgeListCSV.parseFlag(text(f, b, q)) == nil {
                        let message = "'illustrative' must be true or false, found '\(text(f, b, q))'"
                        error(message, line: line, column: f.column)
                    }
                default: break
                }
                let value = text(f, b, q)
                ties.appendSparse(value, column: c, row: row)
            }
            if let firstYear, let lastYear, firstYear > lastYear {
                error("first year \(firstYear) is after last year \(lastYear)", line: line, column: 1)
            }
            let u = ties.ids.intern(s), v = ties.ids.intern(t)
            if u == v {
                warnings.append(Diagnostic(.warning, "tie from '\(ties.ids.string(u))' to itself: analysis drops it",
                                           file: file, location: TextLocation(line: line, column: sf.column)))
            }
            ties.appendEnds(u, v)
            if weightColumn >= 0 { ties.weights.append(weight) }
            if kindColumn >= 0 { ties.kindIndices.append(UInt16(truncatingIfNeeded: kind)) }
        }

        mutating func finish() throws -> TieTable {
            if columns.isEmpty {
                error("the file is empty: expected a header with 'source' and 'target'", line: 1, column: 1)
            }
            if errorCount > StreamingEdgeList.errorLimit {
                errors.append(Diagnostic(.error, "and \(errorCount - StreamingEdgeList.errorLimit) more errors", file: file))
            }
            if !errors.isEmpty { throw InvalidNetwork(errors) }
            guard ties.ids.count <= Int(Int32.max) else {
                throw InvalidNetwork([Diagnostic(.error, "more than \(Int32.max) stakeholders", file: file)])
            }
            let kinds = kindNames.strings().map { id in
                TieKind.wellKnown.first { $0.id == id } ?? TieKind(id: id, isDirected: !undirected)
            }
            var named: [String: TieTable.SparseColumn] = [:]
            for (c, column) in ties.sparse { named[columns[c].header] = column }
            return ties.table(kinds: kinds, keepsKindIndices: true, sparseColumns: named, warnings: warnings)
        }
    }
}

/// The C library's `read(2)` (the name is taken inside ``StreamingEdgeList``).
private func readPart(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
