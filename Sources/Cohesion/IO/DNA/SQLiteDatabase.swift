import CSQLite

/// A read-only SQLite database held in memory, over the system SQLite library.
///
/// The bytes of a file are handed to `sqlite3_deserialize`, so reading never touches, locks or
/// journals the user's file, and a damaged file is an error, never a crash.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let file: String

    /// Opens a database image.
    ///
    /// - Throws: ``InvalidNetwork`` when SQLite refuses the bytes.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        var db: OpaquePointer?
        guard sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nil) == SQLITE_OK, let db else {
            sqlite3_close(db)
            throw InvalidNetwork([Diagnostic(.error, "cannot open an SQLite database in memory", file: file)])
        }
        handle = db
        let size = bytes.count
        guard size > 0, let buffer = sqlite3_malloc64(sqlite3_uint64(size)) else {
            throw InvalidNetwork([Diagnostic(.error, "not a DNA database: the file is empty", file: file)])
        }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { buffer.copyMemory(from: base, byteCount: size) }
        }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        let rc = sqlite3_deserialize(db, "main", buffer.assumingMemoryBound(to: UInt8.self),
                                     sqlite3_int64(size), sqlite3_int64(size), flags)
        guard rc == SQLITE_OK else { throw failure("not an SQLite database") }
        // Reading the schema is the first thing that fails on a file that is not SQLite.
        _ = try rows("SELECT name FROM sqlite_master WHERE type = 'table'") { _ in () }
    }

    deinit { sqlite3_close(handle) }

    func failure(_ what: String) -> InvalidNetwork {
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown error"
        return InvalidNetwork([Diagnostic(.error, "\(what): \(message)", file: file)])
    }

    /// One result row; columns are read by position.
    struct Row {
        fileprivate let statement: OpaquePointer

        /// A column as an integer (NULL reads as 0).
        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

        /// A column as text (NULL reads as nil).
        func text(_ column: Int32) -> String? {
            guard sqlite3_column_type(statement, column) != SQLITE_NULL,
                  let p = sqlite3_column_text(statement, column) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        }

        /// Whether a column is NULL.
        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
    }

    /// Runs a query without parameters and maps each row.
    func rows<T>(_ sql: String, _ body: (Row) throws -> T) throws -> [T] { try rows(sql, [], body) }

    /// Runs a query with integer or text parameters and maps each row.
    ///
    /// - Throws: ``InvalidNetwork`` naming the query's failure.
    func rows<T>(_ sql: String, _ parameters: [SQLiteValue], _ body: (Row) throws -> T) throws -> [T] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure("not a DNA 3 database (query failed)")
        }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, p) in parameters.enumerated() {
            switch p {
            case .integer(let v): sqlite3_bind_int64(statement, Int32(i + 1), v)
            case .text(let s): sqlite3_bind_text(statement, Int32(i + 1), s, -1, transient)
            }
        }
        var out: [T] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw failure("cannot read the database") }
            out.append(try body(Row(statement: statement)))
        }
        return out
    }
}

/// A query parameter.
enum SQLiteValue {
    case integer(Int64)
    case text(String)
}
