"""The wheel carries the templates and styles: a non-editable install builds from anywhere."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile

import pytest
from pypdf import PdfReader

from .conftest import ROOT, SAMPLE


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    src = tmp_path_factory.mktemp("src") / "briefing"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".venv", ".git", "output", "__pycache__", "*.egg-info", ".pytest_cache", "docs"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(src)], check=True)
    return next(out.glob("briefing-*.whl"))


def test_wheel_contains_templates_and_styles(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/templates/base/briefing.html.j2" in names
    assert "briefing/templates/policy/theme.yaml" in names
    assert "briefing/styles/base/base.css" in names
    assert "briefing/styles/policy/theme.css" in names
    assert "briefing/samples/does-china-care-about-north-korea.txt" in names


@pytest.mark.slow
def test_installed_wheel_builds_from_another_directory(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # The dependencies come from this test environment, not from the network.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    with open(os.path.join(purelib, "test-deps.pth"), "w") as handle:
        handle.write("\n".join(dict.fromkeys(deps)) + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    out = subprocess.run([str(venv / "bin" / "briefing"), "build", str(SAMPLE), "-o", "out.pdf"],
                         cwd=elsewhere, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    where = subprocess.run([str(python), "-c", "import briefing; print(briefing.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True, env=env).stdout
    assert str(venv) in where, "the installed copy, not the checkout, was used"
    reader = PdfReader(elsewhere / "out.pdf")
    assert reader.metadata.title == "Does China Care About North Korea"
    # The gallery needs no --sample (the sample ships in the wheel) and writes where it says.
    gallery = subprocess.run([str(venv / "bin" / "briefing"), "themes", "gallery"], cwd=elsewhere,
                             capture_output=True, text=True, env=env)
    assert gallery.returncode == 0, gallery.stderr
    assert "wrote 5 pictures to briefing-gallery" in gallery.stderr
    assert sorted(p.name for p in (elsewhere / "briefing-gallery").iterdir()) == [
        "intelligence.png", "minimal.png", "newsletter.png", "policy.png", "themes.png"]
