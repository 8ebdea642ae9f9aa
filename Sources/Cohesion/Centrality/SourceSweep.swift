import Foundation

/// Hands out batches of independent work items (usually source nodes) to worker threads,
/// counts what is done for progress reports, and stops every worker when the computation is
/// cancelled.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var lastReported = -1
    private var stopped = false
    let total: Int
    let batch: Int
    private let options: ComputationOptions

    init(total: Int, workers: Int, options: ComputationOptions) {
        self.total = total
        self.options = options
        // Small enough batches to balance load and report progress, large enough that the
        // lock is rare next to the work.
        self.batch = max(1, min(64, total / max(1, workers * 16)))
    }

    /// The next range of items, or nil when the work is finished or cancelled.
    func take(finished: Int) -> Range<Int>? {
        var percent = -1
        lock.lock()
        done += finished
        if !stopped, let flag = options.cancellation, flag.isCancelled { stopped = true }
        if options.progress != nil, total > 0 {
            let p = done * 100 / total
            if p > lastReported { lastReported = p; percent = p }
        }
        let range: Range<Int>?
        if stopped || next >= total {
            range = nil
        } else {
            let end = min(total, next + batch)
            range = next..<end
            next = end
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

enum SourceSweep {
    /// The number of worker threads a computation uses.
    static func workerCount(items: Int, options: ComputationOptions) -> Int {
        guard options.parallel else { return 1 }
        return max(1, min(ComputationOptions.availableCores, items))
    }

    /// Runs `body(worker, item)` for every item in `0..<total`, each worker thread owning one
    /// worker value made by `makeWorker`. Returns the workers so their partial results can be
    /// reduced.
    ///
    /// - Throws: `CancellationError` when the options' flag is cancelled.
    static func run<Worker: AnyObject>(
        total: Int, options: ComputationOptions, makeWorker: () -> Worker, body: (Worker, Int) -> Void
    ) throws -> [Worker] {
        try options.checkCancellation()
        let count = workerCount(items: total, options: options)
        let workers = (0..<count).map { _ in makeWorker() }
        let queue = WorkQueue(total: total, workers: count, options: options)
        func work(_ w: Int) {
            let worker = workers[w]
            var finished = 0
            while let range = queue.take(finished: finished) {
                for item in range { body(worker, item) }
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
