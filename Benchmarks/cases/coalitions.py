"""Coalition detection: Louvain and Leiden against igraph's multilevel and Leiden, same graph, same run.

Besides time, modularity matters: each reference prints a MODULARITY line of its own, so the
driver's table shows time and the coalitions' quality side by side.
"""
import time


def _igraph_graph(path):
    import igraph as ig
    from cases.common import read_edges
    n, directed, weighted, edges, weights = read_edges(path)
    return ig.Graph(n=n, edges=edges, directed=directed), (weights or None)


def _timed(fn, repeats=3):
    best, result = float("inf"), None
    for _ in range(repeats):
        t = time.perf_counter()
        r = fn()
        best = min(best, time.perf_counter() - t)
        result = result or r
    return best, result


def igraph_multilevel(path):
    g, w = _igraph_graph(path)
    # igraph's own generator: a Python one (set_random_number_generator) slows it 50-fold.
    # One run: on BA graphs igraph 1.0's multilevel takes minutes (see README).
    secs, cl = _timed(lambda: g.community_multilevel(weights=w), repeats=1)
    print(f"MODULARITY igraph-multilevel {g.modularity(cl.membership, weights=w)}")
    return secs


def igraph_leiden(path):
    g, w = _igraph_graph(path)
    # igraph's default of two iterations; Cohesion's side is given the same cap.
    secs, cl = _timed(lambda: g.community_leiden(objective_function="modularity", weights=w, n_iterations=2))
    print(f"MODULARITY igraph-leiden {g.modularity(cl.membership, weights=w)}")
    return secs


def networkit_plm(path):
    import networkit as nk
    from cases.common import read_edges
    n, directed, weighted, edges, weights = read_edges(path)
    G = nk.Graph(n, weighted=False, directed=False)
    for u, v in edges:
        if u != v and not G.hasEdge(u, v):
            G.addEdge(u, v)
    secs, part = _timed(lambda: nk.community.detectCommunities(G, algo=nk.community.PLM(G, refine=True), inspect=False))
    print(f"MODULARITY networkit-plm {nk.community.Modularity().getQuality(part, G)}")
    return secs


def cases():
    return [
        {"name": "louvain BA n=100000 m=5 undirected", "graph": (100_000, 5, False, False),
         "swift": ["bench-coalitions", "louvain", "1"],
         "references": {"igraph": igraph_multilevel, "networkit": networkit_plm}},
        {"name": "leiden BA n=100000 m=5 undirected, 2 iterations", "graph": (100_000, 5, False, False),
         "swift": ["bench-coalitions", "leiden", "1", "2"],
         "references": {"igraph": igraph_leiden}},
    ]
