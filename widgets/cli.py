"""The ``verksted`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def _check(args: argparse.Namespace) -> int:
    from widgets.content.check import check_content
    from widgets.paths import course_dir

    root = Path(args.path)
    course_root = Path(args.course) if args.course else None
    if course_root is None and root.resolve() == Path(args.default_path).resolve():
        course_root = course_dir()
    report = check_content(root, course_root)
    if report.ok:
        print(report.summary())
        return 0
    for line in report.lines():
        print(line)
    count = len(report.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    from widgets.paths import modules_dir

    parser = argparse.ArgumentParser(
        prog="verksted",
        description="Verksted: a training course for self-organised self-help groups.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    check = sub.add_parser(
        "check",
        help="validate the course content and check every scenario as a graph",
        description=(
            "Validate every module, scenario and quiz, and check each scenario as a graph "
            "(unknown targets, unreachable nodes, dead ends, options without feedback or "
            "principle, unknown principle ids, duplicate ids). Prints one summary line and "
            "exits 0 when all is well; otherwise lists every problem as file:line: message "
            "and exits 1."
        ),
    )
    default = modules_dir()
    check.add_argument(
        "path", nargs="?", default=str(default), help="content folder (default: modules/)"
    )
    check.add_argument(
        "--course",
        help="also check that the pages in course.yaml exist in this notebook folder "
        "(default: course/ when checking the default content folder)",
    )
    check.set_defaults(func=_check, default_path=str(default))

    from widgets.feedback import commands as feedback_commands

    feedback_commands.register(sub)
    from widgets.seminar import commands as seminar_commands

    seminar_commands.register(sub)

    from widgets.devtools import bench

    bench.register(sub)
    from widgets import staticbuild

    staticbuild.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
