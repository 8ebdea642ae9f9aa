@testable import Cohesion
import Testing

/// Small searches run on the calling thread unless a thread count is asked for; large ones
/// use the cores (the benchmark's Les Misérables ran slower on two cores than on one).
@Suite("Source sweep: threads only where they pay")
struct SourceSweepThreadsTests {
    final class Counter { var items = 0 }

    func workers(total: Int, cost: Int, options: ComputationOptions) throws -> Int {
        let done = try SourceSweep.run(total: total, options: options, costPerItem: cost,
                                       makeWorker: { Counter() }, body: { counter, _ in counter.items += 1 })
        #expect(done.reduce(0) { $0 + $1.items } == total)
        return done.count
    }

    @Test func aNetworkOfAHundredStakeholdersRunsOnOneThread() throws {
        // 77 sources, each search visiting 77 nodes and 508 arcs (Les Misérables, both ways).
        #expect(try workers(total: 77, cost: 77 + 508, options: ComputationOptions(threads: nil)) == 1)
    }

    @Test func largeSearchesUseEveryThreadAllowed() throws {
        #expect(try workers(total: 10_000, cost: 110_000, options: ComputationOptions(threads: 2)) == 2)
        #expect(try workers(total: 10_000, cost: 110_000, options: ComputationOptions(threads: nil))
                == min(10_000, ComputationOptions.availableCores))
    }

    @Test func anExplicitThreadCountIsHonouredOnSmallWork() throws {
        #expect(try workers(total: 77, cost: 585, options: ComputationOptions(threads: 2)) == 2)
    }
}
