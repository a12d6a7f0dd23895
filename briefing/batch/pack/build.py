"""A briefing pack from start to end: read every source, keep those in the date range,
find the duplicate stories, render each remaining article's briefing with the batch's
workers (reusing the briefings whose stamps are current), read across the sources, and
write the pack and its report."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ... import themes
from ...dates import display_date, precision_of, within
from ...errors import BriefingError, InputError
from ...model import Article
from ...options import DEFAULTS, Options
from ...render.locale import fill
from ...write import check_target, write_atomic

BRIEFED, DUPLICATE, FAILED, FILTERED, LEFT_OUT = "briefed", "duplicate", "failed", "filtered", "left out"
#: The work folder's folder of the source list's QR codes, kept for the next run.
CODES_DIR = ".codes"


@dataclass
class PackSource:
    """One input of the pack and what became of it."""

    input: Path | str
    article: Article | None = None
    status: str = BRIEFED
    reason: str | None = None
    number: int | None = None  # its number in the source list (briefed and duplicate sources)
    same_as: int | None = None  # a duplicate: the number of the source briefed for it
    briefing: Path | None = None

    @property
    def title(self) -> str:
        return self.article.metadata.title if self.article else str(self.input)

    def to_dict(self) -> dict:
        meta = self.article.metadata if self.article else None
        return {"number": self.number, "input": str(self.input), "status": self.status, "reason": self.reason,
                "title": meta.title if meta else None, "outlet": outlet(self.article) if self.article else None,
                "date": meta.date if meta else None, "same_as": self.same_as,
                "briefing": str(self.briefing) if self.briefing else None}


@dataclass
class PackResult:
    """What a pack build did."""

    output: Path
    pages: int
    sources: list[PackSource]
    points: list[dict] = field(default_factory=list)
    timeline: list[dict] = field(default_factory=list)
    differences: list[dict] = field(default_factory=list)  # disagreements on no point or timeline entry
    duplicate_groups: list[list[int]] = field(default_factory=list)
    rendered: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> list[PackSource]:
        return [s for s in self.sources if s.status == FAILED]

    def to_dict(self) -> dict:
        from ... import __version__

        return {"tool": "briefing", "version": __version__, "output": str(self.output), "pages": self.pages,
                "seconds": round(self.seconds, 3), "rendered": self.rendered,
                "sources": [s.to_dict() for s in self.sources], "duplicate_groups": self.duplicate_groups,
                "points": self.points, "timeline": self.timeline, "differences": self.differences}


def outlet(article: Article) -> str | None:
    """The outlet a source came from: its publication's name, else its web address's domain."""
    return article.metadata.source or article.metadata.domain


def _in_range(date: str | None, since: str | None, until: str | None) -> str | None:
    """Why an article's date keeps it out of [since, until], or None when it is in."""
    if not since and not until:
        return None
    if not date:
        return "no date, and --since/--until ask for one"
    if not within(date, since=since):
        return f"dated {date}, before --since {since}"
    if not within(date, until=until):
        return f"dated {date}, after --until {until}"
    return None


def _read(sources: list[PackSource], options: Options, theme, work: Path, jobs: int | None,
          progress: Callable[[str], None]) -> None:
    from ..pool import cpu_count
    from ..stamps import article_fingerprint, batch_fingerprint
    from .crossread import find_duplicates  # noqa: F401 - see below
    from .sources import read_sources

    # The duplicates are found with the analysis next: imported (above) before the readers
    # fork, they start with it too, and a rerun's one reader finishes sooner.

    shared = batch_fingerprint(options, theme)
    fingerprints = [article_fingerprint(s.input, shared) if isinstance(s.input, Path) else None for s in sources]
    outcomes = read_sources([s.input for s in sources], options, fingerprints, work,
                            jobs=max(1, jobs or cpu_count()), progress=progress, meanwhile=_load_renderer)
    for source, (article, error) in zip(sources, outcomes):
        source.article = article
        if article is None:
            source.status, source.reason = FAILED, error


def _select(sources: list[PackSource], since: str | None, until: str | None, max_articles: int | None) -> None:
    """Mark the sources outside the dates, and beyond the newest `max_articles`."""
    for source in sources:
        if source.status == BRIEFED and source.article is not None:
            why = _in_range(source.article.metadata.date, since, until)
            if why:
                source.status, source.reason = FILTERED, why
    kept = [s for s in sources if s.status == BRIEFED]
    if max_articles is not None and len(kept) > max_articles:
        newest = sorted(kept, key=lambda s: s.article.metadata.date or "" if s.article else "", reverse=True)
        for source in newest[max_articles:]:
            source.status, source.reason = LEFT_OUT, f"beyond --max-articles {max_articles} (the newest are kept)"


def _mark_duplicates(kept: list[PackSource]) -> list[list[PackSource]]:
    from .crossread import find_duplicates

    groups = find_duplicates([s.article for s in kept if s.article is not None])
    found = []
    for group in groups:
        members = [kept[i] for i in group.members]
        for member in members[1:]:
            member.status, member.reason = DUPLICATE, f"the same story as {members[0].input}"
        found.append(members)
    return found


def _plan(briefed: list[PackSource], work_dir: Path, options: Options, theme, force: bool) -> list:
    """The batch's items for the briefed sources, each source's briefing file named (a
    current one is reused: its item is SKIPPED)."""
    from ..items import SKIPPED
    from ..run import _plan as plan_items
    from ..run import prepare_output_dir

    prepare_output_dir(work_dir)
    items = plan_items([s.input for s in briefed], work_dir, options, theme, shard=(1, 1), force=force)
    for item, source in zip(items, briefed):
        item.prepared = source.article if item.status != SKIPPED else None
        source.briefing = item.output
    return items


def _render(items: list, briefed: list[PackSource], options: Options, theme, jobs: int | None,
            progress: Callable[[str], None]) -> int:
    """Each briefed source's briefing in the work folder, by the batch's workers, but for
    those whose stamp is current. Returns how many were rendered."""
    from ..items import FAILED as ITEM_FAILED
    from ..items import SKIPPED
    from ..pool import cpu_count
    from ..run import render_all
    from ..stamps import remove_litter

    todo = [item for item in items if item.status != SKIPPED]
    if todo:
        from ..pool import render_item
        from ..warmup import warm_up

        progress(f"rendering {len(todo)} briefing{'s' if len(todo) != 1 else ''}")
        remove_litter(todo)
        if len(todo) == 1:  # one new article (a rerun): here, where the pack's pages need the renderer too
            render_item(todo[0], options, theme)
        else:
            try:  # the pack's own pages need the renderer here anyway: load it before forking workers
                warm_up(theme, options, readers=())
                warmed = True
            except BriefingError:
                warmed = False  # each briefing reports the problem itself
            render_all(todo, options, theme, jobs=max(1, jobs or cpu_count()), warmed=warmed)
    for item, source in zip(items, briefed):
        if item.status == ITEM_FAILED:
            source.status, source.reason, source.briefing = FAILED, item.error, None
    return len(todo)


def _numbered(sources: list[PackSource], groups: list[list[PackSource]]) -> list[PackSource]:
    """Number the briefed sources by date (undated last), each duplicate right after the
    story it repeats; returns them in that order."""
    for source in sources:
        source.number = source.same_as = None
    briefed = sorted((s for s in sources if s.status == BRIEFED),
                     key=lambda s: (not (s.article and s.article.metadata.date),
                                    s.article.metadata.date or "" if s.article else ""))
    copies = {id(group[0]): group[1:] for group in groups}
    ordered: list[PackSource] = []
    for source in briefed:
        ordered.append(source)
        ordered += [c for c in copies.get(id(source), []) if c.status == DUPLICATE]
    for number, source in enumerate(ordered, 1):
        source.number = number
    for group in groups:
        for copy in group[1:]:
            copy.same_as = group[0].number
    return ordered


def build_pack(inputs: Iterable[str | Path], output: str | Path, options: Options = DEFAULTS, *,
               title: str | None = None, since: str | None = None, until: str | None = None,
               max_articles: int | None = None, report: str | Path | None = None, jobs: int | None = None,
               work_dir: str | Path | None = None, force: bool = False,
               progress: Callable[[str], None] = lambda message: None) -> PackResult:
    """Build one pack PDF from many articles. A source that cannot be read or rendered is
    reported and left out; the pack is still written when at least one source is briefed."""
    from ...readers.sidecar import sidecar_path
    from ..discover import discover
    from ..pool import cpu_count
    from ..run import prepare_output_dir
    from . import feeds
    from .layout import write_pack

    started = time.perf_counter()
    output = Path(output)
    report_path = Path(report) if report is not None else None
    work = Path(work_dir) if work_dir is not None else output.parent / f".{output.stem}.pack"
    # Every part is laid out without its page numbers: the pack counts its pages across them.
    theme = replace(themes.load(options.theme, options.theme_dirs), numbered=False)
    paths = discover(feeds.expand(inputs, since=since, until=until, progress=progress))
    read_files = [p for path in paths if isinstance(path, Path) for p in (path, sidecar_path(path))]
    _make_folder(output.parent)
    check_target(output, read_files)
    if report_path is not None:
        check_target(report_path, [*read_files, output])
    sources = [PackSource(path) for path in paths]
    prepare_output_dir(work)
    _read(sources, options, theme, work, jobs, progress)
    _select(sources, since, until, max_articles)
    groups = _mark_duplicates([s for s in sources if s.status == BRIEFED])
    items = _plan([s for s in sources if s.status == BRIEFED], work, options, theme, force)
    progress("reading across the sources")
    codes = work / CODES_DIR
    rendered, pages, own, opened = _render_and_cross_read(sources, groups, items, title, output, options, theme,
                                                          jobs, progress, codes)
    groups = [g for g in groups if g[0].status == BRIEFED]
    progress(f"writing {output}")
    page_count = write_pack(pages, output, options, theme, own, opened, codes, fork=(jobs or cpu_count()) > 1)
    points, events = pages.points, pages.timeline
    result = PackResult(output, page_count, sources, points, events, pages.differences,
                        [[s.number for s in g if s.number] for g in groups], rendered,
                        time.perf_counter() - started)
    if report_path is not None:
        write_atomic((json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                     report_path)
    return result


def _render_and_cross_read(sources: list[PackSource], groups: list[list[PackSource]], items: list,
                           title: str | None, output: Path, options: Options, theme, jobs: int | None,
                           progress: Callable[[str], None], codes: Path):
    """Render the briefings that must be, and read across the sources: (how many were
    rendered, the pack's pages, what of them is laid out already, the briefings opened)."""
    from ..items import SKIPPED
    from ..pool import cpu_count
    from .background import InBackground, can_fork
    from .layout import lay_out_back, lay_out_front, open_briefings

    briefed = [s for s in sources if s.status == BRIEFED]
    # The reading across the sources and the front do not wait for the briefings: with
    # workers, they are done side by side with those that must be rendered, and so is the
    # source list (which needs only the numbered sources): in the child with many briefings
    # to render, here after the one briefing of a rerun, or at once when none is to render.
    todo = sum(item.status != SKIPPED for item in items)
    back_here = todo <= 1

    def cross_read_and_lay_out():
        pages = _pack_pages(sources, groups, title, output, options.lang)
        front = lay_out_front(pages, options, theme)
        return pages, front if back_here else replace(front, back=lay_out_back(pages, options, theme, codes))

    background: InBackground | None = None
    if (jobs or cpu_count()) > 1 and can_fork():
        _load_renderer()  # once, here, rather than in both processes
        _load_hyphenation(_language(briefed), options.lang)
        background = InBackground(cross_read_and_lay_out)
    try:
        rendered = _render(items, briefed, options, theme, jobs, progress)
    except BaseException:
        if background is not None:
            background.cancel()
        raise
    own, opened = None, None
    if background is not None and any(s.status != BRIEFED for s in briefed):  # a briefing failed: renumber
        background.cancel()
        background = None
    if background is not None:
        try:
            skeleton = _pack_pages(sources, groups, title, output, options.lang, cross_read=False)
            back = lay_out_back(skeleton, options, theme, codes) if back_here else None
        except BaseException:
            background.cancel()
            raise
        opened = open_briefings(skeleton)  # while the child finishes
        done = background.result()
        if done is not None:
            pages, own = done[0], (replace(done[1], back=back) if back_here else done[1])
    if own is None:
        pages = _pack_pages(sources, groups, title, output, options.lang)
    return rendered, pages, own, opened


def _load_renderer() -> None:
    from ...render.pdf import weasyprint

    try:
        weasyprint()
    except BriefingError:
        pass  # each briefing, and the pack's own pages, report it themselves


def _load_hyphenation(language: str, lang: str | None) -> None:
    """Load the hyphenation patterns of the pack's own pages before its front and source
    list are laid out in two processes: once here rather than in each (0.04 s; pyphen keeps
    them for the process)."""
    import pyphen  # type: ignore[import-untyped]

    from ...render.locale import language_tag

    try:
        pyphen.Pyphen(lang=language_tag(language, lang))
    except (KeyError, OSError, ValueError):
        pass  # no patterns for it: WeasyPrint does without them too


def _pack_pages(sources: list[PackSource], groups: list[list[PackSource]], title: str | None, output: Path,
                lang: str | None, *, cross_read: bool = True):
    """Number the briefed sources and read across them (unless `cross_read` is false: no
    points, no timeline): what the pack's own pages show."""
    from ...render.locale import language, language_tag
    from .crossread import merged_timeline, summary
    from .digests import on_subject
    from .layout import PackPages

    groups = [g for g in groups if g[0].status == BRIEFED]
    numbered = _numbered(sources, groups)
    if not any(s.status == BRIEFED for s in numbered):
        raise InputError("no source could be briefed; the pack is not written", output)
    articles = [s.article for s in numbered if s.article is not None]
    index_groups = _index_groups(numbered, groups)
    labels = language(language_tag(_language(numbered), lang)).labels  # the pack's words, as its pages have them
    points, events, differences = [], [], []
    if cross_read:
        read = on_subject(articles)  # a digest's stories on the pack's subject, not its others
        chosen, unshown = summary(read, index_groups)
        merged = merged_timeline(read, index_groups)
        points = [_point_dict(p, numbered) for p in chosen]
        events = [_event_dict(e, numbered) for e in merged]
        events += _coverage(numbered, labels)
        events.sort(key=lambda e: (e["date"], e["kind"] != "coverage"))
        shown = [e.disagreement for e in merged]  # numbers no point and no timeline entry shows
        differences = [found for d in unshown if d not in shown and (found := _disagreement_dict(d, numbered))]
    return PackPages(
        title=title or _default_title(numbered, labels), language=_language(numbered),
        points=points, timeline=events, differences=differences, sources=[_source_dict(s) for s in numbered],
        briefings=[(s.number, s.briefing, s.title) for s in numbered if s.status == BRIEFED and s.briefing
                   and s.number is not None],
        date_range=_date_range(numbered))


def _make_folder(folder: Path) -> None:
    from ...errors import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder for the pack ({exc.strerror or exc})", folder) from None


def _index_groups(numbered: list[PackSource], groups: list[list[PackSource]]):
    from .crossread import DuplicateGroup

    position = {id(s): i for i, s in enumerate(numbered)}
    return [DuplicateGroup(tuple(position[id(s)] for s in g if id(s) in position)) for g in groups]


def _numbers(indices: Sequence[int], numbered: list[PackSource]) -> list[int]:
    return sorted({n for i in indices if (n := numbered[i].number) is not None})


def _disagreement_dict(disagreement, numbered: list[PackSource]) -> dict | None:
    """A disagreement for the pack's pages and report: each value with its source numbers."""
    if disagreement is None:
        return None
    return {"what": disagreement.what, "values": [{"value": value, "sources": _numbers(indices, numbered)}
                                                  for value, indices in disagreement.values]}


def _point_dict(point, numbered: list[PackSource]) -> dict:
    return {"text": point.text, "sources": _numbers(point.sources, numbered), "support": point.support,
            "disagreement": _disagreement_dict(point.disagreement, numbered), "dated": [list(d) for d in point.dated]}


def _event_dict(event, numbered: list[PackSource]) -> dict:
    return {"date": event.date, "precision": event.precision, "text": event.text,
            "sources": _numbers(event.sources, numbered), "kind": "event",
            "disagreement": _disagreement_dict(event.disagreement, numbered)}


def _coverage(numbered: list[PackSource], labels: dict) -> list[dict]:
    """One "coverage" row per day the sources were published."""
    days: dict[str, list[int]] = {}
    for source in numbered:
        date = source.article.metadata.date if source.article else None
        if date and source.number is not None:
            days.setdefault(date[:10], []).append(source.number)
    return [{"date": day, "precision": precision_of(day),
             "text": fill(labels["pack_coverage_one" if len(numbers) == 1 else "pack_coverage_other"], len(numbers)),
             "sources": numbers, "kind": "coverage", "disagreement": None} for day, numbers in days.items()]


def _source_dict(source: PackSource) -> dict:
    meta = source.article.metadata if source.article else None
    url = meta.url if meta else None
    if isinstance(source.input, str) and source.input.startswith(("http://", "https://")):
        url = source.input
    return {"number": source.number, "title": source.title,
            "outlet": outlet(source.article) if source.article else None,
            "author": meta.author_names if meta else None, "date": meta.date if meta else None,
            "url": url, "same_as": source.same_as}


def _default_title(numbered: list[PackSource], labels: dict) -> str:
    """The headline of the briefed sources that names their subject (`naming.subject_headline`),
    else "Briefing pack: 5 sources", in the pack's language (with the colon its "Source: {}"
    label has: "Dossier de synthèse : 5 sources", "专题简报：5 个来源")."""
    from .naming import subject_headline

    headline = subject_headline([(s.title, s.article.metadata.date or "") for s in numbered
                                 if s.status == BRIEFED and s.article])
    if headline:
        return headline
    count = fill(labels["pack_sources_one" if len(numbered) == 1 else "pack_sources_other"], len(numbered))
    colon = re.search(r"\W*(?=\{\}$)", labels["source_line"])
    return f"{labels['pack_kicker']}{colon.group() if colon else ': '}{count}"


def _language(numbered: list[PackSource]) -> str:
    languages = [s.article.metadata.language for s in numbered if s.article]
    return max(set(languages), key=languages.count) if languages else "en"


def _date_range(numbered: list[PackSource]) -> str | None:
    dates = sorted(s.article.metadata.date for s in numbered if s.article and s.article.metadata.date)
    if not dates:
        return None
    first, last = (display_date(d, precision_of(d)) for d in (dates[0], dates[-1]))
    return first if first == last else f"{first} – {last}"
