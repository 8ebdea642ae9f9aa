import Foundation

/// A conditional uniform graph test (R sna's `cug.test`): where an observed whole-network
/// statistic falls among the same statistic on uniform random graphs that share the observed
/// graph's size, number of ties or dyad census.
///
/// A difference between two cities means little until it exceeds what their size and density
/// alone produce: a CUG test says how often a random graph with the same ties has a
/// transitivity, a centralization or a modularity at least as high (``pGreaterOrEqual``) or at
/// most as high (``pLessOrEqual``) as the observed one, as sna's `pgteobs` and `plteobs`.
///
/// Null graphs are drawn as ``CUGCondition`` describes; they keep the observed graph's
/// direction and never have loops (sna's `diag = FALSE`). Draw *k* uses its own generator,
/// seeded from `seed` and *k*, so results are the same on any number of cores; draws run on
/// every core (``ComputationOptions``) and, after each worker's first draw, allocate nothing
/// for density, reciprocity, transitivity and the degree and betweenness centralizations
/// (the other statistics call the library's measures, which allocate their own scratch).
/// Draws whose statistic is NaN (closeness centralization of a disconnected graph) are left
/// out of the mean, the standard deviation and the p-values, and counted in
/// ``undefinedDraws``.
///
/// ```swift
/// let graph = try AnalysisGraph(lille)
/// let test = try CUGTest(graph, statistic: .betweennessCentralization, condition: .edges,
///                        draws: 1000, seed: 1)
/// print(test.observed, test.nullMean, test.pGreaterOrEqual)
/// ```
///
/// - Complexity: the statistic's cost times `draws`, divided among the cores, plus
///   O(*n* + *m*) per draw (O(*n*²) under ``CUGCondition/size``).
public struct CUGTest: Hashable, Sendable {
    /// The statistic tested.
    public let statistic: NetworkStatistic
    /// What the null graphs share with the observed one.
    public let condition: CUGCondition
    /// How many null graphs were drawn.
    public let draws: Int
    /// The seed of the draws.
    public let seed: UInt64
    /// The statistic of the observed graph.
    public let observed: Double
    /// The mean of the statistic over the null graphs.
    public let nullMean: Double
    /// Its standard deviation (denominator *k* − 1).
    public let nullStandardDeviation: Double
    /// The share of null values ≥ the observed one (sna `pgteobs`).
    public let pGreaterOrEqual: Double
    /// The share of null values ≤ the observed one (sna `plteobs`).
    public let pLessOrEqual: Double
    /// Draws whose statistic was NaN.
    public let undefinedDraws: Int
    /// The statistic of each null graph, in draw order.
    public let nullValues: [Double]

    /// The share of null values below the observed one plus half of those equal to it, as a
    /// percentile (0–100).
    public var percentile: Double {
        let finite = nullValues.filter { !$0.isNaN }
        guard !finite.isEmpty, !observed.isNaN else { return .nan }
        let below = finite.filter { $0 < observed }.count, equal = finite.filter { $0 == observed }.count
        return 100 * (Double(below) + Double(equal) / 2) / Double(finite.count)
    }

    /// (observed − null mean) / null standard deviation; NaN when the deviation is zero.
    public var z: Double {
        nullStandardDeviation > 0 ? (observed - nullMean) / nullStandardDeviation : .nan
    }

    /// Draws null graphs and compares the statistic.
    ///
    /// - Parameters:
    ///   - graph: the observed graph; its weights are ignored.
    ///   - statistic: what to compare.
    ///   - condition: what the null graphs share with the observed one.
    ///   - draws: how many null graphs (sna's `reps`).
    ///   - seed: the seed of the draws.
    ///   - options: cores, progress (fraction of draws done) and cancellation.
    /// - Throws: ``CoalitionError/invalidParameter(_:)`` for fewer than one draw or a
    ///   partition that does not cover the nodes; `CancellationError` when cancelled.
    public init(_ graph: AnalysisGraph, statistic: NetworkStatistic, condition: CUGCondition, draws: Int = 1000,
                seed: UInt64 = 1, options: ComputationOptions = .default) throws {
        guard draws >= 1 else { throw CoalitionError.invalidParameter("a CUG test needs at least one draw") }
        switch statistic {
        case .eiIndex(let g), .modularity(let g), .brokerageTotal(let g):
            guard g.count == graph.nodeCount, g.allSatisfy({ $0 >= 0 }) else {
                throw CoalitionError.invalidParameter("the partition has \(g.count) groups for \(graph.nodeCount) nodes")
            }
        default: break
        }
        let plain = graph.unweighted
        var kernel = StatisticKernel(nodeCount: plain.nodeCount, isDirected: plain.isDirected)
        observed = try kernel.value(statistic, of: plain)
        self.statistic = statistic
        self.condition = condition
        self.draws = draws
        self.seed = seed

        let workers = SourceSweep.workerCount(items: draws, options: options)
        var values = [Double](repeating: .nan, count: draws)
        let done = DrawCounter(total: draws, progress: options.progress)
        let failure = FirstFailure()
        let template = NullGraphSampler(plain, condition: condition)
        values.withUnsafeMutableBufferPointer { out in
            let box = UncheckedSendable(value: out)
            let run: (Int) -> Void = { w in
                var sampler = template
                var kernel = StatisticKernel(nodeCount: plain.nodeCount, isDirected: plain.isDirected)
                var k = w
                while k < draws {
                    if failure.isSet { return }
                    if let c = options.cancellation, c.isCancelled { failure.set(CancellationError()); return }
                    var random = SeededGenerator(seed: CUGTest.drawSeed(seed, k))
                    do {
                        let null = sampler.draw(&random)
                        box.value[k] = try kernel.value(statistic, of: null)
                    } catch {
                        failure.set(error); return
                    }
                    done.advance()
                    k += workers
                }
            }
            if workers == 1 { run(0) } else { concurrentPerform(iterations: workers, run) }
        }
        if let error = failure.error { throw error }
        var count = 0, sum = 0.0, ge = 0, le = 0
        for v in values where !v.isNaN {
            count += 1; sum += v
            if v >= observed { ge += 1 }
            if v <= observed { le += 1 }
        }
        let mean = count > 0 ? sum / Double(count) : .nan
        var squares = 0.0, lo = Double.infinity, hi = -Double.infinity
        for v in values where !v.isNaN {
            squares += (v - mean) * (v - mean)
            lo = min(lo, v); hi = max(hi, v)
        }
        // A statistic the condition fixes (density given the ties) has no spread at all, not
        // the rounding of its mean.
        nullMean = lo == hi ? lo : mean
        nullStandardDeviation = count > 1 ? (lo == hi ? 0 : (squares / Double(count - 1)).squareRoot()) : .nan
        pGreaterOrEqual = count > 0 && !observed.isNaN ? Double(ge) / Double(count) : .nan
        pLessOrEqual = count > 0 && !observed.isNaN ? Double(le) / Double(count) : .nan
        undefinedDraws = draws - count
        nullValues = values
    }

    /// The seed of draw `k`: the same draws on any number of cores.
    static func drawSeed(_ seed: UInt64, _ k: Int) -> UInt64 {
        seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(k) &* 0xD1B5_4A32_D192_ED03 &+ 0x2545_F491_4F6C_DD1D
    }
}

/// Counts finished draws and reports progress about a hundred times.
final class DrawCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let step: Int
    private let progress: (@Sendable (Double) -> Void)?

    init(total: Int, progress: (@Sendable (Double) -> Void)?) {
        self.total = total
        self.step = max(1, total / 100)
        self.progress = progress
    }

    func advance() {
        guard let progress else { return }
        lock.lock()
        done += 1
        let d = done
        lock.unlock()
        if d % step == 0 || d == total { progress(Double(d) / Double(total)) }
    }
}

/// The first error any worker met; workers stop when one is set.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return stored != nil }
    var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }

    func set(_ error: Error) {
        lock.lock()
        if stored == nil { stored = error }
        lock.unlock()
    }
}
