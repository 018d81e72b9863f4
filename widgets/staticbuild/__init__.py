"""Building the static edition (``make static``): the course with no server.

Build time only: this package is not part of what the browser loads.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

__all__ = ["register"]


def _static(args: argparse.Namespace) -> int:
    from widgets.content import check_content
    from widgets.paths import course_dir, modules_dir
    from widgets.staticbuild.build import build

    report = check_content(modules_dir(), course_root=course_dir())
    if not report.ok:
        for line in report.lines():
            print(line)
        print("the content has problems: nothing was built", file=sys.stderr)
        return 1
    figures = build(
        Path(args.out).resolve(),
        Path(args.tools).resolve(),
        Path(args.cache).resolve(),
        os.environ.get("VERKSTED_PUBLIC_URL", ""),
    )
    size = figures["bytes"] / 1e6
    print(f"static edition: {len(figures['pages'])} pages, {size:.1f} MB in {args.out}, "
          f"built in {figures['seconds']} s")  # fmt: skip
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "static",
        help="build the static edition (no server: Python runs in the browser)",
        description="Validate the content, then build every Studie and Kurs page, the "
        "Øvingsbenk and the igangsetting tools into one folder that any static host serves.",
    )
    parser.add_argument("--out", default="dist/static", help="output folder (replaced)")
    parser.add_argument(
        "--tools", default=".venv/static/tools", help="virtualenv with the build tools"
    )
    parser.add_argument("--cache", default=".venv/static/cache", help="download cache")
    parser.set_defaults(func=_static)
