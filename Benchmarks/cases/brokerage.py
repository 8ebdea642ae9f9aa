"""Brokerage area: Burt's constraint (with the other structural-hole measures, in one pass) and
Gould–Fernandez brokerage on Barabási–Albert graphs, against igraph's constraint().

igraph has no Gould–Fernandez brokerage; the Swift side times it on four groups (node % 4).
"""
from . import common

def igraph_constraint(path):
    import igraph as ig
    n, directed, weighted, edges, weights = common.read_edges(path)
    g = ig.Graph(n=n, edges=edges, directed=directed)
    w = weights if weighted else None
    return common.best_of(lambda: g.constraint(weights=w))

def cases():
    out = []
    for directed in (False, True):
        out.append({
            "name": f"brokerage+constraint BA n=100000 m=5 {'directed' if directed else 'undirected'}",
            "graph": (100000, 5, directed, False),
            "swift": ["bench-brokerage"],
            "references": {"igraph": igraph_constraint},
        })
    return out
