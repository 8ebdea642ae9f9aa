#!/usr/bin/env python3
"""End-to-end check of `cohesion report` in headless Chromium (Debian's chromium + chromium-driver).

Builds a report of the bundled networks plus a network whose names try to inject markup, opens it
in a real browser and checks: the page loads with no console errors; clicking a column header
sorts the table (ascending, then descending); a filter hides rows; a stakeholder named
`<script>…</script>` shows as text and runs nothing; the page works from file:// with no network.
Then the diagram to explore: it replaces the static diagram on screen, is laid out in two
dimensions (the spread of y over the spread of x is 0.3 to 3), fills its box and keeps its labels
apart (at most 5% overlap another), zooms with its buttons,
pans by dragging, its year slider keeps exactly the ties in force that year (counted from the
network file itself), layer toggles hide a layer, and a stakeholder's card shows its ties and
its sources as links. Each table offers a CSV download of its exact values. A two-city report
(Lille and Nantes) printed to PDF in Chromium has at most 12 pages. Saves screenshots at 1,400
and 400 px for people to look at. A network with statements shows them, escaped, in a stakeholder's
card; a report made with --null draws each city's null distributions, labelled (`--screenshots DIR` also writes them there, as the ones in
Examples/Images/). Ends with a line `N passed, N failed`; exit status 1 on any failure.

Usage: python3 Scripts/check_report.py [--tool PATH] [--out DIR] [--screenshots DIR]
"""
import argparse, base64, json, os, pathlib, re, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

HOSTILE = """cohesion: 1
network:
  title: "Injection <script>window.__pwned = 1</script> test"
sources:
  - id: s1
    title: "<img src=x onerror=\\"window.__pwned=2\\">"
    url: "javascript:window.__pwned=3"
stakeholders:
  - id: evil
    name: "<script>window.__pwned = 4</script>"
    kind: municipality
    sector: "<b>public</b>"
  - id: other
    name: "Crèche \\"Les P'tits Loups\\" & co"
    kind: associative-provider
    sector: associative
ties:
  - source: evil
    target: other
    kind: funding
    citations: [s1]
"""

STATEMENTS = """cohesion: 1
network:
  title: "Statements fixture"
  place: Testville
sources:
  - id: p1
    title: "Council minutes"
    url: "https://example.org/minutes"
  - id: p2
    title: "Party leaflet"
    url: "https://example.org/leaflet"
    partisan: true
stakeholders:
  - {id: mayor, name: "Mayor of Testville", kind: municipality, sector: public}
  - {id: caf, name: "CAF of Testville", kind: family-allowance-office, sector: public}
  - {id: creche, name: "Crèche Les Lutins", kind: associative-provider, sector: associative}
ties:
  - {source: caf, target: creche, kind: funding, citations: [p1]}
  - {source: mayor, target: creche, kind: coordination, citations: [p1]}
concepts:
  - {id: public-provision, label: "Childcare as a municipal public service"}
  - {id: concession, label: "Concession <b>of</b> municipal crèches"}
statements:
  - actor: mayor
    concept: public-provision
    agree: true
    date: "2011-10-04"
    citations: [{source: p1, excerpt: "notre politique de service public"}]
  - actor: mayor
    concept: concession
    agree: false
    date: "2013"
    citations: [{source: p2, excerpt: "<img src=x onerror=\\"window.__pwned=5\\"> pas de DSP"}]
    note: Partisan source.
"""

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", default=str(ROOT / ".build" / "debug" / "cohesion"))
    parser.add_argument("--out", default=tempfile.mkdtemp(prefix="cohesion-report-"))
    parser.add_argument("--screenshots", default=None, help="also write the 1,400 and 400 px screenshots here")
    args = parser.parse_args()
    out = pathlib.Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    hostile = out / "hostile.yaml"
    hostile.write_text(HOSTILE, encoding="utf-8")
    report = out / "report.html"
    networks = sorted(str(p) for p in (ROOT / "Networks").glob("*.yaml") if p.name != "national-framework.yaml")
    subprocess.run([args.tool, "report", *networks, str(hostile), "-o", str(report)], check=True, cwd=ROOT)
    cities = out / "lille-nantes.html"
    city_files = [str(ROOT / "Networks" / "lille.yaml"), str(ROOT / "Networks" / "nantes.yaml")]
    subprocess.run([args.tool, "report", *city_files, "-o", str(cities)], check=True, cwd=ROOT)

    statements = out / "statements.yaml"
    statements.write_text(STATEMENTS, encoding="utf-8")
    statements_report = out / "statements.html"
    subprocess.run([args.tool, "report", str(statements), "-o", str(statements_report)], check=True, cwd=ROOT)
    null_report = out / "null.html"
    subprocess.run([args.tool, "report", *city_files, "--no-diagrams", "--null", "edges", "--reps", "200", "--seed", "3",
                    "-o", str(null_report)], check=True, cwd=ROOT)

    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chromium = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
    if chromium:
        options.binary_location = chromium
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    driver = webdriver.Chrome(service=Service(driver_path) if driver_path else Service(), options=options)

    passed, failed = 0, 0
    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} {detail}")

    try:
        driver.get(report.as_uri())
        errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
        check("the page loads with no console errors", not errors, json.dumps(errors))
        check("the title is set", "Childcare" in driver.title or "Cohesion" in driver.title or len(driver.title) > 0, driver.title)

        pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned;")
        check("no injected script ran", pwned is None, f"window.__pwned = {pwned}")
        body = driver.find_element(By.TAG_NAME, "body").text
        check("a name containing <script> shows as text", "<script>window.__pwned = 4</script>" in body)
        check("a source title containing <img> shows as text", '<img src=x onerror="window.__pwned=2">' in body)
        check("no javascript: link survives", not driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript']"))

        # Sorting: the first sortable table with a numeric column.
        table = driver.find_element(By.CSS_SELECTOR, "table.sortable")
        headers = table.find_elements(By.CSS_SELECTOR, "thead th")
        numeric = [i for i, th in enumerate(headers) if "num" in (th.get_attribute("class") or "")]
        check("a sortable table has numeric columns", bool(numeric))
        if numeric:
            index = numeric[0]
            def column():
                values = driver.execute_script(
                    "var t=arguments[0],i=arguments[1];return Array.prototype.map.call(t.tBodies[0].rows,function(r){var v=r.children[i].getAttribute('data-value');return v===''||v===null?null:parseFloat(v);});",
                    table, index)
                return [v for v in values if v is not None]
            headers[index].find_element(By.TAG_NAME, "button").click()
            ascending = column()
            check("clicking a header sorts ascending", ascending == sorted(ascending) and headers[index].get_attribute("aria-sort") == "ascending", str(ascending[:8]))
            headers[index].find_element(By.TAG_NAME, "button").click()
            descending = column()
            check("clicking again sorts descending", descending == sorted(descending, reverse=True) and headers[index].get_attribute("aria-sort") == "descending", str(descending[:8]))
            name_button = headers[0].find_element(By.TAG_NAME, "button")
            name_button.click()
            ids = driver.execute_script("var t=arguments[0];return Array.prototype.map.call(t.tBodies[0].rows,function(r){return r.children[0].textContent;});", table)
            check("text columns sort too", ids == sorted(ids, key=lambda s: s) or len(ids) < 2 or ids == sorted(ids, key=str.lower), str(ids[:5]))

        # Filtering by kind.
        selects = driver.find_elements(By.CSS_SELECTOR, ".filters select")
        check("filters are shown when script runs", bool(selects) and selects[0].is_displayed())
        if selects:
            select = selects[0]
            options_ = select.find_elements(By.TAG_NAME, "option")
            target_table = driver.find_element(By.ID, select.find_element(By.XPATH, "./ancestor::div[@class='filters']").get_attribute("data-for"))
            if len(options_) > 1:
                value = options_[1].get_attribute("value")
                options_[1].click()
                visible = driver.execute_script("return Array.prototype.filter.call(arguments[0].tBodies[0].rows,function(r){return !r.hidden;}).length;", target_table)
                total = driver.execute_script("return arguments[0].tBodies[0].rows.length;", target_table)
                check("a filter hides the rows of other kinds", 0 < visible < total or total == visible == 1, f"{visible}/{total} for {value}")

        csv_buttons = driver.find_elements(By.CSS_SELECTOR, ".csv-download")
        check("each table offers a CSV download", len(csv_buttons) >= len(driver.find_elements(By.CSS_SELECTOR, "table.sortable")), str(len(csv_buttons)))
        if csv_buttons:
            driver.execute_script("arguments[0].click();", csv_buttons[0])
            text = driver.execute_script("return window.__cohesionLastCSV || '';")
            check("the CSV download holds the table with exact values", text.count("\n") > 2 and "," in text.splitlines()[0], text[:120])

        errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
        check("no console errors after interaction", not errors, json.dumps(errors))

        # A stakeholder's statements in its card, escaped.
        driver.get(statements_report.as_uri())
        check_statements(driver, check)

        # The null model: each statistic's distribution drawn and labelled.
        driver.get(null_report.as_uri())
        check_null(driver, check, ["Lille", "Nantes"])
        driver.set_window_size(1400, 1000)
        grid = driver.find_elements(By.CSS_SELECTOR, ".nulls")
        if grid:
            driver.execute_script("arguments[0].scrollIntoView();", grid[0])
            for folder in [out] + ([pathlib.Path(args.screenshots)] if args.screenshots else []):
                folder.mkdir(parents=True, exist_ok=True)
                driver.save_screenshot(str(folder / "report-null-1400.png"))

        # The two-city report: the diagram to explore, screenshots, print.
        driver.get(cities.as_uri())
        check_layout(driver, check)
        check_explorer(driver, check, city_files[0])
        shots = [pathlib.Path(args.screenshots)] if args.screenshots else []
        for width in (1400, 400):
            driver.set_window_size(width, 1000)
            driver.execute_script("window.scrollTo(0,0);")
            for folder in [out] + shots:
                folder.mkdir(parents=True, exist_ok=True)
                driver.save_screenshot(str(folder / f"report-{width}.png"))
            figure = driver.find_element(By.CSS_SELECTOR, "figure.ix")
            driver.execute_script("arguments[0].scrollIntoView();", figure)
            for folder in [out] + shots:
                driver.save_screenshot(str(folder / f"report-explore-{width}.png"))
            print(f"screenshots: {out}/report-{width}.png, report-explore-{width}.png")
        pdf = base64.b64decode(driver.print_page())
        (out / "lille-nantes.pdf").write_bytes(pdf)
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
        check("the two-city report prints on at most 12 pages", 0 < pages <= 12, f"{pages} pages")
        errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
        check("no console errors in the two-city report", not errors, json.dumps(errors))
    finally:
        driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0

def ties_in_force(path, year):
    """The ties of a network file drawn in the diagram to explore that hold in `year`."""
    import yaml
    data = yaml.safe_load(pathlib.Path(path).read_text(encoding="utf-8"))
    ids = {s["id"] for s in data.get("stakeholders", [])}
    count = 0
    for tie in data.get("ties", []):
        if tie["source"] not in ids or tie["target"] not in ids or tie["source"] == tie["target"]:
            continue
        first, last = tie.get("firstYear"), tie.get("lastYear")
        if (first is None or first <= year) and (last is None or last >= year):
            count += 1
    return count


LAYOUT_STATS = """
var figure=arguments[0],svg=figure.querySelector('.ix-svg');
var xs=[],ys=[];
Array.prototype.forEach.call(figure.querySelectorAll('.ix-node circle'),function(c){xs.push(+c.getAttribute('cx'));ys.push(+c.getAttribute('cy'));});
function sd(a){var m=0;a.forEach(function(v){m+=v/a.length;});var s=0;a.forEach(function(v){s+=(v-m)*(v-m)/a.length;});return Math.sqrt(s);}
var labels=Array.prototype.filter.call(figure.querySelectorAll('.ix-label'),function(t){return getComputedStyle(t).display!=='none';});
var boxes=labels.map(function(t){var r=t.getBoundingClientRect();return [r.left+1,r.top+1,r.right-1,r.bottom-1];});
var overlapping=0;
for(var i=0;i<boxes.length;i++){for(var j=0;j<boxes.length;j++){var a=boxes[i],b=boxes[j];
  if(i!==j&&a[0]<b[2]&&b[0]<a[2]&&a[1]<b[3]&&b[1]<a[3]){overlapping++;break;}}}
var box=svg.getBoundingClientRect(),drawn=figure.querySelector('.ix-nodes').getBoundingClientRect();
return {nodes:xs.length,sx:sd(xs),sy:sd(ys),labels:labels.length,overlapping:overlapping,
        width:box.width,height:box.height,drawnWidth:drawn.width,drawnHeight:drawn.height};
"""


def check_layout(driver, check):
    """The diagrams to explore are laid out in two dimensions, fill their boxes and keep their labels apart."""
    from selenium.webdriver.common.by import By
    figures = driver.find_elements(By.CSS_SELECTOR, "figure.ix")
    check("each city has a diagram to explore", len(figures) >= 2, str(len(figures)))
    for figure in figures:
        name = figure.get_attribute("id")
        stats = driver.execute_script(LAYOUT_STATS, figure)
        spread = stats["sy"] / stats["sx"] if stats["sx"] > 0 else 0
        check(f"{name}: the stakeholders spread in both directions (spread of y over spread of x 0.3-3)",
              stats["nodes"] > 2 and 0.3 <= spread <= 3, json.dumps(stats))
        aspect = stats["width"] / stats["height"] if stats["height"] > 0 else 0
        fill = max(stats["drawnWidth"] / stats["width"], stats["drawnHeight"] / stats["height"]) if aspect else 0
        check(f"{name}: its box is 0.6-2.4 times as wide as high and the drawing fills it (at least 85% of one side)",
              0.6 <= aspect <= 2.4 and fill >= 0.85, f"aspect {aspect:.2f}, fill {fill:.2f}")
        check(f"{name}: most stakeholders show a label and at most 5% of labels overlap another",
              stats["labels"] >= 0.6 * stats["nodes"] and stats["overlapping"] <= 0.05 * max(stats["labels"], 1),
              f"{stats['labels']} labels for {stats['nodes']} stakeholders, {stats['overlapping']} overlapping")


def check_explorer(driver, check, network_file):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    figure = driver.find_element(By.CSS_SELECTOR, "figure.ix")
    check("the diagram to explore is shown when script runs", figure.is_displayed())
    static = driver.find_elements(By.CSS_SELECTOR, "figure.static-diagram.has-ix")
    check("it replaces the static diagram on screen", bool(static) and not static[0].is_displayed())
    svg = figure.find_element(By.CSS_SELECTOR, ".ix-svg")
    driver.execute_script("arguments[0].scrollIntoView();", figure)
    box = lambda: [float(v) for v in driver.execute_script("return arguments[0].getAttribute('viewBox');", svg).split()]
    home = box()
    figure.find_element(By.CSS_SELECTOR, ".ix-zoom-in").click()
    zoomed = box()
    check("zoom in narrows the view", zoomed[2] < home[2] * 0.9, f"{home} -> {zoomed}")
    ActionChains(driver).move_to_element_with_offset(svg, 5, 5).click_and_hold().move_by_offset(80, 40).release().perform()
    panned = box()
    check("dragging pans the view", abs(panned[0] - zoomed[0]) > 1 and abs(panned[2] - zoomed[2]) < 1e-6, f"{zoomed} -> {panned}")
    figure.find_element(By.CSS_SELECTOR, ".ix-reset").click()
    check("reset returns to the whole network", box() == home, str(box()))

    slider = figure.find_element(By.CSS_SELECTOR, ".ix-year")
    figure.find_element(By.CSS_SELECTOR, ".ix-all-years").click()
    for year in (int(slider.get_attribute("min")), 2012, 2024):
        driver.execute_script("arguments[0].value=arguments[1];arguments[0].dispatchEvent(new Event('input'));", slider, year)
        shown = driver.execute_script(
            "return Array.prototype.filter.call(arguments[0].querySelectorAll('.ix-edge'),function(e){return getComputedStyle(e).display!=='none';}).map(function(e){return [e.getAttribute('data-first'),e.getAttribute('data-last')];});",
            figure)
        valid = all((f == "" or int(f) <= year) and (l == "" or int(l) >= year) for f, l in shown)
        expected = ties_in_force(network_file, year)
        check(f"the year slider at {year} shows exactly the ties in force", valid and len(shown) == expected, f"{len(shown)} shown, {expected} in force")
    layer = figure.find_element(By.CSS_SELECTOR, "input[data-layer='funding']")
    before = int(figure.get_attribute("data-shown"))
    layer.click()
    after = int(figure.get_attribute("data-shown"))
    hidden_funding = driver.execute_script(
        "return Array.prototype.every.call(arguments[0].querySelectorAll(\".ix-edge[data-kind='funding']\"),function(e){return getComputedStyle(e).display==='none';});", figure)
    check("unticking a layer hides its ties", after < before and hidden_funding, f"{before} -> {after}")
    layer.click()
    figure.find_element(By.CSS_SELECTOR, ".ix-all-years").click()

    nodes = figure.find_elements(By.CSS_SELECTOR, ".ix-node")
    cited = None
    for node in nodes:
        card = figure.find_element(By.CSS_SELECTOR, f".ix-card[data-card='{node.get_attribute('data-node')}']")
        if card.find_elements(By.CSS_SELECTOR, ".ix-sources a"):
            cited = (node, card)
            break
    check("some stakeholder has sourced ties", cited is not None)
    if cited:
        node, card = cited
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click',{bubbles:true}));", node)
        check("choosing a stakeholder opens its card", card.is_displayed() and "ix-selected" in node.get_attribute("class"))
        ties = card.find_elements(By.CSS_SELECTOR, ".ix-ties li")
        links = card.find_elements(By.CSS_SELECTOR, ".ix-sources a")
        check("the card lists its ties and links its sources",
              bool(ties) and bool(links) and all(a.get_attribute("href").startswith(("http://", "https://")) for a in links),
              f"{len(ties)} ties, {len(links)} links")


def check_statements(driver, check):
    from selenium.webdriver.common.by import By
    errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
    check("the statements report loads with no console errors", not errors, json.dumps(errors))
    figure = driver.find_element(By.CSS_SELECTOR, "figure.ix")
    chosen = None
    for node in figure.find_elements(By.CSS_SELECTOR, ".ix-node"):
        card = figure.find_element(By.CSS_SELECTOR, f".ix-card[data-card='{node.get_attribute('data-node')}']")
        if card.find_elements(By.CSS_SELECTOR, ".ix-statements li"):
            chosen = (node, card)
            break
    check("a stakeholder with statements has them in its card", chosen is not None)
    if not chosen:
        return
    node, card = chosen
    check("the card is hidden until the stakeholder is chosen", not card.is_displayed())
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click',{bubbles:true}));", node)
    items = card.find_elements(By.CSS_SELECTOR, ".ix-statements li")
    texts = [li.text for li in items]
    check("choosing it shows its statements", card.is_displayed() and len(items) == 2 and all(li.is_displayed() for li in items), str(texts))
    joined = "\n".join(texts)
    check("each statement shows its concept, stance, date and source excerpt",
          "agree Childcare as a municipal public service" in joined and "2011-10-04" in joined and "[p1]" in joined
          and "notre politique de service public" in joined and "disagree" in joined and "2013" in joined, joined)
    check("statement text from the file shows as text, not markup",
          "Concession <b>of</b> municipal crèches" in joined and '<img src=x onerror="window.__pwned=5"> pas de DSP' in joined
          and not card.find_elements(By.CSS_SELECTOR, ".ix-statements b, .ix-statements img"), joined)
    pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned;")
    check("no script from a statement ran", pwned is None, f"window.__pwned = {pwned}")


def check_null(driver, check, names):
    from selenium.webdriver.common.by import By
    errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
    check("the null-model report loads with no console errors", not errors, json.dumps(errors))
    cells = driver.find_elements(By.CSS_SELECTOR, "figure.null-cell")
    statistics = sorted({c.get_attribute("data-statistic") for c in cells})
    check("a null distribution is drawn for each city and statistic", len(cells) == len(names) * len(statistics) and len(statistics) >= 9,
          f"{len(cells)} histograms, {len(statistics)} statistics")
    labelled = 0
    for cell in cells:
        svg = cell.find_element(By.CSS_SELECTOR, "svg.null-hist")
        label = svg.get_attribute("aria-label") or ""
        caption = cell.find_element(By.CSS_SELECTOR, "figcaption").text
        bars = cell.find_elements(By.CSS_SELECTOR, "rect.null-bar")
        observed = cell.find_elements(By.CSS_SELECTOR, "line.null-observed")
        percentile = cell.get_attribute("data-percentile")
        if (cell.get_attribute("data-network") in label and cell.get_attribute("data-statistic") in label
                and "percentile" in label and "percentile" in caption and " z " in caption
                and bars and observed and svg.is_displayed() and svg.size["width"] > 100 and percentile):
            labelled += 1
    check("each histogram has bars, the observed value marked, and is labelled with its city, statistic, percentile and z",
          labelled == len(cells) and labelled > 0, f"{labelled} of {len(cells)}")
    heads = [h.text for h in driver.find_elements(By.CSS_SELECTOR, ".null-head")]
    check("the histograms sit under their cities' names", all(n in heads for n in names), str(heads))


if __name__ == "__main__":
    sys.exit(main())
