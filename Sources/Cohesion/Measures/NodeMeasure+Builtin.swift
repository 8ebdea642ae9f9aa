// The measures of the Centrality, Components and Profile folders, declared for the registry.
// Each reads its graph through the AnalysisGraph method that documents it.

extension NodeMeasure {
    /// Degree: ties at each node, either way (NetworkX `G.degree`); see ``AnalysisGraph/degrees(_:)``.
    public static let degree = NodeMeasure(
        order: 10, name: "degree", summary: "ties at each stakeholder, either way", weights: .none, isInteger: true,
        isDefault: { directed, _ in !directed }) { graph, _, _ in MeasureResult(.integers(graph.degrees(.all))) }

    /// In-degree: arcs entering each node (NetworkX `G.in_degree`).
    public static let inDegree = NodeMeasure(
        order: 20, name: "inDegree", summary: "ties received", weights: .none, isInteger: true,
        isDefault: { directed, _ in directed }) { graph, _, _ in MeasureResult(.integers(graph.degrees(.incoming))) }

    /// Out-degree: arcs leaving each node (NetworkX `G.out_degree`).
    public static let outDegree = NodeMeasure(
        order: 30, name: "outDegree", summary: "ties sent", weights: .none, isInteger: true,
        isDefault: { directed, _ in directed }) { graph, _, _ in MeasureResult(.integers(graph.degrees(.outgoing))) }

    /// Strength: the summed weights at each node (NetworkX `G.degree(weight=…)`); see ``AnalysisGraph/strengths(_:)``.
    public static let strength = NodeMeasure(
        order: 40, name: "strength", summary: "summed tie strengths, either way", weights: .strength,
        isDefault: { directed, weights in !directed && weights == .strength }) { graph, _, _ in
            MeasureResult(.numbers(try graph.strengths(.all)))
        }

    /// In-strength: the summed weights of arcs entering each node.
    public static let inStrength = NodeMeasure(
        order: 50, name: "inStrength", summary: "summed strengths of ties received", weights: .strength,
        isDefault: { directed, weights in directed && weights == .strength }) { graph, _, _ in
            MeasureResult(.numbers(try graph.strengths(.incoming)))
        }

    /// Out-strength: the summed weights of arcs leaving each node.
    public static let outStrength = NodeMeasure(
        order: 60, name: "outStrength", summary: "summed strengths of ties sent", weights: .strength,
        isDefault: { directed, weights in directed && weights == .strength }) { graph, _, _ in
            MeasureResult(.numbers(try graph.strengths(.outgoing)))
        }

    /// Betweenness (NetworkX `betweenness_centrality`), exact or estimated from sampled
    /// sources; see ``AnalysisGraph/betweenness(normalized:endpoints:options:)``.
    public static let betweenness = NodeMeasure(
        order: 70, name: "betweenness", summary: "share of shortest paths between others through the stakeholder", weights: .distance,
        isDefault: { _, weights in weights != .strength }) { graph, p, options in
            if let k = p.betweennessSamples {
                let estimate = try graph.approximateBetweenness(samples: k, seed: p.seed, normalized: p.normalizedBetweenness,
                                                                options: options)
                return MeasureResult(estimate: estimate, labels: graph.labels)
            }
            return MeasureResult(.numbers(try graph.betweenness(normalized: p.normalizedBetweenness, options: options)))
        }

    /// Closeness with Wasserman–Faust scaling (NetworkX `closeness_centrality`); see ``AnalysisGraph/closeness(wassermanFaust:options:)``.
    public static let closeness = NodeMeasure(
        order: 80, name: "closeness", summary: "inverse mean distance from those who reach the stakeholder", weights: .distance,
        isDefault: { _, weights in weights != .strength }) { graph, _, options in
            MeasureResult(.numbers(try graph.closeness(options: options)))
        }

    /// Harmonic closeness (NetworkX `harmonic_centrality`); see ``AnalysisGraph/harmonicCloseness(options:)``.
    public static let harmonic = NodeMeasure(
        order: 90, name: "harmonic", summary: "summed inverse distances", weights: .distance,
        isDefault: { _, weights in weights != .strength }) { graph, _, options in
            MeasureResult(.numbers(try graph.harmonicCloseness(options: options)))
        }

    /// Eigenvector centrality (NetworkX `eigenvector_centrality`).
    public static let eigenvector = NodeMeasure(
        order: 100, name: "eigenvector", summary: "being tied to the well tied", weights: .strength,
        isDefault: { _, weights in weights != .distance }) { graph, _, options in
            MeasureResult(.numbers(try graph.eigenvector(options: options)))
        }

    /// Katz centrality (NetworkX `katz_centrality`), attenuated by ``MeasureParameters/katzAlpha``.
    public static let katz = NodeMeasure(
        order: 110, name: "katz", summary: "walks reaching the stakeholder, attenuated by length", weights: .strength) { graph, p, options in
            MeasureResult(.numbers(try graph.katz(alpha: p.katzAlpha, options: options)))
        }

    /// PageRank (NetworkX `pagerank`), damped by ``MeasureParameters/damping``.
    public static let pageRank = NodeMeasure(
        order: 120, name: "pageRank", summary: "share of a random walk's time spent at the stakeholder", weights: .strength,
        isDefault: { _, weights in weights != .distance }) { graph, p, options in
            MeasureResult(.numbers(try graph.pageRank(damping: p.damping, options: options)))
        }

    /// HITS hub scores (NetworkX `hits`, first value).
    public static let hubs = NodeMeasure(
        order: 130, name: "hubs", summary: "HITS hub score: pointing to good authorities", weights: .strength) { graph, _, options in
            MeasureResult(.numbers(try graph.hits(options: options).hubs))
        }

    /// HITS authority scores (NetworkX `hits`, second value).
    public static let authorities = NodeMeasure(
        order: 140, name: "authorities", summary: "HITS authority score: pointed to by good hubs", weights: .strength) { graph, _, options in
            MeasureResult(.numbers(try graph.hits(options: options).authorities))
        }

    /// The weak component of each node, numbered from the component of node 0.
    public static let weakComponent = NodeMeasure(
        order: 150, name: "weakComponent", summary: "weakly connected component number", weights: .none, appliesToDirected: false,
        isInteger: true) { graph, _, _ in MeasureResult(.integers(graph.weakComponents().labels)) }

    /// The strong component of each node.
    public static let strongComponent = NodeMeasure(
        order: 160, name: "strongComponent", summary: "strongly connected component number", weights: .none,
        isInteger: true) { graph, _, _ in MeasureResult(.integers(graph.strongComponents().labels)) }

    /// Local clustering on the undirected view (NetworkX `clustering` of `G.to_undirected()`).
    public static let clustering = NodeMeasure(
        order: 170, name: "clustering", summary: "share of the stakeholder's neighbour pairs that are tied", weights: .none,
        appliesToDirected: false) { graph, _, _ in MeasureResult(.numbers(graph.localClustering())) }
}
