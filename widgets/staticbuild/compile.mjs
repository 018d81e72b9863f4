// Adds CPython bytecode (hash-based, unchecked) to every wheel in a folder, and
// to every zip there that the browser imports from directly (Pyodide's standard
// library, python_stdlib.zip, and the course's site zip), compiled by Pyodide
// itself so that it matches the browser's CPython exactly.
// Usage: node compile.mjs <folder with pyodide.mjs> <folder of wheels>
import path from "node:path";
import { pathToFileURL } from "node:url";

const [runtime, folder] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(runtime, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: path.resolve(runtime) + "/" });
py.FS.mkdir("/wheels");
py.FS.mount(py.FS.filesystems.NODEFS, { root: path.resolve(folder) }, "/wheels");
py.runPython(`
import glob, importlib.util, io, marshal, posixpath, sys, warnings, zipfile

warnings.simplefilter("ignore")
FLAGS = (0b01).to_bytes(4, "little")  # hash-based, not checked against the source
# A zip on sys.path is imported from by zipimport, which looks for "name.pyc"
# beside "name.py" (no __pycache__); its code objects name the zip's path in the
# browser, as zipimport's own compilation would: the standard library is
# /lib/python313.zip, any other zip lies in site-packages.
def browser_path(archive):
    base = posixpath.basename(archive)
    if base == "python_stdlib.zip":
        return "/lib/python313.zip/"
    return "/lib/python3.13/site-packages/" + base + "/"

for wheel in sorted(glob.glob("/wheels/*.whl")) + sorted(glob.glob("/wheels/*.zip")):
    direct = wheel.endswith(".zip")
    with zipfile.ZipFile(wheel) as src:
        names = src.namelist()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                data = src.read(info)
                out.writestr(info, data)
                name = info.filename
                if not name.endswith(".py") or ".dist-info/" in name:
                    continue
                folder, base = posixpath.split(name)
                if direct:
                    cached = name + "c"
                else:
                    cached = posixpath.join(folder, "__pycache__", base[:-3] + "." + sys.implementation.cache_tag + ".pyc")
                if cached in names:
                    continue
                source_name = browser_path(wheel) + name if direct else name
                try:
                    code = compile(data, source_name, "exec", dont_inherit=True, optimize=0)
                except SyntaxError:
                    continue
                pyc = importlib.util.MAGIC_NUMBER + FLAGS + importlib.util.source_hash(data) + marshal.dumps(code)
                out.writestr(cached, pyc)
    with open(wheel, "wb") as f:
        f.write(buf.getvalue())
`);
