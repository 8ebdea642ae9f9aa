/// The statements of a network prepared as DNA's exporter prepares them, and the matrices it
/// computes from them. Each step names the part of `Exporter.java` it follows.
struct DiscourseBuilder {
    struct Item {
        var actor: Int32
        var concept: Int32
        var level: Int32
        var date: Int64
    }

    let options: DiscourseOptions
    let actorIDs: [String]
    let conceptIDs: [String]
    /// The qualifier values in increasing order: 0 and 1 for agreement (`qualifierInteger =
    /// {0, 1}` for a boolean qualifier), else the distinct levels of the statements in the
    /// date range (`originalStatements…distinct().sorted()` for an integer qualifier).
    let levels: [Int]
    /// The statements counted: in the range, sorted by date, repeats dropped.
    let counted: [Item]
    let start: StatementDate?
    let stop: StatementDate?

    init(_ network: Network, options: DiscourseOptions) throws {
        try options.check()
        self.options = options
        actorIDs = network.stakeholders.map(\.id)
        conceptIDs = network.concepts.map(\.id)
        var actorIndex: [String: Int32] = [:]
        for (i, id) in actorIDs.enumerated() where actorIndex[id] == nil { actorIndex[id] = Int32(i) }
        var conceptIndex: [String: Int32] = [:]
        for (i, id) in conceptIDs.enumerated() where conceptIndex[id] == nil { conceptIndex[id] = Int32(i) }

        // The date range: the earliest and latest statements unless given (rDNA's defaults
        // 01.01.1900 and 31.12.2099 stand for the range of the data, HeadlessDna.formatDateTime);
        // a stop given as a day or a year ends with its last second, as rDNA's stop time 23:59:59.
        let dated = network.statements.compactMap(\.date)
        let restricted = options.from != nil || options.to != nil || options.window != nil
        var lo = options.from ?? dated.min()
        if let from = options.from { lo = StatementDate(seconds: from.seconds, precision: .second) }
        var hi = options.to ?? dated.max()
        if let to = options.to {
            switch to.precision {
            case .year: hi = StatementDate(seconds: to.adding(years: 1).seconds - 1, precision: .second)
            case .day: hi = StatementDate(seconds: to.seconds + 86_399, precision: .second)
            case .second: break
            }
        }
        start = lo
        stop = hi

        // originalStatements: the statements in the date range (Sql.getStatements, Date >= start
        // and Date <= stop). Undated statements count only when no range or window is set.
        var original: [(Statement, Int)] = []
        for (i, s) in network.statements.enumerated() {
            if let d = s.date {
                if let lo, d.seconds < lo.seconds { continue }
                if let hi, d.seconds > hi.seconds { continue }
            } else if restricted {
                continue
            }
            original.append((s, i))
        }
        let isAgreement = !network.statements.contains { if case .level = $0.qualifier { true } else { false } }
        levels = isAgreement ? [0, 1] : Array(Set(original.map { $0.0.qualifier.numericValue })).sorted()
        var levelIndex: [Int: Int32] = [:]
        for (i, l) in levels.enumerated() { levelIndex[l] = Int32(i) }

        // Sorted by date and time (filterStatements: Collections.sort, Statement.compareTo);
        // ties keep file order, which for a DNA file is DNA's order.
        original.sort { a, b in
            let da = a.0.date?.seconds ?? .min, db = b.0.date?.seconds ?? .min
            return da != db ? da < db : a.1 < b.1
        }

        // Duplicates (filterStatements, "check for duplicates"): a statement is dropped when
        // an earlier kept one has the same actor and concept, the same qualifier unless the
        // aggregation ignores it, and the same bucket: the document, the week number, the
        // month number, the year, or the whole range. DNA compares week and month numbers
        // alone, without the year, and so does this.
        struct Key: Hashable { var actor: Int32, concept: Int32, level: Int32, bucket: Int64 }
        var documents: [String: Int64] = [:]
        var seen = Set<Key>()
        var kept: [Item] = []
        kept.reserveCapacity(original.count)
        for (s, _) in original {
            guard let a = actorIndex[s.actor] else { throw DiscourseError.unknown("a statement names unknown actor '\(s.actor)'") }
            guard let c = conceptIndex[s.concept] else { throw DiscourseError.unknown("a statement names unknown concept '\(s.concept)'") }
            let level = levelIndex[s.qualifier.numericValue] ?? 0
            let item = Item(actor: a, concept: c, level: level, date: s.date?.seconds ?? .min)
            var bucket: Int64?
            switch options.duplicates {
            case .include: bucket = nil
            case .document:
                if let doc = s.document {
                    if let b = documents[doc] { bucket = b } else { bucket = Int64(documents.count); documents[doc] = bucket }
                }
            case .week: bucket = s.date.map { Int64($0.isoWeek) }
            case .month: bucket = s.date.map { Int64($0.month) }
            case .year: bucket = s.date.map { Int64($0.year) }
            case .acrossRange: bucket = 0
            }
            if let bucket {
                let key = Key(actor: a, concept: c, level: options.aggregation == .ignore ? -1 : level, bucket: bucket)
                if !seen.insert(key).inserted { continue }
            }
            kept.append(item)
        }
        counted = kept
    }

    // MARK: Windows

    /// computeTimeWindowMatrices, natural time units: mid-points from the start of the range,
    /// moved by the step each time (`currentTime.plusDays(1)` etc., cumulatively); the window
    /// runs `round((size − 1) / 2)` units either side; windows reaching outside the range are
    /// skipped; a window counts the kept statements dated within it, both ends inclusive.
    func forEachWindow(_ window: DiscourseWindow, _ body: (DiscourseNetwork) throws -> Void) throws {
        guard let start, let stop else { return }
        let half = window.size / 2   // Math.round((size - 1) / 2.0) for whole sizes
        var mid = start
        while mid.seconds <= stop.seconds {
            let lo = window.move(mid, by: -half), hi = window.move(mid, by: half)
            let matrixTime = mid
            let next = window.move(mid, by: window.step)
            if lo.seconds >= start.seconds && hi.seconds <= stop.seconds {
                let first = lowerBound(lo.seconds), last = lowerBound(hi.seconds &+ 1)
                try body(build(counted[first..<last], start: lo, stop: hi, middle: matrixTime))
            }
            guard next.seconds > mid.seconds else { break }
            mid = next
        }
    }

    func lowerBound(_ seconds: Int64) -> Int {
        var lo = 0, hi = counted.count
        while lo < hi {
            let m = (lo + hi) / 2
            if counted[m].date < seconds { lo = m + 1 } else { hi = m }
        }
        return lo
    }

    // MARK: Matrices

    func build(_ items: some Collection<Item>, start: StatementDate?, stop: StatementDate?, middle: StatementDate?) -> DiscourseNetwork {
        // extractLabels: with isolates every node, else those in the counted statements.
        var activeActor = [Bool](repeating: options.isolates, count: actorIDs.count)
        var activeConcept = [Bool](repeating: options.isolates, count: conceptIDs.count)
        for item in items {
            activeActor[Int(item.actor)] = true
            activeConcept[Int(item.concept)] = true
        }
        var rowOf = [Int](repeating: -1, count: actorIDs.count)
        var rows: [String] = []
        for (i, on) in activeActor.enumerated() where on { rowOf[i] = rows.count; rows.append(actorIDs[i]) }

        // createArray: counts per actor, concept and qualifier value.
        let k = levels.count
        var cellOf: [Int64: Int] = [:]
        var cellActor: [Int] = [], cellConcept: [Int] = []
        var counts: [Double] = []
        for item in items {
            let key = Int64(item.actor) << 32 | Int64(item.concept)
            let cell: Int
            if let c = cellOf[key] { cell = c } else {
                cell = cellActor.count
                cellOf[key] = cell
                cellActor.append(rowOf[Int(item.actor)])
                cellConcept.append(Int(item.concept))
                counts.append(contentsOf: repeatElement(0, count: k))
            }
            counts[cell * k + Int(item.level)] += 1
        }
        let count = items.count
        switch options.networkType {
        case .twoMode:
            var colOf = [Int](repeating: -1, count: conceptIDs.count)
            var columns: [String] = []
            for (i, on) in activeConcept.enumerated() where on { colOf[i] = columns.count; columns.append(conceptIDs[i]) }
            let values = twoMode(rows: rows.count, columns: columns.count, cellRow: cellActor,
                                 cellColumn: cellConcept.map { colOf[$0] }, counts: counts)
            return DiscourseNetwork(networkType: .twoMode, rows: rows, columns: columns, values: values,
                                    start: start, stop: stop, middle: middle, statementCount: count)
        case .oneMode:
            let values = oneMode(n: rows.count, cellRow: cellActor, cellConcept: cellConcept, counts: counts)
            return DiscourseNetwork(networkType: .oneMode, rows: rows, columns: rows, values: values,
                                    start: start, stop: stop, middle: middle, statementCount: count)
        }
    }

    /// computeTwoModeMatrix.
    func twoMode(rows: Int, columns: Int, cellRow: [Int], cellColumn: [Int], counts: [Double]) -> [Double] {
        let k = levels.count
        var mat = [Double](repeating: 0, count: rows * columns)
        var rowCounts = [Double](repeating: 0, count: rows)     // Σ array[i][j][k] over j, k
        var columnCounts = [Double](repeating: 0, count: columns)
        for cell in 0..<cellRow.count {
            let r = cellRow[cell], c = cellColumn[cell]
            let a = counts[(cell * k)..<((cell + 1) * k)]
            var value = 0.0
            switch options.aggregation {
            case .combine:
                // lexRank of the binary vector of qualifier values used: 2^(k-1-l) for value l.
                for (l, x) in a.enumerated() where x > 0 { value += Double(sign: .plus, exponent: k - 1 - l, significand: 1) }
            case .subtract:
                // boolean: +count for 1, −count for 0; integer: ±|level|·count by the level's sign.
                for (l, x) in a.enumerated() {
                    let q = levels[l]
                    if levels == [0, 1] { value += q == 0 ? -x : x } else { value += Double(q) * x }
                }
            default:
                for x in a { value += x }
            }
            mat[r * columns + c] = value
            let total = a.reduce(0, +)
            rowCounts[r] += total
            columnCounts[c] += total
        }
        // Activity divides each row, prominence each column, by its sum (combine: its nonzero
        // cells; subtract: the statements counted in it). DNA indexes mat[i][j] with the column
        // first for prominence under combine, which fails on a non-square matrix; the count of
        // the column's nonzero cells is what it means.
        func divide(lines: Int, length: Int, counts: [Double], cell: (_ line: Int, _ k: Int) -> Int) {
            for line in 0..<lines {
                var denominator = 0.0
                switch options.aggregation {
                case .combine: for k in 0..<length where mat[cell(line, k)] > 0 { denominator += 1 }
                case .subtract: denominator = counts[line]
                default: for k in 0..<length { denominator += mat[cell(line, k)] }
                }
                for k in 0..<length { mat[cell(line, k)] = denominator == 0 ? 0 : mat[cell(line, k)] / denominator }
            }
        }
        switch options.normalization {
        case .activity: divide(lines: rows, length: columns, counts: rowCounts) { r, c in r * columns + c }
        case .prominence: divide(lines: columns, length: rows, counts: columnCounts) { c, r in r * columns + c }
        default: break
        }
        return mat
    }

    /// computeOneModeMatrix. For a pair of actors and a concept, with counts `a` and `b` over
    /// the qualifier values, the tie grows by Σ a[k1]·b[k2]·w(k1, k2): w = 1 for `ignore`
    /// (the product of the two totals), 1 − |q1 − q2| / range for `congruence`, |q1 − q2| / range
    /// for `conflict`, their difference for `subtract`; range is the span of the qualifier values
    /// (1 for agreement).
    func oneMode(n: Int, cellRow: [Int], cellConcept: [Int], counts: [Double]) -> [Double] {
        let k = levels.count
        let span = Double(abs((levels.last ?? 0) - (levels.first ?? 0)))
        var weight = [Double](repeating: 1, count: k * k)
        for k1 in 0..<k {
            for k2 in 0..<k {
                // DNA divides by a zero range when only one level occurs (NaN); one level means
                // every pair agrees.
                let distance = span == 0 ? 0 : Double(abs(levels[k1] - levels[k2])) / span
                let w: Double
                switch options.aggregation {
                case .congruence: w = 1 - distance
                case .conflict: w = distance
                case .subtract: w = (1 - distance) - distance
                default: w = 1
                }
                weight[k1 * k + k2] = w
            }
        }
        var totals = [Double](repeating: 0, count: n)
        for cell in 0..<cellRow.count {
            for l in 0..<k { totals[cellRow[cell]] += counts[cell * k + l] }
        }
        // Cells grouped by concept.
        let order = (0..<cellRow.count).sorted { (cellConcept[$0], cellRow[$0]) < (cellConcept[$1], cellRow[$1]) }
        var mat = [Double](repeating: 0, count: n * n)
        let jaccard = options.normalization == .jaccard
        var aux = jaccard ? [Double](repeating: 0, count: n * n) : []
        var g = 0
        counts.withUnsafeBufferPointer { counts in
            weight.withUnsafeBufferPointer { weight in
                while g < order.count {
                    var h = g
                    while h < order.count && cellConcept[order[h]] == cellConcept[order[g]] { h += 1 }
                    for x in g..<h {
                        let cx = order[x], i = cellRow[cx], ax = cx * k
                        for y in (x + 1)..<max(h, x + 1) {
                            let cy = order[y], j = cellRow[cy], by = cy * k
                            var value = 0.0
                            for k1 in 0..<k {
                                let a = counts[ax + k1]
                                if a == 0 { continue }
                                for k2 in 0..<k { value += a * counts[by + k2] * weight[k1 * k + k2] }
                            }
                            mat[i * n + j] += value
                            if jaccard {
                                // m11 − (the parts of m10 and m01 where both are active): with the
                                // totals this gives m10 + m01 + m11.
                                var extra = 0.0
                                for l in 0..<k {
                                    let a = counts[ax + l], b = counts[by + l]
                                    if a > 0 && b > 0 { extra += a * b - a - b }
                                }
                                aux[i * n + j] += extra
                            }
                        }
                    }
                    g = h
                }
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                var value = mat[i * n + j]
                if value != 0 {
                    let norm: Double
                    switch options.normalization {
                    case .average: norm = (totals[i] + totals[j]) / 2
                    case .cosine: norm = totals[i] * totals[j]   // DNA: sqrt(c1²)·sqrt(c2²)
                    case .jaccard: norm = totals[i] + totals[j] + aux[i * n + j]
                    default: norm = 1
                    }
                    value = norm == 0 ? 0 : value / norm
                }
                mat[i * n + j] = value
                mat[j * n + i] = value
            }
        }
        return mat
    }
}
