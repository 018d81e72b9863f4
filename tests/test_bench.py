"""``verksted bench``'s command line and report (the measuring itself is run by hand)."""

from __future__ import annotations

import argparse

from widgets.devtools import bench


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench.register(parser.add_subparsers())
    return parser.parse_args(["bench", *argv])


def test_defaults_measure_the_entry_pages_and_forty_at_once():
    args = parse()
    assert args.pages == []
    assert (args.runs, args.crowd, args.crowd_pool) == (5, 40, 40)
    assert args.func is bench._command
    assert parse("index.ipynb", "--crowd", "0", "--json").crowd == 0


def test_pool_reports_are_counted_from_voilas_log():
    log = (
        "[Voila] Kernel pool of index.ipynb is filled with 2 kernel(s)\n"
        "[Voila] Kernel pool of studie/a.ipynb is filled with 1 kernel(s)\n"
        "[Voila] Kernel pool of index.ipynb is filled with 2 kernel(s)\n"
    )
    assert bench._pools(log) == {"index.ipynb": 2, "studie/a.ipynb": 1}


def result(cold: float, warm: float, rss: float, connected: float) -> dict:
    page = bench.PageTiming(
        "index.ipynb", True, 0, [0.01], [cold], [0.01], [warm + 0.2], [warm], rss, rss * 0.7
    )
    crowd = bench.CrowdResult("index.ipynb", 40, 40, 0.5, 0.8, connected, 0, connected)
    return {
        "pages": [bench.asdict(page)],
        "crowd": bench.asdict(crowd),
        "load_average": {"before": (0.5, 0.4, 0.3), "after": (0.6, 0.5, 0.4)},
        "cpus": 2,
    }


def test_table_says_when_targets_are_met_and_which_are_missed():
    good = bench.table(result(cold=0.9, warm=0.5, rss=60, connected=2.0))
    assert (
        "| index.ipynb | yes | 0 | 0.01 | 0.90 (0.90) | 0.01 | 0.70 (0.70) | 0.50 (0.50) "
        "| 60 / 42 |" in good
    )
    assert "| 40 | index.ipynb | 40 |" in good
    assert good.endswith("Targets met.")
    assert "2 CPUs; load average" in good
    bad = bench.table(result(cold=3.0, warm=1.5, rss=90, connected=12.0))
    assert "Missed:" in bad
    for miss in ("cold 3.00 s", "warm (returning) 1.50 s", "RSS 90 MB", "12.00 s"):
        assert miss in bad


def test_a_warm_figure_that_was_not_measured_is_a_miss():
    data = result(cold=0.9, warm=0.5, rss=60, connected=2.0)
    data["pages"][0]["ready_return"] = []
    assert "warm (returning) nan s" in bench.table(data)
