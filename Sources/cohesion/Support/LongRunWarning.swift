import Cohesion
import Foundation

/// Estimates how long the exact path measures take on a graph and warns, before they start,
/// when a measure the user did not ask for by name will take minutes, naming the faster option.
///
/// The estimate is the work, *n* · *m* source-arc scans, over a rate measured with
/// `Benchmarks/run.py` on a 2-core machine: about 10⁸ a second for unweighted betweenness
/// (64 sources a pass), 10⁹ for unweighted closeness and harmonic closeness (no path counts),
/// 2 · 10⁷ for anything weighted (Dijkstra); divided by the cores. It is a rough order of
/// magnitude, meant to tell seconds from minutes.
enum LongRunWarning {
    /// Seconds above which a warning is printed.
    static let threshold: Double = 60

    /// Whether the measure searches from every node (betweenness, closeness, harmonic).
    static func isPathMeasure(_ measure: NodeMeasure) -> Bool {
        measure == .betweenness || measure == .closeness || measure == .harmonic
    }

    /// The cores the estimate divides the work by: those the process may use.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The estimated seconds of a path measure from `sources` sources (every node when nil).
    static func estimatedSeconds(_ measure: NodeMeasure, graph: AnalysisGraph, sources: Int? = nil,
                                 cores: Int = LongRunWarning.cores) -> Double {
        let arcs = Double(graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount)
        let rate: Double = graph.isWeighted ? 2e7 : (measure == .betweenness ? 1e8 : 1e9)
        return Double(sources ?? graph.nodeCount) * arcs / rate / Double(max(1, cores))
    }

    /// The warning for a measure, or nil when it is expected to take less than ``threshold``.
    static func warning(_ measure: NodeMeasure, graph: AnalysisGraph, samples: Int?,
                        cores: Int = LongRunWarning.cores) -> String? {
        guard isPathMeasure(measure), !(measure == .betweenness && samples != nil) else { return nil }
        let seconds = estimatedSeconds(measure, graph: graph, cores: cores)
        guard seconds >= threshold else { return nil }
        let what = "exact \(measure.name) on \(TerminalProgress.grouped(graph.nodeCount)) nodes and \(TerminalProgress.grouped(graph.edgeCount)) ties"
        var text = "warning: \(what) will take about \(TerminalProgress.duration(seconds))"
        if measure == .betweenness {
            let k = min(graph.nodeCount, 1_000)
            let sampled = estimatedSeconds(.betweenness, graph: graph, sources: k, cores: cores)
            text += "; --sample-sources \(k) estimates it in about \(TerminalProgress.duration(sampled)), with a per-node error bound"
        } else {
            text += "; leave it out with --measures (for example --measures degree,pageRank)"
        }
        return text
    }
}
