from __future__ import annotations

import yaml

from widgets import principles
from widgets.content import catalog


def test_contract_copy_is_exact(shared):
    contract = (shared / "contracts" / "principles.yaml").read_text(encoding="utf-8")
    ours = (principles._CONTRACT).read_text(encoding="utf-8")
    assert yaml.safe_load(ours) == yaml.safe_load(contract)


def test_ten_principles_and_the_conversation_rules():
    groups = [p.group for p in principles.canonical().values()]
    assert groups.count("principles") == 10
    assert {"taushetsplikt", "meldeplikt", "spor-for-rad"} <= principles.all_ids()
    assert principles.get("si-jeg").name.startswith("Snakk ut fra deg selv")


def test_every_principle_has_the_course_explanation():
    texts = catalog.principle_texts()
    assert set(texts) == principles.all_ids()
    assert all(t.short.endswith(".") for t in texts.values())
