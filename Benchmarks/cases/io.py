"""Reading large files: a 5,000,000-tie CSV edge list (`source,target`, the edges of a
Barabási–Albert graph, n = 1,000,000, m = 5) read, validated and built into the analysis graph.

Each reader runs in a process of its own and reports its own peak resident memory (VmHWM, not
ru_maxrss, which a child starts with its parent's); the table's reference columns are NumPy and
NetworkX:
- Cohesion `stream`: `StreamingEdgeList.read(path:)` then `TieTable.graph()` (every row checked
  as the CSV reader checks it; ids and kinds interned).
- Cohesion `network`: `NetworkFile.read`, `Network.validate()`, `AnalysisGraph(network)`: the
  general path, one `Tie` value per row.
- NumPy `loadtxt(path, delimiter=",", skiprows=1, dtype=np.int64)`: integers only, no graph.
- NetworkX `read_edgelist(path, delimiter=",", nodetype=str)` after skipping the header: a graph
  of string ids.

GraphML: the edges of BA(200,000, 5), 1,000,000 ties (a 5,000,000-edge GraphML would take
NetworkX's ElementTree reader several GB), read by Cohesion's streaming GraphML reader
(`bench-io FILE stream-graphml`: `StreamingGraphML.read(path:)` then `TieTable.graph()`) and
its general one (`bench-io FILE graphml`: `NetworkFile.read`, `Network.validate()`,
`AnalysisGraph(network)`), beside NetworkX's `read_graphml` (the NetworkX column) and, for
scale, NumPy's `loadtxt` of the same edges as CSV (the NumPy column).
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


GRAPHML_N, GRAPHML_M = 200_000, 5


def graphml_files():
    """The GraphML file and the same edges as a CSV (for loadtxt), made once."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ties-ba-{GRAPHML_N}-{GRAPHML_M}.graphml"
    csv = CACHE / f"ties-ba-{GRAPHML_N}-{GRAPHML_M}.csv"
    if not path.exists() or not csv.exists():
        edges = ba_edges(GRAPHML_N, GRAPHML_M)
        nodes = sorted({u for e in edges for u in e})
        with open(path, "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                    '<graph id="G" edgedefault="directed">\n')
            f.write("".join(f'<node id="n{u}"/>\n' for u in nodes))
            f.write("".join(f'<edge source="n{u}" target="n{v}"/>\n' for u, v in edges))
            f.write("</graph>\n</graphml>\n")
        with open(csv, "w") as f:
            f.write("source,target\n")
            f.write("".join(f"{u},{v}\n" for u, v in edges))
    return str(path), str(csv)


_SNIPPETS = {
    "numpy": "import numpy as np; a = np.loadtxt(P, delimiter=',', skiprows=1, dtype=np.int64); n = len(a)",
    "networkx": ("import networkx as nx\n"
                 "with open(P) as f:\n    next(f)\n    g = nx.read_edgelist(f, delimiter=',', nodetype=str)\n"
                 "n = g.number_of_edges()"),
    "networkx-graphml": "import networkx as nx; g = nx.read_graphml(P); n = g.number_of_edges()",
}


# This process's own peak resident set: VmHWM. ru_maxrss would start at the driver's resident
# set (Linux keeps the larger across fork and exec), so every reader would report the driver's.
_PEAK = ("def peak():\n"
         "    try:\n"
         "        with open('/proc/self/status') as f:\n"
         "            return next(int(l.split()[1]) * 1024 for l in f if l.startswith('VmHWM:'))\n"
         "    except (OSError, StopIteration):\n"
         "        import resource\n"
         "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n")


def _reference(lib, other_path=None):
    def run(path):
        path = other_path or path
        code = ("import time, sys\nP = sys.argv[1]\nt = time.perf_counter()\n" + _SNIPPETS[lib] +
                "\nt = time.perf_counter() - t\n" + _PEAK + "print(t, peak(), n)")
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True).stdout.split()
        secs, peak, n = float(out[0]), int(out[1]), int(out[2])
        print(f"# {pathlib.Path(path).name}: {lib} peak {peak / max(1, n):.0f} bytes/tie ({peak / 2**20:.0f} MiB), {n} rows")
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
    graphml, graphml_csv = graphml_files()
    graphml_refs = {"numpy": _reference("numpy", graphml_csv), "networkx": _reference("networkx-graphml")}
    out.append({"name": "graphml 1M ties read+validate+build (stream)", "path": graphml, "swift": ["bench-io", "stream-graphml"],
                "references": graphml_refs, "columns": ("numpy", "networkx")})
    out.append({"name": "graphml 1M ties read+validate+build (Network)", "path": graphml, "swift": ["bench-io", "graphml"],
                "references": {}, "columns": ("numpy", "networkx")})
    return out
