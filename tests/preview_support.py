"""Start `briefing preview` as a user does, and drive it with Debian's Chromium through
Playwright: shared by tests/test_preview.py and benchmarks/preview.py."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "source" / "does-china-care-about-north-korea.txt"
#: Debian's package (scripts/setup.sh --test installs it); Playwright never downloads one.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Flags for a closed network: no background connections, no first-run or sync requests.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
_ADDRESS = re.compile(r"briefing preview: (http://\S+)")


class Preview:
    """A running `briefing preview` process and the address it printed."""

    def __init__(self, process: subprocess.Popen, url: str, log: Path):
        self.process, self.url, self.log = process, url, log
        self.output = ""  # what it printed on stderr, once stopped

    @property
    def base(self) -> str:
        return self.url.split("/?", 1)[0]

    @property
    def token(self) -> str:
        return self.url.rsplit("token=", 1)[1]

    def stop(self) -> int:
        """Stop it as Ctrl-C does, and return its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@contextmanager
def running_preview(article: Path, *args: str, cwd: Path | None = None):
    """`briefing preview ARTICLE --no-browser ARGS`, until the block ends."""
    log = article.parent / f".preview-{os.getpid()}.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen([sys.executable, "-m", "briefing", "preview", str(article), "--no-browser",
                                    *args], stderr=sink, stdout=subprocess.DEVNULL, cwd=cwd or article.parent)
    preview = None
    try:
        for _ in range(1200):  # the first build takes a few seconds on a busy machine
            text = log.read_text(encoding="utf-8", errors="replace")
            found = _ADDRESS.search(text)
            if found:
                preview = Preview(process, found.group(1), log)
                break
            if process.poll() is not None:
                raise RuntimeError(f"briefing preview exited with {process.returncode}: {text}")
            time.sleep(0.05)
        else:
            raise RuntimeError("briefing preview printed no address: " + log.read_text(errors="replace"))
        yield preview
    finally:
        if preview is not None:
            preview.stop()
            preview.output = log.read_text(encoding="utf-8", errors="replace")
        elif process.poll() is None:
            process.kill()
            process.wait()
        log.unlink(missing_ok=True)


@contextmanager
def chromium(javascript: bool = True):
    """A fresh headless Chromium page (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
            yield context.new_page()
        finally:
            browser.close()
