#!/usr/bin/env python3
"""One-mode congruence networks (DNA's definition) for 2,000 actors, 200 concepts and 200,000
statements, over the whole range and over 50 yearly time windows: Cohesion
(bench-discourse, DiscourseNetwork) against NumPy computing the same definition in the same run.

DNA's congruence for agreement (Exporter.java computeOneModeMatrix, boolean qualifier, range 1)
is, for actors i != j, the sum over concepts of a_agree(i)·a_agree(j) + a_disagree(i)·a_disagree(j):
with the count matrices A1 (agree) and A0 (disagree), A1·A1ᵀ + A0·A0ᵀ with a zero diagonal. The
NumPy side computes exactly that with BLAS matrix products per window; windows follow DNA's
computeTimeWindowMatrices (mid-points from the first date in steps of one year, half-width
round((size - 1) / 2) years, windows reaching outside the range skipped). Both sides' matrix
sums are compared, network by network.

rDNA publishes no timings to compare with, so NumPy is the reference.

Run (after `swift build -c release --package-path Benchmarks --product bench-discourse`):
  python3 Benchmarks/discourse_bench.py [--statements 200000] [--seed 1]
Needs numpy (any recent version).
"""
import argparse, calendar, csv, datetime, json, os, pathlib, random, subprocess, sys, tempfile, time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
BIN = HERE / ".build" / "release" / "bench-discourse"
FIRST, LAST = datetime.date(1970, 1, 1), datetime.date(2021, 1, 1)


def plus_years(d, n):
    y = d.year + n
    return d.replace(year=y, day=min(d.day, calendar.monthrange(y, d.month)[1]))


def generate(path, n_statements, actors, concepts, seed):
    rng = random.Random(seed)
    span = (LAST - FIRST).days
    rows = []
    for k in range(n_statements):
        day = 0 if k == 0 else span if k == 1 else rng.randrange(span + 1)
        rows.append((rng.randrange(actors), rng.randrange(concepts), rng.random() < 0.6, FIRST + datetime.timedelta(days=day)))
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["actor", "concept", "agree", "date"])
        for a, c, agree, d in rows:
            w.writerow([f"a{a}", f"c{c}", "true" if agree else "false", d.isoformat()])
    return rows


def congruence_sum(actor, concept, agree, sel, actors, concepts):
    a1 = np.zeros((actors, concepts))
    a0 = np.zeros((actors, concepts))
    np.add.at(a1, (actor[sel & agree], concept[sel & agree]), 1)
    np.add.at(a0, (actor[sel & ~agree], concept[sel & ~agree]), 1)
    m = a1 @ a1.T + a0 @ a0.T
    np.fill_diagonal(m, 0)
    return float(m.sum())


def numpy_side(rows, actors, concepts, size):
    dates = np.array([(d - FIRST).days for *_, d in rows])
    actor = np.array([r[0] for r in rows])
    concept = np.array([r[1] for r in rows])
    agree = np.array([r[2] for r in rows])
    t0 = time.perf_counter()
    full = congruence_sum(actor, concept, agree, np.ones(len(rows), dtype=bool), actors, concepts)
    t1 = time.perf_counter()
    half = size // 2
    sums = []
    mid = FIRST
    while mid <= LAST:
        lo, hi = plus_years(mid, -half), plus_years(mid, half)
        nxt = plus_years(mid, 1)
        if lo >= FIRST and hi <= LAST:
            sel = (dates >= (lo - FIRST).days) & (dates <= (hi - FIRST).days)
            sums.append(congruence_sum(actor, concept, agree, sel, actors, concepts))
        mid = nxt
    t2 = time.perf_counter()
    return {"full_seconds": t1 - t0, "full_sum": full, "windows_seconds": t2 - t1, "window_sums": sums}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--statements", type=int, default=200_000)
    p.add_argument("--actors", type=int, default=2000)
    p.add_argument("--concepts", type=int, default=200)
    p.add_argument("--window-years", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "statements.csv")
        rows = generate(path, a.statements, a.actors, a.concepts, a.seed)
        out = subprocess.run([str(BIN), path, str(a.actors), str(a.concepts), f"{a.window_years}y"],
                             check=True, capture_output=True, text=True).stdout
        swift = json.loads(out)
    ref = numpy_side(rows, a.actors, a.concepts, a.window_years)
    assert abs(swift["full_sum"] - ref["full_sum"]) < 1e-6 * max(1, ref["full_sum"]), (swift["full_sum"], ref["full_sum"])
    assert len(swift["window_sums"]) == len(ref["window_sums"]) == 50, (len(swift["window_sums"]), len(ref["window_sums"]))
    for x, y in zip(swift["window_sums"], ref["window_sums"]):
        assert abs(x - y) < 1e-6 * max(1, y), (x, y)
    print(f"one-mode congruence, {a.actors} actors, {a.concepts} concepts, {a.statements} statements "
          f"(numpy {np.__version__}, {os.cpu_count()} cores)")
    print(f"  whole range:          Cohesion {swift['full_seconds']:.3f} s   NumPy {ref['full_seconds']:.3f} s   (sums equal: {ref['full_sum']:.0f})")
    print(f"  {len(ref['window_sums'])} windows of {a.window_years} years: Cohesion {swift['windows_seconds']:.3f} s   "
          f"NumPy {ref['windows_seconds']:.3f} s   (all {len(ref['window_sums'])} sums equal)")
    print(f"  Cohesion read the CSV in {swift['read_seconds']:.3f} s (not counted)")


if __name__ == "__main__":
    sys.exit(main())
