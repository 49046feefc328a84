"""Start-up cost in CPU instructions, counted by valgrind: `briefing SEED` up to
its first full frame against a bare Textual app that shows one line.

Wall-clock start-up times on a shared machine vary by 20-50% from run to
run, so a change worth 1-2% cannot be seen in them. An instruction count
does not depend on what else the machine is doing: the same code counts the
same within ~0.05%, which makes this the script to compare two versions of
the code with. Instructions are not time (a cache miss costs more than an
add), so the wall-clock ratio in startup_speed.py stays the figure that
counts.

Each process exits at Textual's Ready event, without tearing the app down.
Needs valgrind; takes about a minute.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup_speed import ROOT, SEED, bare_app, our_app

# At Ready, leave at once: tearing the app down is not part of start-up.
BARE = bare_app("os._exit(0)")
OURS = our_app("os._exit(0)")


def instructions(code: str, *args: str, cache: Path) -> tuple[int, int]:
    """Instructions of the process started, and of any child it started (a
    first open parses the file in one, in parallel: see tui/core/child_parse.py)."""
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as logs:
        # A log file per process: a spawned child's stderr goes to /dev/null.
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
             "--trace-children=yes",  # a spawned child is a new program: count it too
             f"--log-file={logs}/%p.log", sys.executable, "-c", code, *args],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True,
        )
        parent, children = None, 0
        for log in Path(logs).glob("*.log"):
            text = log.read_text()
            found = re.search(r"Collected : (\d+)", text)
            if found is None:
                continue
            if f"Parent PID: {os.getpid()}\n" in text:  # the process this one started
                parent = int(found.group(1))
            else:
                children += int(found.group(1))
    if parent is None:
        raise RuntimeError("valgrind printed no instruction count")
    return parent, children

def main() -> int:
    if shutil.which("valgrind") is None:
        print("startup_instructions: skipped, valgrind is not installed (apt-get install valgrind)")
        return 0
    compileall.compile_dir(ROOT / "tui", quiet=1)  # as installed: with bytecode
    with tempfile.TemporaryDirectory() as tmp:
        cold_cache, warm_cache = Path(tmp) / "cold", Path(tmp) / "warm"
        subprocess.run([sys.executable, "-m", "tui", "export", str(SEED)], cwd=ROOT, check=True,
                       env={**os.environ, "BRIEFING_CACHE_DIR": str(warm_cache)},
                       stdout=subprocess.DEVNULL)
        bare, _ = instructions(BARE, cache=cold_cache)
        print(f"bare Textual app, one line    {bare / 1e6:8.1f} M instructions")
        for state, cache in (("first open", cold_cache), ("opened before", warm_cache)):
            ours, child = instructions(OURS, str(SEED), cache=cache)
            also = f"  (the parsing child: {child / 1e6:.1f} M)" if child else ""
            print(f"briefing SEED, {state:<14} {ours / 1e6:8.1f} M  ratio {ours / bare:.3f}x"
                  + also)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
