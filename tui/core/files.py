"""Writing output files atomically, never clobbering unless asked."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class OutputExistsError(FileExistsError):
    """The destination exists and overwriting was not asked for."""


def export_target(target: Path, source: Path) -> Path:
    """Where exporting `source` to `target` writes: into a folder, as `cp`
    does, the file is `<source's stem>.md`."""
    return target / f"{source.stem}.md" if target.is_dir() else target


def write_atomic(path: Path | str, text: str, *, overwrite: bool = False) -> Path:
    """Write `text` to `path` via a temporary file in the same folder.

    A crash leaves either the old file or the new one, never half a file.
    Without `overwrite`, an existing file raises OutputExistsError -- checked
    atomically with a hard link where the filesystem allows it.
    """
    dest = Path(path)
    folder = dest.parent if str(dest.parent) else Path(".")
    if not overwrite and dest.exists():
        raise OutputExistsError(f"{dest} exists; use --force to overwrite it")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if overwrite:
            os.replace(tmp, dest)
        else:
            try:
                os.link(tmp, dest)  # fails if dest appeared meanwhile
            except FileExistsError:
                raise OutputExistsError(f"{dest} exists; use --force to overwrite it") from None
            except OSError:
                # Filesystems without hard links: the exists() check above stands.
                os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return dest
