import Foundation

/// Runs the permutations of a network regression on every core, each worker with its own
/// scratch, rep *r* of term *t* always drawing the same permutation (from the seed, *t* and
/// *r*, or from a given list), so results do not depend on the number of cores.
struct PermutationRunner {
    let nodeCount: Int
    let reps: Int
    let seed: UInt64
    let options: ComputationOptions
    /// Given permutations, rep by rep, for each term (tests reproduce R's exactly).
    let given: [[[Int]]]?

    /// The permutations a fit started in this task uses instead of seeded ones: a task-local
    /// value so that netlm's and netlogit's one public initializer each stays the only one, and
    /// the test seam that sets it (``PermutationFitted``) is written once.
    @TaskLocal static var givenPermutations: [[[Int]]]?

    /// The statistic of every rep, computed by `body(scratch, permutation)`.
    func run<Scratch>(term: Int, makeScratch: () -> Scratch, _ body: (inout Scratch, UnsafeBufferPointer<Int32>) -> Double) throws -> [Double] {
        let n = nodeCount
        let workers = SourceSweep.workerCount(items: reps, options: options)
        var values = [Double](repeating: .nan, count: reps)
        let failure = FirstFailure()
        let counter = DrawCounter(total: reps, progress: options.progress)
        let given = self.given
        let seed = self.seed, reps = self.reps
        try withoutActuallyEscaping(makeScratch) { makeScratch in
        try withoutActuallyEscaping(body) { body in
            let box = UncheckedSendable(value: (makeScratch, body))
            try values.withUnsafeMutableBufferPointer { out in
                let outBox = UncheckedSendable(value: out)
                let work: (Int) -> Void = { w in
                    var scratch = box.value.0()
                    var perm = [Int32](repeating: 0, count: n)
                    var r = w
                    while r < reps {
                        if failure.isSet { return }
                        if let c = options.cancellation, c.isCancelled { failure.set(CancellationError()); return }
                        if let given {
                            let p = given[term][r]
                            for i in 0..<n { perm[i] = Int32(p[i]) }
                        } else {
                            for i in 0..<n { perm[i] = Int32(i) }
                            var random = SeededGenerator(seed: CUGTest.drawSeed(seed, term &* 1_000_003 &+ r))
                            var i = n - 1
                            while i > 0 {
                                let j = random.next(below: i + 1)
                                if i != j { perm.swapAt(i, j) }
                                i -= 1
                            }
                        }
                        outBox.value[r] = perm.withUnsafeBufferPointer { box.value.1(&scratch, $0) }
                        counter.advance()
                        r += workers
                    }
                }
                if workers == 1 { work(0) } else { concurrentPerform(iterations: workers, work) }
                if let error = failure.error { throw error }
            }
        }}
        return values
    }

    /// Checks given permutations: one list per term, `reps` each, each a permutation of 0..<n.
    static func validate(_ given: [[[Int]]], terms: Int, reps: Int, n: Int) throws {
        guard given.count >= terms, given.allSatisfy({ $0.count >= reps }) else {
            throw RegressionError.invalid("given permutations: need \(reps) for each of \(terms) terms")
        }
        for list in given { for p in list {
            guard p.count == n, Set(p) == Set(0..<n) else { throw RegressionError.invalid("a given permutation is not a permutation of 0..<\(n)") }
        } }
    }
}

/// A fit whose permutations tests can give: netlm and netlogit.
protocol PermutationFitted {
    init(_ design: DyadicDesign, null: RegressionNull, permutations: Int, seed: UInt64, options: ComputationOptions) throws
}

extension PermutationFitted {
    /// As the public initializer, with given permutations (term by term, rep by rep; one list
    /// for qapy) instead of seeded ones: how tests reproduce sna's p-values exactly.
    init(_ design: DyadicDesign, null: RegressionNull, permutations: Int, seed: UInt64,
         options: ComputationOptions, given: [[[Int]]]?) throws {
        self = try PermutationRunner.$givenPermutations.withValue(given) {
            try Self(design, null: null, permutations: permutations, seed: seed, options: options)
        }
    }
}

extension NetworkRegression: PermutationFitted {}
extension NetworkLogit: PermutationFitted {}
