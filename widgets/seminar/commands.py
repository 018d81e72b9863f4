"""``verksted seminar …``: check a deployment before a seminar, measure, clean up."""

from __future__ import annotations

import argparse
from datetime import timedelta

__all__ = ["register"]


def _loadtest(args: argparse.Namespace) -> int:
    from widgets.seminar.loadtest import run_loadtest

    if args.participants < 1 or args.answers < 1:
        print("--participants and --answers must be at least 1")
        return 2
    result = run_loadtest(
        args.participants, args.answers, url=args.database, start_method=args.start_method
    )
    print(result.report())
    return 0 if result.ok else 1


def _purge(args: argparse.Namespace) -> int:
    from widgets.storage import Database
    from widgets.storage.seminar import SeminarStore

    db = Database(args.database) if args.database else None
    count = SeminarStore(db).purge(timedelta(days=args.days))
    print(
        f"deleted {count} seminar{'s' if count != 1 else ''} started more than {args.days} days ago"
    )
    return 0


def _bench(args: argparse.Namespace) -> int:
    from widgets.seminar.bench import main

    return main(args)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``verksted seminar`` and its subcommands to the ``verksted`` command."""
    seminar = subparsers.add_parser(
        "seminar",
        help="seminar mode: load test, benchmark, delete old data",
        description="Tools for the operator of a server that runs seminars.",
    )
    sub = seminar.add_subparsers(dest="seminar_command", metavar="SUBCOMMAND")
    sub.required = True
    database_help = "database URL (default: VERKSTED_DATABASE_URL, or the SQLite file under var/)"

    load = sub.add_parser(
        "loadtest",
        help="simulate a room answering at once and report stored, lost, doubled, p95 latency",
        description=(
            "Simulate a seminar against the configured database: PARTICIPANTS separate "
            "processes join, then answer ANSWERS questions as the facilitator opens them (some "
            "change their mind once). Prints how many answers were stored, lost and doubled, "
            "and the 95th percentile write latency. The simulated seminar is deleted afterwards. "
            "Exit status 1 if any answer was lost or doubled."
        ),
    )
    load.add_argument(
        "--participants", type=int, default=40, help="phones in the room (default 40)"
    )
    load.add_argument("--answers", type=int, default=25, help="questions each answers (default 25)")
    load.add_argument("--database", help=database_help)
    load.add_argument(
        "--start-method",
        choices=["fork", "spawn", "forkserver"],
        help="how processes start (default fork)",
    )
    load.set_defaults(func=_loadtest)

    purge = sub.add_parser(
        "purge",
        help="delete seminars (with all their answers) started more than DAYS days ago",
    )
    purge.add_argument(
        "--days", type=int, default=30, help="keep seminars younger than this (default 30)"
    )
    purge.add_argument("--database", help=database_help)
    purge.set_defaults(func=_purge)

    bench = sub.add_parser(
        "bench",
        help="open N participant pages and the dashboard on a real Voilà and time them",
        description=(
            "Start Voilà on a free port (optionally with a preheated pool for the join page), "
            "open the facilitator page and N participant pages at once with light clients, and "
            "report the time until every page is rendered and its kernel connected, the "
            "answer-to-dashboard latency (p95) and the memory (RSS) per kernel."
        ),
    )
    bench.add_argument(
        "--pages", type=int, default=40, help="participant pages to open at once (default 40)"
    )
    bench.add_argument(
        "--pool",
        type=int,
        default=None,
        help="preheated kernels for the join page (default: the --config file's, or none)",
    )
    bench.add_argument(
        "--config",
        default=None,
        help="folder with an extra voila.json (e.g. benchmarks/seminar-pool); its settings win",
    )
    bench.add_argument(
        "--fill-delay",
        type=float,
        default=60,
        help="with --pool: seconds before Voilà replaces a used pooled kernel (default 60)",
    )
    bench.add_argument(
        "--answers", type=int, default=3, help="answer rounds for the latency figure"
    )
    bench.add_argument(
        "--database", help=database_help + "; default for the benchmark: a fresh SQLite file"
    )
    bench.set_defaults(func=_bench)
