"""The loader on mutated briefings: whatever the bytes, loading gives a
briefing or located errors, never a traceback, a hang or an object built
from a tag. `pytest --slow` tries many more cases."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, INVALID_DIR, ROOT, SEED
from tui.core.format.errors import BriefingError
from tui.core.format.load import parse_briefing
from tui.core.format.model import Briefing

VALID = [SEED.read_bytes(), (DATA / "hostile.yaml").read_bytes(),
         (DATA / "revision3.yaml").read_bytes()]

# Pieces a mutation may put into a line: YAML's specials, odd values, bytes.
SPECIALS = [
    "&a ", "*a", "<<: *a", "!!binary aGk=", "!!python/object:os.system", "!!python/name:os",
    "? [a, b]\n: c", "[x, y]: 1", "{a: 1}", "- ", "~", "null", "1" * 5000, "0x1F", "1e400",
    "-1", "2020-13-45", "2020-02-30T25:61", "9999-12-31T23:59:59+14:00", "\t", "\x00", "\ufeff",
    "\r", "'", '"', "\\", "|", ">-", "%YAML 1.2", "---", "...", "@", "`", "#", "http://[::1",
    "[sic] [/] [@click=app.quit]", "\x1b[31m", "👨‍👩‍👧‍👦", "NO", "yes", "=", "&b [*b]",
    ".inf", ".nan", "2.5", "1_000.5", "190:20:30.15", "1234567890123456.5", "[Reuters, ~]",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    lines = draw(st.sampled_from(VALID)).split(b"\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent",
                                    "insert", "replace value", "bytes"]))
        if how == "delete" and len(lines) > 1:
            del lines[at]
        elif how == "duplicate":
            lines.insert(at, lines[at])
        elif how == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif how == "indent":
            lines[at] = b"  " + lines[at]
        elif how == "dedent":
            lines[at] = lines[at][2:]
        elif how == "insert":
            lines[at] += draw(st.sampled_from(SPECIALS)).encode()
        elif how == "replace value" and b":" in lines[at]:
            key = lines[at].split(b":", 1)[0]
            lines[at] = key + b": " + draw(st.sampled_from(SPECIALS)).encode()
        elif how == "bytes":
            lines[at] += draw(st.binary(min_size=1, max_size=8))
    separator = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    return draw(st.sampled_from([b"", b"\xef\xbb\xbf"])) + separator.join(lines)


@given(mutated())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_loading_any_mutation_gives_a_briefing_or_located_errors(data: bytes) -> None:
    try:
        briefing = parse_briefing(data, "fuzz.yaml")
    except BriefingError as exc:
        assert exc.errors
        for error in exc.errors:
            assert error.file == "fuzz.yaml" and error.line >= 1 and error.column >= 1
            assert error.message
    else:
        assert isinstance(briefing, Briefing)


@pytest.mark.parametrize("command", ["check", "export"])
def test_alias_amplification_is_refused_with_a_located_error(command: str) -> None:
    """One long text aliased a thousand times: refused at once by check and
    export alike (and the app, which loads the same way)."""
    path = INVALID_DIR / "alias-amplification.yaml"
    run = subprocess.run([sys.executable, "-m", "tui", command, str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 1
    assert "alias-amplification.yaml:8:3: key_points: the document expands to more than " \
        in run.stdout + run.stderr
    assert run.stdout.count("\n") <= 2  # nothing was exported
