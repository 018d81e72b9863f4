"""The browser's Python: the Pyodide runtime and every wheel it loads, from npm and PyPI.

Everything is downloaded once into a cache under ``.venv/static/`` (gitignored,
kept like the virtual environment) and copied into the site's ``pyodide/``
folder with a lock file of our own, so that the page never asks another site
for anything. See ``docs/static.md`` for why each step is needed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

__all__ = [
    "PYODIDE_VERSION",
    "browser_wheels",
    "compiled_stdlib",
    "pyodide_core",
    "verksted_wheel",
    "write_lock",
]

#: The npm ``pyodide`` release the Pyodide kernel 0.7.0 was built for.
PYODIDE_VERSION = "0.29.0"
#: The runtime's own files in the npm package (it has no package wheels).
CORE_FILES = (
    "pyodide.js",
    "pyodide.mjs",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
)
#: MarkupSafe has only platform wheels on PyPI; its C speed-up is optional, so
#: the build keeps the Python part of the Linux wheel as a pure wheel.
MARKUPSAFE = "3.0.2"
#: Packages the Pyodide kernel installs on start that the course does without:
#: ``sqlite3`` is a compiled Pyodide module (IPython keeps its history in memory
#: without it) and ``jedi`` (5 MB) only completes code, which no page offers.
#: Empty wheels under these names stand in, so the kernel asks no index for them.
STUBS = ("sqlite3", "jedi")
#: The kernel's own wheels (``pyodide_kernel``, ``piplite`` and the shims of
#: ``ipykernel`` and ``widgetsnbextension``) ship inside its lab extension.
KERNEL_WHEELS = ("ipykernel-", "piplite-", "pyodide_kernel-", "widgetsnbextension-4")

HERE = Path(__file__).resolve().parent

#: Distributions whose code the browser imports straight from one zip (the site
#: zip) instead of unpacking their wheels: Pyodide unpacks every file of a wheel
#: with Python's zipfile at every start, and these four hold 1,300 files (about
#: 1.3 s of unpacking in Node) of which the kernel imports 22 modules of pygments
#: and nothing of the others (tzdata's zones are read through importlib.resources,
#: which reads zips). They read no file of their own by path, and nothing compares
#: their modules' ``__file__`` (zipimport names the ``.pyc``), as ipywidgets does
#: for traitlets, which is why the site zip holds no more than these.
SITE_ZIP = ("pygments", "tzdata", "prompt-toolkit", "wcwidth")
#: The site zip, as it lies in site-packages, and the wheel that carries it (stored,
#: not compressed: unpacking it is one copy).
SITE_ZIP_NAME = "verksted_site.zip"
SITE_WHEEL = "verksted_site-0.1.0-py3-none-any.whl"
#: Put into the standard library's zip: Python runs it at start, before any wheel is
#: unpacked; the path is looked at on the first import after that (Pyodide
#: invalidates the import caches when it has unpacked the wheels). The site zip comes
#: after site-packages, so an installed package takes precedence.
SITECUSTOMIZE = f"""\"\"\"Verksted's static edition: packages imported from the site zip.\"\"\"

import sys

sys.path.append("/lib/python3.13/site-packages/{SITE_ZIP_NAME}")
""".encode()

#: ``piplite.piplite`` imports micropip and ``unittest.mock`` (about 0.6 s of the
#: kernel's start in the browser), though the kernel only sets two of its settings
#: at start and the course installs nothing. The build moves the module to
#: ``piplite._piplite`` and puts this one in its place: the settings, and an
#: ``install`` that imports the real one when it is called (``%pip`` still works).
LAZY_PIPLITE = b'''"""piplite's settings; the installer (micropip) is imported when first used."""

from typing import Any

_PIPLITE_URLS: list[str] = []
_PIPLITE_DISABLE_PYPI = False


def install(*args: Any, **kwargs: Any) -> Any:
    from piplite import _piplite

    _piplite._PIPLITE_URLS = _PIPLITE_URLS
    _piplite._PIPLITE_DISABLE_PYPI = _PIPLITE_DISABLE_PYPI
    return _piplite.install(*args, **kwargs)
'''


#: ``IPython/__init__.py`` imports ``IPython.terminal.embed`` for the name ``embed``,
#: and with it the terminal application and all of prompt_toolkit (about 150 of the
#: 600 modules the kernel imported before the first cell), which a kernel in a
#: browser never uses. The build makes ``embed`` import them when it is called.
LAZY_EMBED = (
    "IPython/__init__.py",
    b"from .terminal.embed import embed\n",
    b"def embed(*args, **kwargs):\n"
    b"    from .terminal.embed import embed\n\n"
    b"    return embed(*args, **kwargs)\n",
)


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _pure_wheel(files: dict[str, bytes], dist_info: str) -> bytes:
    """A py3-none-any wheel of ``files`` (a RECORD is added)."""
    files = {n: d for n, d in files.items() if not n.endswith("/RECORD")}
    files[f"{dist_info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: verksted\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [_record_line(n, d) for n, d in files.items()] + [f"{dist_info}/RECORD,,"]
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    return _zip(files)


def _wheel_files(blob: bytes) -> tuple[dict[str, bytes], str]:
    """A wheel's files (without compiled caches) and its ``.dist-info`` folder."""
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        files = {n: zf.read(n) for n in zf.namelist() if "__pycache__" not in n}
    (dist_info,) = {n.split("/")[0] for n in files if n.endswith(".dist-info/METADATA")}
    return files, dist_info


def _lazy_piplite(blob: bytes) -> bytes:
    """The kernel's piplite wheel with :data:`LAZY_PIPLITE` as ``piplite.piplite``."""
    files, dist_info = _wheel_files(blob)
    files["piplite/_piplite.py"] = files.pop("piplite/piplite.py")
    files["piplite/piplite.py"] = LAZY_PIPLITE
    return _pure_wheel(files, dist_info)  # (its own WHEEL and RECORD replace the old)


def _rewritten(blob: bytes, path: str, old: bytes, new: bytes) -> bytes:
    """The wheel ``blob`` with ``old`` replaced by ``new`` in the file ``path``.

    Fails if ``old`` is not there exactly once (a new release changed the file).
    """
    files, dist_info = _wheel_files(blob)
    if files[path].count(old) != 1:
        raise RuntimeError(f"{path} has changed: cannot rewrite {old!r}")
    files[path] = files[path].replace(old, new)
    return _pure_wheel(files, dist_info)


def _split_for_site_zip(blob: bytes, site: dict[str, bytes]) -> bytes:
    """Moves the wheel's code into ``site``; returns a wheel of its metadata only.

    The metadata stays in site-packages, where ``importlib.metadata`` finds it
    without reading the site zip's directory.
    """
    files, dist_info = _wheel_files(blob)
    for name in [n for n in files if not n.startswith(f"{dist_info}/")]:
        if name in site:
            raise RuntimeError(f"{name} is in two wheels of the site zip")
        site[name] = files.pop(name)
    return _pure_wheel(files, dist_info)


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in sorted(files.items()):
            zf.writestr(name, data)
    return buf.getvalue()


def _site_wheel(site_zip: bytes) -> bytes:
    """The wheel that puts the site zip into site-packages, the zip stored as it is."""
    dist_info = "verksted_site-0.1.0.dist-info"
    files = {
        f"{dist_info}/METADATA": b"Metadata-Version: 2.1\nName: verksted-site\nVersion: 0.1.0\n",
        f"{dist_info}/WHEEL": (
            b"Wheel-Version: 1.0\nGenerator: verksted\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
        SITE_ZIP_NAME: site_zip,
    }
    record = [_record_line(n, d) for n, d in files.items()] + [f"{dist_info}/RECORD,,"]
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _stub_wheel(name: str) -> bytes:
    dist_info = f"{name}-0.0.0.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.0.0\n"
    return _pure_wheel({f"{dist_info}/METADATA": meta.encode()}, dist_info)


def pyodide_core(cache: Path) -> Path:
    """The npm package's runtime files, unpacked once into ``cache``."""
    target = cache / f"pyodide-{PYODIDE_VERSION}"
    if all((target / f).is_file() for f in (*CORE_FILES, "pyodide-lock.json")):
        return target
    cache.mkdir(parents=True, exist_ok=True)
    tgz = cache / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.is_file():
        subprocess.run(
            ["npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", str(cache)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tgz) as tar:
        for name in (*CORE_FILES, "pyodide-lock.json"):
            member = tar.extractfile(f"package/{name}")
            assert member is not None
            (target / name).write_bytes(member.read())
    return target


def _download(pip: Path, cache: Path) -> list[Path]:
    """The pinned pure-Python wheels (downloaded once)."""
    wheels = cache / "pypi"
    wheels.mkdir(parents=True, exist_ok=True)
    stamp = wheels / ".requirements"
    wanted = (HERE / "requirements-browser.txt").read_text(encoding="utf-8")
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != wanted:
        for old in wheels.glob("*.whl"):
            old.unlink()
        common = ["--no-deps", "--only-binary=:all:", "--python-version", "3.13", "-q", "-d"]
        subprocess.run(
            [str(pip), "download", *common, str(wheels), "--implementation", "py",
             "--abi", "none", "--platform", "any", "-r", str(HERE / "requirements-browser.txt")],
            check=True,
        )  # fmt: skip
        native = cache / "native"
        native.mkdir(exist_ok=True)
        subprocess.run(
            [str(pip), "download", *common, str(native), "--platform",
             "manylinux_2_17_x86_64", f"markupsafe=={MARKUPSAFE}"],
            check=True,
        )  # fmt: skip
        stamp.write_text(wanted, encoding="utf-8")
    return sorted(wheels.glob("*.whl"))


def _markupsafe(cache: Path) -> tuple[str, bytes]:
    (native,) = sorted((cache / "native").glob(f"[Mm]ark[Uu]p[Ss]afe-{MARKUPSAFE}-*.whl"))
    with zipfile.ZipFile(native) as zf:
        files = {
            n: zf.read(n)
            for n in zf.namelist()
            if not n.endswith((".so", ".c", "/")) and not n.endswith("/WHEEL")
        }
    dist_info = f"MarkupSafe-{MARKUPSAFE}.dist-info"
    return f"markupsafe-{MARKUPSAFE}-py3-none-any.whl", _pure_wheel(files, dist_info)


def verksted_wheel(package: Path, bundle: dict) -> tuple[str, bytes]:
    """The course's own package for the browser: ``widgets`` with the content bundle.

    Left out: what only a server or a developer runs (storage engines, the
    server hooks, the command line, the build itself, benchmarks and tools).
    """
    skip_dirs = {"staticbuild", "devtools", "__pycache__"}
    skip_files = {"server.py", "cli.py"}
    files: dict[str, bytes] = {}
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package.parent)
        if not path.is_file() or skip_dirs & set(rel.parts) or path.suffix == ".pyc":
            continue
        if rel.parent == Path("widgets") and rel.name in skip_files:
            continue
        files[rel.as_posix()] = path.read_bytes()
    files["widgets/data/bundle.json"] = json.dumps(bundle, ensure_ascii=False).encode()
    dist_info = "verksted-0.1.0.dist-info"
    files[f"{dist_info}/METADATA"] = b"Metadata-Version: 2.1\nName: verksted\nVersion: 0.1.0\n"
    return "verksted-0.1.0-py3-none-any.whl", _pure_wheel(files, dist_info)


def _compile(node_runtime: Path, folder: Path) -> None:
    """Add CPython 3.13 bytecode to every wheel in ``folder``, compiled by Pyodide itself.

    PyPI's wheels hold only sources, so the browser would compile IPython on every
    visit (seconds); Pyodide's own packages are shipped compiled for the same reason.
    """
    subprocess.run(
        ["node", str(HERE / "compile.mjs"), str(node_runtime), str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compiled_stdlib(cache: Path, core: Path) -> Path:
    """Pyodide's ``python_stdlib.zip`` with bytecode beside every module (cached).

    The npm package ships the standard library as sources only, and Pyodide does
    not write bytecode, so the browser compiled the 400 modules IPython imports on
    every visit (about 1 s of the kernel's start at a low load). The zip also
    carries :data:`SITECUSTOMIZE`, which puts the site zip on ``sys.path``.
    """
    name = "python_stdlib.zip"
    with zipfile.ZipFile(core / name) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist()}
    if "sitecustomize.py" in files:
        raise RuntimeError("Pyodide's standard library has a sitecustomize of its own")
    files["sitecustomize.py"] = SITECUSTOMIZE
    blob = _zip(files)
    done = cache / "compiled" / f"{hashlib.sha256(blob).hexdigest()[:16]}-{name}"
    if not done.is_file():
        todo = cache / "todo-stdlib"
        if todo.exists():
            shutil.rmtree(todo)
        todo.mkdir(parents=True)
        (todo / name).write_bytes(blob)
        _compile(core, todo)
        done.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(todo / name, done)
        shutil.rmtree(todo)
    return done


def browser_wheels(pip: Path, cache: Path, tools_prefix: Path, verksted: tuple[str, bytes]) -> Path:
    """Every wheel the browser loads, compiled, in one cached folder; returns it."""
    sources: dict[str, bytes] = {p.name: p.read_bytes() for p in _download(pip, cache)}
    (ipython,) = (n for n in sources if n.startswith("ipython-"))
    sources[ipython] = _rewritten(sources[ipython], *LAZY_EMBED)
    name, data = _markupsafe(cache)
    sources[name] = data
    for stub in STUBS:
        sources[f"{stub}-0.0.0-py3-none-any.whl"] = _stub_wheel(stub)
    pypi = tools_prefix / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension"
    for wheel in sorted((pypi / "static" / "pypi").glob("*.whl")):
        if wheel.name.startswith(KERNEL_WHEELS):
            blob = wheel.read_bytes()
            sources[wheel.name] = _lazy_piplite(blob) if wheel.name.startswith("piplite-") else blob
    sources[verksted[0]] = verksted[1]
    site: dict[str, bytes] = {}
    for wheel_name in sorted(sources):
        if _dist_name(wheel_name) in SITE_ZIP:
            sources[wheel_name] = _split_for_site_zip(sources[wheel_name], site)
    sources[SITE_ZIP_NAME] = _zip(site)

    compiled = cache / "compiled"
    compiled.mkdir(parents=True, exist_ok=True)
    out = cache / "wheels"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    todo = cache / "todo"
    if todo.exists():
        shutil.rmtree(todo)
    todo.mkdir()
    for wheel_name, blob in sources.items():
        key = hashlib.sha256(blob).hexdigest()[:16]
        done = compiled / f"{key}-{wheel_name}"
        if not done.is_file():
            (todo / wheel_name).write_bytes(blob)
    if any(todo.iterdir()):
        _compile(pyodide_core(cache), todo)
        for done in todo.iterdir():
            key = hashlib.sha256(sources[done.name]).hexdigest()[:16]
            shutil.move(done, compiled / f"{key}-{done.name}")
    shutil.rmtree(todo)
    for wheel_name, blob in sources.items():
        key = hashlib.sha256(blob).hexdigest()[:16]
        shutil.copyfile(compiled / f"{key}-{wheel_name}", out / wheel_name)
    site_zip = out / SITE_ZIP_NAME
    (out / SITE_WHEEL).write_bytes(_site_wheel(site_zip.read_bytes()))
    site_zip.unlink()
    return out


def _dist_name(file_name: str) -> str:
    return re.sub(r"[-_.]+", "-", file_name.split("-", maxsplit=1)[0]).lower()


def write_lock(core: Path, wheels: Path, target: Path) -> list[str]:
    """``pyodide-lock.json`` for exactly these wheels; returns the package names.

    Every package is listed in the kernel's ``loadPyodideOptions.packages``, so
    Pyodide loads them all at once at start (and the kernel installs none).
    """
    info = json.loads((core / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    packages = {}
    for wheel in sorted(wheels.glob("*.whl")):
        name = _dist_name(wheel.name)
        packages[name] = {
            "name": name,
            "version": wheel.name.split("-")[1],
            "file_name": wheel.name,
            "install_dir": "site",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "package_type": "package",
            "imports": [],
            "depends": [],
            "unvendored_tests": False,
        }
    target.write_text(json.dumps({"info": info, "packages": packages}, indent=1), encoding="utf-8")
    return sorted(packages)
