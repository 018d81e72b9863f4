"""Øvingsbenken: feedback as the trainee types."""

from __future__ import annotations

from widgets.content import catalog
from widgets.feedback import MAX_CHARS
from widgets.strings import t
from widgets.ui import PracticeBench


def test_starts_with_a_situation_and_no_feedback():
    bench = PracticeBench()
    first = catalog.practice().situations[0]
    assert first.who in bench.html
    assert "Tilbakemeldingen kommer her" in bench.html
    assert "verken lagret eller sendt" in bench.html


def test_feedback_as_you_type_marks_words_and_explains():
    bench = PracticeBench()
    bench.request = {"action": "draft", "value": "Man blir jo så sliten.", "seq": "1"}
    html = bench.html
    assert '<mark class="vk-brudd" title="går imot">Man' in html
    assert "Forslag: «Jeg blir jo så sliten.»" in html
    bench.dispatch("draft", "Jeg kjenner meg sliten i dag.")
    assert "vk-brudd" not in bench.html


def test_check_announces_and_clean_text_gets_kind_words():
    bench = PracticeBench()
    bench.dispatch("check", None, {"text": "Jeg har en sønn som er syk."})
    assert bench.announce == t("feedback.none")


def test_html_and_emoji_are_shown_as_text():
    bench = PracticeBench()
    bench.dispatch("draft", "<img src=x onerror=alert(1)> Du bør 🙂 ringe.")
    assert "<img" not in bench.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in bench.html
    assert "🙂" in bench.html


def test_very_long_text_is_cut_and_the_trainee_told():
    bench = PracticeBench()
    bench.dispatch("draft", "Jeg er sliten. " * 10_000)
    assert len(bench.text) == 20_000
    assert f"bare de første {MAX_CHARS} tegnene" in bench.html


def test_clear_next_and_free():
    bench = PracticeBench()
    bench.dispatch("draft", "Du må slutte.")
    bench.dispatch("clear")
    assert bench.text == "" and bench.result is None
    second = catalog.practice().situations[1]
    bench.dispatch("next")
    assert second.who in bench.html
    bench.dispatch("free")
    assert bench.situation is None and "Det du ville sagt</label>" in bench.html


def test_non_string_values_are_ignored():
    bench = PracticeBench()
    bench.request = {"action": "draft", "value": {"x": 1}, "seq": "1"}
    assert bench.text == "" and "Traceback" not in bench.html
