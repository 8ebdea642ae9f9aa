"""Null-model area: netlm (3 predictors, qapspp, 2,000 permutations) and cug.test of
betweenness centralization (edges, 1,000 draws) on a directed Barabási–Albert graph of 200
nodes, against R sna in the same run (Rscript with sna installed: Debian r-cran-sna).

R builds the same design from the same edge file: the outcome, its transpose, same group
(node %% 4) and |node %% 17 - node %% 17|. R's time is measured inside R (system.time), so
R's start-up and the reading of the file do not count against it.
"""
import subprocess, tempfile, pathlib

R_CODE = r'''
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
n <- as.integer(strsplit(lines[1], " ")[[1]][1])
e <- do.call(rbind, lapply(strsplit(lines[-1], " "), as.integer)) + 1
y <- matrix(0, n, n); y[e[, 1:2]] <- 1; diag(y) <- 0
ids <- 0:(n - 1)
x1 <- t(y)
x2 <- outer(ids %% 4, ids %% 4, "==") * 1; diag(x2) <- 0
x3 <- abs(outer(ids %% 17, ids %% 17, "-")); diag(x3) <- 0
set.seed(1)
if (args[2] == "netlm") {
  t <- system.time(netlm(y, list(x1, x2, x3), nullhyp = "qapspp", reps = 2000))[["elapsed"]]
} else {
  t <- system.time(cug.test(y, centralization, FUN.args = list(FUN = betweenness), mode = "digraph",
                            cmode = "edges", reps = 1000))[["elapsed"]]
}
cat("SECONDS", t, "\n")
'''

def r_sna(which):
    def run(path):
        script = pathlib.Path(tempfile.gettempdir()) / "cohesion-bench-nullmodels.R"
        script.write_text(R_CODE)
        out = subprocess.run(["Rscript", str(script), path, which], capture_output=True, text=True, check=True).stdout
        return float(next(l.split()[1] for l in out.splitlines() if l.startswith("SECONDS")))
    return run

def cases():
    # One case per reference timing; the Swift executable times both and each row is read
    # against the reference of its own label.
    return [
        {"name": "netlm 3 predictors qapspp 2000 perms BA n=200 m=5 directed",
         "graph": (200, 5, True, False), "swift": ["bench-nullmodels"], "label": "netlm-qapspp-2000",
         "references": {"R sna": r_sna("netlm")}},
        {"name": "cug.test betweenness centralization edges 1000 BA n=200 m=5 directed",
         "graph": (200, 5, True, False), "swift": ["bench-nullmodels"], "label": "cug-betweenness-1000",
         "references": {"R sna": r_sna("cug")}},
    ]
