"""The scenario player, driven from Python as the page would drive it."""

from __future__ import annotations

import logging

import pytest

from widgets.content import catalog
from widgets.scenario import option_order
from widgets.ui import ScenarioPlayer

SCENARIO_ID = "rad-som-ikke-ble-bedt-om"


@pytest.fixture
def player() -> ScenarioPlayer:
    return ScenarioPlayer(SCENARIO_ID)


def click(player: ScenarioPlayer, action: str, value=None, form=None) -> None:
    """What live.js sends when a button is clicked."""
    player.request = {
        "action": action,
        "value": value,
        "form": form,
        "seq": f"t-{id(form)}-{value}",
    }


def test_shows_setting_characters_first_lines_and_options(player):
    scenario = catalog.scenario(SCENARIO_ID)
    html = player.html
    assert scenario.title in html
    assert "Turid" in html and "Jon" in html
    assert "Han vil ikke ta medisinene" in html
    assert player.phase == "choose" and player.node_id == "start"
    node = scenario.node("start")
    shown = [node.options[i].text for i in option_order(scenario.id, node)]
    assert player.options_shown == shown
    for i in range(len(node.options)):
        assert f'data-action="choose" data-value="{i}"' in html


def test_choice_shows_feedback_with_principles_explained(player):
    scenario = catalog.scenario(SCENARIO_ID)
    option = scenario.node("start").options[0]
    click(player, "choose", "0")
    assert player.phase == "feedback"
    html = player.html
    assert "Uheldig valg" in html
    assert option.feedback.split()[0] in html
    assert "«Våge å ikke gi råd»" in html  # the principle's name
    assert "Del heller hva du selv har erfart" in html  # its one-sentence explanation
    assert 'data-action="choose"' not in html  # options are gone until "Fortsett"
    assert "Uheldig valg." in player.announce  # spoken to screen readers


def test_double_click_counts_once(player):
    click(player, "choose", "0")
    player.dispatch("choose", 1)
    assert len(player.run.steps) == 1


def test_play_through_to_summary_and_again(player):
    for _ in range(3):
        click(player, "choose", "1" if player.node_id == "start" else "0")
        click(player, "continue")
    assert player.phase == "end"
    html = player.html
    assert "Turid fant sitt eget skritt" in html
    assert "Slik gikk samtalen" in html
    assert "3 av 3 valg var gode" in html
    assert "Prinsipper du fulgte" in html and "Prinsipper du gikk imot" in html
    click(player, "restart")
    assert player.phase == "choose" and player.node_id == "start"
    assert "Slik gikk samtalen" not in player.html.split("</ol>")[-1]


def test_finish_callback_gets_the_summary(player):
    got = []
    player.on_finish(got.append)
    for _ in range(3):
        player.dispatch("choose", 0)
        player.dispatch("continue")
    assert len(got) == 1
    assert got[0].broken["ikke-gi-rad"] >= 1


@pytest.mark.parametrize(
    "request_value",
    [
        {"action": "choose", "value": "x"},
        {"action": "choose", "value": 99},
        {"action": "hack"},
        {"nope": 1},
    ],
)
def test_bad_requests_give_a_norwegian_message_not_a_traceback(player, request_value, caplog):
    caplog.set_level(logging.ERROR, logger="verksted")
    player.request = request_value
    assert player.phase == "choose"
    assert "Traceback" not in player.html
    if request_value.get("value") in ("x", 99):
        assert "Beklager, noe gikk galt" in player.html


def test_escapes_what_content_contains(tmp_path):
    from conftest import SCENARIO

    from widgets.content.loader import read_yaml, validate
    from widgets.content.models import Scenario

    path = tmp_path / "x.yaml"
    path.write_text(
        SCENARIO.replace("Jeg er så sliten.", "<script>alert(1)</script>"), encoding="utf-8"
    )
    source, _ = read_yaml(path)
    scenario, _ = validate(Scenario, source)
    html = ScenarioPlayer(scenario).html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_missing_scenario_shows_a_message(caplog):
    caplog.set_level(logging.CRITICAL, logger="verksted")
    player = ScenarioPlayer("finnes-ikke")
    assert player.phase == "broken"
    assert "mangler eller har en feil" in player.html


def test_render_error_is_caught(player, monkeypatch, caplog):
    caplog.set_level(logging.CRITICAL, logger="verksted")

    def boom(*args, **kwargs):
        raise RuntimeError("template bug")

    monkeypatch.setattr("widgets.ui.player.render_template", boom)
    player.dispatch("choose", 0)
    assert "Beklager, noe gikk galt" in player.html
    assert "template bug" not in player.html


def test_own_words_beside_options_are_practice_then_a_choice(player):
    assert "Skriv først med egne ord" in player.html
    player.dispatch("write", None, {"words": "Man må være sterk. Du burde ringe DPS."})
    html = player.html
    assert player.phase == "choose" and player.node_id == "start"  # still choosing
    assert '<mark class="vk-brudd"' in html and "«Man»" in html
    assert "«Våge å ikke gi råd»" in html  # the engine's finding, named
    assert "Forslag:" in html  # a suggested rewrite
    assert 'data-action="choose"' in html  # the options are still there
    player.dispatch("choose", 1)
    assert player.phase == "feedback"
    assert [s.is_text for s in player.run.steps] == [True, False]


def test_own_words_instead_of_options_lead_on():
    player = ScenarioPlayer("trost-som-kommer-for-fort")
    for _ in range(3):
        player.dispatch("choose", 0)
        player.dispatch("continue")
    assert player.node_id == "egne-ord" and 'data-action="choose"' not in player.html
    player.dispatch("write", None, {"words": "   "})
    assert "Skriv noe først" in player.html and player.phase == "choose"
    player.dispatch("write", None, {"words": "<b>Jeg</b> blir lei meg når jeg hører det."})
    assert player.phase == "feedback"
    assert "&lt;b&gt;Jeg&lt;/b&gt;" in player.html and "<b>Jeg</b>" not in player.html
    player.dispatch("continue")
    assert player.phase == "end"
    assert "Du (med egne ord): «&lt;b&gt;Jeg&lt;/b&gt; blir lei meg" in player.html
