import Foundation

/// Runs multi-source searches (``MultiSourceWorker``) over a list of sources, 64 a pass, on
/// the worker threads of ``SourceSweep``: each worker owns one scratch space and takes whole
/// batches, so progress and cancellation work as for one-source sweeps.
enum MultiSourceTraversal {
    /// Scratch for all workers is kept under this many bytes; larger graphs fall back to one
    /// source at a time, whose scratch is a few words per node.
    static let memoryBudget = 1 << 30

    /// Whether every worker's scratch fits ``memoryBudget``.
    static func fits(nodeCount n: Int, counting: Bool, options: ComputationOptions) -> Bool {
        let workers = SourceSweep.workerCount(items: max(1, n / MultiSourceWorker.lanes), options: options)
        let (bytes, overflow) = MultiSourceWorker.bytesNeeded(nodeCount: n, counting: counting)
            .multipliedReportingOverflow(by: workers)
        return !overflow && bytes <= memoryBudget
    }

    /// Calls `body(worker, batch)` for consecutive batches of at most 64 of `sources` (distinct
    /// nodes), in order within each worker. Returns the workers for reduction.
    static func run(sources: [Int], nodeCount n: Int, counting: Bool, accumulates: Bool,
                    options: ComputationOptions, searchCost: Int = 0,
                    body: (MultiSourceWorker, ArraySlice<Int>) -> Void) throws -> [MultiSourceWorker] {
        let lanes = MultiSourceWorker.lanes
        let batches = (sources.count + lanes - 1) / lanes
        // A batch searches from `lanes` sources; saturate rather than wrap on a huge graph.
        let (batchCost, overflow) = searchCost.multipliedReportingOverflow(by: lanes)
        return try SourceSweep.run(
            total: batches, options: options, costPerItem: overflow ? Int.max : batchCost,
            makeWorker: { MultiSourceWorker(nodeCount: n, counting: counting, accumulates: accumulates) },
            body: { worker, b in
                let lo = b * lanes, hi = min(sources.count, lo + lanes)
                body(worker, sources[lo..<hi])
            })
    }
}
