import Foundation

/// The kernel functions of DNA's kernel-smoothed time slices (Exporter.java `zeta`).
///
/// Each weighs a statement by its standardized distance *d* = 2·Δ/*w* from the slice's
/// mid-point, Δ the whole number of units between them and *w* the window size:
/// - ``uniform``: 0.5 for |*d*| ≤ 1, else 0;
/// - ``epanechnikov``: 0.75·(1 − *d*²) for |*d*| ≤ 1, else 0;
/// - ``triangular``: |1 − *d*| for |*d*| ≤ 1, else 0 — DNA's formula as written, which
///   gives 1 − *d* for statements after the mid-point and 1 + *d* … up to 2 for those before
///   it, not the textbook 1 − |*d*|; followed here so scores equal DNA's;
/// - ``gaussian``: the standard normal density of *d*, for every statement.
public enum DiscourseKernel: String, Hashable, Sendable, CaseIterable {
    /// Equal weight inside the window.
    case uniform
    /// DNA's triangular weight, |1 − d|.
    case triangular
    /// The Epanechnikov (parabolic) weight.
    case epanechnikov
    /// The standard normal density, over the whole range.
    case gaussian

    /// The weight of a standardized distance *d* (Exporter.java `zeta`, after `diff_std`).
    public func weight(_ d: Double) -> Double {
        switch self {
        case .uniform: return abs(d) <= 1 ? 0.5 : 0
        case .epanechnikov: return abs(d) <= 1 ? 0.75 * (1 - d * d) : 0
        case .triangular: return abs(d) <= 1 ? abs(1 - d) : 0
        case .gaussian: return (1 / (2 * Double.pi).squareRoot()) * exp(-0.5 * d * d)
        }
    }
}

/// One kernel-smoothed time slice: the congruence and conflict networks around a mid-point.
public struct KernelSlice: Hashable, Sendable {
    /// The slice's mid-point (DNA's gamma).
    public var middle: StatementDate
    /// The first moment of the slice (the range's start for the Gaussian kernel).
    public var start: StatementDate
    /// The last moment of the slice (the range's end for the Gaussian kernel).
    public var stop: StatementDate
    /// The actors of the slice, in file order: those with a statement inside it (every actor
    /// with a statement in the range, for the Gaussian kernel).
    public var actors: [String]
    /// Kernel-weighted congruence, `actors.count`², zero diagonal.
    public var congruence: [Double]
    /// Kernel-weighted conflict, `actors.count`², zero diagonal.
    public var conflict: [Double]
}

extension DiscoursePolarization {
    /// DNA's kernel-smoothed time slices (Polarization.java `computeKernelSmoothedTimeSlices`,
    /// Exporter.java `processTimeSlice` and `zeta`, leifeld-lab/dna at 175985b):
    ///
    /// - Statements: those of the date range with the options' duplicates rule, sorted by date
    ///   (`getFilteredStatements`). The range runs from b = the later of the options' start and
    ///   the first statement to e = the earlier of the options' end and the last statement.
    /// - Mid-points γ run from b to e in steps of one unit (``DiscourseWindow/step`` units here;
    ///   DNA moves one), with `indent` from b + ⌊w/2⌋ to e − ⌊w/2⌋ (`indentTime`).
    /// - Uniform, triangular and Epanechnikov: a slice keeps the statements strictly after
    ///   max(b, γ − ⌊w/2⌋) and strictly before min(e, γ + ⌊w/2⌋) (DNA's `isAfter`/`isBefore`,
    ///   so a statement on either bound is left out), and its actors are theirs. Gaussian: every
    ///   statement and every actor, in every slice.
    /// - A statement's weight is the kernel of 2·Δ/*w*, Δ the whole units from the statement to
    ///   γ: days and weeks from the elapsed time truncated (`Duration.toDays`, /7), months and
    ///   years as `java.time.Period` counts them between the two calendar days.
    /// - Cell (i, i′): Σ over concepts j and qualifier values k, k′ of Σ over i's statements t
    ///   with (j, k) and i′'s t′ with (j, k′) of √(z_t·z_t′)·s(k, k′), with s = 1 − |k − k′|/(L − 1)
    ///   for congruence and |k − k′|/(L − 1) for conflict (L qualifier values; with one value,
    ///   every pair agrees), then times DNA's kernel `average` factor Σ_{j,k} 2/(n_ijk + n_i′jk)
    ///   over the (j, k) either actor states in the slice, when both are non-zero; the diagonal
    ///   is set to 0.
    ///
    /// One departure: at that commit DNA's kernel branch passes its exporter's aggregation,
    /// `subtract`, to both the congruence and the conflict slices, so the two matrices are the
    /// same; its no-window branch and the matrices' names ask for congruence and conflict,
    /// which this computes.
    ///
    /// - Throws: ``DiscourseError`` as ``DiscourseNetwork/init(_:options:)``, and for a window
    ///   size or step below 1.
    /// - Complexity: O(*g*·*s*²) for *g* slices and *s* statements in a slice (pairs of
    ///   statements on the same concept).
    public static func kernelSlices(of network: Network, options: DiscourseOptions, window: DiscourseWindow,
                                    kernel: DiscourseKernel, indent: Bool = false) throws -> [KernelSlice] {
        guard window.size >= 1, window.step >= 1 else {
            throw DiscourseError.incompatible("a time window needs a size and a step of at least 1")
        }
        var o = options
        o.window = nil
        o.networkType = .oneMode
        o.aggregation = .subtract   // Polarization.java's exporter: duplicates compare qualifiers
        o.normalization = .average
        let builder = try DiscourseBuilder(network, options: o)
        let items = builder.counted.filter { $0.date != .min }
        guard let first = items.first, let last = items.last else { return [] }
        let b = max(first.date, o.from?.seconds ?? .min), e = min(last.date, builder.stop?.seconds ?? .max)
        guard b <= e else { return [] }
        let half = window.size / 2
        let start = StatementDate(seconds: b, precision: .second), end = StatementDate(seconds: e, precision: .second)
        var gamma = indent ? window.move(start, by: half) : start
        let e2 = indent ? window.move(end, by: -half) : end
        let levels = max(1, builder.levels.count)
        var slices: [KernelSlice] = []
        while gamma.seconds <= e2.seconds {
            let lo: StatementDate, hi: StatementDate
            let current: [DiscourseBuilder.Item]
            if kernel == .gaussian {
                lo = start; hi = end
                current = items
            } else {
                let l = window.move(gamma, by: -half), h = window.move(gamma, by: half)
                lo = l.seconds < b ? start : l
                hi = h.seconds > e ? end : h
                current = items.filter { $0.date > lo.seconds && $0.date < hi.seconds }
            }
            slices.append(slice(current, builder: builder, middle: gamma, start: lo, stop: hi, levels: levels,
                                window: window, kernel: kernel))
            let next = window.move(gamma, by: window.step)
            guard next.seconds > gamma.seconds else { break }
            gamma = next
        }
        return slices
    }

    static func slice(_ items: [DiscourseBuilder.Item], builder: DiscourseBuilder, middle: StatementDate, start: StatementDate,
                      stop: StatementDate, levels: Int, window: DiscourseWindow, kernel: DiscourseKernel) -> KernelSlice {
        var active = [Bool](repeating: false, count: builder.actorIDs.count)
        for item in items { active[Int(item.actor)] = true }
        var rowOf = [Int](repeating: -1, count: active.count)
        var actors: [String] = []
        for (i, on) in active.enumerated() where on { rowOf[i] = actors.count; actors.append(builder.actorIDs[i]) }
        let n = actors.count
        // Statements by concept, then actor and qualifier value: (row, level, weight).
        var byConcept: [Int32: [(row: Int, level: Int, z: Double)]] = [:]
        for item in items {
            let z = kernel.weight(2 * Double(units(from: item.date, to: middle, window.unit)) / Double(window.size))
            byConcept[item.concept, default: []].append((rowOf[Int(item.actor)], Int(item.level), z))
        }
        var congruence = [Double](repeating: 0, count: n * n), conflict = [Double](repeating: 0, count: n * n)
        var norm = [Double](repeating: 0, count: n * n)
        let span = Double(levels - 1)
        for concept in byConcept.keys.sorted() {
            guard let list = byConcept[concept] else { continue }
            var counts = [Int](repeating: 0, count: n * levels)
            for s in list { counts[s.row * levels + s.level] += 1 }
            for i in 0..<n {
                for i2 in 0..<n {
                    for k in 0..<levels {
                        let total = counts[i * levels + k] + counts[i2 * levels + k]
                        if total != 0 { norm[i * n + i2] += 2 / Double(total) }
                    }
                }
            }
            for s in list {
                for t in list {
                    let distance = span == 0 ? 0 : Double(abs(s.level - t.level)) / span
                    let z = (s.z * t.z).squareRoot()
                    congruence[s.row * n + t.row] += abs(1 - distance) * z
                    conflict[s.row * n + t.row] += distance * z
                }
            }
        }
        for c in 0..<(n * n) where norm[c] != 0 {
            if congruence[c] != 0 { congruence[c] *= norm[c] }
            if conflict[c] != 0 { conflict[c] *= norm[c] }
        }
        for i in 0..<n { congruence[i * n + i] = 0; conflict[i * n + i] = 0 }
        return KernelSlice(middle: middle, start: start, stop: stop, actors: actors, congruence: congruence, conflict: conflict)
    }

    /// Whole units from `t` to `gamma` as Exporter.java `zeta` counts them.
    static func units(from t: Int64, to gamma: StatementDate, _ unit: DiscourseWindow.Unit) -> Int64 {
        let elapsed = gamma.seconds &- t
        switch unit {
        case .days: return elapsed / 86_400
        case .weeks: return elapsed / 86_400 / 7
        case .months, .years:
            // java.time.Period.between(t.toLocalDate(), gamma.toLocalDate()), in months.
            let a = StatementDate(seconds: t, precision: .second).civil, g = gamma.civil
            var months = Int64(g.year - a.year) * 12 + Int64(g.month - a.month)
            let days = g.day - a.day
            if months > 0 && days < 0 { months -= 1 } else if months < 0 && days > 0 { months += 1 }
            return unit == .months ? months : months / 12
        }
    }

    /// DNA's polarization score of each kernel-smoothed slice (``kernelSlices(of:options:window:kernel:indent:)``).
    ///
    /// ```swift
    /// let series = try DiscoursePolarization.kernelScores(of: network, options: DiscourseOptions(),
    ///     window: DiscourseWindow(unit: .days, size: 30), kernel: .gaussian, normalize: true)
    /// ```
    ///
    /// - Throws: as ``kernelSlices(of:options:window:kernel:indent:)``.
    /// - Complexity: one slice build and one polarization search per slice.
    public static func kernelScores(of network: Network, options: DiscourseOptions, window: DiscourseWindow,
                                    kernel: DiscourseKernel, indent: Bool = false, groups k: Int = 2,
                                    normalize: Bool = false, seed: UInt64 = 1) throws -> [DiscoursePolarization] {
        try kernelSlices(of: network, options: options, window: window, kernel: kernel, indent: indent).map { s in
            var p = score(actors: s.actors, congruence: s.congruence, conflict: s.conflict, groups: k, normalize: normalize, seed: seed)
            p.middle = s.middle
            return p
        }
    }
}
