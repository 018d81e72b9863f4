"""End to end in a real browser: the facilitator, three phones and the room screen.

One seminar is run once, in one chromium, against a real Voilà. Each phone is
a browser context of its own (its own localStorage, as three phones would
have). The room screen is measured in every phase at 1280×720, 1366×768 and
1920×1080 by resizing its window (no second run): the document is no taller
than the window, nothing inside the screen overflows, the smallest visible
text, and the QR code's size. The facilitator drives a whole question cycle
with the keyboard only (PageDown/PageUp/B, as a presentation clicker sends).
Screenshots go to ``test-artifacts/seminar/``; the measured figures to
``test-artifacts/seminar/room-sizes.json`` (docs/seminar.md quotes them).
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
from collections import Counter

import pytest
from conftest import WORDS_SCENARIO

from widgets.devtools.browser import assert_accessible, live_region_text
from widgets.devtools.voila import running_server
from widgets.paths import repo_root

pytestmark = [pytest.mark.served, pytest.mark.browser]

PASS = secrets.token_urlsafe(12)
ARTIFACTS = repo_root() / "test-artifacts" / "seminar"
FACILITATOR = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
ROOM_SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
MIN_TEXT_720 = 28  # px: the smallest text on the room screen at 1280×720
TIMEOUT = 60_000  # ms: Voilà starts a kernel per page on a small shared machine, beside
# another test process (as the other browser tests wait)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    work = tmp_path_factory.mktemp("seminar-browser")
    modules = work / "modules"
    shutil.copytree(repo_root() / "modules", modules)
    (modules / "prinsippene" / "scenarios" / "egne-ord.yaml").write_text(
        WORDS_SCENARIO.replace("module: demo", "module: prinsippene"), encoding="utf-8"
    )
    env = {
        "VERKSTED_STATE_DIR": str(work / "state"),
        "VERKSTED_FACILITATOR_PASSPHRASE": PASS,
        "VERKSTED_DATABASE_URL": "",
        "VERKSTED_MODULES": str(modules),
    }
    with running_server(work / "voila.log", env=env) as srv:
        yield srv


def shot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


#: What the room screen measures in the browser (after live.js has fitted it).
MEASURE = """() => {
  const room = document.querySelector('.vk-room');
  let smallest = Infinity;
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode;
    if (!node.nodeValue.trim()) continue;
    const el = node.parentElement;
    if (el.closest('.vk-sr-only')) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    smallest = Math.min(smallest, parseFloat(style.fontSize));
  }
  const boxes = room ? [room, ...room.querySelectorAll('.vk-fit')] : [];
  const over = boxes.filter((el) => {
    // A clamped text (ellipsis) overflows when its lines are taller than its box.
    const style = getComputedStyle(el);
    const lines = parseInt(style.webkitLineClamp, 10);
    if (el.classList.contains('vk-clamp') && lines > 0) {
      return lines * parseFloat(style.lineHeight) > el.clientHeight + 1;
    }
    return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
  })
    .map((el) => el.className);
  const qr = document.querySelector('.vk-room-qr');
  return {
    view: room ? room.dataset.view : '',
    document: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    overflowing: over,
    smallest: smallest === Infinity ? 0 : Math.round(smallest * 10) / 10,
    qr: qr ? Math.round(qr.getBoundingClientRect().height) : 0,
    fit: room ? getComputedStyle(room).getPropertyValue('--vk-fit').trim() : '',
    clamped: room ? room.classList.contains('vk-room-clamped') : false,
    header: document.querySelectorAll('.vk-site-header, .vk-site-footer, .vk-pager').length,
  };
}"""

FIGURES: dict[str, dict[str, object]] = {}


def measure_room(room, phase: str, label: str = "") -> None:
    """The room screen at every size: fits without scrolling, large text, QR code big."""
    label = label or phase
    room.locator(f'.vk-room[data-view="{phase}"]').wait_for()
    for width, height in ROOM_SIZES:
        room.set_viewport_size({"width": width, "height": height})
        room.wait_for_timeout(200)  # live.js fits on the next animation frame
        m = room.evaluate(MEASURE)
        FIGURES[f"{label} {width}x{height}"] = m
        shot(room, f"room-{label}-{width}x{height}")
        where = f"{phase} at {width}×{height}: {m}"
        assert m["view"] == phase, where
        assert m["document"] <= height and m["width"] <= width, where
        assert not m["overflowing"], where
        assert m["header"] == 0, where  # no page header, footer or navigation
        if phase != "blank":
            assert m["smallest"] >= MIN_TEXT_720 * height / 720 - 0.5, where
        if phase == "lobby":
            assert m["qr"] >= 0.45 * height, where
    room.set_viewport_size({"width": 1280, "height": 720})


def heard(widget, text: str) -> None:
    """Wait until the widget's live region says ``text`` (it is filled 60 ms after a change)."""
    widget.page.wait_for_function(
        "([w, text]) => w.querySelector(':scope > [role=status]').textContent.includes(text)",
        arg=[widget.element_handle(), text],
    )
    assert text in live_region_text(widget)


def press(page, key: str, then: str) -> None:
    """A key on the facilitator's page (focus on the page, never in a field); waits for ``then``."""
    page.keyboard.press(key)
    page.locator(then).first.wait_for()


def test_a_seminar_with_three_phones_and_the_room_screen(server, browser):
    url = server.url + "voila/render/seminar/"
    fac_ctx = browser.new_context(viewport=FACILITATOR)
    fac = fac_ctx.new_page()
    fac.set_default_timeout(TIMEOUT)
    fac.goto(url + "fasilitator.ipynb")
    fac.get_by_label("Passord for kursholdere").fill(PASS)
    fac.get_by_role("button", name="Logg inn").click()
    fac.get_by_role("button", name="Start et nytt seminar").click()
    code = fac.locator(".vk-code").first.inner_text(timeout=TIMEOUT).strip()
    assert re.fullmatch(r"[A-Z0-9]{5}", code)

    # The room screen, opened from the facilitator's link: the short address,
    # the code, and a QR code with the full link.
    href = fac.get_by_role("link", name="Åpne storskjermen").get_attribute("href")
    room = fac_ctx.new_page()
    room.set_default_timeout(TIMEOUT)
    room.set_viewport_size({"width": 1280, "height": 720})
    room.goto(url + href)
    host = server.url.split("://", 1)[1]
    assert room.locator(".vk-room-address").inner_text() == f"{host}bli-med"
    assert room.locator(".vk-room-code").inner_text() == code
    assert room.get_by_role("button", name="Fullskjerm").count() == 1
    measure_room(room, "lobby")
    assert_accessible(room, "the room screen (lobby)")

    phones = []
    for i in range(3):
        ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        phone = ctx.new_page()
        phone.set_default_timeout(TIMEOUT)
        if i == 0:
            phone.goto(server.url + "bli-med")  # the short address: the code is typed
            assert phone.url.startswith(url + "delta.ipynb")
            phone.get_by_label("Skriv inn koden du ser på skjermen").fill(code.lower())
            phone.get_by_role("button", name="Bli med").click()
        else:
            phone.goto(url + f"delta.ipynb?kode={code}")  # the QR code's link
        phone.locator(".vk-nickname").wait_for()
        phones.append(phone)
    nicknames = [p.locator(".vk-nickname").inner_text() for p in phones]
    assert len(set(nicknames)) == 3
    shot(phones[0], "phone-waiting")
    fac.get_by_text("3 deltakere er med").first.wait_for()
    room.get_by_text("3 deltakere er med").wait_for()

    # The course's longest seminar step: Merkelappen's first.
    fac.get_by_role("button", name="Merkelappen").click()
    choices = [0, 2, 2]  # letters A, C, C as shown
    for phone, choice in zip(phones, choices, strict=True):
        buttons = phone.locator('button[data-action="answer"]')
        buttons.first.wait_for()
        # The question and its options come first on the phone.
        first = phone.locator(".vk-first").bounding_box()
        assert first["y"] < 200 and buttons.first.bounding_box()["y"] < PHONE["height"]
        buttons.nth(choice).click()
        phone.locator('button[aria-pressed="true"]').wait_for()
        phone.locator('[data-key="saved"]').wait_for()  # «… du kan velge et annet»
    shot(phones[1], "phone-answered")
    assert_accessible(phones[1], "the participant's page (question open)")
    fac.locator(".vk-count", has_text="3 av 3 har svart").wait_for()
    room.locator(".vk-room-count", has_text="3 av 3 har svart").wait_for()
    measure_room(room, "open")

    # The facilitator's console fits one 1366×768 screen: preview, count, next, after.
    fac.evaluate("window.scrollTo(0, 0)")
    for part in (".vk-preview .vk-room", ".vk-next-box .vk-count", "button.vk-next", ".vk-after"):
        box = fac.locator(part).first.bounding_box()  # relative to the top of the page now
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= FACILITATOR["height"], part
    shot(fac, "facilitator-open-1366x768")
    assert_accessible(fac, "the facilitator's page (question open)")

    # A reload mid-question keeps the nickname and the answer (nothing doubled).
    phones[2].reload()
    phones[2].locator('button[aria-pressed="true"]').wait_for()
    assert phones[2].locator(".vk-nickname").inner_text() == nicknames[2]

    # Keyboard only from here (a clicker): focus is on the page, never in a field.
    fac.locator("button.vk-next").focus()
    press(fac, "PageDown", 'button.vk-next[data-action="reveal"]')
    assert fac.evaluate("document.activeElement.dataset.action") == "reveal"  # focus follows
    widget = fac.locator(".vk-live").filter(has=fac.locator(".vk-facilitator"))
    heard(widget, "Svarene er stengt")  # screen readers hear each step
    phones[0].locator('[data-key="closed"]').wait_for()
    measure_room(room, "closed")
    press(fac, "PageUp", 'button.vk-next[data-action="close"]')  # back: open again
    press(fac, "ArrowRight", 'button.vk-next[data-action="reveal"]')
    press(fac, "PageDown", 'button.vk-next[data-action="feedback"]')
    measure_room(room, "revealed")
    cols = room.locator(".vk-col")
    by_letter = {
        cols.nth(i).locator(".vk-room-letter").inner_text().strip(): int(
            cols.nth(i).get_attribute("data-count")
        )
        for i in range(cols.count())
    }
    expected = Counter("ACC")
    assert by_letter == {k: expected.get(k, 0) for k in by_letter}
    assert cols.filter(has_text="valg").count() == cols.count()  # verdicts in words
    assert "Tekster som venter" not in room.content()
    # On the phones the results come first.
    for phone in phones:
        phone.locator(".vk-first .vk-result-list li").first.wait_for()
        assert phone.locator(".vk-result-list").inner_text().count("svar (") == cols.count()
    assert phones[1].locator(".vk-result-list").bounding_box()["y"] < 300
    shot(phones[1], "phone-results")
    assert_accessible(room, "the room screen (results)")

    press(fac, "PageDown", 'button.vk-next[data-action="next"]')
    measure_room(room, "feedback")
    shot(fac, "facilitator-feedback-1366x768")

    # B blanks the room screen; B again shows it; a next key while blank only unblanks.
    press(fac, "b", 'button.vk-next[data-action="blank"]')
    heard(widget, "Storskjermen er mørk")
    measure_room(room, "blank")
    press(fac, "b", 'button.vk-next[data-action="next"]')
    room.locator('.vk-room[data-view="feedback"]').wait_for()
    press(fac, "b", 'button.vk-next[data-action="blank"]')
    press(fac, "PageDown", 'button.vk-next[data-action="next"]')
    room.locator('.vk-room[data-view="feedback"]').wait_for()
    # Keys typed into a field never step the seminar (they go to the field).
    fac.evaluate(
        "() => { const f = document.createElement('input'); f.id = 'typing';"
        " f.setAttribute('aria-label', 'x'); document.body.append(f); f.focus(); }"
    )
    fac.keyboard.type("b")
    fac.keyboard.press("PageDown")
    fac.wait_for_timeout(1000)
    assert fac.locator("button.vk-next").get_attribute("data-action") == "next"
    assert fac.locator("#typing").input_value() == "b"
    fac.evaluate("() => document.getElementById('typing').remove()")

    # On to the end of the scenario, keys only (nobody answers the later steps).
    fac.locator("button.vk-next").focus()
    for _ in range(24):
        if room.locator('.vk-room[data-view="ending"]').count():
            break
        before = fac.locator("button.vk-next").get_attribute("data-action")
        fac.keyboard.press("PageDown")
        fac.wait_for_function(
            "(b) => { const n = document.querySelector('button.vk-next');"
            " return !n || n.dataset.action !== b; }",
            arg=before,
        )
    measure_room(room, "ending")
    tallies = room.locator(".vk-tally")
    assert tallies.count() >= 1
    assert all(
        int(tallies.nth(i).get_attribute("data-choices")) == 3 for i in range(tallies.count())
    )  # the three answers to the first step; the later steps had none
    assert fac.locator(".vk-summary .vk-tally").count() >= tallies.count()
    shot(fac, "facilitator-ending-1366x768")

    # Own words: moderated, then shown on the room screen (never with a nickname).
    press(fac, "PageDown", '[data-key="picker"]')
    fac.get_by_role("button", name="Med egne ord").click()
    words = phones[0].get_by_label("Skriv med egne ord")
    try:
        words.wait_for()
    except Exception:
        shot(phones[0], "failure-phone", full_page=True)
        shot(fac, "failure-facilitator", full_page=True)
        raise
    words.fill("Jeg hører at du er sliten. " * 8)
    phones[0].get_by_role("button", name="Send").click()
    phones[0].locator('[data-key="saved"]').wait_for()
    fac.get_by_role("button", name="Godkjenn").click()
    fac.locator('[data-key^="ok-"]').wait_for()
    measure_room(room, "open", "open-text")
    fac.locator("button.vk-next").focus()
    press(fac, "PageDown", 'button.vk-next[data-action="reveal"]')
    press(fac, "PageDown", 'button.vk-next[data-action="next"]')
    measure_room(room, "revealed", "approved-texts")
    assert room.locator(".vk-room-texts li").count() == 1
    assert nicknames[0] not in room.content()

    # The end: thanks and the summary of the whole seminar.
    fac.get_by_role("button", name="Avslutt seminaret").click()
    fac.get_by_role("button", name="Ja, avslutt").click()
    measure_room(room, "ended")
    fac.get_by_role("button", name="Lag CSV med resultatene").click()
    csv_href = fac.get_by_role("link", name="Last ned CSV").get_attribute("href")
    assert csv_href.startswith("data:text/csv")

    # Without a link, and after the data is deleted.
    other = fac_ctx.new_page()
    other.set_default_timeout(TIMEOUT)
    other.set_viewport_size({"width": 1280, "height": 720})
    other.goto(url + "skjerm.ipynb")
    measure_room(other, "nolink")
    fac.get_by_role("button", name="Slett seminarets data").click()
    fac.get_by_role("button", name="Ja, slett alt").click()
    measure_room(room, "gone")

    (ARTIFACTS / "room-sizes.json").write_text(json.dumps(FIGURES, indent=1), encoding="utf-8")
    fac_ctx.close()
    for phone in phones:
        phone.context.close()
