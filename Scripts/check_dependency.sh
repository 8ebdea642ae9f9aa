#!/usr/bin/env bash
# Builds the getting-started manifest (Sources/Cohesion/Cohesion.docc/GettingStarted.md, the
# block that begins `// swift-tools-version`) as a user's package would, twice: with the URL
# dependency it shows, pointed at a git clone of this repository named `Cohesion`, and with the
# path dependency it shows commented out, pointed at a clone in a folder of another name. The
# program is the article's first Swift block, run where `Networks/` is this repository's.
# It tests the committed HEAD (a clone), not uncommitted changes. Issue 17.8.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
doc="$root/Sources/Cohesion/Cohesion.docc/GettingStarted.md"

python3 - "$doc" "$work" <<'PY'
import sys, re, pathlib
doc, work = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2])
blocks = re.findall(r"```swift\n(.*?)```", doc, re.S)
manifest = next(b for b in blocks if b.startswith("// swift-tools-version"))
program = next(b for b in blocks if not b.startswith("// swift-tools-version"))
url = re.search(r'\.package\(url: "([^"]+)"', manifest).group(1)
path_line = re.search(r'^(\s*)// (\.package\(name: "Cohesion", path: "[^"]+"\),)$', manifest, re.M)
assert path_line, "the manifest shows no commented path dependency"
for variant in ("url", "path"):
    study = work / f"study-{variant}"
    (study / "Sources" / "MyStudy").mkdir(parents=True)
    if variant == "url":
        text = manifest.replace(url, f"file://{work}/Cohesion")
    else:
        text = re.sub(r'^\s*\.package\(url: .*\n', "", manifest, flags=re.M)
        text = text.replace(path_line.group(0), path_line.group(1) + path_line.group(2).replace(
            re.search(r'path: "([^"]+)"', path_line.group(2)).group(1), f"{work}/cohesion-checkout"))
    (study / "Package.swift").write_text(text)
    (study / "Sources" / "MyStudy" / "main.swift").write_text(program)
PY

head="$(git -C "$root" rev-parse HEAD)"
for clone in Cohesion cohesion-checkout; do
    git clone -q "$root" "$work/$clone"
    git -C "$work/$clone" checkout -q -B main "$head"
done
ln -s "$root/Networks" "$work/Networks"
for variant in url path; do
    echo "check_dependency: building the getting-started manifest with a $variant dependency"
    swift build --package-path "$work/study-$variant" 2>&1 | tail -1
    (cd "$work" && "$(swift build --package-path "$work/study-$variant" --show-bin-path)/MyStudy" >/dev/null)
    echo "check_dependency: $variant dependency: built and ran"
done
