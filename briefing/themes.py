"""Find themes and resolve their ordered search path of templates and stylesheets.

A theme is a folder with a `theme.yaml` manifest (name, description, parent,
stylesheets, defaults), Jinja2 templates that extend the parent's, and CSS. Built-in
themes keep their templates under `templates/NAME/` and their CSS under
`styles/NAME/`; a user's theme keeps both in its own folder. Templates resolve from
the theme to its parents to the built-in `base`; stylesheets cascade the other way.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ThemeError
from .options import DEFAULTS, PAPER_SIZES
from .paths import inside

MANIFEST = "theme.yaml"
BASE = "base"
DEFAULT_THEME = str(DEFAULTS.theme)


def _data_dir(name: str) -> Path:
    """A packaged data folder: inside the installed package, else in the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    raise ThemeError(f"the built-in {name}/ folder is missing from the installation")


def templates_root() -> Path:
    """Where the built-in themes' templates live."""
    return _data_dir("templates")


def styles_root() -> Path:
    """Where the built-in themes' stylesheets live."""
    return _data_dir("styles")


@dataclass(frozen=True)
class Theme:
    """A resolved theme: its chain of folders and what they hold."""

    name: str
    description: str
    template_dirs: tuple[Path, ...]  # precedence order: the theme first, base last
    stylesheets: tuple[Path, ...]  # cascade order: base first, the theme last
    defaults: dict = field(default_factory=dict, hash=False, compare=False)
    builtin: bool = True
    style_dirs: tuple[Path, ...] = ()  # the themes' own stylesheet folders
    # Whether pages print their own number; a pack's parts do not (the pack counts its pages
    # across them: render/pagenumbers.py).
    numbered: bool = True

    @property
    def folders(self) -> tuple[Path, ...]:
        """Every folder the renderer may read files from for this theme: the themes' own."""
        return tuple(sorted(set(self.template_dirs) | set(self.style_dirs)))


def _shown(value: object, limit: int = 60) -> str:
    """A manifest value as a message may quote it: cut short, and never a whole structure
    (YAML aliases make a few bytes into one too big to print)."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit] + "...")
    return f"a {type(value).__name__}"


@functools.cache
def _manifest_loader():
    """PyYAML's safe loader, with any scalar its constructors cannot build (`!!int x`, a
    date with month 13) made a YAML error with its line, never a Python exception."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_object(self, node, deep=False):
            try:
                return super().construct_object(node, deep)
            except (ValueError, TypeError, LookupError, AttributeError, OverflowError):
                what = _shown(node.value) if isinstance(node, yaml.ScalarNode) else "a value"
                raise yaml.constructor.ConstructorError(
                    None, None, f"cannot read {what} as {node.tag.rsplit(':', 1)[-1]}", node.start_mark) from None

    return Loader


def _load_yaml(path: Path):
    """A manifest's YAML: any malformed value is a ThemeError naming the file and the line."""
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_manifest_loader())  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ThemeError(f"cannot read theme manifest: malformed YAML{where}: {problem[:200]}", path) from None
    except RecursionError:
        raise ThemeError("cannot read theme manifest: nested too deeply", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeError(f"cannot read theme manifest ({exc})".splitlines()[0][:300], path) from None


_FIELDS = (("name", str, "text"), ("description", str, "text"), ("parent", str, "a theme name or folder"),
           ("defaults", dict, "a mapping"), ("stylesheets", list, "a list of file names"))


def _manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    data = _load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ThemeError("theme manifest must be a mapping", path)
    for key, kind, what in _FIELDS:
        if data.get(key) is not None and not isinstance(data[key], kind):
            raise ThemeError(f"manifest field {key!r} must be {what}", path)
    if "\x00" in (data.get("parent") or ""):
        raise ThemeError("manifest field 'parent' must be a theme name or folder", path)
    if not all(isinstance(name, str) and "\x00" not in name for name in data.get("stylesheets") or ()):
        raise ThemeError("manifest field 'stylesheets' must be a list of file names", path)
    defaults = data.get("defaults") or {}
    paper, marking = defaults.get("paper"), defaults.get("marking")
    if paper is not None and (not isinstance(paper, str) or paper.lower() not in PAPER_SIZES):
        raise ThemeError(f"manifest field 'defaults.paper' must be one of {', '.join(PAPER_SIZES.values())}, "
                         f"not {_shown(paper)}", path)
    if marking is not None and not isinstance(marking, str):
        raise ThemeError(f"manifest field 'defaults.marking' must be text, not {_shown(marking)}", path)
    if not isinstance(defaults.get("source_qr", False), bool):
        raise ThemeError(f"manifest field 'defaults.source_qr' must be true or false, not "
                         f"{_shown(defaults['source_qr'])}", path)
    return data


def builtin_names() -> list[str]:
    """Names of the built-in themes (the base is not offered on its own)."""
    return sorted(p.name for p in templates_root().iterdir()
                  if (p / MANIFEST).is_file() and p.name != BASE)


def _user_folders(theme_dirs: tuple[Path, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for parent in theme_dirs:
        try:
            if not parent.is_dir():
                raise ThemeError("theme folder does not exist", parent)
            for sub in sorted(parent.iterdir()):
                if (sub / MANIFEST).is_file():
                    found.setdefault(sub.name, sub)
        except OSError as exc:
            raise ThemeError(f"cannot read the theme folder ({exc.strerror or exc})", parent) from None
    return found


#: The folder of themes beside the user's work, searched after any --theme-dir and
#: before the built-in themes by the command line (where `themes new` puts a theme).
NEARBY = Path("themes")


def with_nearby(theme_dirs: tuple[Path, ...], here: Path | None = None) -> tuple[Path, ...]:
    """`theme_dirs` with the `themes/` folder of the working folder (or `here`) after
    them, when there is one that is not listed already."""
    nearby = (here or Path.cwd()) / NEARBY
    try:
        if not nearby.is_dir() or any(os.path.samefile(d, nearby) for d in theme_dirs if d.is_dir()):
            return theme_dirs
    except OSError:
        return theme_dirs
    return (*theme_dirs, NEARBY if here is None else nearby)


def available(theme_dirs: tuple[Path, ...] = ()) -> dict[str, str]:
    """Every theme by name with its one-line description (user themes shadow built-ins)."""
    out = {}
    for name in builtin_names():
        out[name] = str(_manifest(templates_root() / name).get("description", ""))
    for name, folder in _user_folders(tuple(Path(d) for d in theme_dirs)).items():
        out[name] = str(_manifest(folder).get("description", ""))
    return dict(sorted(out.items()))


def _stylesheets(folder: Path, manifest: dict, named_in: Path | None = None) -> list[Path]:
    """The theme's own CSS files: inside its folder, symlinks followed, nothing else.

    `named_in` is the manifest that lists them, named in the errors (else the folder)."""
    names = manifest.get("stylesheets")
    if names is None:
        return sorted(p for p in folder.glob("*.css") if inside(p, folder))
    blame = named_in or folder
    sheets = []
    for name in names:
        path = folder / str(name)
        try:
            if path.suffix.lower() != ".css" or not inside(path, folder):
                raise ThemeError(f"stylesheet {_shown(name)} is not a .css file inside the theme folder", blame)
            if not path.is_file():
                raise ThemeError(f"stylesheet {_shown(name)} named in the manifest is missing", blame)
        except OSError as exc:  # a name too long for the file system
            raise ThemeError(f"stylesheet {_shown(name)} cannot be read ({exc.strerror or exc})", blame) from None
        sheets.append(path)
    return sheets


def _locate(current: str | Path, spec: str | Path, user: dict[str, Path], theme_dirs: tuple[Path, ...],
            named_by: Path | None) -> tuple[Path, Path, bool]:
    """A theme's template folder, stylesheet folder and whether it is built in; `named_by`
    is the manifest that names it as a parent (None for the theme the user chose)."""
    key, path = str(current), Path(current)
    if isinstance(current, Path) or "/" in key or key.startswith("."):
        if not (path / MANIFEST).is_file() and (current is not spec or not list(path.glob("*.css"))):
            raise ThemeError("not a theme folder (no theme.yaml or stylesheet)", path)
        return path, path, False
    if key in user:
        return user[key], user[key], False
    if (templates_root() / key / MANIFEST).is_file():
        return templates_root() / key, styles_root() / key, True
    names = ", ".join(available(theme_dirs))
    searched = ", ".join([*(f"{d}/" for d in theme_dirs), "the built-in themes"])
    raise ThemeError(f"unknown theme {_shown(key)}; looked in {searched}; found: {names}", named_by)


def load(spec: str | Path = DEFAULT_THEME, theme_dirs: tuple[Path, ...] = ()) -> Theme:
    """Resolve a theme by name or folder path into its template and stylesheet chain."""
    theme_dirs = tuple(Path(d) for d in theme_dirs)
    user = _user_folders(theme_dirs)
    template_dirs: list[Path] = []
    sheets: list[list[Path]] = []
    style_dirs: list[Path] = []
    defaults: dict = {}
    seen: set[str] = set()
    name, description, builtin = None, "", True
    current: str | Path | None = spec
    named_by: Path | None = None  # the manifest that names the current theme as its parent
    while current is not None:
        key = str(current)
        if key in seen:
            raise ThemeError(f"theme {_shown(str(spec))} has a parent cycle through {_shown(key)}", named_by)
        seen.add(key)
        try:
            folder, style_folder, is_builtin = _locate(current, spec, user, theme_dirs, named_by)
            manifest = _manifest(folder)
            has_styles = style_folder.is_dir()
            own_sheets = _stylesheets(style_folder, manifest, folder / MANIFEST) if has_styles else []
            parent = manifest.get("parent")
            if parent is None and key != BASE and folder != templates_root() / BASE:
                parent = BASE
            if parent is not None and not isinstance(current, Path) and str(parent) == key:
                raise ThemeError(f"theme {_shown(key)} names itself as its parent", folder / MANIFEST)
            upcoming = (folder / parent).resolve() if parent and "/" in str(parent) else parent
        except (OSError, ValueError) as exc:  # a parent name too long for the file system
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a usable name"
            what = "the theme" if named_by is None else "the parent theme"
            raise ThemeError(f"cannot find {what} {_shown(key)} ({reason})", named_by) from None
        if name is None:
            name = str(manifest.get("name") or folder.name)
            description = str(manifest.get("description", ""))
            builtin = is_builtin
        for k, v in (manifest.get("defaults") or {}).items():
            defaults.setdefault(k, v)
        template_dirs.append(folder)
        if has_styles:
            style_dirs.append(style_folder)
        sheets.insert(0, own_sheets)
        current, named_by = upcoming, folder / MANIFEST
    return Theme(name=name or str(spec), description=description,
                 template_dirs=tuple(template_dirs),
                 stylesheets=tuple(s for group in sheets for s in group),
                 defaults=defaults, builtin=builtin, style_dirs=tuple(style_dirs))


_NAME_OK = "abcdefghijklmnopqrstuvwxyz0123456789-_"


def own_folders(spec: str | Path, theme_dirs: tuple[Path, ...] = ()) -> tuple[Path, Path, dict]:
    """A theme's own template folder, stylesheet folder and manifest (not its parents')."""
    theme = load(spec, theme_dirs)
    folder = theme.template_dirs[0]
    styles = styles_root() / folder.name if theme.builtin else folder
    return folder, styles, _manifest(folder)


def new_theme(name: str, source: str | Path = DEFAULT_THEME, parent_dir: Path = Path("themes"),
              theme_dirs: tuple[Path, ...] = ()) -> Path:
    """Copy a theme's own templates and CSS into `parent_dir/name` as a user theme to edit."""
    import shutil

    import yaml

    if not name or name[0] in "-_" or any(c not in _NAME_OK for c in name):
        raise ThemeError(f"invalid theme name {name!r}: use lower-case letters, digits, - and _")
    if name == BASE:
        raise ThemeError(f"{BASE!r} is reserved for the built-in skeleton")
    target = Path(parent_dir) / name
    if target.exists():
        raise ThemeError("already exists; pick another name or remove it", target)
    folder, styles, manifest = own_folders(source, tuple(Path(d) for d in theme_dirs))
    parent = manifest.get("parent") or BASE
    if isinstance(parent, str) and "/" in parent:  # a relative parent path must still resolve
        parent = str((folder / parent).resolve())
    templates = sorted(folder.glob("*.j2"))
    sheets = _stylesheets(styles, manifest) if styles.is_dir() else []
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.with_name(f".{name}.new")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    for path in templates:
        shutil.copy2(path, work / path.name)
    for path in sheets:
        shutil.copy2(path, work / path.name)
    data = {
        "name": name,
        "description": f"My theme, started from {manifest.get('name') or folder.name}.",
        "parent": parent,
        "stylesheets": [p.name for p in sheets],
        "defaults": dict(manifest.get("defaults") or {}),
    }
    (work / MANIFEST).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                 encoding="utf-8")
    try:
        load(work, tuple(Path(d) for d in theme_dirs))  # the copy must resolve before it is handed over
    except ThemeError:
        shutil.rmtree(work, ignore_errors=True)
        raise
    work.rename(target)
    return target
