"""The scripts under benchmarks/ are not a package; tests load them by path."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import ROOT


def load_benchmark(name: str) -> ModuleType:
    """benchmarks/NAME.py as a module named NAME (registered, so that its
    dataclasses resolve their own module)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
