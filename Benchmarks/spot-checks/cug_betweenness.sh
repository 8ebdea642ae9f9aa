#!/usr/bin/env bash
# CUG test of betweenness centralization, 1,000 draws conditioned on the tie count, on a
# Barabási–Albert graph (n = 200, m = 5) whose edges are oriented by a seeded coin (cycles
# everywhere): R sna's cug.test and `cohesion cug` (release build) in one run, whole process
# for Cohesion, system.time for R. Usage: Benchmarks/spot-checks/cug_betweenness.sh [COHESION]
set -euo pipefail
tool="${1:-.build/release/cohesion}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 - "$work/ba200.csv" <<'PY'
import random, sys
random.seed(7)
n, m = 200, 5
targets, repeated, edges = list(range(m)), [], []
for v in range(m, n):
    chosen = set()
    while len(chosen) < m:
        chosen.add(random.choice(repeated) if repeated else random.choice(targets))
    for u in chosen:
        edges.append((v, u) if random.random() < 0.5 else (u, v))
        repeated += [u, v]
with open(sys.argv[1], "w") as f:
    f.write("source,target\n")
    for a, b in edges:
        f.write(f"n{a},n{b}\n")
PY
cat > "$work/cug.R" <<RS
suppressMessages(library(sna))
d <- read.csv("$work/ba200.csv")
ids <- sort(unique(c(d\$source, d\$target)))
y <- matrix(0, length(ids), length(ids))
y[cbind(match(d\$source, ids), match(d\$target, ids))] <- 1
diag(y) <- 0
set.seed(1)
t <- system.time(r <- cug.test(y, centralization, FUN.args = list(FUN = betweenness), mode = "digraph", cmode = "edges", reps = 1000))
cat("R sna: observed", r\$obs.stat, "null mean", mean(r\$rep.stat), "sd", sd(r\$rep.stat), "seconds", t[["elapsed"]], "\n")
RS
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
Rscript "$work/cug.R"
/usr/bin/time -f "cohesion cug: %e s wall, %U s user" "$tool" cug "$work/ba200.csv" --statistic betweennessCentralization \
    --condition edges --reps 1000 --seed 1 --format json | grep -E '"(observed|nullMean|nullSD)"'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
