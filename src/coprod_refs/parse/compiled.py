"""Which of the parser's modules run compiled. `setup.py` compiles the modules named here
to C extensions with mypyc when it can (a third faster); the sources stay beside them and
behave the same. This file imports nothing, so that the build can read the list."""

from __future__ import annotations

import importlib
import importlib.machinery
import shutil
from pathlib import Path

#: The modules compiled: those every reference string passes through.
COMPILED_MODULES = (
    "features",
    "fields",
    "imprint",
    "marks",
    "names",
    "reference",
    "repairs.bodies",
    "repairs.books",
    "repairs.bracketed_imprints",
    "repairs.dates",
    "repairs.editions",
    "repairs.editors",
    "repairs.edits",
    "repairs.imprints",
    "repairs.journals",
    "repairs.labels",
    "repairs.numbers",
    "repairs.people",
    "repairs.places",
    "repairs.segments",
    "repairs.titles",
    "tokens",
)


#: How much later than its compiled module a source may be written by one install.
_INSTALL_SECONDS = 5.0


def _module_file(name: str) -> Path:
    module = importlib.import_module(f"{__package__}.{name}")
    return Path(module.__file__ or "")


def compiled_modules() -> list[str]:
    """The modules of `COMPILED_MODULES` loaded from C extensions in this process (none
    when the package was installed as pure Python): benchmarks and tests report it."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [name for name in COMPILED_MODULES if _module_file(name).name.endswith(suffixes)]


def copy_python_sources(target: Path) -> Path:
    """The package's Python sources without its compiled modules, copied under `target`
    (returned): with it first on the path, a process runs the parser as a pure-Python
    install does, to compare or time the two builds."""
    package = Path(__file__).resolve().parent.parent
    ignore = shutil.ignore_patterns("*.so", "*.pyd", "__pycache__")
    shutil.copytree(package, target / package.name, ignore=ignore)
    return target


def stale_compiled_modules() -> list[str]:
    """Compiled modules whose source beside them was changed after they were built, as
    after editing an editable install: the old compiled code would run, not the edit."""
    stale = []
    for name in compiled_modules():
        built = _module_file(name)
        source = built.with_name(f"{name.rpartition('.')[2]}.py")
        # An install writes both within moments; an edit comes later.
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime + _INSTALL_SECONDS:
            stale.append(name)
    return stale
