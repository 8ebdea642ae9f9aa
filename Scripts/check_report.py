#!/usr/bin/env python3
"""End-to-end check of `cohesion report` in headless Chromium (Debian's chromium + chromium-driver).

Builds a report of the bundled networks plus a network whose names try to inject markup, opens it
in a real browser and checks: the page loads with no console errors; clicking a column header
sorts the table (ascending, then descending); a filter hides rows; a stakeholder named
`<script>…</script>` shows as text and runs nothing; the page works from file:// with no network.
Saves a screenshot for people to look at. Ends with a line `N passed, N failed`; exit status 1 on
any failure.

Usage: python3 Scripts/check_report.py [--tool PATH] [--out DIR]
"""
import argparse, json, os, pathlib, subprocess, sys, tempfile

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

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", default=str(ROOT / ".build" / "debug" / "cohesion"))
    parser.add_argument("--out", default=tempfile.mkdtemp(prefix="cohesion-report-"))
    args = parser.parse_args()
    out = pathlib.Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    hostile = out / "hostile.yaml"
    hostile.write_text(HOSTILE, encoding="utf-8")
    report = out / "report.html"
    networks = sorted(str(p) for p in (ROOT / "Networks").glob("*.yaml") if p.name != "national-framework.yaml")
    subprocess.run([args.tool, "report", *networks, str(hostile), "-o", str(report)], check=True, cwd=ROOT)

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

        driver.set_window_size(1400, 2400)
        shot = out / "report.png"
        driver.save_screenshot(str(shot))
        print(f"screenshot: {shot}")
        errors = [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]
        check("no console errors after interaction", not errors, json.dumps(errors))
    finally:
        driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
