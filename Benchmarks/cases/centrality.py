"""Centrality: exact betweenness, closeness and PageRank against igraph and NetworKit.

Reference timings (graph built beforehand, computation only, best of `repeats`):
- igraph: `Graph.betweenness(directed=…, weights=…)`, `Graph.closeness(weights=…)`,
  `Graph.pagerank()` (PRPACK). igraph runs on one core.
- NetworKit: `nk.centrality.Betweenness(g)`, `nk.centrality.EstimateBetweenness(g, k, False,
  True)` (sampled sources, parallel; igraph has no sampled betweenness), `nk.centrality.Closeness(g, True,
  ClosenessVariant.GENERALIZED)`, `nk.centrality.PageRank(g, 0.85, 1e-10)`, with
  `nk.setNumberOfThreads(os.cpu_count())`: NetworKit on all cores.
Cohesion prints one line on one core (`…-1core`) and one on all cores (`…-allcores`), so the
table shows both against the same reference times.
"""
import os
from cases.common import read_edges, best_of

BA_N, BA_M = 10_000, 5
PAGERANK_N = 1_000_000


def _igraph(path):
    import igraph as ig
    n, directed, weighted, edges, weights = read_edges(path)
    g = ig.Graph(n=n, edges=edges, directed=directed)
    if weighted:
        g.es["weight"] = weights
    return g, directed, weighted


def _networkit(path):
    import networkit as nk
    nk.setNumberOfThreads(os.cpu_count() or 1)
    n, directed, weighted, edges, weights = read_edges(path)
    g = nk.Graph(n, weighted=weighted, directed=directed)
    for i, (u, v) in enumerate(edges):
        if weighted:
            g.addEdge(u, v, weights[i])
        else:
            g.addEdge(u, v)
    return g


def _igraph_betweenness(repeats):
    def run(path):
        g, directed, weighted = _igraph(path)
        return best_of(lambda: g.betweenness(directed=directed, weights="weight" if weighted else None), repeats)
    return run


def _networkit_betweenness(repeats):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(lambda: nk.centrality.Betweenness(g).run(), repeats)
    return run


def _igraph_closeness(path):
    g, directed, weighted = _igraph(path)
    return best_of(lambda: g.closeness(mode="in", weights="weight" if weighted else None), 1)


def _networkit_closeness(path):
    import networkit as nk
    g = _networkit(path)
    return best_of(lambda: nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED).run(), 1)


def _igraph_pagerank(path):
    g, _, _ = _igraph(path)
    return best_of(lambda: g.pagerank(), 3)


def _networkit_pagerank(path):
    import networkit as nk
    g = _networkit(path)
    return best_of(lambda: nk.centrality.PageRank(g, 0.85, 1e-10).run(), 3)


def _networkit_estimate(samples):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(lambda: nk.centrality.EstimateBetweenness(g, samples, False, True).run(), 1)
    return run


def cases():
    repeats = int(os.environ.get("BENCH_REPEATS", "1"))
    out = []
    for directed in (False, True):
        for weighted in (False, True):
            label = f"betweenness BA n={BA_N} m={BA_M} {'directed' if directed else 'undirected'} {'weighted' if weighted else 'unweighted'}"
            out.append({
                "name": label,
                "graph": (BA_N, BA_M, directed, weighted),
                "swift": ["bench-centrality", "betweenness", str(repeats)],
                "references": {"igraph": _igraph_betweenness(repeats), "networkit": _networkit_betweenness(repeats)},
            })
    samples = 1_000
    out.append({
        "name": f"sampled betweenness ({samples} sources) BA n=100000 m={BA_M} undirected",
        "graph": (100_000, BA_M, False, False),
        "swift": ["bench-centrality", "sampled-betweenness", "1", str(samples)],
        "references": {"networkit": _networkit_estimate(samples)},
    })
    out.append({
        "name": f"closeness BA n={BA_N} m={BA_M} undirected",
        "graph": (BA_N, BA_M, False, False),
        "swift": ["bench-centrality", "closeness", "1"],
        "references": {"igraph": _igraph_closeness, "networkit": _networkit_closeness},
    })
    # Directed BA graphs have no cycles (new nodes point to old ones), which Gauss–Seidel solves
    # in a few sweeps; the undirected graph shows the general case.
    for directed in (True, False):
        out.append({
            "name": f"pagerank BA n={PAGERANK_N} m={BA_M} {'directed' if directed else 'undirected'}",
            "graph": (PAGERANK_N, BA_M, directed, False),
            "swift": ["bench-centrality", "pagerank", "3"],
            "references": {"igraph": _igraph_pagerank, "networkit": _networkit_pagerank},
        })
    return out
