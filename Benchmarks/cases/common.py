"""Shared pieces of the benchmark driver: graph generation, timing, the result table."""
import os, subprocess, tempfile, time, random, pathlib

CACHE = pathlib.Path(tempfile.gettempdir()) / "cohesion-bench-graphs"

def edge_file(n, m, directed, weighted, seed=42):
    """Writes (once) a Barabási–Albert graph made by igraph and returns its path."""
    import igraph as ig
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ba-{n}-{m}-{'d' if directed else 'u'}-{'w' if weighted else 'n'}-{seed}.txt"
    if path.exists():
        return str(path)
    random.seed(seed)
    g = ig.Graph.Barabasi(n, m, directed=directed)
    rng = random.Random(seed)
    with open(path, "w") as f:
        f.write(f"{n} {'directed' if directed else 'undirected'} {'weighted' if weighted else 'unweighted'}\n")
        for u, v in g.get_edgelist():
            if weighted:
                f.write(f"{u} {v} {rng.randint(1, 10)}\n")
            else:
                f.write(f"{u} {v}\n")
    return str(path)

def read_edges(path):
    """Returns (n, directed, weighted, edges, weights)."""
    with open(path) as f:
        n, d, w = f.readline().split()
        edges, weights = [], []
        for line in f:
            p = line.split()
            edges.append((int(p[0]), int(p[1])))
            if w == "weighted":
                weights.append(float(p[2]))
    return int(n), d == "directed", w == "weighted", edges, weights

def best_of(fn, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter(); fn(); best = min(best, time.perf_counter() - t)
    return best

def run_case(case, here):
    n, m, directed, weighted = case["graph"]
    path = edge_file(n, m, directed, weighted)
    rows = []
    refs = {}
    for lib, fn in case.get("references", {}).items():
        try:
            refs[lib] = fn(path)
        except Exception as e:  # a missing library must not hide the other results
            refs[lib] = None
            print(f"# {case['name']}: {lib} failed: {e}")
    exe = here / ".build" / "release" / case["swift"][0]
    out = subprocess.run([str(exe), path] + case["swift"][1:], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("RESULT "):
            _, label, secs = line.split()
            if case.get("label") and label != case["label"]:
                continue  # an executable timing several cases reports each under its own case
            rows.append((case["name"], label, float(secs), refs))
        elif line.startswith("MODULARITY "):  # quality next to time (coalitions)
            print(f"# {case['name']}: cohesion {line}")
    return rows

def print_table(rows):
    print(f"{'case':55} {'cohesion':>18} {'seconds':>9} {'igraph':>9} {'ratio':>6} {'networkit':>9} {'ratio':>6}")
    for name, label, secs, refs in rows:
        cells = []
        for lib in ("igraph", "networkit"):
            t = refs.get(lib)
            cells.append(f"{t:9.3f} {secs / t:6.2f}" if t else f"{'-':>9} {'-':>6}")
        others = "".join(f"  {lib} {t:9.3f} ratio {secs / t:6.3f}" for lib, t in refs.items()
                         if lib not in ("igraph", "networkit") and t)
        print(f"{name:55} {label:>18} {secs:9.3f} {cells[0]} {cells[1]}{others}")
