"""The package as users install it: a wheel built from this checkout, installed
into a fresh virtual environment, run from a folder outside the checkout.

An editable install (what `make test` uses) finds every module in the source
tree, so a module or data file missing from the wheel would pass every other
test and crash on a user's first launch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.e2e

# Driven inside the fresh environment: the installed app, headless, opens its
# bundled library, lists every bundled briefing and opens the first.
APP_SCRIPT = """
import asyncio
import json
from tui.app.app import BriefingApp

async def main():
    app = BriefingApp()
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if getattr(app.screen, "listed_all", False):
                break
            await pilot.pause(0.05)
        print(json.dumps([e.title for e in app.screen.entries]))
        await pilot.press("enter")
        for _ in range(100):  # the briefing is read as its screen opens
            if getattr(app.screen, "briefing", None) is not None:
                break
            await pilot.pause(0.05)
        print(json.dumps([type(app.screen).__name__, app.screen.briefing.title]))

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The `bin` folder of a fresh venv with a wheel of this checkout installed,
    with the dependencies it declares. The venv gets no pip of its own (this
    one installs into it): copying pip in took longer than the install."""
    env_dir = tmp_path_factory.mktemp("wheel") / "venv"
    venv.create(env_dir, with_pip=False)
    bin_dir = env_dir / "bin"
    # pip builds a wheel of the checkout (its build backend, isolated) and
    # installs that wheel: not an editable install.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(bin_dir / "python"),
                    "install", "--quiet", str(ROOT)], check=True, timeout=300)
    yield bin_dir


def run(bin_dir: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH: the checkout must not leak into the installed package.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([str(bin_dir / argv[0]), *argv[1:]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_installed_wheel_checks_exports_drafts_and_opens(installed: Path, tmp_path: Path) -> None:
    where = tmp_path / "elsewhere"
    where.mkdir()
    found = run(installed, where, "python", "-c",
                "import tui, tui.core.store.library as l; "
                "print(tui.__file__); print(l.bundled_folder())")
    assert found.returncode == 0, found.stderr
    package_file, bundled = found.stdout.split()
    assert str(ROOT) not in package_file  # the installed copy, not the checkout
    bundled_files = sorted(Path(bundled).glob("*.yaml"))
    assert bundled_files, "the wheel ships no bundled briefings"

    check = run(installed, where, "briefing", "check", bundled)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "all valid" in check.stdout

    export = run(installed, where, "briefing", "export", str(bundled_files[0]), "-o", "out.md")
    assert export.returncode == 0, export.stderr
    assert (where / "out.md").read_text(encoding="utf-8").startswith("# ")

    # the drafter's word lists are a data file in the package
    article = where / "article.txt"
    article.write_text("Blast in Peru\n\nA blast killed at least 9 people, police said. "
                       "Chile sent condolences.\n", encoding="utf-8")
    draft = run(installed, where, "briefing", "draft", str(article), "-o", "draft.yaml")
    assert draft.returncode == 0, draft.stderr
    drafted = (where / "draft.yaml").read_text(encoding="utf-8")
    assert 'killed: "9+"' in drafted and 'country: "CL"' in drafted
    assert run(installed, where, "briefing", "check", "draft.yaml").returncode == 0

    app = run(installed, where, "python", "-c", APP_SCRIPT)
    assert app.returncode == 0, app.stderr
    listed_line, opened_line = app.stdout.splitlines()[-2:]
    listed = json.loads(listed_line)
    assert len(listed) == len(bundled_files)
    assert any(title.startswith("Iranian missiles target US forces in Iraq;") for title in listed)
    assert json.loads(opened_line) == ["BriefingScreen", listed[0]]
    assert "Warning" not in app.stderr and "Traceback" not in app.stderr
