#!/usr/bin/env python3
"""End-to-end run of the `cohesion` tool on the synthetic France (generate_france.py): each step
is one process, timed (wall clock, and CPU seconds: user + system from wait4's rusage, so on 2
cores a parallel step's CPU time can exceed its wall time) with its own peak resident memory
(GNU time's %M where /usr/bin/time exists, else ru_maxrss from the same rusage: Linux starts a
child's ru_maxrss at the resident set of the process that forked it, here this Python driver,
while GNU time forks from a process of about 2 MB).

    python3 Benchmarks/national/run_national.py [COHESION_BINARY]

Steps: validate; centrality (default measures; exact betweenness up to 10,000 stakeholders,
else --sample-sources 1000 with the per-node error bounds, as the report does); brokerage by kind
and by sector; coalitions (Louvain); profile; the report without diagrams (its summary).
Prints a table and writes nothing else; run.py national copies it into Benchmarks/results/.
"""
import os, subprocess, sys, tempfile, time, pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXACT_LIMIT = 10_000   # stakeholders; the report's NetworkReportOptions.defaultExactPathNodeLimit
SAMPLES = 1_000


def measured(argv):
    """Runs argv; returns (wall seconds, CPU seconds, peak bytes, stdout, stderr, exit code)."""
    peak_file = None
    if os.access("/usr/bin/time", os.X_OK):
        fd, peak_file = tempfile.mkstemp(prefix="cohesion-peak-")
        os.close(fd)
        argv = ["/usr/bin/time", "-f", "%M", "-o", peak_file] + list(argv)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out_chunks, err_chunks = [], []
    import threading
    def drain(stream, sink):
        for chunk in iter(lambda: stream.read(65536), b""):
            sink.append(chunk)
    threads = [threading.Thread(target=drain, args=(proc.stdout, out_chunks)),
               threading.Thread(target=drain, args=(proc.stderr, err_chunks))]
    for t in threads: t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    for t in threads: t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime   # GNU time's rusage includes the step it waited for
    peak = usage.ru_maxrss * 1024
    if peak_file:
        try:
            peak = int(open(peak_file).read().split()[-1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(peak_file)
    return wall, cpu, peak, b"".join(out_chunks).decode(), b"".join(err_chunks).decode(), proc.returncode


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "release" / "cohesion")
    work = pathlib.Path(tempfile.mkdtemp(prefix="cohesion-france-"))
    t0 = time.perf_counter()
    subprocess.check_call([sys.executable, str(HERE / "generate_france.py"), str(work)], stdout=subprocess.DEVNULL)
    generated = time.perf_counter() - t0
    ties, nodes = str(work / "france-ties.csv"), str(work / "france-nodes.csv")
    rows_n = sum(1 for _ in open(nodes)) - 1
    rows_m = sum(1 for _ in open(ties)) - 1
    io = ["--nodes", nodes]
    # Exact betweenness is O(n m): on this network (about 56,000 stakeholders) it takes minutes, so
    # above EXACT_LIMIT stakeholders the step estimates it from SAMPLES sampled sources and the tool
    # prints the per-node error bounds (closeness and harmonic stay exact).
    if rows_n <= EXACT_LIMIT:
        centrality_step = ("centrality (default measures, exact)",
                           [binary, "centrality", ties] + io + ["--format", "csv", "-o", str(work / "centrality.csv")])
    else:
        centrality_step = (f"centrality (betweenness from {SAMPLES} sources)",
                           [binary, "centrality", ties] + io + ["--sample-sources", str(SAMPLES), "--seed", "1",
                                                                "--format", "csv", "-o", str(work / "centrality.csv")])
    steps = [
        ("validate", [binary, "validate", ties] + io),
        centrality_step,
        ("brokerage by kind", [binary, "brokerage", ties] + io + ["--partition", "kind", "--format", "csv", "-o", str(work / "brokerage-kind.csv")]),
        ("brokerage by sector", [binary, "brokerage", ties] + io + ["--partition", "sector", "--format", "csv", "-o", str(work / "brokerage-sector.csv")]),
        ("coalitions", [binary, "coalitions", ties] + io + ["--format", "csv", "-o", str(work / "coalitions.csv")]),
        ("profile", [binary, "profile", ties] + io + ["--format", "csv", "-o", str(work / "profile.csv")]),
        ("report summary (no diagrams)", [binary, "report", ties] + io + ["--no-diagrams", "-o", str(work / "report.html")]),
    ]
    load_before = open("/proc/loadavg").read().split()[:3]
    print(f"# synthetic France (generate_france.py, seed 1): {rows_n} stakeholders, {rows_m} ties; generated in {generated:.2f} s")
    print(f"# load average before: {' '.join(load_before)} (1, 5, 15 min; 2 cores shared with other agents)")
    print(f"{'step':44} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}  notes")
    total = total_cpu = 0.0
    for name, argv in steps:
        wall, cpu, peak, out, err, code = measured(argv)
        total += wall
        total_cpu += cpu
        notes = " ".join(l.strip() for l in err.splitlines() if l.strip())[:300]
        if code != 0:
            notes = f"EXIT {code}: " + notes
        print(f"{name:44} {wall:8.2f} {cpu:8.2f} {peak / 2**20:9.0f}  {notes}")
        if name == "profile":
            for line in open(work / "profile.csv"):
                print(f"#   profile: {line.strip()}")
    load_after = open("/proc/loadavg").read().split()[:3]
    print(f"{'total':44} {total:8.2f} {total_cpu:8.2f}")
    print(f"# load average after: {' '.join(load_after)}")


if __name__ == "__main__":
    main()
