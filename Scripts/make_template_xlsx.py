#!/usr/bin/env python3
"""Writes Networks/template.xlsx, the workbook researchers fill in and `cohesion` reads
(`cohesion validate Networks/template.xlsx`): sheets ties, stakeholders and sources with their
columns, two example rows each, and a notes sheet describing every column.

Run:  python3 Scripts/make_template_xlsx.py
Uses $COHESION_REFVENV/bin/python when set; otherwise creates a throwaway venv with
openpyxl 3.1.5 and re-runs itself there.
"""
import os, subprocess, sys, tempfile

try:
    import openpyxl
except ImportError:
    venv = os.environ.get("COHESION_REFVENV") or tempfile.mkdtemp(prefix="cohesion-xlsx-venv-")
    if not os.path.exists(os.path.join(venv, "bin", "python")):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    subprocess.check_call([os.path.join(venv, "bin", "pip"), "install", "-q", "openpyxl==3.1.5"])
    python = os.path.join(venv, "bin", "python")
    os.execv(python, [python] + sys.argv)
from openpyxl.styles import Font  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bold = Font(bold=True)

SHEETS = {
    "ties": (["source", "target", "kind", "weight", "instrument", "amount", "currency", "year", "firstYear", "lastYear",
              "citations", "illustrative", "note"],
             [["caf", "city", "contracting", None, "CTG", None, None, None, 2020, 2024, "s1", None, None],
              ["city", "creches", "funding", 1, None, 250000, "EUR", 2022, 2022, 2022, None, True,
               "no source gives this amount; it shows the shape of the tie"]]),
    "stakeholders": (["id", "name", "kind", "sector", "level", "place", "citations", "note"],
                     [["caf", "CAF (family allowance office)", "family-allowance-office", "public", "departmental", None, "s1", None],
                      ["city", "Ville", "municipality", "public", "municipal", None, None, None],
                      ["creches", "Associative crèches", "associative-provider", "associative", None, None, None, None]]),
    "sources": (["id", "title", "publisher", "url", "date", "partisan", "note"],
                [["s1", "Convention territoriale globale", "CNAF", "https://caf.fr/partenaires/convention-territoriale-globale", "2020", False, None]]),
}
NOTES = [
    ("sheet", "column", "meaning"),
    ("ties", "source, target", "stakeholder ids (the stakeholders sheet's id column); required"),
    ("ties", "kind", "funding, contracting, authorisation, coordination, representation, coalition, conflict, mandate… (any other word is a new kind)"),
    ("ties", "weight", "a non-negative number"),
    ("ties", "amount, currency, year", "an amount of money, its currency (EUR by default) and the year it is for"),
    ("ties", "firstYear, lastYear", "the years the tie held, both included; empty = open"),
    ("ties", "citations", "source ids separated by ';' (the sources sheet)"),
    ("ties", "illustrative", "TRUE when no source documents the tie"),
    ("ties", "any other column", "an attribute of the tie"),
    ("stakeholders", "id", "a short unique id; required"),
    ("stakeholders", "name, kind, sector, level, place", "the stakeholder's fields; kind as in the README"),
    ("stakeholders", "any other column", "an attribute (numbers stay numbers)"),
    ("sources", "id, title, publisher, url, date, partisan, note", "one row per cited document"),
    ("all", "", "Kumu's export (sheets Elements and Connections, columns Label, Type, From, To) is read too"),
]

wb = openpyxl.Workbook()
first = True
for name, (header, rows) in SHEETS.items():
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    first = False
    ws.append(header)
    for cell in ws[1]:
        cell.font = bold
    for r in rows:
        ws.append(r)
    ws.freeze_panes = "A2"
    for col, h in zip(ws.columns, header):
        ws.column_dimensions[col[0].column_letter].width = max(12, len(h) + 4)
notes = wb.create_sheet("notes")
for r in NOTES:
    notes.append(list(r))
for cell in notes[1]:
    cell.font = bold
notes.column_dimensions["A"].width = 14
notes.column_dimensions["B"].width = 44
notes.column_dimensions["C"].width = 100
path = os.path.join(ROOT, "Networks", "template.xlsx")
wb.save(path)
print("wrote", path)
