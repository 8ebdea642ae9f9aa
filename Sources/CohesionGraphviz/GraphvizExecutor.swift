import Dispatch

/// The one process-wide serial executor every call into Graphviz goes through.
///
/// Graphviz is not thread-safe: cgraph's parser, its error state, the layout engines and the
/// renderers all share global state. Cohesion therefore isolates every C call, parsing
/// included, to this global actor. Many tasks may call ``GraphvizRenderer`` at once; their
/// requests queue here and run one after another.
///
/// The actor runs on its own serial dispatch queue rather than on Swift's cooperative pool, so a
/// long layout blocks only Graphviz's queue, never the threads other tasks need.
///
/// ```swift
/// @GraphvizExecutor func nodeCount(of dot: String) throws -> Int { … }   // runs serially
/// ```
///
/// - Complexity: Requests run in arrival order, one at a time.
@globalActor
public actor GraphvizExecutor {
    /// The shared instance.
    public static let shared = GraphvizExecutor()

    private static let queueExecutor = QueueExecutor(label: "org.cohesion.graphviz")

    /// The actor's executor: a private serial dispatch queue.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        Self.queueExecutor.asUnownedSerialExecutor()
    }
}

/// A serial executor that runs jobs on one dispatch queue.
final class QueueExecutor: SerialExecutor, @unchecked Sendable {
    // The queue is itself thread-safe; the class holds nothing else.
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unownedJob = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { unownedJob.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
