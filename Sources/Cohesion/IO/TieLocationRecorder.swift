import Foundation

/// Where each tie a reader builds stands in its file, kept while a file is read a second time
/// to place an analysis error (``NetworkFile/locating(_:in:path:options:)``).
///
/// A reader that knows a tie's line (the CSV, GraphML, GEXF, GML, Pajek, DL, edge-list,
/// adjacency and node-link readers) records it, in the order it appends ties, when a recorder
/// is ``current``; otherwise it records nothing.
///
/// Why a task-local and not a field of each reader's result: the readers are registered as
/// closures of one signature (``NetworkFormat/Reader``), and locations are wanted only after an
/// error, so the first read of a large file spends nothing on them.
///
/// ```swift
/// let recorder = TieLocationRecorder()
/// let loaded = try TieLocationRecorder.$current.withValue(recorder) { try reader(bytes, path, options) }
/// recorder.locations[3][""]   // the line and column of the fourth tie
/// ```
///
/// - Complexity: O(1) amortized per recorded tie.
final class TieLocationRecorder: @unchecked Sendable {
    /// The recorder readers on this task record into, if any.
    @TaskLocal static var current: TieLocationRecorder?

    // A lock, though readers record from one thread: the task-local may be read by child tasks.
    private let lock = NSLock()
    private var recorded: [[String: TextLocation]] = []

    /// Records the next tie's places: `""` for the tie itself, and field names (`weight`,
    /// `amount`) where the reader knows them.
    func record(_ places: [String: TextLocation]) {
        lock.lock()
        recorded.append(places)
        lock.unlock()
    }

    /// The places recorded, one entry a tie, in the order the ties were appended.
    var locations: [[String: TextLocation]] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Records a tie at `location` on the current recorder, if there is one.
    static func record(_ location: TextLocation?, fields: [String: TextLocation] = [:]) {
        guard let recorder = current else { return }
        var places = fields
        if let location { places[""] = location }
        recorder.record(places)
    }
}
