/// A network observed in waves (years), exported the way longitudinal tools read panels:
/// RSiena's adjacency matrices per wave, networkDynamic's spell tables, and a UCINET DL file
/// with one matrix per year.
///
/// A tie is present in wave *Y* when it is valid that year (``Tie/isValid(in:)``: undated
/// bounds are open), over every layer. Matrices are binary, as RSiena's `sienaDependent`
/// wants them (a tie in any layer is a 1); an undirected tie is present both ways.
///
/// ```swift
/// let panel = NetworkPanel(network: nantes, waves: [2015, 2018, 2021])
/// for file in panel.rsienaFiles() { try NetworkFile.writeAtomically(file.bytes, to: "out/" + file.name) }
/// ```
///
/// In R: `m <- lapply(c(2015, 2018, 2021), function(y) as.matrix(read.csv(sprintf("out/wave-%d.csv", y), row.names = 1, check.names = FALSE)))`,
/// then `sienaDependent(array(unlist(m), dim = c(n, n, 3)))`; the spells load with
/// `networkDynamic(vertex.spells = read.csv("vertex-spells.csv"), edge.spells = read.csv("edge-spells.csv"))`.
///
/// - Complexity: O(*w* (*n*² + *m*)) for *w* waves.
public struct NetworkPanel: Sendable {
    /// The network.
    public var network: Network
    /// The waves, in increasing order.
    public var waves: [Int]

    /// A panel of the given waves (sorted, repeats dropped).
    public init(network: Network, waves: [Int]) {
        self.network = network
        self.waves = Array(Set(waves)).sorted()
    }

    /// The waves from `first` to `last` every `step` years (`step` at least 1).
    ///
    /// ```swift
    /// NetworkPanel.waves(from: 2015, to: 2021, step: 3)   // [2015, 2018, 2021]
    /// ```
    /// At most ``maximumWaves`` waves are given: a span that would need more gives none.
    public static func waves(from first: Int, to last: Int, step: Int = 1) -> [Int] {
        guard first <= last else { return [] }
        let step = max(1, step)
        let (span, overflow) = last.subtractingReportingOverflow(first)
        guard !overflow, span / step < maximumWaves else { return [] }
        return Array(stride(from: first, through: last, by: step))
    }

    /// The most waves ``waves(from:to:step:)`` gives.
    public static let maximumWaves = 10_000

    /// The year after `y` (a spell's exclusive terminus), nil past the largest integer.
    static func after(_ y: Int) -> Int? { y == .max ? nil : y + 1 }

    /// The binary adjacency matrix of one wave, rows and columns in stakeholder order.
    public func matrix(at year: Int) -> [[Int]] {
        AdjacencyCSV.matrix(network, ties: network.ties.filter { $0.isValid(in: year) }).map { row in row.map { $0 > 0 ? 1 : 0 } }
    }

    /// One adjacency-matrix CSV per wave (`wave-2015.csv`…), labels in the first row and
    /// column, for RSiena; and `waves.R`, which loads them into the array `sienaDependent`
    /// takes.
    public func rsienaFiles() -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        let ids = network.stakeholders.map(\.id)
        for y in waves {
            var out: [UInt8] = []
            CSVWriter.appendRow([""] + ids, to: &out)
            for (k, row) in matrix(at: y).enumerated() { CSVWriter.appendRow([ids[k]] + row.map(String.init), to: &out) }
            files.append(("wave-\(y).csv", out))
        }
        let script = """
            # Written by Cohesion: the waves \(waves.map(String.init).joined(separator: ", ")) as RSiena's dependent network.
            # source("waves.R") from this folder; needs library(RSiena) for the last line only.
            waves <- c(\(waves.map(String.init).joined(separator: ", ")))
            matrices <- lapply(waves, function(y) as.matrix(read.csv(sprintf("wave-%d.csv", y), row.names = 1, check.names = FALSE)))
            n <- nrow(matrices[[1]])
            panel <- array(unlist(matrices), dim = c(n, n, length(waves)), dimnames = list(rownames(matrices[[1]]), colnames(matrices[[1]]), waves))
            if (requireNamespace("RSiena", quietly = TRUE)) network <- RSiena::sienaDependent(panel)

            """
        files.append(("waves.R", Array(script.utf8)))
        return files
    }

    /// networkDynamic's spell tables: `edge-spells.csv` (`onset,terminus,tail,head`, vertices
    /// numbered from 1, the terminus the year after the last, open bounds `-Inf`/`Inf`),
    /// `vertex-spells.csv` (`onset,terminus,vertex.id`, each stakeholder over the waves) and
    /// `vertices.csv` (`vertex.id,id,name`). Spells are clipped to the waves' span; ties
    /// outside it are left out. An undirected tie is one row.
    public func networkDynamicFiles() -> [(name: String, bytes: [UInt8])] {
        var index: [String: Int] = [:]
        for (k, s) in network.stakeholders.enumerated() where index[s.id] == nil { index[s.id] = k + 1 }
        let first = waves.first, end = waves.last.flatMap(Self.after)
        func bound(_ y: Int?, _ open: String) -> String { y.map(String.init) ?? open }
        var edges: [UInt8] = []
        CSVWriter.appendRow(["onset", "terminus", "tail", "head"], to: &edges)
        for t in network.ties {
            guard let a = index[t.source], let b = index[t.target] else { continue }
            var onset = t.firstYear, terminus = t.lastYear.flatMap(Self.after)
            if let first { onset = max(onset ?? first, first) }
            if let end { terminus = min(terminus ?? end, end) }
            if let o = onset, let e = terminus, o >= e { continue }
            CSVWriter.appendRow([bound(onset, "-Inf"), bound(terminus, "Inf"), String(a), String(b)], to: &edges)
        }
        var vertexSpells: [UInt8] = []
        CSVWriter.appendRow(["onset", "terminus", "vertex.id"], to: &vertexSpells)
        var vertices: [UInt8] = []
        CSVWriter.appendRow(["vertex.id", "id", "name"], to: &vertices)
        for (k, s) in network.stakeholders.enumerated() {
            CSVWriter.appendRow([bound(first, "-Inf"), bound(end, "Inf"), String(k + 1)], to: &vertexSpells)
            CSVWriter.appendRow([String(k + 1), s.id, s.name], to: &vertices)
        }
        return [("edge-spells.csv", edges), ("vertex-spells.csv", vertexSpells), ("vertices.csv", vertices)]
    }

    /// A UCINET DL file with one binary matrix per wave, `matrix labels:` the years, which
    /// ``NetworkPanel/readingYears(_:)`` (`--dl-years`) reads back as tie years.
    public func dl(file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let directed = network.layers.isEmpty || network.layers.contains(where: \.isDirected)
        var panel = Network()
        panel.stakeholders = network.stakeholders
        panel.stakeholderKinds = network.stakeholderKinds
        let kinds = waves.map { TieKind(id: String($0), isDirected: directed) }
        panel.tieKinds = kinds
        for (w, y) in waves.enumerated() {
            let m = matrix(at: y)
            for i in m.indices {
                for j in m[i].indices where m[i][j] != 0 && (directed || j >= i) {
                    panel.ties.append(Tie(source: network.stakeholders[i].id, target: network.stakeholders[j].id, kind: kinds[w]))
                }
            }
        }
        if waves.count == 1 {
            // One matrix is written as an edge list; keep the year in the label anyway.
            var out = DLWriter.write(panel, file: file)
            out.warnings = []
            return out
        }
        let (bytes, _) = DLWriter.write(panel, file: file)
        return (bytes, FormatLosses.warnings(network, keeps: [.isolates, .selfTies], format: "DL panel", file: file,
                                             extra: ["everything but which ties are present in each wave"]))
    }

    /// A network whose layers are named by years (a DL file with `matrix labels: 2015, 2018…`)
    /// read as one layer over time: each tie of layer *Y* becomes a tie of kind `tie` valid in
    /// *Y* alone. Layers not named by a whole number are kept as they are.
    ///
    /// - Complexity: O(*m*).
    public static func readingYears(_ network: Network) -> Network {
        var out = network
        let years = network.tieKinds.filter { Int($0.id) != nil }
        guard !years.isEmpty else { return network }
        let directed = years.contains(where: \.isDirected)
        let kind = TieKind(id: "tie", isDirected: directed)
        out.tieKinds = network.tieKinds.filter { Int($0.id) == nil }
        if !out.tieKinds.contains(kind) { out.tieKinds.append(kind) }
        out.ties = network.ties.map { t in
            guard let y = Int(t.kind.id) else { return t }
            var u = t
            u.kind = kind
            u.firstYear = y
            u.lastYear = y
            return u
        }
        let ys = years.compactMap { Int($0.id) }
        out.firstYear = out.firstYear ?? ys.min()
        out.lastYear = out.lastYear ?? ys.max()
        return out
    }
}
