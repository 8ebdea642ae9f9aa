"""Shared pieces of the benchmark driver: graph generation, timing, the result table."""
import os, subprocess, tempfile, time, random, pathlib

CACHE = pathlib.Path(tempfile.gettempdir()) / "cohesion-bench-graphs"

def _write(path, n, directed, weighted, edges, weights=None, seed=42):
    rng = random.Random(seed)
    with open(path, "w") as f:
        f.write(f"{n} {'directed' if directed else 'undirected'} {'weighted' if weighted else 'unweighted'}\n")
        for k, (u, v) in enumerate(edges):
            if weighted:
                w = weights[k] if weights is not None else rng.randint(1, 10)
                f.write(f"{u} {v} {w:g}\n")
            else:
                f.write(f"{u} {v}\n")


def ba_edges(n, m, seed=42):
    """Barabási–Albert edges made by igraph (new nodes point to old ones: acyclic as arcs)."""
    import igraph as ig
    random.seed(seed)
    ig.set_random_number_generator(random)
    return ig.Graph.Barabasi(n, m, directed=False).get_edgelist()


def coin_oriented(edges, seed=42):
    """Each edge's direction drawn by a seeded coin: cycles everywhere (BA arcs are acyclic)."""
    rng = random.Random(seed + 1)
    return [(u, v) if rng.random() < 0.5 else (v, u) for u, v in edges]


def rmat_edges(scale, edge_factor, seed=42, a=0.57, b=0.19, c=0.19):
    """R-MAT arcs (Chakrabarti, Zhan & Faloutsos 2004, doi:10.1137/1.9781611972740.43) with the
    Graph500 probabilities: heavy-tailed in- and out-degrees, with cycles. Node ids are
    permuted (seeded), self-arcs and repeated arcs removed."""
    import numpy as np
    rng = np.random.default_rng(seed)
    n, m = 1 << scale, edge_factor << scale
    src = np.zeros(m, dtype=np.int64); dst = np.zeros(m, dtype=np.int64)
    for bit in range(scale):
        r = rng.random(m)
        down = r >= a + b            # quadrant c or d: source bit set
        right = ((r >= a) & (r < a + b)) | (r >= a + b + c)  # quadrant b or d: target bit set
        src |= down.astype(np.int64) << bit
        dst |= right.astype(np.int64) << bit
    perm = rng.permutation(n)
    src, dst = perm[src], perm[dst]
    keep = src != dst
    pairs = np.unique(np.stack([src[keep], dst[keep]], axis=1), axis=0)
    rng.shuffle(pairs)
    return n, [(int(u), int(v)) for u, v in pairs]


def lesmis():
    """Les Misérables co-appearances (Knuth 1993), bundled with NetworkX: 77 nodes, 254 edges,
    weighted by the number of chapters two characters share."""
    import networkx as nx
    g = nx.les_miserables_graph()
    names = sorted(g.nodes())
    index = {name: i for i, name in enumerate(names)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    weights = [g[u][v]["weight"] for u, v in g.edges()]
    return len(names), edges, weights


def graph_file(spec, directed, weighted):
    """Writes (once) the graph a spec names and returns its path. Specs: ("ba", n, m),
    ("rmat", scale, edge_factor), ("lesmis",). Directed BA and Les Misérables are the
    undirected edges oriented by a seeded coin; R-MAT is directed by construction."""
    CACHE.mkdir(exist_ok=True)
    tag = "-".join(str(x) for x in spec)
    path = CACHE / f"{tag}-{'d' if directed else 'u'}-{'w' if weighted else 'n'}.txt"
    if path.exists():
        return str(path)
    weights = None
    if spec[0] == "ba":
        n, edges = spec[1], ba_edges(spec[1], spec[2])
    elif spec[0] == "rmat":
        n, edges = rmat_edges(spec[1], spec[2])
        if not directed:
            seen = set(); und = []
            for u, v in edges:
                key = (min(u, v), max(u, v))
                if key not in seen:
                    seen.add(key); und.append(key)
            edges = und
    elif spec[0] == "lesmis":
        n, edges, weights = lesmis()
        # Co-appearance counts are strengths; as distances, more shared chapters = closer.
        weights = [1 / w for w in weights]
    else:
        raise ValueError(spec)
    if directed and spec[0] != "rmat":
        edges = coin_oriented(edges)
    _write(path, n, directed, weighted, edges, weights)
    return str(path)


def describe(spec, directed):
    if spec[0] == "ba":
        return f"BA n={spec[1]} m={spec[2]}" + (" coin-oriented" if directed else "")
    if spec[0] == "rmat":
        return f"R-MAT scale={spec[1]} ef={spec[2]}"
    return "Les Miserables (NetworkX)" + (" coin-oriented" if directed else "")


def edge_file(n, m, directed, weighted, seed=42):
    """The Barabási–Albert graph of the older cases (directed = coin-oriented)."""
    return graph_file(("ba", n, m), directed, weighted)


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
    if "path" in case:
        path = case["path"]
    elif "spec" in case:
        path = graph_file(case["spec"], case["directed"], case["weighted"])
    else:
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
            rows.append((case["name"], label, float(secs), refs, case.get("work") and path))
        elif line.startswith("MODULARITY ") or line.startswith("PEAK ") or line.startswith("# "):
            print(f"# {case['name']}: cohesion {line.lstrip('# ')}", flush=True)
    if case.get("columns"):
        # The case's own two reference columns (io: NumPy and NetworkX) instead of igraph and NetworKit.
        rows = [(name, label, secs, dict(r, _columns=tuple(case["columns"])), w) for name, label, secs, r, w in rows]
    return rows

def graph_size(path):
    """(n, m) of an edge file: nodes, and arcs (directed) or edges (undirected), as written."""
    with open(path) as f:
        n = int(f.readline().split()[0])
        m = sum(1 for _ in f)
    return n, m


DEFAULT_COLUMNS = ("igraph", "networkit")
COLUMN_TITLES = {"igraph": "igraph", "networkit": "networkit", "numpy": "NumPy", "networkx": "NetworkX"}


def print_table(rows):
    """One row a result; a header line wherever the reference columns change, so each column
    is titled by the library it holds (igraph and NetworKit, or a case's own `columns`)."""
    shown = None
    for name, label, secs, refs, _ in rows:
        columns = refs.get("_columns", DEFAULT_COLUMNS)
        if columns != shown:
            titles = "".join(f" {COLUMN_TITLES.get(lib, lib):>9} {'ratio':>6}" for lib in columns)
            print(f"{'case':72} {'cohesion':>28} {'seconds':>9}{titles}")
            shown = columns
        cells = []
        for lib in columns:
            t = refs.get(lib)
            cells.append(f"{t:9.4g} {secs / t:6.2f}" if t else f"{'-':>9} {'-':>6}")
        others = "".join(f"  {lib} {t:9.4g} ratio {secs / t:6.3f}" for lib, t in refs.items()
                         if lib not in columns and not lib.startswith("_") and t)
        print(f"{name:72} {label:>28} {secs:9.4g} {cells[0]} {cells[1]}{others}")
    work = [(r, graph_size(r[4])) for r in rows if r[4]]
    if work:
        print()
        print("# source-edge traversals per second, n*m/t (m = arcs, or edges when undirected), millions")
        print(f"{'case':72} {'cohesion':>28} {'Mtr/s':>9} {'igraph':>9} {'networkit':>9}")
        for (name, label, secs, refs, _), (n, m) in work:
            def rate(t):
                return f"{n * m / t / 1e6:9.0f}" if t else f"{'-':>9}"
            print(f"{name:72} {label:>28} {rate(secs)} {rate(refs.get('igraph'))} {rate(refs.get('networkit'))}")
