"""Seminar mode's model layer: codes, passphrase, join link, results, export, commands."""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from widgets.content import catalog
from widgets.seminar import access, codes, flow

SCENARIO = "rad-som-ikke-ble-bedt-om"


# -- codes -------------------------------------------------------------------


def test_codes_avoid_lookalike_characters():
    assert not set("0O1IL") & set(codes.ALPHABET)
    for _ in range(200):
        code = codes.new_code()
        assert len(code) == 5 and set(code) <= set(codes.ALPHABET)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("k7mpx", "K7MPX"),
        (" K7M-PX ", "K7MPX"),
        ("k 7 m p x", "K7MPX"),
        ("K7MP0", None),
        ("K7MP", None),
        ("K7MPXX", None),
        ("", None),
        (None, None),
        ("<script>", None),
    ],
)
def test_typed_codes_are_normalised(typed, code):
    assert codes.normalise_code(typed) == code


def test_tokens_are_kept_only_as_hashes():
    token = codes.new_token()
    assert len(token) >= 32 and codes.hash_token(token) != token
    assert len(codes.hash_token(token)) == 64


def test_nicknames_are_norwegian_and_never_repeat_until_all_are_used():
    choices = codes.nickname_choices()
    assert len(choices) >= 400 and "Rolig oter" in choices
    taken = set(choices[:-1])
    assert codes.pick_nickname(taken) == choices[-1]
    numbered = codes.pick_nickname(set(choices))
    assert numbered.endswith(" 2")


# -- access ------------------------------------------------------------------


def test_no_passphrase_means_no_seminars(monkeypatch):
    monkeypatch.delenv(access.ENV_PASSPHRASE, raising=False)
    assert access.passphrase_status() == "missing"
    assert not access.check_passphrase("")
    monkeypatch.setenv(access.ENV_PASSPHRASE, "kort")
    assert access.passphrase_status() == "short"
    assert not access.check_passphrase("kort")  # too short to be accepted at all


def test_passphrase_check(monkeypatch):
    monkeypatch.setenv(access.ENV_PASSPHRASE, "blå fjord om morgenen")
    assert access.passphrase_status() == "ok"
    assert access.check_passphrase("blå fjord om morgenen")
    assert access.check_passphrase("  blå fjord om morgenen\n")
    assert not access.check_passphrase("blå fjord om kvelden")
    assert not access.check_passphrase(None)
    assert not access.check_passphrase(["blå fjord om morgenen"])


def test_passphrase_is_compared_in_constant_time(monkeypatch):
    """The comparison goes through hmac.compare_digest on equal-length digests."""
    import hmac

    seen = []
    real = hmac.compare_digest
    monkeypatch.setattr(
        access.hmac, "compare_digest", lambda a, b: seen.append((len(a), len(b))) or real(a, b)
    )
    monkeypatch.setenv(access.ENV_PASSPHRASE, "blå fjord om morgenen")
    access.check_passphrase("x")
    assert seen == [(32, 32)]


class FakeLog:
    def __init__(self, times):
        self.times = times

    def failures_since(self, since):
        return [t for t in self.times if t > since]


def test_wrong_attempts_slow_down_after_five():
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    few = FakeLog([now - timedelta(seconds=s) for s in (50, 40, 30, 20)])
    assert access.wait_before_attempt(few, now) == 0
    five = FakeLog([now - timedelta(seconds=s) for s in (5, 4, 3, 2, 1)])
    assert access.wait_before_attempt(five, now) == pytest.approx(1.0)  # 2 s after the last
    many = FakeLog([now - timedelta(seconds=s) for s in range(30, 0, -1)])
    assert access.wait_before_attempt(many, now) == pytest.approx(access.MAX_WAIT - 1)
    old = FakeLog([now - timedelta(minutes=20 + s) for s in range(30)])
    assert access.wait_before_attempt(old, now) == 0  # outside the window


def test_join_url_from_the_public_url_or_the_request(monkeypatch):
    monkeypatch.setenv(access.ENV_PUBLIC_URL, "https://kurs.example.no/verksted")
    assert access.join_url("K7MPX") == (
        "https://kurs.example.no/verksted/voila/render/seminar/delta.ipynb?kode=K7MPX"
    )
    monkeypatch.delenv(access.ENV_PUBLIC_URL)
    monkeypatch.setenv(
        "VOILA_REQUEST_URL", "http://10.0.0.5:8866/voila/render/seminar/fasilitator.ipynb"
    )
    assert access.join_url("K7MPX") == (
        "http://10.0.0.5:8866/voila/render/seminar/delta.ipynb?kode=K7MPX"
    )
    monkeypatch.setenv("VOILA_REQUEST_URL", "javascript:alert(1)")
    assert access.join_url("K7MPX") is None
    monkeypatch.delenv("VOILA_REQUEST_URL")
    assert access.join_url("K7MPX") is None  # JupyterLab: no link, the code is shown
    monkeypatch.setenv(access.ENV_JOIN_URL, "https://kurs.example.no/kurs/side/seminar/delta.ipynb")
    assert access.join_url("K7MPX") == (
        "https://kurs.example.no/kurs/side/seminar/delta.ipynb?kode=K7MPX"
    )


def test_qr_code_is_inline_svg():
    svg = access.qr_svg("https://kurs.example.no/voila/render/seminar/delta.ipynb?kode=K7MPX")
    assert svg.startswith("<svg") and "<script" not in svg and "viewBox" in svg


# -- flow --------------------------------------------------------------------


def test_seminar_scenarios_come_first():
    found = flow.seminar_scenarios()
    flags = ["seminar" in s.stages for s in found]
    assert flags == sorted(flags, reverse=True)
    assert {s.id for s in found} == {p.stem for p in catalog.scenario_paths()}


def test_option_results_follow_the_display_order_with_letters_and_shares():
    scenario = catalog.scenario(SCENARIO)
    node = scenario.node("start")
    results = flow.option_results(scenario, node, {0: 3, 1: 1})
    assert [r.letter for r in results] == ["A", "B", "C", "D"]
    assert sorted(r.index for r in results) == [0, 1, 2, 3]
    by_index = {r.index: r for r in results}
    assert (by_index[0].count, by_index[0].share) == (3, 75)
    assert (by_index[1].count, by_index[1].share) == (1, 25)
    assert by_index[0].verdict == node.options[0].verdict
    assert by_index[0].principles == tuple(node.options[0].honours + node.options[0].breaks)
    assert all(r.share == 0 for r in flow.option_results(scenario, node, {}))


def test_majority_and_where_the_scenario_goes_next():
    scenario = catalog.scenario(SCENARIO)
    node = scenario.node("start")
    assert flow.majority_option(scenario, node, {}) is None
    assert flow.majority_option(scenario, node, {2: 5, 1: 2}) == 2
    shown_first = flow.option_results(scenario, node, {})[0].index
    tie = dict.fromkeys(range(len(node.options)), 1)
    assert flow.majority_option(scenario, node, tie) == shown_first  # ties: first shown
    assert flow.resolve(scenario, node, 0).id == node.options[0].next
    ending = next(n for n in scenario.nodes if n.is_ending)
    leads_to_end = next(
        (n, i) for n in scenario.nodes for i, o in enumerate(n.options) if o.next == ending.id
    )
    assert flow.resolve(scenario, leads_to_end[0], leads_to_end[1]).is_ending


def test_results_csv_has_counts_and_approved_texts_only(database_url):
    from widgets.storage import Database
    from widgets.storage.seminar import SeminarStore

    db = Database(database_url)
    store = SeminarStore(db)
    seminar, _ = store.create()
    a, b = store.join(seminar.id), store.join(seminar.id)
    q = store.open_question(seminar.id, SCENARIO, "start", "choice", after=None)
    store.answer(seminar.id, a.id, q.id, option=1)
    store.answer(seminar.id, b.id, q.id, option=1)
    store.set_phase(seminar.id, q.id, {"open"}, "closed")
    store.set_phase(seminar.id, q.id, {"closed"}, "revealed")
    t = store.open_question(seminar.id, SCENARIO, "start", "text", after=q.id)
    store.answer(seminar.id, a.id, t.id, text='=HYPERLINK("http://x") Jeg kjenner meg igjen')
    store.answer(seminar.id, b.id, t.id, text="Ikke vis meg")
    store.moderate(seminar.id, store.texts(t.id)[0].id, "approved")
    data = flow.results_csv(store, seminar.id)
    db.dispose()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read the BOM as UTF-8
    text = data.decode("utf-8-sig")
    header, *rows = text.strip().splitlines()
    assert header.split(";")[:5] == ["steg", "rollespill", "node", "spørsmål", "svar"]
    steps = [r for r in rows if r.split(";")[0]]
    assert len(steps) == 4 + 1  # four options, one approved text
    option_1 = catalog.scenario(SCENARIO).node("start").options[1]
    assert any(option_1.text in r and r.endswith(";2;100;2;;;;") for r in steps)
    # The room's summary: per principle, choices that followed it and went against it.
    assert header.split(";")[-4:] == [
        "prinsipp (rommets oppsummering)",
        "valg som fulgte det",
        "valg som gikk imot det",
        "valg i alt i rollespillet",
    ]
    summary = {r.split(";")[-4].split(":")[0]: r.split(";")[-3:] for r in rows if r not in steps}
    node = catalog.scenario(SCENARIO).node("start")
    touched = {p for o in node.options for p in (*o.honours, *o.breaks)}
    assert set(summary) == touched
    for pid, (followed, against, choices) in summary.items():
        assert choices == "2"  # both choices, text answers not counted
        assert followed == ("2" if pid in option_1.honours else "0")
        assert against == ("2" if pid in option_1.breaks else "0")
    assert "Ikke vis meg" not in text
    assert "'=HYPERLINK" in text  # never read as a formula
    assert a.nickname not in text and b.nickname not in text


# -- commands ------------------------------------------------------------------


def _parser():
    from widgets.seminar import commands

    parser = argparse.ArgumentParser(prog="verksted")
    commands.register(parser.add_subparsers(dest="command"))
    return parser


def test_loadtest_command_prints_stored_lost_doubled_and_p95(capsys, tmp_path):
    parser = _parser()
    url = f"sqlite:///{tmp_path / 'lt.sqlite3'}"
    args = parser.parse_args(
        ["seminar", "loadtest", "--participants", "4", "--answers", "3", "--database", url]
    )
    assert args.func(args) == 0
    out = capsys.readouterr().out
    for word in ("stored:     12 of 12", "lost:       0", "doubled:    0", "p95 write latency:"):
        assert word in out
    args = parser.parse_args(["seminar", "loadtest", "--participants", "0", "--database", url])
    assert args.func(args) == 2


def test_purge_command(capsys, tmp_path):
    parser = _parser()
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    args = parser.parse_args(["seminar", "purge", "--days", "30", "--database", url])
    assert args.func(args) == 0
    assert "deleted 0 seminars" in capsys.readouterr().out


def test_the_join_page_imports_stay_light():
    """No pandas, numpy or segno on the participant's path (export and QR codes load them)."""
    code = (
        "import sys\n"
        "from widgets.request import query_params\n"
        "from widgets.ui.seminar import ParticipantView\n"
        "heavy = ('pandas', 'segno', 'numpy')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
