"""Page-quality check of the four themes (issue 16): render articles in every theme on A4 and
Letter and count layout faults on WeasyPrint's laid-out pages.

Faults (benchmarks/_layout_faults.py, one small function each): text off the paper, text
over text, pages (not the last) filled to under 60% of their content area, a last page under
4 lines, a `.box` split over pages although it would fit on one, a heading last on its page,
.notdef glyphs, and a median body line outside 60-75 characters.

    .venv/bin/python benchmarks/layout_check.py [--corpus DIR ...] [--limit N] [--themes policy ...]
        [--papers A4 letter] [--jobs N] [--json OUT] [--sheet DIR] [--crafted] [--selftest]

Corpus folders are searched for .html, .md, .txt and .html.gz files (gzipped pages are unpacked
to a temporary folder); the same article found twice is rendered once. `--sheet DIR` writes
DIR/<theme>.png, a contact sheet of that theme's worst pages with their faults marked in red.
`--crafted` adds small articles made to provoke faults (a 300-character URL, a 60-line code
block, a long table, emoji, heading runs); `--selftest` only checks that every fault check
fires on a page made to show it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _layout_faults as faults  # noqa: E402

THEMES = ("policy", "intelligence", "newsletter", "minimal")
PAPERS = ("A4", "letter")
CORPORA = (ROOT / "tests" / "fixtures" / "corpus", ROOT.parent / "shared" / "corpus",
           ROOT.parent / "shared" / "extraction-benchmark" / "html")
SUFFIXES = (".html", ".htm", ".md", ".txt", ".html.gz")
SHEET_PAGES = 16  # pages on a theme's contact sheet
#: Weights that rank pages and documents: what a reader notices first counts most.
WEIGHT = {"off-page": 5, "overlap": 5, "notdef": 3, "stranded-heading": 2, "split-box": 2,
          "underfilled": 2, "short-last": 1, "measure": 1, "hyphen-break": 1}


# ------------------------------------------------------------------------------ articles


def articles(folders: list[Path], unpack: Path) -> list[tuple[str, Path]]:
    """(label, path) of every article under `folders`, in order, each content once; .html.gz
    pages are unpacked into `unpack`."""
    seen, out = set(), []
    for folder in folders:
        if not folder.is_dir():
            print(f"(no folder {folder})", file=sys.stderr)
            continue
        for path in sorted(folder.rglob("*")):
            name = path.name
            if not path.is_file() or name.lower() == "readme.md" or not name.endswith(SUFFIXES):
                continue
            data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            if name.endswith(".gz"):
                path = unpack / name.removesuffix(".gz")
                path.write_bytes(data)
                label = f"bench/{name[:12]}"
            else:
                label = f"{path.parent.name}/{path.stem[:40]}"
            out.append((label, path))
    return out


def crafted(folder: Path) -> Path:
    """Small Markdown articles made to provoke the faults, written to `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    url = "https://example.org/" + "/".join(f"averyveryverylongpathsegment{i:02d}" for i in range(12))
    prose = "The harbour plan was approved by the council after a long debate about dredging costs. "
    code = "\n".join(f"SELECT id, name, total FROM orders WHERE customer_id = {i} AND status = 'shipped' "
                     f"ORDER BY created_at DESC; -- a long line {i}" if i % 10 == 0 else f"SELECT {i} AS n;"
                     for i in range(60))
    table = "| Year | Port | Tonnes | Note |\n|---|---|---|---|\n" + "\n".join(
        f"| {1950 + i} | Harbour {i} | {1000 + 37 * i} | a row of the long table |" for i in range(120))
    made = {
        "long-url": (f"## Plan\n\n{prose * 8}\n\nSee {url[:300]} for the full plan.\n\n{prose * 20}", url[:300]),
        "code-60": (f"## Queries\n\n{prose * 25}\n\n```\n{code}\n```\n\nAfter the code the tutorial goes on.", ""),
        "long-table": (f"## Traffic\n\n{prose * 10}\n\n{table}\n\n{prose * 3}", ""),
        "emoji": (f"## News\n\n🎉 launch day 🚀: {prose * 10}\n\n✅ done ☕ and 🐍.", ""),
        "headings": ("\n\n".join(f"## Part {i}\n\n{prose * (3 + i % 4)}" for i in range(14)), ""),
    }
    for name, (body, source) in made.items():
        front = f'---\ntitle: "Crafted: {name}"\nauthor: "Jane Doe"\ndate: "2015-04-30"\n'
        front += f'source: "{source}"\n' if source else ""
        (folder / f"{name}.md").write_text(f"{front}---\n\n{body}\n", encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------ one article


def render_one(task: tuple) -> list[dict]:
    """Lay out one article in every theme and paper and check it: one result per document."""
    label, path, themes, papers, fill, pdf_dir = task
    from briefing import themes as theme_lib
    from briefing.options import Options
    from briefing.pipeline import prepare
    from briefing.render import render_document

    results = []
    try:
        article = prepare(path)
    except Exception as error:  # noqa: BLE001 - a reader's failure is a result, not a crash
        return [{"article": label, "path": str(path), "theme": t, "paper": p, "error": f"read: {error!r}"[:300],
                 "faults": [], "pages": 0} for t in themes for p in papers]
    for theme in themes:
        for paper in papers:
            result = {"article": label, "path": str(path), "theme": theme, "paper": paper, "faults": [],
                      "pages": 0, "error": None}
            start = time.perf_counter()
            try:
                document, _ = render_document(article, theme_lib.load(theme), Options(theme=theme, paper=paper),
                                              base_dir=path.parent)
                pages, found = faults.check(document, fill)
                result.update(pages=len(pages), faults=[f.as_dict() for f in found],
                              sizes=[[p.width, p.height] for p in pages], measure=faults.measured(pages))
                if pdf_dir and any(f.page for f in found):
                    pdf = Path(pdf_dir) / (hashlib.sha1(f"{label}|{theme}|{paper}".encode()).hexdigest()[:16] + ".pdf")
                    document.write_pdf(pdf)
                    result["pdf"] = str(pdf)
            except Exception as error:  # noqa: BLE001
                result["error"] = f"render: {error!r}"[:300]
            result["seconds"] = round(time.perf_counter() - start, 2)
            results.append(result)
    return results


# ------------------------------------------------------------------------------ reports


def score(result: dict) -> int:
    return sum(WEIGHT.get(f["kind"], 1) for f in result["faults"])


def table(results: list[dict], themes, papers) -> str:
    kinds = faults.KINDS
    head = f"{'theme':<13}{'paper':<7}{'docs':>5}{'pages':>6}" + "".join(f"{k:>17}" for k in kinds) + f"{'errors':>8}"
    rows = [head, "-" * len(head)]
    totals: Counter = Counter()
    for theme in themes:
        for paper in papers:
            mine = [r for r in results if r["theme"] == theme and r["paper"] == paper]
            count = Counter(f["kind"] for r in mine for f in r["faults"])
            totals.update(count)
            errors = sum(1 for r in mine if r["error"])
            totals["errors"] += errors
            rows.append(f"{theme:<13}{paper:<7}{len(mine):>5}{sum(r['pages'] for r in mine):>6}"
                        + "".join(f"{count[k]:>17}" for k in kinds) + f"{errors:>8}")
    rows.append("-" * len(head))
    rows.append(f"{'all':<13}{'':<7}{len(results):>5}{sum(r['pages'] for r in results):>6}"
                + "".join(f"{totals[k]:>17}" for k in kinds) + f"{totals['errors']:>8}")
    return "\n".join(rows)


def worst(results: list[dict], n: int = 10) -> str:
    ranked = sorted((r for r in results if r["faults"]), key=score, reverse=True)[:n]
    lines = []
    for r in ranked:
        count = Counter(f["kind"] for f in r["faults"])
        lines.append(f"{score(r):>4}  {r['article']:<44} {r['theme']:<12} {r['paper']:<6} {r['pages']:>3} pages  "
                     + ", ".join(f"{k} x{v}" for k, v in count.most_common()))
        for f in r["faults"][:6]:
            where = f"p.{f['page']}" if f["page"] else "doc"
            lines.append(f"        {where:>6} {f['kind']}: {f['detail']}")
    return "\n".join(lines)


def contact_sheet(theme: str, results: list[dict], out: Path, count: int = SHEET_PAGES) -> Path | None:
    """A PNG of `theme`'s worst pages (pdftoppm -r 40), each labelled with its article, paper,
    page and faults, the faults' places outlined in red; at most two pages per document."""
    from PIL import Image, ImageDraw, ImageFont

    pages = []
    for r in results:
        if r["theme"] != theme or not r.get("pdf"):
            continue
        by_page: dict[int, list[dict]] = {}
        for f in r["faults"]:
            if f["page"]:
                by_page.setdefault(f["page"], []).append(f)
        best = sorted(by_page.items(), key=lambda item: -sum(WEIGHT.get(f["kind"], 1) for f in item[1]))[:2]
        pages += [(sum(WEIGHT[f["kind"]] for f in found), r, number, found) for number, found in best]
    if not pages:
        return None
    pages.sort(key=lambda item: -item[0])
    pages = pages[:count]
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 10)
    except OSError:
        font = ImageFont.load_default()
    cell_w, cell_h, label_h, columns = 350, 460, 48, min(4, len(pages))
    rows = (len(pages) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * cell_w, rows * (cell_h + label_h)), "#888888")
    with tempfile.TemporaryDirectory(prefix="layout-sheet-") as tmp:
        for i, (_, r, number, found) in enumerate(pages):
            prefix = Path(tmp) / f"p{i}"
            subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                            r["pdf"], str(prefix)], check=True, capture_output=True)
            image = Image.open(f"{prefix}.png").convert("RGB")
            width, height = r["sizes"][number - 1]
            scale = image.width / width
            draw = ImageDraw.Draw(image)
            for f in found:
                if f["rect"]:
                    x, y, w, h = (v * scale for v in f["rect"])
                    draw.rectangle([x, y, x + max(w, 2), y + max(h, 2)], outline="#e00000", width=2)
            image.thumbnail((cell_w - 10, cell_h - 10))
            left, top = (i % columns) * cell_w, (i // columns) * (cell_h + label_h)
            sheet.paste(image, (left + 5, top + 5))
            kinds = Counter(f["kind"] for f in found)
            text = (f"{r['article']}  {r['paper']} p.{number}/{r['pages']}\n"
                    + ", ".join(f"{k}" + (f" x{v}" if v > 1 else "") for k, v in kinds.items())
                    + f"\n{found[0]['detail'][:60]}")
            ImageDraw.Draw(sheet).multiline_text((left + 5, top + cell_h), text, fill="white", font=font)
    path = out / f"{theme}.png"
    sheet.save(path)
    return path


# ------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="*", type=Path, default=list(CORPORA), help="article folders")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles (in folder order)")
    parser.add_argument("--themes", nargs="+", default=list(THEMES), choices=THEMES)
    parser.add_argument("--papers", nargs="+", default=list(PAPERS))
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--fill", type=float, default=faults.FILL, help="underfilled below this share (0.6)")
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--sheet", type=Path, help="write a contact sheet PNG per theme to this folder")
    parser.add_argument("--crafted", action="store_true", help="add articles made to provoke the faults")
    parser.add_argument("--selftest", action="store_true", help="only check that each fault check can fire")
    args = parser.parse_args(argv)

    if args.selftest:
        fired = faults.selftest()
        bad = [kind for kind, kinds in fired.items() if (kind == "clean") != (kind not in kinds)]
        for kind, kinds in fired.items():
            print(f"{kind:<18} fired: {', '.join(kinds) or '-'}")
        print("selftest:", "FAILED " + ", ".join(bad) if bad else "ok")
        return 1 if bad else 0

    with tempfile.TemporaryDirectory(prefix="layout-check-") as tmp:
        unpack, pdf_dir = Path(tmp) / "pages", Path(tmp) / "pdf"
        unpack.mkdir()
        pdf_dir.mkdir()
        folders = list(args.corpus) + ([crafted(Path(tmp) / "crafted")] if args.crafted else [])
        found = articles(folders, unpack)
        if args.crafted and args.limit is not None:  # the crafted ones count on top of the limit
            extra = [a for a in found if a[0].startswith("crafted/")]
            found = [a for a in found if not a[0].startswith("crafted/")][:args.limit] + extra
        else:
            found = found[:args.limit]
        tasks = [(label, path, args.themes, args.papers, args.fill, str(pdf_dir) if args.sheet else None)
                 for label, path in found]
        print(f"{len(found)} articles x {len(args.themes)} themes x {len(args.papers)} papers, "
              f"{args.jobs} job(s)", file=sys.stderr)
        start = time.perf_counter()
        results: list[dict] = []
        if args.jobs > 1:
            with Pool(args.jobs, maxtasksperchild=10) as pool:
                for i, done in enumerate(pool.imap_unordered(render_one, tasks), start=1):
                    results += done
                    print(f"  [{i}/{len(tasks)}] {done[0]['article']}", file=sys.stderr)
        else:
            for i, task in enumerate(tasks, start=1):
                results += render_one(task)
                print(f"  [{i}/{len(tasks)}] {task[0]}", file=sys.stderr)
        elapsed = time.perf_counter() - start
        results.sort(key=lambda r: (r["article"], r["theme"], r["paper"]))

        print(f"\nFaults (pages with the fault; 'measure' counts documents), {len(found)} articles, "
              f"{elapsed:.0f} s:\n")
        print(table(results, args.themes, args.papers))
        print("\nBody measure, characters a line (Latin-script, the documents' medians: p10 / median / p90):")
        for theme in args.themes:
            for paper in args.papers:
                values = sorted(r["measure"][0] for r in results if r["theme"] == theme and r["paper"] == paper
                                and r.get("measure") and not r["measure"][2])
                if values:
                    at = [values[int(q * (len(values) - 1))] for q in (0.1, 0.5, 0.9)]
                    print(f"  {theme:<12} {paper:<7} {at[0]:.0f} / {at[1]:.0f} / {at[2]:.0f}"
                          f"  ({len(values)} documents)")
        print("\nWorst documents (score = weighted fault count):\n")
        print(worst(results))
        errors = [r for r in results if r["error"]]
        for r in errors[:10]:
            print(f"error: {r['article']} {r['theme']} {r['paper']}: {r['error']}")
        if args.sheet:
            args.sheet.mkdir(parents=True, exist_ok=True)
            for theme in args.themes:
                path = contact_sheet(theme, results, args.sheet)
                print(f"contact sheet: {path or '(no page faults for ' + theme + ')'}")
        if args.json:
            for r in results:
                r.pop("pdf", None)
                r.pop("sizes", None)
            args.json.write_text(json.dumps({"fill": args.fill, "articles": len(found), "results": results},
                                            indent=1, ensure_ascii=False))
            print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
