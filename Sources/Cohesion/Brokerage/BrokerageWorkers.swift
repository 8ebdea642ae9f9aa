import Dispatch
import Foundation

/// Runs per-node work of the brokerage measures on all cores.
///
/// Nodes are cut into small chunks dealt round-robin to one worker per core, so the few hubs
/// of a scale-free graph (which sit at low indices in generated graphs) spread over the workers.
/// Each worker builds its scratch state once and keeps it across its chunks.
enum BrokerageWorkers {
    /// The number of workers for `count` items: one per core, fewer for small inputs.
    static func workerCount(for count: Int) -> Int {
        let cores = ComputationOptions.availableCores
        return max(1, min(cores, count / 512))
    }

    /// Calls `body(&scratch, range)` for chunks of `0..<count`; each worker's chunks run on one
    /// thread, in order. `makeScratch(worker)` runs once per worker (workers are numbered
    /// `0..<workerCount(for: count)`), and `finish(&scratch)` once after its last chunk.
    static func run<Scratch>(count: Int, chunk: Int = 256, makeScratch: (Int) -> Scratch,
                             _ body: (inout Scratch, Range<Int>) -> Void,
                             finish: (inout Scratch) -> Void = { _ in }) {
        let workers = workerCount(for: count)
        let chunks = (count + chunk - 1) / chunk
        if workers == 1 {
            var scratch = makeScratch(0)
            if count > 0 { body(&scratch, 0..<count) }
            finish(&scratch)
            return
        }
        concurrentPerform(iterations: workers) { w in
            var scratch = makeScratch(w)
            var c = w
            while c < chunks {
                body(&scratch, (c * chunk)..<min(count, (c + 1) * chunk))
                c += workers
            }
            finish(&scratch)
        }
    }
}
