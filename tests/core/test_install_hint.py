"""The hint for a missing extra matches how briefing was installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.cli import main


@pytest.fixture
def pipx_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This Python seen as the venv pipx made for briefing (its marker file)."""
    venv = tmp_path / "pipx" / "venvs" / "briefing"
    venv.mkdir(parents=True)
    (venv / "pipx_metadata.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "prefix", str(venv))
    return venv




def test_drafting_a_page_under_pipx_names_every_package_of_the_web_extra(
        pipx_venv: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert main(["draft", "http://127.0.0.1:9/x"]) == 1
    assert ("pipx inject briefing trafilatura lxml_html_clean charset-normalizer"
            in capsys.readouterr().err)


def test_the_packages_named_are_those_of_each_extra_in_pyproject() -> None:
    import re
    import tomllib

    from tests.conftest import ROOT
    from tui.core.store.extras import EXTRA_PACKAGES as EXTRAS

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    for name, packages in EXTRAS.items():
        assert tuple(re.split(r"[<>=!~ \[]", p)[0] for p in extras[name]) == packages
