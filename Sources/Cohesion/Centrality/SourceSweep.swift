import Foundation

/// How ``SourceSweep`` hands work items to its workers.
enum SweepSchedule: Sendable {
    /// Batches go to whichever worker asks next: the load balances itself, but which worker
    /// handles which item changes from run to run.
    case dynamic
    /// Chunks of `chunk` items are dealt round-robin: chunk *c* goes to worker *c* mod *w*, and
    /// each worker runs its chunks in order. With the same number of workers every worker sees
    /// the same items in every run, so per-worker floating-point sums reduced in worker order
    /// give the same bits each time. Dealing small chunks spreads the few hubs of a scale-free
    /// graph (which sit at low indices in generated graphs) over the workers.
    case dealt(chunk: Int)
}

/// Hands out ranges of independent work items (usually source nodes) to worker threads,
/// counts what is done for progress reports, and stops every worker when the computation is
/// cancelled.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var nextChunk: [Int]
    private var done = 0
    private var lastReported = -1
    private var stopped = false
    let total: Int
    let batch: Int
    private let workers: Int
    private let schedule: SweepSchedule
    private let options: ComputationOptions

    init(total: Int, workers: Int, options: ComputationOptions, schedule: SweepSchedule = .dynamic) {
        self.total = total
        self.workers = max(1, workers)
        self.options = options
        self.schedule = schedule
        switch schedule {
        case .dynamic:
            // Small enough batches to balance load and report progress, large enough that the
            // lock is rare next to the work.
            batch = max(1, min(64, total / max(1, workers * 16)))
        case .dealt(let chunk):
            batch = max(1, chunk)
        }
        nextChunk = Array(0..<self.workers)
    }

    /// The next range of items for `worker`, or nil when its work is finished or the
    /// computation is cancelled. `finished` is the number of items done since the last call.
    func take(worker: Int, finished: Int) -> Range<Int>? {
        var percent = -1
        lock.lock()
        done += finished
        if !stopped, let flag = options.cancellation, flag.isCancelled { stopped = true }
        if options.progress != nil, total > 0 {
            let p = done * 100 / total
            if p > lastReported { lastReported = p; percent = p }
        }
        var range: Range<Int>?
        if !stopped {
            switch schedule {
            case .dynamic:
                if next < total {
                    let end = min(total, next + batch)
                    range = next..<end
                    next = end
                }
            case .dealt:
                let c = nextChunk[worker]
                let (lo, overflow) = c.multipliedReportingOverflow(by: batch)
                if !overflow, lo < total {
                    range = lo..<min(total, lo + batch)
                    nextChunk[worker] = c + workers
                }
            }
        }
        lock.unlock()
        if percent >= 0, let progress = options.progress { progress(Double(percent) / 100) }
        return range
    }

    var wasCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopped
    }
}

extension AnalysisGraph {
    /// The cost of one search from one source in breadth-first node and arc visits, for
    /// ``SourceSweep``'s choice of how many threads pay.
    ///
    /// A weighted graph is searched by Dijkstra, whose heap operations and floating-point
    /// comparisons make a visit cost about as much as 8–16 breadth-first ones (measured on
    /// Les Misérables, 77 nodes: about 9 ns a visit against under 1 ns), so its visits count 16
    /// times. Counted as one, small weighted networks ran on one thread at twice the time two
    /// took.
    var searchCost: Int {
        let (visits, overflow) = (nodeCount + outNeighbors.count).multipliedReportingOverflow(by: isWeighted ? 16 : 1)
        return overflow ? Int.max : visits
    }
}

/// The one parallel runner of the library's all-sources and all-nodes loops (centrality, path
/// statistics, brokerage, structural holes): worker threads as ``ComputationOptions`` allows,
/// progress reports and cancellation at range boundaries.
enum SourceSweep {
    /// The number of worker threads a computation of `items` independent units uses.
    static func workerCount(items: Int, options: ComputationOptions) -> Int {
        max(1, min(options.threadCount, items))
    }

    /// Node and arc visits below which one more thread costs more than it saves: starting and
    /// joining a worker, and its own buffers, take tens of microseconds, about this much search.
    /// On a network of a hundred stakeholders every source's search together is less, so small
    /// networks run on the calling thread (NetworkX's Les Misérables ran slower on two cores
    /// than on one before this).
    static let visitsPerThread = 1 << 17

    /// Runs `body(worker, item)` for every item in `0..<total`, each worker thread owning one
    /// worker value made by `makeWorker`. Returns the workers so their partial results can be
    /// reduced.
    ///
    /// - Throws: `CancellationError` when the options' flag is cancelled.
    static func run<Worker: AnyObject>(
        total: Int, options: ComputationOptions, costPerItem: Int = 0, makeWorker: () -> Worker, body: (Worker, Int) -> Void
    ) throws -> [Worker] {
        try run(total: total, options: options, costPerItem: costPerItem, makeWorker: makeWorker) { worker, range in
            for item in range { body(worker, item) }
        }
    }

    /// Runs `body(worker, range)` over ranges covering `0..<total`, each worker thread owning
    /// one worker value made by `makeWorker`, and returns the workers in order so their partial
    /// results can be reduced.
    ///
    /// - Parameters:
    ///   - itemsPerWorker: the fewest items that pay for one more thread.
    ///   - costPerItem: the node and arc visits of one item, when known (a search from one
    ///     source visits about *n* + *m*); with it, and no explicit
    ///     ``ComputationOptions/threads``, each thread gets at least ``visitsPerThread`` visits.
    ///   - schedule: how ranges are handed out; ``SweepSchedule/dealt(chunk:)`` when partial
    ///     results must not depend on timing.
    /// - Throws: `CancellationError` when the options' flag is cancelled.
    static func run<Worker: AnyObject>(
        total: Int, options: ComputationOptions, itemsPerWorker: Int = 1, costPerItem: Int = 0,
        schedule: SweepSchedule = .dynamic,
        makeWorker: () -> Worker, ranges body: (Worker, Range<Int>) -> Void
    ) throws -> [Worker] {
        try options.checkCancellation()
        // A thread count asked for explicitly is honoured (tests run small graphs on two threads).
        let paying = options.threads == nil && costPerItem > 0 ? visitsPerThread / costPerItem : 1
        let fewest = max(1, itemsPerWorker, paying)
        let count = workerCount(items: total / fewest, options: options)
        let workers = (0..<count).map { _ in makeWorker() }
        let queue = WorkQueue(total: total, workers: count, options: options, schedule: schedule)
        func work(_ w: Int) {
            let worker = workers[w]
            var finished = 0
            while let range = queue.take(worker: w, finished: finished) {
                body(worker, range)
                finished = range.count
            }
        }
        if count == 1 {
            work(0)
        } else {
            concurrentPerform(iterations: count, work)
        }
        if queue.wasCancelled { throw CancellationError() }
        return workers
    }
}
