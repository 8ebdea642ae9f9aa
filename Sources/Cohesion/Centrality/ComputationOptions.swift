import Foundation

/// How a long computation runs: on one core or all, with progress reports and a way to stop it.
///
/// Measures that sweep every node as a source (betweenness, closeness, harmonic closeness,
/// path statistics), the brokerage measures (Gould–Fernandez roles, structural holes) and
/// iterative measures (PageRank, eigenvector, Katz, HITS) take one.
/// Progress is reported as a fraction in `0...1`, from whichever worker thread finishes a
/// batch of work, at most about a hundred times per computation; the callback must be cheap
/// and thread-safe. Cancelling the flag makes the computation throw `CancellationError` at the
/// next batch boundary; no partial result is returned.
///
/// ```swift
/// let stop = CancellationFlag()
/// let options = ComputationOptions(parallel: true, progress: { print("\(Int($0 * 100)) %") },
///                                  cancellation: stop)
/// let scores = try graph.betweenness(options: options)
/// ```
///
/// - Complexity: O(1) to create.
public struct ComputationOptions: Sendable {
    /// Whether independent work runs on all cores (the default) or on the calling thread.
    public var parallel: Bool
    /// The most worker threads parallel work uses; nil for as many of the available cores (the
    /// environment variable `COHESION_THREADS` when it holds a positive integer, else the active
    /// processors) as the work pays for: a search over a network of a hundred stakeholders
    /// runs on the calling thread. Ignored when ``parallel`` is false.
    public var threads: Int?
    /// Called with the fraction of work done, from any thread.
    public var progress: (@Sendable (Double) -> Void)?
    /// When set and cancelled, the computation stops and throws `CancellationError`.
    public var cancellation: CancellationFlag?

    /// Creates options; by default parallel on every available core, silent and not cancellable.
    public init(parallel: Bool = true, threads: Int? = nil, progress: (@Sendable (Double) -> Void)? = nil,
                cancellation: CancellationFlag? = nil) {
        self.parallel = parallel
        self.threads = threads
        self.progress = progress
        self.cancellation = cancellation
    }

    /// Parallel, silent, not cancellable.
    public static let `default` = ComputationOptions()
    /// On the calling thread only: for timing one core, or inside code that is already parallel.
    public static let serial = ComputationOptions(parallel: false)

    /// The number of cores parallel work may use: the environment variable `COHESION_THREADS`
    /// when it holds a positive integer (`1` makes every computation serial, so sums are added
    /// in one fixed order and results are identical run after run), else the active processors.
    static let availableCores: Int = {
        if let text = ProcessInfo.processInfo.environment["COHESION_THREADS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// The number of threads parallel work may use: 1 when not ``parallel``, else ``threads``
    /// (at least 1) or ``availableCores``.
    var threadCount: Int {
        guard parallel else { return 1 }
        if let threads { return max(1, threads) }
        return ComputationOptions.availableCores
    }

    /// Throws `CancellationError` when the flag is cancelled.
    func checkCancellation() throws {
        if let cancellation, cancellation.isCancelled { throw CancellationError() }
    }
}

/// A thread-safe flag that asks a running computation to stop.
///
/// Share one flag between the code that starts a computation and the code that may stop it
/// (a signal handler, a user interface). Cancelling is permanent.
///
/// ```swift
/// let flag = CancellationFlag()
/// DispatchQueue.global().asyncAfter(deadline: .now() + 5) { flag.cancel() }
/// ```
///
/// - Complexity: O(1) per call.
public final class CancellationFlag: @unchecked Sendable {
    // A lock rather than an atomic keeps the type available on every platform the package supports.
    private let lock = NSLock()
    private var cancelled = false

    /// Creates a flag that is not cancelled.
    public init() {}

    /// Asks the computation to stop.
    public func cancel() {
        lock.lock(); cancelled = true; lock.unlock()
    }

    /// Whether ``cancel()`` was called.
    public var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }
}
