"""Watches the files a preview's build reads (the article, its sidecar, the images it
shows, the theme's folders) and calls back when one of them is saved.

watchfiles (inotify on Linux) does the watching: editors save by writing a new file and
renaming it over the old one, which watching the folders, not the files, sees. The
article's folder is watched without its subfolders, and only the build's own files in it
count, so a PDF saved beside the article does not start another build.

One thread watches for the preview's whole life. A request (or the callback itself)
that changes what is watched only records the new set and ends the current watch; the
thread then watches the new set. Nothing but `stop` ever waits for the thread.
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
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._rewatch = threading.Event()  # set: end the current watch and watch `_folders`
        self._closing = False
        self._folders: tuple[str, ...] = ()
        self._files: frozenset[Path] = frozenset()
        self._theme_folders: tuple[Path, ...] = ()

    def watch(self, files: Iterable[Path], theme_folders: Iterable[Path]) -> None:
        """Watch these files (in their folders) and everything in these theme folders."""
        files = frozenset(f.resolve() for f in files)
        themes = tuple(sorted({t.resolve() for t in theme_folders}))
        folders = {f.parent for f in files} | {d for t in themes for d in _theme_tree(t)}
        key = tuple(sorted(str(f) for f in folders if f.is_dir()))
        with self._lock:
            if self._closing:
                return
            self._files, self._theme_folders = files, themes
            if key != self._folders:
                self._folders = key
                self._rewatch.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="briefing-watch", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._closing = True
            thread, self._thread = self._thread, None
        self._rewatch.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def _counts(self, path: Path) -> bool:
        with self._lock:
            files, themes = self._files, self._theme_folders
        return path in files or any(path.is_relative_to(t) for t in themes)

    def _run(self) -> None:
        from watchfiles import watch

        while True:
            with self._lock:
                if self._closing:
                    return
                folders = self._folders
                self._rewatch.clear()
            if not folders:
                self._rewatch.wait()
                continue
            try:
                # A short debounce: the page should follow a save within a fraction of a second.
                for changes in watch(*folders, stop_event=self._rewatch, recursive=False, debounce=400, step=30,
                                     raise_interrupt=False, ignore_permission_denied=True):
                    counted = {p for p in (Path(path).resolve() for _, path in changes) if self._counts(p)}
                    if counted:
                        self.on_change(counted)  # may call watch(), which only sets _rewatch
            except (OSError, RuntimeError):  # a folder gone, or no inotify watch left: try again soon
                self._rewatch.wait(1.0)
