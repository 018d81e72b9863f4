"""List every run of 8 words that course files share with the source documents.

The course is written in our own words; facts carry over, sentences do not.
Usage: python scripts/copycheck.py [SEEDS_DIR]   (default ../shared/seeds)
Exit status 1 when something is found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 8


def words(text: str) -> list[str]:
    return re.findall(r"[a-zæøåA-ZÆØÅ]+", text.lower())


def grams(ws: list[str]) -> set[str]:
    return {" ".join(ws[i : i + N]) for i in range(len(ws) - N + 1)}


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        print(f"no seeds at {seeds}", file=sys.stderr)
        return 2
    seed: set[str] = set()
    for p in seeds.glob("*.txt"):
        seed |= grams(words(p.read_text(encoding="utf-8", errors="ignore")))
    names = seeds.parent / "contracts" / "principles.yaml"
    if names.exists():
        for line in names.read_text(encoding="utf-8").splitlines():
            seed -= grams(words(line.split(":", 1)[-1]))
    found = 0
    for p in sorted(ROOT.rglob("*")):
        if not p.is_file() or any(x in p.parts for x in (".git", ".venv", "node_modules", "var")):
            continue
        if p.suffix not in {".md", ".yaml", ".yml", ".ipynb", ".py", ".txt", ".json", ".html", ".j2"}:
            continue
        text = p.read_text(encoding="utf-8", errors="ignore")
        if p.suffix == ".ipynb":
            text = " ".join("".join(c.get("source", "")) for c in json.loads(text).get("cells", []))
        for g in sorted(grams(words(text)) & seed):
            print(f"{p.relative_to(ROOT)}: «{g}»")
            found += 1
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
