"""Build script: the metadata is in pyproject.toml; this file only compiles the reference
parser's hot modules to C extensions with mypyc, which makes parsing about a third
faster. The compiled modules behave as the Python sources do (the tests check both),
and the package still installs as pure Python when they cannot be built:

- `COPROD_REFS_PURE_PYTHON=1` skips compiling (for working on the parser: an editable
  install builds the extensions into `src/`, where they shadow edited sources until
  the next install);
- without a C compiler or mypyc, the build warns and installs the sources alone;
- `COPROD_REFS_REQUIRE_COMPILED=1` turns that fallback into an error (CI sets it, so
  that the compiled build is the one tested).
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, PlatformError

#: The modules compiled (listed in the package, which reads them at run time too).
COMPILED_MODULES = runpy.run_path("src/coprod_refs/parse/compiled.py")["COMPILED_MODULES"]

_PURE = os.environ.get("COPROD_REFS_PURE_PYTHON", "") not in ("", "0")
_REQUIRED = os.environ.get("COPROD_REFS_REQUIRE_COMPILED", "") not in ("", "0")
#: The setup commands that build the package (and only they compile).
_BUILD_COMMANDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}
_BUILD_ERRORS = (CCompilerError, CompileError, ExecError, PlatformError, OSError)


def _fall_back(reason: object) -> None:
    """Say that the package installs as pure Python, or stop when compiling is required."""
    message = f"coprod-refs: not compiling the parser ({reason}); installing pure Python"
    if _REQUIRED:
        raise SystemExit(f"{message}, but COPROD_REFS_REQUIRE_COMPILED is set")
    print(f"WARNING: {message}", file=sys.stderr)


def _extensions() -> list[Extension]:
    """The mypyc extensions of `COMPILED_MODULES`, or none when they cannot be made."""
    if _PURE or not _BUILD_COMMANDS & set(sys.argv[1:]):
        return []  # pip also runs this file to read the metadata: compile only to build
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        _fall_back(exc)
        return []
    parse = Path("src", "coprod_refs", "parse")
    paths = [str(parse.joinpath(*name.split(".")).with_suffix(".py")) for name in COMPILED_MODULES]
    try:
        return mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *paths], opt_level="1"
        )
    except SystemExit as exc:  # mypyc reports type errors by exiting
        _fall_back(f"mypyc stopped with {exc.code}")
        return []


class _OptionalBuildExt(build_ext):
    """Builds the extensions, or none of them: a partial build would leave modules that
    import a missing shared library."""

    def run(self) -> None:
        try:
            super().run()
        except _BUILD_ERRORS as exc:
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            _fall_back(exc)


setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
