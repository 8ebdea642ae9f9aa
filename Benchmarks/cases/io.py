"""Reading large files: a 5,000,000-tie CSV edge list (`source,target`, the edges of a
Barabási–Albert graph, n = 1,000,000, m = 5) read, validated and built into the analysis graph.

Each reader runs in a process of its own, so its peak resident memory (ru_maxrss) is its own:
- Cohesion `stream`: `StreamingEdgeList.read(path:)` then `TieTable.graph()` (every row checked
  as the CSV reader checks it; ids and kinds interned).
- Cohesion `network`: `NetworkFile.read`, `Network.validate()`, `AnalysisGraph(network)`: the
  general path, one `Tie` value per row.
- NumPy `loadtxt(path, delimiter=",", skiprows=1, dtype=np.int64)`: integers only, no graph.
- NetworkX `read_edgelist(path, delimiter=",", nodetype=str)` after skipping the header: a graph
  of string ids.
"""
import os, subprocess, sys, pathlib
from cases.common import CACHE, ba_edges

TIES_N, TIES_M = 1_000_000, 5


def csv_file():
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ties-ba-{TIES_N}-{TIES_M}.csv"
    if not path.exists():
        edges = ba_edges(TIES_N, TIES_M)
        with open(path, "w") as f:
            f.write("source,target\n")
            f.write("".join(f"{u},{v}\n" for u, v in edges))
    return str(path)


_SNIPPETS = {
    "numpy": "import numpy as np; a = np.loadtxt(P, delimiter=',', skiprows=1, dtype=np.int64); n = len(a)",
    "networkx": ("import networkx as nx\n"
                 "with open(P) as f:\n    next(f)\n    g = nx.read_edgelist(f, delimiter=',', nodetype=str)\n"
                 "n = g.number_of_edges()"),
}


def _reference(lib):
    def run(path):
        code = ("import time, resource, sys\nP = sys.argv[1]\nt = time.perf_counter()\n" + _SNIPPETS[lib] +
                "\nt = time.perf_counter() - t\n"
                "print(t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, n)")
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True).stdout.split()
        secs, peak, n = float(out[0]), int(out[1]), int(out[2])
        print(f"# csv 5,000,000 ties: {lib} peak {peak / 5_000_000:.0f} bytes/tie ({peak / 2**20:.0f} MiB), {n} rows")
        return secs
    return run


def cases():
    path = csv_file()
    refs = {"numpy": _reference("numpy"), "networkx": _reference("networkx")}
    out = [{"name": "csv 5M ties read+validate+build (stream)", "path": path, "swift": ["bench-io", "stream"],
            "references": refs, "columns": ("numpy", "networkx")}]
    if os.environ.get("BENCH_NETWORK_PATH", "1") == "1":
        out.append({"name": "csv 5M ties read+validate+build (Network)", "path": path, "swift": ["bench-io", "network"],
                    "references": {}, "columns": ("numpy", "networkx")})
    return out
