#!/usr/bin/env Rscript
# Checks that R reads the panels `cohesion convert --waves` writes (issue 18):
#   Rscript Scripts/check_panels.R COHESION OUTDIR
# RSiena's wave matrices load into the n x n x waves array sienaDependent takes; networkDynamic's
# spell tables load with the columns and vertex numbers networkDynamic wants. RSiena and
# networkDynamic themselves are used when installed (Debian packages neither; base R is enough
# for the checks). Prints one line per check and exits 1 on any failure.
args <- commandArgs(trailingOnly = TRUE)
tool <- if (length(args) >= 1) args[1] else ".build/debug/cohesion"
out <- if (length(args) >= 2) args[2] else tempfile("cohesion-panels-")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
failed <- 0
check <- function(name, ok) {
  if (isTRUE(ok)) cat("ok    ", name, "\n", sep = "") else { cat("FAIL  ", name, "\n", sep = ""); failed <<- failed + 1 }
}
run <- function(...) {
  status <- system2(tool, c(...), stdout = FALSE, stderr = FALSE)
  check(paste("cohesion", paste(c(...), collapse = " ")), status == 0)
}

network <- "Networks/nantes.yaml"
waves <- c(2015, 2018, 2021)
native <- file.path(out, "nantes.json")
run("convert", network, native)
ids <- read.csv({ f <- file.path(out, "nodes.csv"); run("convert", network, file.path(out, "ties.csv"), "--nodes-output", f); f })$id
n <- length(ids)

# RSiena: one adjacency matrix per wave, labels in the first row and column.
siena <- file.path(out, "rsiena")
run("convert", network, siena, "--waves", paste(waves, collapse = ","))
matrices <- lapply(waves, function(y) as.matrix(read.csv(file.path(siena, sprintf("wave-%d.csv", y)), row.names = 1, check.names = FALSE)))
panel <- array(unlist(matrices), dim = c(n, n, length(waves)))
check("RSiena waves: an n x n x 3 array", identical(dim(panel), c(n, n, length(waves))))
check("RSiena waves: binary", all(panel %in% c(0, 1)))
check("RSiena waves: rows and columns are the stakeholders in order",
      all(sapply(matrices, function(m) identical(rownames(m), as.character(ids)) && identical(colnames(m), as.character(ids)))))
check("RSiena waves: every wave has ties", all(apply(panel, 3, sum) > 0))
check("RSiena waves: waves.R builds the same array", {
  env <- new.env(); old <- setwd(siena); sys.source("waves.R", envir = env); setwd(old)
  identical(dim(env$panel), dim(panel)) && all(env$panel == panel)
})
if (requireNamespace("RSiena", quietly = TRUE)) check("RSiena::sienaDependent takes the array", inherits(RSiena::sienaDependent(panel), "sienaDependent"))

# networkDynamic: edge spells (onset, terminus, tail, head) and vertex spells.
nd <- file.path(out, "network-dynamic")
run("convert", network, nd, "--from-year", "2015", "--to-year", "2021", "--step", "3", "--panel", "network-dynamic")
es <- read.csv(file.path(nd, "edge-spells.csv"))
vs <- read.csv(file.path(nd, "vertex-spells.csv"))
vx <- read.csv(file.path(nd, "vertices.csv"))
check("networkDynamic edge spells: columns onset, terminus, tail, head", identical(names(es), c("onset", "terminus", "tail", "head")))
check("networkDynamic edge spells: numeric, onset before terminus", is.numeric(es$onset) && is.numeric(es$terminus) && all(es$onset < es$terminus))
check("networkDynamic edge spells: vertex numbers 1..n", all(es$tail >= 1 & es$tail <= n & es$head >= 1 & es$head <= n))
check("networkDynamic edge spells: within the waves' span", all(es$onset >= 2015 & es$terminus <= 2022))
check("networkDynamic vertex spells: one per stakeholder", nrow(vs) == n && identical(names(vs), c("onset", "terminus", "vertex.id")))
check("networkDynamic vertices: ids in order", identical(as.character(vx$id), as.character(ids)))
# The spells give the same ties per wave as the RSiena matrices (as sets of pairs).
same <- sapply(seq_along(waves), function(k) {
  y <- waves[k]
  live <- es[es$onset <= y & es$terminus > y, ]
  m <- matrix(0, n, n)
  m[cbind(live$tail, live$head)] <- 1
  # undirected ties are one spell row but both cells of a wave matrix
  all((m | t(m)) == (panel[, , k] | t(panel[, , k])))
})
check("networkDynamic spells and RSiena waves agree wave by wave", all(same))
if (requireNamespace("networkDynamic", quietly = TRUE)) {
  net <- networkDynamic::networkDynamic(vertex.spells = vs[, c("onset", "terminus", "vertex.id")], edge.spells = es)
  check("networkDynamic builds the network", network::network.size(net) == n)
}

cat(sprintf("%d failed\n", failed))
quit(status = if (failed > 0) 1 else 0)
