import Foundation

enum ParallelChunks {
    /// Splits `0..<count` into contiguous chunks and runs `body(chunkIndex, range)` on each, on
    /// all cores when the options allow and the work is large enough to pay for the threads.
    /// Returns the number of chunks so callers can size per-chunk partial results.
    static func chunkCount(_ count: Int, options: ComputationOptions) -> Int {
        let cores = options.threadCount
        guard count >= 32_768, cores > 1 else { return 1 }
        return min(4 * cores, max(1, count / 8_192))
    }

    static func forEach(_ count: Int, chunks: Int, _ body: (Int, Range<Int>) -> Void) {
        let size = (count + chunks - 1) / max(1, chunks)
        func work(_ c: Int) {
            let lo = c * size, hi = min(count, lo + size)
            if lo < hi { body(c, lo..<hi) }
        }
        if chunks <= 1 { work(0) } else { concurrentPerform(iterations: chunks, work) }
    }
}
