"""The hint for a missing extra: pip's, and pipx's for a pipx install."""

from __future__ import annotations

import pytest

from tui.cli import main
from tui.core.store.extras import install_hint, installed_by_pipx


@pytest.mark.parametrize(("prefix", "pipx"), [
    ("/home/u/.local/share/pipx/venvs/briefing", True),
    ("/home/u/.local/pipx/venvs/briefing", True),  # older pipx versions
    ("/opt/pipx/venvs/briefing", True),  # PIPX_HOME=/opt/pipx
    ("/home/u/src/briefing/.venv", False),
    ("/usr", False),
    ("/home/pipx/venv", False),
])
def test_a_pipx_install_is_recognised_by_its_venvs_folder(prefix: str, pipx: bool) -> None:
    assert installed_by_pipx(prefix) is pipx


def test_each_extra_is_named_for_pip_and_its_packages_for_pipx() -> None:
    assert install_hint("web", "/usr") == ("pip install 'briefing[web]' (installed with "
                                           "pipx: pipx inject briefing trafilatura "
                                           "lxml_html_clean charset-normalizer)")
    assert install_hint("serve", "/x/pipx/venvs/briefing") == \
        "pipx inject briefing textual-serve"


def test_draft_without_the_web_extra_says_the_same(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed
    monkeypatch.setattr(sys, "prefix", "/home/u/.local/share/pipx/venvs/briefing")
    assert main(["draft", "http://127.0.0.1:9/x"]) == 1
    assert capsys.readouterr().err.endswith(
        "needs the web extra: pipx inject briefing trafilatura lxml_html_clean "
        "charset-normalizer\n")
