#!/usr/bin/env python3
"""PageRank at equal accuracy: each library's time beside its error against igraph's PRPACK.

The `pagerank` rows of the centrality table time every library at its own stopping rule:
Cohesion's default (L1 change of the normalized vector below n * 1e-15), NetworKit's
`PageRank(g, 0.85, 1e-10)` and igraph's PRPACK (a direct solver). Those rules do not give the
same accuracy, so a ratio between them compares unequal work. This run measures, on the same
graph and in the same process order, how far each result lies from PRPACK's vector (max
relative error and L1 error, every vector normalized to sum 1) and how long it took:

- igraph 1.0 `Graph.pagerank()` (PRPACK): the reference, one core;
- NetworKit 11.2 `centrality.PageRank(g, 0.85, tol)` with all threads, tol = 1e-10 (the table's
  setting) and 1e-8;
- Cohesion `AnalysisGraph.pageRank(tolerance:)` (Gauss–Seidel, one core) at 1e-15 (the
  default), 1e-13 and 1e-12 per node, through `bench-centrality pagerank-tolerance`.

PRPACK is itself iterative: igraph calls `solver.solve(damping, 1e-10, …)` (its
src/centrality/prpack.cpp), so an error below about 1e-9 says as much about PRPACK as about the
library measured; the point is that the errors are of a known size when times are compared.

Usage (run.py runs it as the area `pagerank-accuracy`):

    python3 Benchmarks/spot-checks/pagerank_accuracy.py BENCH_BINARY_DIR [n]

Graph: Barabási–Albert n (default 1,000,000), m = 5, undirected, as the centrality table's row.
"""
import os, subprocess, sys, tempfile, time, pathlib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from cases.common import graph_file, best_of   # noqa: E402

COHESION_TOLERANCES = ["1e-15", "1e-13", "1e-12"]
NETWORKIT_TOLERANCES = [1e-10, 1e-8]


def errors(values, reference):
    import numpy as np
    v = np.asarray(values, dtype=float)
    v = v / v.sum()
    return float(np.max(np.abs(v - reference) / reference)), float(np.abs(v - reference).sum())


def main():
    import numpy as np, igraph as ig, networkit as nk
    binary_dir = pathlib.Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    path = graph_file(("ba", n, 5), False, False)
    with open(path) as f:
        f.readline()
        edges = np.loadtxt(f, dtype=np.int64)
    rows = []
    g = ig.Graph(n=n, edges=edges.tolist(), directed=False)
    reference = None
    def prpack():
        nonlocal reference
        reference = np.array(g.pagerank())
    seconds = best_of(prpack, 3)
    reference = reference / reference.sum()
    rows.append(("igraph PRPACK (reference)", "-", seconds, 0.0, 0.0))
    del g
    nk.setNumberOfThreads(os.cpu_count() or 1)
    G = nk.Graph(n, directed=False)
    for u, v in edges:
        G.addEdge(int(u), int(v))
    for tol in NETWORKIT_TOLERANCES:
        holder = {}
        def run():
            pr = nk.centrality.PageRank(G, 0.85, tol)
            pr.run()
            holder["pr"] = pr
        seconds = best_of(run, 3)
        pr = holder["pr"]
        rel, l1 = errors(pr.scores(), reference)
        rows.append((f"NetworKit {os.cpu_count()} threads", f"{tol:g} ({pr.numberOfIterations()} iterations)", seconds, rel, l1))
    del G
    for tol in COHESION_TOLERANCES:
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as out:
            dump = out.name
        text = subprocess.run([str(binary_dir / "bench-centrality"), str(path), "pagerank-tolerance", "3", tol, dump],
                              capture_output=True, text=True, check=True).stdout
        seconds = next(float(l.split()[2]) for l in text.splitlines() if l.startswith("RESULT "))
        rel, l1 = errors(np.loadtxt(dump), reference)
        os.unlink(dump)
        rows.append(("Cohesion 1 core (Gauss-Seidel)", tol, seconds, rel, l1))
    print(f"# PageRank at equal accuracy: BA n={n} m=5 undirected (graph built beforehand; best of 3; "
          f"errors against igraph PRPACK, vectors normalized to sum 1)")
    print(f"{'library':<34} {'tolerance':>26} {'seconds':>9} {'max rel err':>12} {'L1 err':>10}")
    for lib, tol, secs, rel, l1 in rows:
        print(f"{lib:<34} {tol:>26} {secs:>9.3f} {rel:>12.2e} {l1:>10.2e}")


if __name__ == "__main__":
    main()
