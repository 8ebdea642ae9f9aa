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

    fileprivate static let queueExecutor = QueueExecutor(label: "org.cohesion.graphviz")

    /// The actor's executor: a private serial dispatch queue.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        Self.queueExecutor.asUnownedSerialExecutor()
    }
}

extension GraphvizExecutor {
    /// Runs Graphviz work from synchronous code, blocking until it is done.
    ///
    /// For callers that cannot be `async` (a file reader behind a synchronous interface). The
    /// work runs on the executor's queue, serialized with every other Graphviz call. Calling
    /// it from the executor itself runs the work in place rather than deadlocking. Do not call
    /// it from Swift's cooperative thread pool in a loop: it blocks a thread while it waits.
    ///
    /// - Complexity: The work's own, plus waiting for the renders queued before it.
    public static func runSynchronously<T: Sendable>(_ work: @GraphvizExecutor () throws -> T) throws -> T {
        let executor = queueExecutor
        return try withoutActuallyEscaping(work) { work in
            // Safe: the work only ever runs on the executor's queue, which is what the
            // annotation promises; the cast drops the static annotation the queue cannot express.
            typealias Plain = () throws -> T
            let plain = unsafeBitCast(work as @GraphvizExecutor () throws -> T, to: Plain.self)
            if executor.isCurrent { return try plain() }
            return try executor.queue.sync { try plain() }
        }
    }
}

/// A serial executor that runs jobs on one dispatch queue.
final class QueueExecutor: SerialExecutor, @unchecked Sendable {
    // The queue is itself thread-safe; the class holds nothing else.
    let queue: DispatchQueue
    private let key = DispatchSpecificKey<Bool>()

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
        queue.setSpecific(key: key, value: true)
    }

    /// Whether the calling code runs on this executor's queue.
    var isCurrent: Bool { DispatchQueue.getSpecific(key: key) == true }

    /// Lets Swift's dynamic isolation checks recognise work submitted straight to the queue.
    func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
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
