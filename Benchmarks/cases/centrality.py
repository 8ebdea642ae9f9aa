"""Centrality: exact betweenness, closeness and PageRank against igraph and NetworKit.

Graphs (see common.graph_file): Barabási–Albert (undirected; directed = each edge oriented by a
seeded coin, so arcs form cycles — BA's own arcs all point to older nodes and are acyclic),
R-MAT (directed, heavy-tailed in- and out-degrees), and Les Misérables as bundled with
NetworkX (real; directed = coin-oriented). Weighted cases draw integer weights 1–10 (Les
Misérables: 1 / co-appearances), read as distances by every library.

Reference timings (graph built beforehand, computation only, best of `repeats`):
- igraph 1.0: `Graph.betweenness(directed=…, weights=…)`, `Graph.closeness(mode="in",
  weights=…)`, `Graph.pagerank()` (PRPACK). igraph runs on one core.
- NetworKit 11.2: `centrality.Betweenness(g)`, `centrality.EstimateBetweenness(g, k, False,
  True)`, `centrality.Closeness(g, True, GENERALIZED)`, `centrality.PageRank(g, 0.85, 1e-10)`,
  with `nk.setNumberOfThreads(os.cpu_count())`: all cores.
Cohesion prints one line on one core (`…-1core`) and one on all cores (`…-allcores`).
Les Misérables is small: every side repeats the computation `LESMIS_INNER` times and reports
the time of one.
"""
import os
from cases.common import read_edges, best_of

BA_N, BA_M = 10_000, 5
RMAT = ("rmat", 13, 8)        # 8,192 nodes, about 60,000 arcs after de-duplication
PAGERANK_N = 1_000_000
PAGERANK_RMAT = ("rmat", 18, 8)
LESMIS_INNER = 200


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


def _loop(fn, inner):
    def run():
        for _ in range(inner):
            fn()
    return run


def _igraph_betweenness(repeats, inner=1):
    def run(path):
        g, directed, weighted = _igraph(path)
        return best_of(_loop(lambda: g.betweenness(directed=directed, weights="weight" if weighted else None), inner), repeats) / inner
    return run


def _networkit_betweenness(repeats, inner=1):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(_loop(lambda: nk.centrality.Betweenness(g).run(), inner), repeats) / inner
    return run


def _igraph_closeness(inner=1):
    def run(path):
        g, directed, weighted = _igraph(path)
        return best_of(_loop(lambda: g.closeness(mode="in", weights="weight" if weighted else None), inner), 1) / inner
    return run


def _networkit_closeness(inner=1):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(_loop(lambda: nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED).run(), inner), 1) / inner
    return run


def _igraph_pagerank(inner=1):
    def run(path):
        g, _, _ = _igraph(path)
        return best_of(_loop(lambda: g.pagerank(), inner), 3) / inner
    return run


def _networkit_pagerank(inner=1):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(_loop(lambda: nk.centrality.PageRank(g, 0.85, 1e-10).run(), inner), 3) / inner
    return run


def _networkit_estimate(samples):
    def run(path):
        import networkit as nk
        g = _networkit(path)
        return best_of(lambda: nk.centrality.EstimateBetweenness(g, samples, False, True).run(), 1)
    return run


def _case(name, spec, directed, weighted, swift, refs, work=None):
    from cases.common import describe
    label = f"{name} {describe(spec, directed)} {'directed' if directed else 'undirected'}{' weighted' if weighted else ''}"
    case = {"name": label, "spec": spec, "directed": directed, "weighted": weighted, "swift": swift, "references": refs}
    if work:
        case["work"] = work
    return case


def cases():
    repeats = int(os.environ.get("BENCH_REPEATS", "1"))
    out = []
    ba, lesmis = ("ba", BA_N, BA_M), ("lesmis",)
    # Exact betweenness, all four variants; directed cases on graphs with cycles.
    graphs = [(ba, False), (ba, True), (RMAT, True)]
    for spec, directed in graphs:
        for weighted in (False, True):
            out.append(_case("betweenness", spec, directed, weighted,
                             ["bench-centrality", "betweenness", str(repeats)],
                             {"igraph": _igraph_betweenness(repeats), "networkit": _networkit_betweenness(repeats)},
                             work=not weighted))
    for directed in (False, True):
        for weighted in (False, True):
            out.append(_case("betweenness", lesmis, directed, weighted,
                             ["bench-centrality", "betweenness", "3", f"inner={LESMIS_INNER}"],
                             {"igraph": _igraph_betweenness(3, LESMIS_INNER), "networkit": _networkit_betweenness(3, LESMIS_INNER)}))
    samples = 1_000
    out.append(_case(f"sampled betweenness ({samples} sources)", ("ba", 100_000, BA_M), False, False,
                     ["bench-centrality", "sampled-betweenness", "1", str(samples)],
                     {"networkit": _networkit_estimate(samples)}))
    for spec, directed in graphs + [(lesmis, False), (lesmis, True)]:
        inner = LESMIS_INNER if spec == lesmis else 1
        out.append(_case("closeness", spec, directed, False,
                         ["bench-centrality", "closeness", "1"] + ([f"inner={inner}"] if inner > 1 else []),
                         {"igraph": _igraph_closeness(inner), "networkit": _networkit_closeness(inner)}))
    for spec, directed in [(("ba", PAGERANK_N, BA_M), False), (("ba", PAGERANK_N, BA_M), True), (PAGERANK_RMAT, True),
                           (lesmis, False), (lesmis, True)]:
        inner = LESMIS_INNER if spec == lesmis else 1
        out.append(_case("pagerank", spec, directed, False,
                         ["bench-centrality", "pagerank", "3"] + ([f"inner={inner}"] if inner > 1 else []),
                         {"igraph": _igraph_pagerank(inner), "networkit": _networkit_pagerank(inner)}))
    return out
