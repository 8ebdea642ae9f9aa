#!/usr/bin/env python3
"""A synthetic France for the national-scale benchmark: the institutional ties of the national
framework (Networks/national-framework.yaml; ../shared/domain/french-childcare-governance.md)
repeated over every département, on made-up communes and facilities of realistic counts.

    python3 Benchmarks/national/generate_france.py OUTDIR [--seed 1]

writes OUTDIR/france-ties.csv (source,target,kind,instrument,firstYear,lastYear) and
OUTDIR/france-nodes.csv (id,name,kind,sector,level,place), read by
`cohesion … OUTDIR/france-ties.csv --nodes OUTDIR/france-nodes.csv`.

Counts (France, approximately): 101 départements, each with its departmental council, PMI,
CAF, prefect, family-services committee (CDSF) and UDAF; about 1,250 inter-municipal
authorities (EPCI) and 35,000 communes (commune sizes heavy-tailed: a few cities, many
villages); about 17,000 facilities (EAJE: municipal, associative, parental and private
micro-crèches, placed by population); one childminders' group per EPCI; an early-childhood
relay (RPE) in every commune over 10,000 inhabitants and one per EPCI for the others.

Ties, each as the national rules say (the source number of the domain notes in brackets):
- State → CNAF contracting (COG) [1]; CNAF → each CAF contracting (COG) [1].
- CAF → each facility funding (PSU; half the micro-crèches take PAJE and get none) [3][25].
- CAF → each childminders' group funding (CMG) [26]; CAF → each relay funding [19].
- CAF → each EPCI contracting (CTG from 2020) and CAF → communes over 10,000 (CTG) [4][27];
  the departmental council co-signs a third of them [4].
- Departmental council → each facility authorisation (opening) [13][9]; PMI → each
  non-municipal facility authorisation (doctor's opinion) [13].
- Council → childminders authorisation (agrément) and PMI → childminders (examination) [12].
- Commune → its municipal facilities funding (municipal budget) [14]; commune → the
  non-municipal facilities opened from 2025 authorisation (organising-authority opinion) [6][9].
- Commune ↔ its EPCI coordination (membership; modelling choice, see the notes' inference on
  tie kinds); relay ↔ the childminders' group of its EPCI coordination [19].
- Commune or EPCI → the relay it runs funding [19].
- Prefect, CAF, council, UDAF and the largest commune (mayors' representative) ↔ CDSF
  coordination, from 2022 [10]; UDAF → CAF representation (board seat) [22]; council ↔ PMI
  coordination.
Everything is seeded (Python's `random`), so a seed gives the same file anywhere.
"""
import argparse, csv, os, random

DEPARTEMENTS = 101
EPCIS = 1_250
COMMUNES = 35_000
FACILITIES = 17_000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    nodes, ties = [], []

    def node(id, name, kind, sector, level, place):
        nodes.append((id, name, kind, sector, level, place))
        return id

    def tie(source, target, kind, instrument="", first="", last=""):
        ties.append((source, target, kind, instrument, first, last))

    state = node("state", "State (ministries)", "state", "public", "national", "France")
    cnaf = node("cnaf", "CNAF", "national-family-allowance-fund", "public", "national", "France")
    tie(state, cnaf, "contracting", "COG")

    # EPCIs spread over départements (a few large départements hold more), communes over EPCIs
    # with heavy-tailed sizes; populations Pareto-like.
    epci_dep = [rng.choices(range(DEPARTEMENTS), weights=[1 + (d % 7) for d in range(DEPARTEMENTS)])[0]
                for _ in range(EPCIS)]
    for d in range(DEPARTEMENTS):  # every département has at least one EPCI
        if d not in epci_dep[:DEPARTEMENTS]:
            epci_dep[d] = d
    epci_weights = [rng.paretovariate(1.3) for _ in range(EPCIS)]
    commune_epci = [e for e in range(EPCIS)] + rng.choices(range(EPCIS), weights=epci_weights, k=COMMUNES - EPCIS)
    rng.shuffle(commune_epci)
    population = [int(200 * rng.paretovariate(1.1)) for _ in range(COMMUNES)]

    dep = []
    for d in range(DEPARTEMENTS):
        code = f"{d + 1:03d}"
        ids = {k: f"{k}-{code}" for k in ("council", "pmi", "caf", "prefect", "cdsf", "udaf")}
        node(ids["council"], f"Departmental council {code}", "departmental-council", "public", "departmental", code)
        node(ids["pmi"], f"PMI {code}", "maternal-and-child-health-service", "public", "departmental", code)
        node(ids["caf"], f"CAF {code}", "family-allowance-office", "public", "departmental", code)
        node(ids["prefect"], f"Prefect {code}", "prefect", "public", "departmental", code)
        node(ids["cdsf"], f"CDSF {code}", "committee", "public", "departmental", code)
        node(ids["udaf"], f"UDAF {code}", "family-associations-union", "associative", "departmental", code)
        tie(cnaf, ids["caf"], "contracting", "COG")
        tie(ids["udaf"], ids["caf"], "representation", "seat on the board")
        tie(ids["council"], ids["pmi"], "coordination")
        for member in ("prefect", "caf", "council", "udaf"):
            tie(ids[member], ids["cdsf"], "coordination", "", "2022")
        dep.append(ids)

    epci_ids, minders = [], []
    for e in range(EPCIS):
        ids = dep[epci_dep[e]]
        code = ids["caf"][4:]
        eid = node(f"epci-{e + 1:04d}", f"Inter-municipal authority {e + 1}", "inter-municipal-authority", "public", "intermunicipal", code)
        mid = node(f"childminders-{e + 1:04d}", f"Childminders of EPCI {e + 1}", "childminder", "private-for-profit", "intermunicipal", code)
        epci_ids.append(eid); minders.append(mid)
        tie(ids["caf"], eid, "contracting", "CTG", "2020")
        if rng.random() < 1 / 3:
            tie(ids["council"], eid, "contracting", "CTG", "2020")
        tie(ids["caf"], mid, "funding", "CMG")
        tie(ids["council"], mid, "authorisation", "agrément")
        tie(ids["pmi"], mid, "authorisation", "agrément examination")

    commune_ids = []
    largest = {}
    relays_of_epci = {}
    for c in range(COMMUNES):
        e = commune_epci[c]
        ids = dep[epci_dep[e]]
        code = ids["caf"][4:]
        cid = node(f"commune-{c + 1:05d}", f"Commune {c + 1}", "municipality", "public", "municipal", code)
        commune_ids.append(cid)
        tie(cid, epci_ids[e], "coordination", "membership")
        d = epci_dep[e]
        if d not in largest or population[c] > population[largest[d]]:
            largest[d] = c
        if population[c] > 10_000:
            tie(ids["caf"], cid, "contracting", "CTG", "2020")
            if rng.random() < 1 / 3:
                tie(ids["council"], cid, "contracting", "CTG", "2020")
            rid = node(f"relay-c{c + 1:05d}", f"Relay of commune {c + 1}", "early-childhood-relay", "public", "municipal", code)
            tie(cid, rid, "funding", "municipal budget")
            tie(ids["caf"], rid, "funding", "PS RPE")
            tie(rid, minders[e], "coordination")
            relays_of_epci[e] = True
    for e in range(EPCIS):
        if e not in relays_of_epci:
            ids = dep[epci_dep[e]]
            rid = node(f"relay-e{e + 1:04d}", f"Relay of EPCI {e + 1}", "early-childhood-relay", "public", "intermunicipal", ids["caf"][4:])
            tie(epci_ids[e], rid, "funding", "intercommunal budget")
            tie(ids["caf"], rid, "funding", "PS RPE")
            tie(rid, minders[e], "coordination")
    for d, c in largest.items():
        tie(commune_ids[c], dep[d]["cdsf"], "coordination", "mayors' representative", "2022")

    # Facilities placed by population (bigger communes hold more).
    hosts = rng.choices(range(COMMUNES), weights=population, k=FACILITIES)
    kinds = [("municipal-provider", "public", "Municipal crèche", 0.45),
             ("associative-provider", "associative", "Associative crèche", 0.25),
             ("parental-provider", "associative", "Parental crèche", 0.05),
             ("private-provider", "private-for-profit", "Micro-crèche", 0.25)]
    for f, c in enumerate(hosts):
        kind, sector, label, _ = rng.choices(kinds, weights=[k[3] for k in kinds])[0]
        e = commune_epci[c]
        ids = dep[epci_dep[e]]
        fid = node(f"facility-{f + 1:05d}", f"{label} {f + 1}", kind, sector, "municipal", ids["caf"][4:])
        if kind != "private-provider" or rng.random() < 0.5:
            tie(ids["caf"], fid, "funding", "PSU")
        tie(ids["council"], fid, "authorisation", "opening authorisation")
        if kind == "municipal-provider":
            tie(commune_ids[c], fid, "funding", "municipal budget")
        else:
            tie(ids["pmi"], fid, "authorisation", "PMI doctor's opinion")
            if rng.random() < 0.1:
                tie(commune_ids[c], fid, "authorisation", "organising-authority opinion", "2025")

    with open(os.path.join(args.outdir, "france-nodes.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "kind", "sector", "level", "place"])
        w.writerows(nodes)
    with open(os.path.join(args.outdir, "france-ties.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "kind", "instrument", "firstYear", "lastYear"])
        w.writerows(ties)
    print(f"{len(nodes)} stakeholders, {len(ties)} ties")


if __name__ == "__main__":
    main()
