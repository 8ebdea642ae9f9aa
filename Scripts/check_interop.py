#!/usr/bin/env python3
"""Checks that files Cohesion writes are read by NetworkX and igraph with the same counts and
values. Run from the repository root (CI runs it in a throwaway venv):

    python3 Scripts/check_interop.py [--cohesion PATH] [--out DIR]

--cohesion  the cohesion executable (default: build it with `swift build` and use .build/debug/cohesion)
--out       where to write the converted files (default: a temporary directory)

Uses $COHESION_REFVENV/bin/python when set; otherwise creates a throwaway venv with
networkx 3.6.1 and igraph 1.0.0 and re-runs itself there. Prints one line per check and a
final line 'N passed, N failed'; exits 1 when any check fails.
"""
import argparse, csv, json, math, os, subprocess, sys, tempfile
from collections import Counter

PINS = ["networkx==3.6.1", "igraph==1.0.0"]


def ensure_libraries():
    try:
        import networkx, igraph  # noqa: F401
        return
    except ImportError:
        pass
    venv = os.environ.get("COHESION_REFVENV")
    if not venv:
        venv = tempfile.mkdtemp(prefix="cohesion-check-venv-")
        subprocess.check_call([sys.executable, "-m", "venv", venv])
        subprocess.check_call([os.path.join(venv, "bin", "pip"), "install", "-q"] + PINS)
    python = os.path.join(venv, "bin", "python")
    os.execv(python, [python] + sys.argv)


ensure_libraries()
import networkx as nx  # noqa: E402
import igraph as ig  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "CohesionTests", "Fixtures", "interop")
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


def same_value(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return float(a) == float(b) or (math.isnan(float(a)) and math.isnan(float(b)))
        except (TypeError, ValueError):
            return False
    return a == b and type(a) is type(b)


def frozen(d):
    return tuple(sorted((k, repr(float(v)) if isinstance(v, (int, float)) and not isinstance(v, bool) else repr(v)) for k, v in d.items()))


def edge_multiset(pairs, directed):
    c = Counter()
    for u, v, d in pairs:
        ends = (u, v) if directed else tuple(sorted((u, v)))
        c[(ends, frozen(d))] += 1
    return c


def degrees(pairs, directed):
    """Out- and in-degree (or degree) by name, from (u, v) pairs."""
    out, inn = Counter(), Counter()
    for u, v in pairs:
        out[u] += 1
        inn[v] += 1
        if not directed:
            out[v] += 1
            inn[u] += 1
    return out, inn


def every_written_format(convert, out):
    """Every format Cohesion writes, read back by NetworkX and igraph: the same names and the same
    degree sequences as the network Cohesion wrote (total degree where a reader has no direction)."""
    framework = os.path.join(ROOT, "Networks", "nantes.yaml")
    native = os.path.join(out, "nantes.json")
    convert(framework, native)
    with open(native) as f:
        doc = json.load(f)
    ids = [s["id"] for s in doc["stakeholders"]]
    kinds = {k["id"]: k.get("directed", True) for k in doc.get("kinds", {}).get("ties", [])}
    builtin_undirected = {"coordination", "coalition", "conflict"}
    def directed(kind):
        return kinds.get(kind, kind not in builtin_undirected)
    # The degrees Cohesion's network has: directed ties count once out and once in; undirected
    # ties, written as two arcs (Pajek) or as arcs marked directed=false, count at both ends.
    total = Counter()
    for t in doc["ties"]:
        total[t["source"]] += 1
        total[t["target"]] += 1
    want_total = sorted(total.get(i, 0) for i in ids)

    def total_degrees(names, pairs, doubled=()):
        c = Counter()
        for u, v in pairs:
            c[u] += 1
            c[v] += 1
        return sorted(c.get(i, 0) for i in names)

    # GML: NetworkX by label, igraph by label.
    gml = os.path.join(out, "nantes.gml")
    convert(framework, gml)
    G = nx.read_gml(gml)
    check("networkx reads our GML: names", sorted(G.nodes) == sorted(ids), sorted(set(G.nodes) ^ set(ids))[:3])
    check("networkx reads our GML: degree sequence", sorted(d for _, d in G.degree()) == want_total)
    check("networkx reads our GML: stakeholder names", all(G.nodes[s["id"]].get("name") == s.get("name", s["id"]) for s in doc["stakeholders"]))
    g = ig.Graph.Read_GML(gml)
    check("igraph reads our GML: names", sorted(g.vs["label"]) == sorted(ids))
    check("igraph reads our GML: degree sequence", sorted(g.degree()) == want_total)

    # GEXF: NetworkX (mixed network as arcs marked directed=false); igraph has no GEXF reader,
    # so it reads the GraphML Cohesion writes from the GEXF it read back.
    gexf = os.path.join(out, "nantes.gexf")
    convert(framework, gexf)
    X = nx.read_gexf(gexf)
    check("networkx reads our GEXF of a mixed network: names", sorted(X.nodes) == sorted(ids))
    check("networkx reads our GEXF: degree sequence", sorted(d for _, d in X.degree()) == want_total)
    undirected_marked = sum(1 for _, _, d in X.edges(data=True) if d.get("directed") is False)
    check("networkx reads our GEXF: undirected ties marked directed=false",
          undirected_marked == sum(1 for t in doc["ties"] if not directed(t["kind"])), undirected_marked)
    back = os.path.join(out, "nantes-from-gexf.graphml")
    convert(gexf, back)
    gb = ig.Graph.Read_GraphML(back)
    check("igraph reads the GEXF read back by Cohesion: names and degrees",
          sorted(gb.vs["id"]) == sorted(ids) and sorted(gb.degree()) == want_total)

    # GEXF with a layout (--layout): viz colours, sizes and positions from the Graphviz diagram.
    laid = os.path.join(out, "nantes-laid-out.gexf")
    convert(framework, laid, "--layout")
    L = nx.read_gexf(laid)
    viz = [L.nodes[i].get("viz", {}) for i in ids]
    check("networkx reads our GEXF layout: every node has a colour, a size and a position",
          all("color" in v and "size" in v and "position" in v for v in viz), viz[:2])
    check("networkx reads our GEXF layout: positions differ", len({(v["position"]["x"], v["position"]["y"]) for v in viz}) == len(ids))

    # Pajek: a mixed network as arcs alone; NetworkX and igraph read the same directed graph.
    pajek = os.path.join(out, "nantes.net")
    convert(framework, pajek)
    P = nx.read_pajek(pajek)
    gp = ig.Graph.Read_Pajek(pajek)
    check("networkx and igraph read our Pajek with one direction", P.is_directed() and gp.is_directed(), (P.is_directed(), gp.is_directed()))
    check("networkx reads our Pajek: names", sorted(P.nodes) == sorted(ids))
    check("igraph reads our Pajek: names", sorted(gp.vs["id"] if "id" in gp.vs.attributes() else gp.vs["name"]) == sorted(ids))
    names = gp.vs["id"] if "id" in gp.vs.attributes() else gp.vs["name"]
    po = sorted(P.out_degree(i) for i in ids)
    go = sorted(gp.degree(mode="out"))
    check("networkx and igraph read our Pajek: the same out-degree sequence", po == go, (po, go))
    pi = sorted(P.in_degree(i) for i in ids)
    gi = sorted(gp.degree(mode="in"))
    check("networkx and igraph read our Pajek: the same in-degree sequence", pi == gi, (pi, gi))
    doubled = Counter()
    for t in doc["ties"]:
        doubled[t["source"]] += 1
        doubled[t["target"]] += 1
        if not directed(t["kind"]) and t["source"] != t["target"]:
            doubled[t["source"]] += 1
            doubled[t["target"]] += 1
    check("igraph reads our Pajek: degrees with undirected ties as two arcs",
          sorted(gp.degree()) == sorted(doubled.get(i, 0) for i in ids) and len(names) == len(ids))

    # Whitespace edge list: NetworkX read_weighted_edgelist and igraph Read_Ncol.
    ncol = os.path.join(out, "nantes.ncol")
    convert(framework, ncol)
    tied = sorted(i for i in ids if total.get(i, 0) > 0)
    E = nx.read_edgelist(ncol, create_using=nx.MultiDiGraph, data=False) if not any(t.get("weight") is not None for t in doc["ties"]) \
        else nx.read_weighted_edgelist(ncol, create_using=nx.MultiDiGraph)
    check("networkx reads our edge list: names", sorted(E.nodes) == tied)
    check("networkx reads our edge list: degree sequence", sorted(d for _, d in E.degree()) == sorted(total[i] for i in tied))
    gn = ig.Graph.Read_Ncol(ncol, directed=True)
    check("igraph reads our NCOL: names and degree sequence", sorted(gn.vs["name"]) == tied and sorted(gn.degree()) == sorted(total[i] for i in tied))

    # Adjacency CSV: NetworkX from pandas-free parsing, igraph Read_Adjacency of the bare matrix.
    adj = os.path.join(out, "nantes-adjacency.csv")
    convert(framework, adj, "--to", "adjacency")
    with open(adj, newline="") as f:
        rows = list(csv.reader(f))
    labels = rows[0][1:]
    check("our adjacency CSV: labels in the first row and column", labels == [r[0] for r in rows[1:]] and sorted(labels) == sorted(ids))
    m = [[float(x) for x in r[1:]] for r in rows[1:]]
    A = nx.DiGraph()
    A.add_nodes_from(labels)
    A.add_weighted_edges_from((labels[i], labels[j], w) for i, row in enumerate(m) for j, w in enumerate(row) if w)
    ga = ig.Graph.Weighted_Adjacency(m, mode="directed", attr="weight")
    # A cell counts the ties from row to column, undirected ties both ways.
    strength = Counter()
    for t in doc["ties"]:
        w = 1.0
        strength[(t["source"], t["target"])] += w
        if not directed(t["kind"]) and t["source"] != t["target"]:
            strength[(t["target"], t["source"])] += w
    out_strength = Counter()
    for (u, _), w in strength.items():
        out_strength[u] += w
    check("networkx reads our adjacency CSV: out-strengths", all(A.out_degree(i, weight="weight") == out_strength.get(i, 0) for i in labels))
    check("igraph reads our adjacency CSV: out-strengths", sorted(ga.strength(mode="out", weights="weight")) == sorted(out_strength.get(i, 0) for i in labels))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cohesion")
    parser.add_argument("--out")
    args = parser.parse_args()
    tool = args.cohesion
    if not tool:
        subprocess.check_call(["swift", "build", "--product", "cohesion"], cwd=ROOT)
        tool = os.path.join(ROOT, ".build", "debug", "cohesion")
    out = args.out or tempfile.mkdtemp(prefix="cohesion-interop-")
    os.makedirs(out, exist_ok=True)

    def convert(src, dst, *extra):
        r = subprocess.run([tool, "convert", src, dst, *extra], capture_output=True, text=True)
        check(f"cohesion convert {os.path.basename(src)} {os.path.basename(dst)}", r.returncode == 0, r.stderr.strip())
        return r

    # The reference: a NetworkX multigraph with typed attributes, as NetworkX holds it.
    source = os.path.join(FIXTURES, "nx_directed.graphml")
    with open(os.path.join(FIXTURES, "nx_directed.expected.json")) as f:
        expected = json.load(f)
    nodes = {n["id"]: n["attributes"] for n in expected["nodes"]}
    edges = edge_multiset(((e["source"], e["target"], e["attributes"]) for e in expected["edges"]), True)
    weights = Counter(round(e["attributes"]["weight"], 9) for e in expected["edges"])

    # GraphML read by NetworkX: nodes, typed attributes, parallel edges.
    ours = os.path.join(out, "ours.graphml")
    convert(source, ours)
    G = nx.read_graphml(ours)
    check("networkx reads our GraphML: node count", G.number_of_nodes() == len(nodes), G.number_of_nodes())
    check("networkx reads our GraphML: edge count", G.number_of_edges() == len(expected["edges"]), G.number_of_edges())
    check("networkx reads our GraphML: multigraph, directed", G.is_multigraph() and G.is_directed())
    bad = [n for n, a in nodes.items() if n not in G or set(G.nodes[n]) != set(a) or not all(same_value(G.nodes[n][k], v) for k, v in a.items())]
    check("networkx reads our GraphML: node attributes and types", not bad, bad[:3] and {n: G.nodes[n] for n in bad[:3] if n in G})
    got = edge_multiset(((u, v, d) for u, v, d in G.edges(data=True)), True)
    check("networkx reads our GraphML: edge attributes", got == edges, list((got - edges).items())[:2])
    check("networkx reads our GraphML: graph attributes", G.graph.get("title") == "Synthetic childcare network" and G.graph.get("firstYear") == 2015, G.graph)

    # GraphML read by igraph.
    g = ig.Graph.Read_GraphML(ours)
    check("igraph reads our GraphML: counts", g.vcount() == len(nodes) and g.ecount() == len(expected["edges"]), (g.vcount(), g.ecount()))
    places = {v["id"]: v["places"] for v in g.vs}
    check("igraph reads our GraphML: vertex values", all(same_value(places[n], a["places"]) for n, a in nodes.items()))
    check("igraph reads our GraphML: edge weights", Counter(round(w, 9) for w in g.es["weight"]) == weights)

    # Node-link JSON read by NetworkX.
    nl = os.path.join(out, "ours.json")
    convert(source, nl, "--to", "node-link")
    with open(nl) as f:
        H = nx.node_link_graph(json.load(f), edges="edges")
    check("networkx reads our node-link JSON: counts", (H.number_of_nodes(), H.number_of_edges()) == (len(nodes), len(expected["edges"])))
    bad = [n for n, a in nodes.items() if not all(same_value(H.nodes[n].get(k), v) for k, v in a.items())]
    check("networkx reads our node-link JSON: node attributes", not bad, bad[:3])
    got = edge_multiset(((u, v, d) for u, v, d in H.edges(data=True)), True)
    check("networkx reads our node-link JSON: edge attributes", got == edges, list((got - edges).items())[:2])

    # GEXF read by NetworkX: nodes, labels, weights, typed attributes, years as dates.
    gx = os.path.join(out, "ours.gexf")
    convert(source, gx)
    X = nx.read_gexf(gx)
    check("networkx reads our GEXF: counts", (X.number_of_nodes(), X.number_of_edges()) == (len(nodes), len(expected["edges"])),
          (X.number_of_nodes(), X.number_of_edges()))
    check("networkx reads our GEXF: labels", all(X.nodes[n].get("label") == a["name"] for n, a in nodes.items()))
    check("networkx reads our GEXF: typed node attributes", all(same_value(X.nodes[n].get("places"), a["places"]) and
                                                               same_value(X.nodes[n].get("coverage"), a["coverage"]) for n, a in nodes.items()))
    check("networkx reads our GEXF: weights", Counter(round(d["weight"], 9) for _, _, d in X.edges(data=True)) == weights)
    starts = Counter(d.get("start") for _, _, d in X.edges(data=True))
    want = Counter(f"{e['attributes']['firstYear']}-01-01" for e in expected["edges"])
    check("networkx reads our GEXF: tie years as start dates", starts == want, list((starts - want).items())[:3])

    # Pajek read by NetworkX and igraph: vertices by label, weights.
    pj = os.path.join(out, "ours.net")
    convert(source, pj)
    P = nx.read_pajek(pj)
    check("networkx reads our Pajek: counts", (P.number_of_nodes(), P.number_of_edges()) == (len(nodes), len(expected["edges"])),
          (P.number_of_nodes(), P.number_of_edges()))
    check("networkx reads our Pajek: node labels", set(P.nodes) == set(nodes))
    check("networkx reads our Pajek: weights", Counter(round(d["weight"], 9) for _, _, d in P.edges(data=True)) == weights)
    gp = ig.Graph.Read_Pajek(pj)
    check("igraph reads our Pajek: counts", (gp.vcount(), gp.ecount()) == (len(nodes), len(expected["edges"])), (gp.vcount(), gp.ecount()))
    check("igraph reads our Pajek: weights", Counter(round(w, 9) for w in gp.es["weight"]) == weights)

    # UCINET DL read by igraph (one layer: edge list with a label list).
    single = os.path.join(out, "single.graphml")
    S = nx.DiGraph()
    for (u, v), _ in ((k[0], c) for k, c in edges.items()):
        S.add_edge(u, v)
    for u, v in S.edges:
        S.edges[u, v]["weight"] = 1.0 + (hash((u, v)) % 7)
    for n in nodes:
        S.add_node(n)
    nx.write_graphml(S, single)
    dl = os.path.join(out, "ours.dl")
    convert(single, dl)
    gd = ig.Graph.Read_DL(dl, directed=True)
    check("igraph reads our DL: counts", (gd.vcount(), gd.ecount()) == (S.number_of_nodes(), S.number_of_edges()), (gd.vcount(), gd.ecount()))
    names = gd.vs["name"]
    got = Counter((names[e.source], names[e.target], e["weight"]) for e in gd.es)
    want = Counter((u, v, d["weight"]) for u, v, d in S.edges(data=True))
    check("igraph reads our DL: labelled weighted ties", got == want, list((got - want).items())[:3])

    # CSV edge and node lists read by Python's csv module (RFC 4180).
    ec, nc = os.path.join(out, "ties.csv"), os.path.join(out, "stakeholders.csv")
    convert(source, ec, "--nodes-output", nc)
    with open(ec, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check("csv reads our edge list: rows", len(rows) == len(expected["edges"]), len(rows))
    check("csv reads our edge list: weights", Counter(round(float(r["weight"]), 9) for r in rows) == weights)
    with open(nc, newline="", encoding="utf-8") as f:
        people = {r["id"]: r for r in csv.DictReader(f)}
    check("csv reads our node list: names with quotes and commas",
          all(people[n]["name"] == a["name"] and people[n]["note"] == a.get("note", "") for n, a in nodes.items()))

    # A real network of the project: counts and kinds through GraphML and node-link.
    framework = os.path.join(ROOT, "Networks", "national-framework.yaml")
    native = os.path.join(out, "framework.json")
    convert(framework, native)
    with open(native) as f:
        doc = json.load(f)
    fg = os.path.join(out, "framework.graphml")
    convert(framework, fg)
    F = nx.read_graphml(fg)
    check("networkx reads the national framework: counts",
          (F.number_of_nodes(), F.number_of_edges()) == (len(doc["stakeholders"]), len(doc["ties"])))
    check("networkx reads the national framework: kinds",
          all(F.nodes[s["id"]]["kind"] == s["kind"] for s in doc["stakeholders"]) and
          Counter(d["kind"] for _, _, d in F.edges(data=True)) == Counter(t["kind"] for t in doc["ties"]))
    fi = ig.Graph.Read_GraphML(fg)
    check("igraph reads the national framework: counts", (fi.vcount(), fi.ecount()) == (len(doc["stakeholders"]), len(doc["ties"])))

    every_written_format(convert, out)

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
