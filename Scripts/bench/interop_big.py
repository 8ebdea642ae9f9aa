#!/usr/bin/env python3
"""Times reading and writing a 1,000,000-edge network as CSV and GraphML: Cohesion's release
build against NetworkX and igraph on the same files. The big files go to a temporary
directory (or DIR) and are not committed.

    swift build -c release --product cohesion
    COHESION_REFVENV=/path/to/venv python3 Scripts/bench/interop_big.py [DIR]
"""
import os, random, resource, subprocess, sys, tempfile, time

venv = os.environ.get("COHESION_REFVENV")
try:
    import networkx as nx, igraph as ig
except ImportError:
    if not venv:
        sys.exit("set COHESION_REFVENV to a venv with networkx 3.6.1 and igraph 1.0.0")
    os.execv(os.path.join(venv, "bin", "python"), [os.path.join(venv, "bin", "python")] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, ".build", "release", "cohesion")
out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="cohesion-big-")
os.makedirs(out, exist_ok=True)
N, M = 100_000, 1_000_000
csv_path = os.path.join(out, "big.csv")
rng = random.Random(7)
kinds = ["funding", "contracting", "authorisation"]
with open(csv_path, "w") as f:
    f.write("source,target,kind,weight\n")
    for _ in range(M):
        a, b = rng.randrange(N), rng.randrange(N)
        while b == a:
            b = rng.randrange(N)
        f.write(f"s{a},s{b},{kinds[a % 3]},{rng.randint(1, 1000) / 100}\n")


def cpu():
    """CPU seconds (user + system) of this process and its finished children: on a shared,
    loaded machine wall time says more about the neighbours than about the code."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label, fn):
    t, c = time.perf_counter(), cpu()
    result = fn()
    print(f"{label:50s} {cpu() - c:7.2f} s CPU {time.perf_counter() - t:7.2f} s wall", flush=True)
    return result


def tool(*args):
    subprocess.run([TOOL, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


gml = os.path.join(out, "big.graphml")
timed("cohesion: read CSV (validate)", lambda: tool("validate", csv_path))
timed("cohesion: read CSV, write GraphML (convert)", lambda: tool("convert", csv_path, gml))
timed("cohesion: read GraphML (validate)", lambda: tool("validate", gml))
timed("cohesion: read GraphML, write CSV (convert)", lambda: tool("convert", gml, os.path.join(out, "back.csv")))
print(f"GraphML size: {os.path.getsize(gml) / 1e6:.0f} MB, CSV size: {os.path.getsize(csv_path) / 1e6:.0f} MB")


def nx_read_csv():
    G = nx.MultiDiGraph()
    with open(csv_path) as f:
        next(f)
        for line in f:
            s, t, k, w = line.rstrip("\n").split(",")
            G.add_edge(s, t, kind=k, weight=float(w))
    return G


G = timed("networkx: read CSV (MultiDiGraph, csv lines)", nx_read_csv)
timed("networkx: write GraphML", lambda: nx.write_graphml(G, os.path.join(out, "nx.graphml")))
del G
G = timed("networkx: read GraphML (ours)", lambda: nx.read_graphml(gml))
assert G.number_of_edges() == M, G.number_of_edges()
del G
g = timed("igraph: read GraphML (ours)", lambda: ig.Graph.Read_GraphML(gml))
assert g.ecount() == M
timed("igraph: write GraphML", lambda: g.write_graphml(os.path.join(out, "ig.graphml")))
del g


def ig_read_csv():
    with open(csv_path) as f:
        next(f)
        rows = [line.rstrip("\n").split(",") for line in f]
    return ig.Graph.TupleList(((s, t, k, float(w)) for s, t, k, w in rows), directed=True, edge_attrs=["kind", "weight"])


timed("igraph: read CSV (TupleList)", ig_read_csv)
timed("cohesion: read NetworkX's GraphML (validate)", lambda: tool("validate", os.path.join(out, "nx.graphml")))
