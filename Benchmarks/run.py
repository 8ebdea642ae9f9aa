#!/usr/bin/env python3
"""Side-by-side benchmark driver: Cohesion against igraph and NetworKit on the same graphs.

Each module in cases/ defines `cases()` returning a list of dicts:
  {"name": str,                       # e.g. "betweenness BA n=10000 m=5 undirected"
   "graph": (n, m, directed, weighted),  # Barabási–Albert parameters
   "swift": [executable, args...],    # run as <bench dir>/.build/release/<exe> <edgefile> <args>
   "references": {"igraph": fn(edgefile, threads) -> seconds, "networkit": ...}}
The Swift side prints `RESULT <label> <seconds>` lines; every label is reported.

Usage: python3 Benchmarks/run.py [area ...]   (needs igraph and networkit; set BENCH_PYTHON to
a python that has them, or let the script make a venv under Benchmarks/.venv-bench)
"""
import importlib.util, os, subprocess, sys, pathlib, time

HERE = pathlib.Path(__file__).resolve().parent

def ensure_python():
    py = os.environ.get("BENCH_PYTHON")
    if py:
        return py
    venv = HERE / ".venv-bench"
    if not (venv / "bin" / "python").exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
        subprocess.check_call([str(venv / "bin" / "pip"), "install", "-q", "igraph==1.0.0", "networkit>=11.2,<11.3",
                               "networkx==3.6.1", "numpy"])
    return str(venv / "bin" / "python")

def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    py = ensure_python()
    # A venv's python resolves (realpath) to its base interpreter, so compare nothing: re-exec once.
    if not os.environ.get("BENCH_INNER"):
        os.execve(py, [py, __file__] + sys.argv[1:], dict(os.environ, BENCH_INNER="1"))
    subprocess.check_call(["swift", "build", "-c", "release", "--package-path", str(HERE)])
    sys.path.insert(0, str(HERE))
    from cases import common
    areas = sys.argv[1:] or sorted(p.stem for p in (HERE / "cases").glob("*.py") if p.stem not in ("common", "__init__")) + ["national", "pagerank-accuracy"]
    print(f"# python3 Benchmarks/run.py {' '.join(sys.argv[1:])}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    print(f"# load average at start: {load()} (1, 5, 15 min; the 2 cores are shared with other agents)", flush=True)
    try:
        import igraph, networkit, networkx, numpy
        print(f"# igraph {igraph.__version__}, NetworKit {networkit.__version__}, NetworkX {networkx.__version__}, "
              f"NumPy {numpy.__version__}; {os.cpu_count()} cores", flush=True)
    except ImportError as e:
        print(f"# reference library missing: {e}")
    rows = []
    for area in areas:
        if area == "national":
            # The tool end to end on the synthetic France (national/run_national.py).
            # Built through this package (its dependency's product), so the release library the
            # other areas built is not compiled a second time under the root package.
            subprocess.check_call(["swift", "build", "-c", "release", "--product", "cohesion", "--package-path", str(HERE)])
            subprocess.check_call([sys.executable, str(HERE / "national" / "run_national.py"),
                                   str(HERE / ".build" / "release" / "cohesion")])
            print(f"# done: national (load {load()})", flush=True)
            continue
        if area == "pagerank-accuracy":
            # Each library's PageRank time beside its error against PRPACK (spot-checks/pagerank_accuracy.py).
            subprocess.check_call([sys.executable, str(HERE / "spot-checks" / "pagerank_accuracy.py"),
                                   str(HERE / ".build" / "release")])
            print(f"# done: pagerank-accuracy (load {load()})", flush=True)
            continue
        module = importlib.import_module(f"cases.{area}")
        for case in module.cases():
            case_rows = common.run_case(case, HERE)
            rows += case_rows
            # Each case's rows as soon as they are measured (the full table follows at the end).
            for name, label, secs, refs, _ in case_rows:
                shown = "  ".join(f"{lib} {t:.4g} ratio {secs / t:.3f}" for lib, t in refs.items() if not lib.startswith("_") and t)
                print(f"# row: {name} | {label} {secs:.4g} s | {shown}", flush=True)
            print(f"# done: {case['name']} (load {load()})", flush=True)
    if rows:
        common.print_table(rows)
    print(f"# load average at end: {load()}")

if __name__ == "__main__":
    main()
