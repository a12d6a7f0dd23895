"""Watches the files a preview's build reads (the article, its sidecar, the images it
shows, the theme's folders) and calls back when one of them is saved.

watchfiles (inotify on Linux) does the watching: editors save by writing a new file and
renaming it over the old one, which watching the folders, not the files, sees. The
article's folder is watched without its subfolders, and only the build's own files in it
count, so a PDF saved beside the article does not start another build.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

#: Folders inside a theme that are never watched.
_SKIPPED = {"__pycache__", ".git"}


def _theme_tree(folder: Path) -> list[Path]:
    """A theme folder and its subfolders (fonts/, images/): watched one by one."""
    found = [folder]
    for root, dirs, _ in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in _SKIPPED and not d.startswith(".")]
        found += [Path(root) / d for d in dirs]
    return found


class Watcher:
    """Calls `on_change` (from its own thread) when a watched file changes."""

    def __init__(self, on_change: Callable[[set[Path]], None]):
        self.on_change = on_change
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._key: tuple = ()
        self._files: frozenset[Path] = frozenset()
        self._theme_folders: tuple[Path, ...] = ()

    def watch(self, files: Iterable[Path], theme_folders: Iterable[Path]) -> None:
        """Watch these files (in their folders) and everything in these theme folders; a
        call with the same folders only updates the files that count."""
        self._files = frozenset(f.resolve() for f in files)
        self._theme_folders = tuple(sorted({t.resolve() for t in theme_folders}))
        folders = {f.parent for f in self._files} | {d for t in self._theme_folders for d in _theme_tree(t)}
        key = tuple(sorted(str(f) for f in folders if f.is_dir()))
        if key == self._key and self._thread is not None:
            return
        self.stop()
        self._key = key
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(key, self._stop), name="briefing-watch",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None

    def _counts(self, path: Path) -> bool:
        return path in self._files or any(path.is_relative_to(t) for t in self._theme_folders)

    def _run(self, folders: tuple[str, ...], stop: threading.Event) -> None:
        from watchfiles import watch

        # A short debounce: the page should follow a save within a fraction of a second.
        for changes in watch(*folders, stop_event=stop, recursive=False, debounce=400, step=30,
                             raise_interrupt=False, ignore_permission_denied=True):
            changed = {Path(path).resolve() for _, path in changes}
            counted = {path for path in changed if self._counts(path)}
            if counted:
                self.on_change(counted)
