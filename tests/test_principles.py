from __future__ import annotations

import yaml

from widgets import principles
from widgets.content import catalog


def test_ids_names_and_groups_equal_the_contract(shared):
    contract = yaml.safe_load(
        (shared / "contracts" / "principles.yaml").read_text(encoding="utf-8")
    )
    expected = {
        pid: (name, group)
        for group in ("principles", "conversation_rules")
        for pid, name in contract[group].items()
    }
    ours = {p.id: (p.name, p.group) for p in principles.canonical().values()}
    assert ours == expected
    assert list(ours) == list(expected)  # the same order


def test_ten_principles_and_the_conversation_rules():
    groups = [p.group for p in principles.canonical().values()]
    assert groups.count("principles") == 10
    assert {"taushetsplikt", "meldeplikt", "spor-for-rad"} <= principles.all_ids()
    assert principles.get("si-jeg").name.startswith("Snakk ut fra deg selv")


def test_every_principle_has_the_course_explanation():
    texts = catalog.principle_texts()
    assert set(texts) == principles.all_ids()
    assert all(t.short.endswith(".") for t in texts.values())
