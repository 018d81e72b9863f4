"""End to end in a real browser: the facilitator's page and three phones in one chromium.

Each phone is a browser context of its own (its own localStorage, as three
phones would have), all in one chromium, against a real Voilà. Screenshots
(desktop and phone sizes) go to ``test-artifacts/seminar/``.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter

import pytest

from widgets.devtools.voila import running_server
from widgets.paths import repo_root

pytestmark = [pytest.mark.served, pytest.mark.browser]

PASS = secrets.token_urlsafe(12)
ARTIFACTS = repo_root() / "test-artifacts" / "seminar"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT = 30_000  # ms: Voilà starts a kernel per page on a small shared machine


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("seminar-browser")
    env = {
        "VERKSTED_STATE_DIR": str(work / "state"),
        "VERKSTED_FACILITATOR_PASSPHRASE": PASS,
        "VERKSTED_DATABASE_URL": "",
    }
    with running_server(work / "voila.log", env=env) as srv:
        yield srv


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_facilitator_and_three_phones(server, browser):
    url = server.url + "voila/render/seminar/"
    fac_ctx = browser.new_context(viewport=DESKTOP)
    fac = fac_ctx.new_page()
    fac.set_default_timeout(TIMEOUT)
    fac.goto(url + "fasilitator.ipynb")
    fac.get_by_label("Passord for kursholdere").fill(PASS)
    fac.get_by_role("button", name="Logg inn").click()
    fac.get_by_role("button", name="Start et nytt seminar").click()
    code = fac.locator(".vk-code").first.inner_text(timeout=TIMEOUT).strip()
    assert re.fullmatch(r"[A-Z0-9]{5}", code)
    assert fac.locator(".vk-qr svg").count() == 1
    shot(fac, "facilitator-lobby-desktop")

    # The projector page, opened from the facilitator's link.
    href = fac.get_by_role("link", name="Åpne storskjermen").get_attribute("href")
    screen = fac_ctx.new_page()
    screen.set_default_timeout(TIMEOUT)
    screen.goto(url + href)
    screen.locator(".vk-projector .vk-code").wait_for()

    phones = []
    for i in range(3):
        ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        phone = ctx.new_page()
        phone.set_default_timeout(TIMEOUT)
        if i == 0:
            phone.goto(url + "delta.ipynb")  # types the code
            phone.get_by_label("Skriv inn koden du ser på skjermen").fill(code.lower())
            phone.get_by_role("button", name="Bli med").click()
        else:
            phone.goto(url + f"delta.ipynb?kode={code}")  # the QR code's link
        phone.locator(".vk-nickname").wait_for()
        phones.append(phone)
    nicknames = [p.locator(".vk-nickname").inner_text() for p in phones]
    assert len(set(nicknames)) == 3
    shot(phones[0], "participant-waiting-phone")
    fac.get_by_text("3 deltakere er med").wait_for()

    fac.get_by_role("button", name="Rådet som ingen ba om").click()
    fac.locator(".vk-count").wait_for()
    choices = [0, 2, 2]  # letters A, C, C as shown
    for phone, choice in zip(phones, choices, strict=True):
        buttons = phone.locator('button[data-action="answer"]')
        buttons.first.wait_for()
        buttons.nth(choice).click()
        phone.locator('button[aria-pressed="true"]').wait_for()
    shot(phones[1], "participant-answered-phone")
    fac.locator(".vk-count", has_text="3 av 3 har svart").wait_for()
    screen.locator(".vk-count", has_text="3 av 3 har svart").wait_for()
    shot(fac, "facilitator-open-desktop")

    # A reload mid-question keeps the nickname and the answer (nothing doubled).
    phones[2].reload()
    phones[2].locator('button[aria-pressed="true"]').wait_for()
    assert phones[2].locator(".vk-nickname").inner_text() == nicknames[2]
    fac.get_by_text("3 deltakere er med").wait_for()

    fac.get_by_role("button", name="Steng svarene").click()
    phones[0].locator('[data-key="closed"]').wait_for()
    fac.get_by_role("button", name="Vis resultatet").click()
    bars = fac.locator(".vk-bar-row")
    bars.first.wait_for()
    shown = {
        int(bars.nth(i).get_attribute("data-option")): int(bars.nth(i).get_attribute("data-count"))
        for i in range(bars.count())
    }
    # The option index behind each letter, in the order the phones showed them.
    letters = phones[0].locator(".vk-result-list li")
    letters.first.wait_for()
    expected_by_letter = Counter("ACC")
    by_letter = {
        bars.nth(i).locator(".vk-letter").inner_text().strip(): int(
            bars.nth(i).get_attribute("data-count")
        )
        for i in range(bars.count())
    }
    assert by_letter == {k: expected_by_letter.get(k, 0) for k in by_letter}
    assert sum(shown.values()) == 3
    # verdicts in words next to every bar, not colour alone
    assert bars.filter(has_text="valg").count() == bars.count()
    screen.locator(".vk-bar-row").first.wait_for()
    assert "Tekster som venter" not in screen.content()
    shot(fac, "facilitator-results-desktop")
    shot(screen, "projector-results-desktop")
    shot(phones[1], "participant-results-phone")
    for phone in phones:
        phone.locator(".vk-result-list li").first.wait_for()
        assert phone.locator(".vk-result-list").inner_text().count("svar (") == 4

    fac_ctx.close()
    for phone in phones:
        phone.context.close()
