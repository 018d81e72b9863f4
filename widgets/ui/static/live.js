// Front end of widgets.ui.live.LiveView.
//
// Python renders the view's HTML (already escaped) into the `html` trait; this
// file patches it into the page and reports user actions through `request`.
// Patching (not replacing) the DOM keeps focus, caret and typed text where the
// markup did not change, so keyboard and screen-reader users do not lose their
// place. Elements:
//   <button data-action="choose" data-value="2">   sends {action, value, form}
//   <form data-action="submit">                     Enter/submit sends the form
//   <textarea data-input-action="draft">            sends the text as it is typed
//   [data-autofocus]                                gets focus after an own action
//   <button data-client="print">                    prints the page (no round trip)
//   <button data-client="fullscreen">               puts the page in full screen (the room screen)
//   <button data-keys="PageDown ArrowRight">        clicked by those keys anywhere on the page
//                                                   (presentation clickers), never while typing
//   [data-show-first]                               scrolled to the top when its data-key changes
//                                                   (a phone's new question comes first)
//   .vk-room                                        the room screen: its text is fitted to its frame
//   <input type="file" data-file-action="x">        sends the chosen file's text (read here)
// A view with a `remember_key` trait (seminar participants) is told what the
// browser keeps under that key (action "remembered"), and keeps `remember_value`
// there: a reloaded page comes back as the same participant.
// A view with a `url_params` trait ({name: value}) keeps those query parameters
// in the address bar (history.replaceState; "" removes one), so that a bookmark
// of the page carries them (the landing page's personal course key).

const DEBOUNCE_MS = 350;
// The room screen's type may shrink to this share of its size (4.9 → 3.9 % of
// the screen's height: 28 px at 720 px), then long texts get an ellipsis.
const FIT_FLOOR = 0.8;
const FIT_CLAMPS = [4, 3, 2];

// A clamped text's own scrollHeight still counts its hidden lines: such a box
// (.vk-fit.vk-clamp, sized by the layout) overflows when its lines do not fit.
function overflowing(el) {
  const style = getComputedStyle(el);
  const lines = parseInt(style.webkitLineClamp, 10);
  if (el.classList.contains("vk-clamp") && lines > 0) {
    return lines * parseFloat(style.lineHeight) > el.clientHeight + 1;
  }
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

function overflows(room) {
  return [room, ...room.querySelectorAll(".vk-fit")].some(overflowing);
}

// Each text box the layout sizes shows as many whole lines as it has room for.
function clampBoxes(room) {
  room.querySelectorAll(".vk-fit.vk-clamp").forEach((el) => {
    const height = parseFloat(getComputedStyle(el).lineHeight);
    const lines = Math.max(1, Math.floor((el.clientHeight + 1) / height));
    el.style.setProperty("-webkit-line-clamp", String(lines));
    // The box is as tall as its lines, so nothing shows below the ellipsis.
    el.style.setProperty("max-height", `${lines * height}px`);
  });
}

// Fit a room screen to its frame: first smaller type (down to FIT_FLOOR), then
// fewer lines of each long text. Re-run on every paint and resize.
function fitRoom(room) {
  room.style.setProperty("--vk-fit", "1");
  room.classList.remove("vk-room-clamped");
  room.querySelectorAll(".vk-fit.vk-clamp").forEach((el) => {
    el.style.removeProperty("-webkit-line-clamp");
    el.style.removeProperty("max-height");
  });
  room.style.setProperty("--vk-clamp", "4");
  // Results: the bars and figures keep their size; the texts under them give way first.
  if (room.dataset.fit === "texts-first" && overflows(room)) {
    room.classList.add("vk-room-clamped");
    clampBoxes(room);
  }
  let fit = 1;
  while (overflows(room) && fit > FIT_FLOOR + 0.001) {
    fit = Math.max(FIT_FLOOR, Math.round((fit - 0.05) * 100) / 100);
    room.style.setProperty("--vk-fit", String(fit));
  }
  if (!overflows(room)) return;
  room.classList.add("vk-room-clamped");
  clampBoxes(room);
  if (!overflows(room)) return;
  for (const lines of FIT_CLAMPS) {
    room.style.setProperty("--vk-clamp", String(lines));
    if (!overflows(room)) return;
  }
}

function typing(target) {
  if (!target || !(target instanceof Element)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function shown(el) {
  return el.getClientRects().length > 0 && !el.closest("[inert], [hidden]");
}
const BUSY_TIMEOUT_MS = 8000;
const MAX_FILE_BYTES = 2_000_000;

function sameNode(a, b) {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  if (a.nodeType !== 1) return true;
  return (a.id || "") === (b.id || "") && (a.dataset.key || "") === (b.dataset.key || "");
}

function syncAttributes(from, to) {
  for (const attr of Array.from(from.attributes)) {
    if (!to.hasAttribute(attr.name)) from.removeAttribute(attr.name);
  }
  for (const attr of Array.from(to.attributes)) {
    if (from.getAttribute(attr.name) !== attr.value) from.setAttribute(attr.name, attr.value);
  }
}

function morph(from, to) {
  if (from.nodeType === 1) {
    const valueRev = from.getAttribute("data-value-rev");
    syncAttributes(from, to);
    // Python may reset a field's value on purpose (e.g. after sending it).
    if (to.hasAttribute("data-value-rev") && to.getAttribute("data-value-rev") !== valueRev) {
      if ("value" in from) from.value = to.value ?? to.textContent;
    }
    if ((from.type === "checkbox" || from.type === "radio") && from.checked !== to.checked) {
      from.checked = to.checked;
    }
  }
  const fromKids = Array.from(from.childNodes);
  const toKids = Array.from(to.childNodes);
  toKids.forEach((t, i) => {
    const f = fromKids[i];
    if (!f) {
      from.appendChild(t);
    } else if (!sameNode(f, t)) {
      from.replaceChild(t, f);
    } else if (t.nodeType === 1) {
      morph(f, t);
    } else if (f.nodeValue !== t.nodeValue) {
      f.nodeValue = t.nodeValue;
    }
  });
  for (let i = toKids.length; i < fromKids.length; i++) from.removeChild(fromKids[i]);
}

function formData(form) {
  const data = {};
  if (!form) return data;
  for (const el of Array.from(form.elements)) {
    if (!el.name || el.disabled) continue;
    if (el.type === "checkbox") {
      if (!Array.isArray(data[el.name])) data[el.name] = [];
      if (el.checked) data[el.name].push(el.value);
    } else if (el.type === "radio") {
      if (el.checked) data[el.name] = el.value;
      else if (!(el.name in data)) data[el.name] = null;
    } else {
      data[el.name] = el.value;
    }
  }
  return data;
}

function render({ model, el }) {
  el.classList.add("vk-live");
  const body = document.createElement("div");
  body.className = "vk-body";
  const live = document.createElement("div");
  live.className = "vk-sr-only";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  el.append(body, live);

  let seq = 0;
  let pending = false;
  let busyTimer = null;
  const timers = new Map();

  const setBusy = (busy) => {
    pending = busy;
    body.toggleAttribute("aria-busy", busy);
    clearTimeout(busyTimer);
    if (busy) busyTimer = setTimeout(() => setBusy(false), BUSY_TIMEOUT_MS);
  };

  const send = (action, value, form, { quiet = false } = {}) => {
    seq += 1;
    model.set("request", { action, value: value ?? null, form: form ?? null, seq: `${Date.now()}-${seq}` });
    model.save_changes();
    if (!quiet) setBusy(true);
  };

  const paint = () => {
    const template = document.createElement("template");
    template.innerHTML = model.get("html");
    const next = document.createElement("div");
    next.className = body.className;
    next.append(template.content);
    const hadFocus = body.contains(document.activeElement);
    morph(body, next);
    el.classList.toggle("vk-projector", model.get("variant") === "projector");
    fitAll();
    showFirst();
    if (pending) {
      setBusy(false);
      const target = body.querySelector("[data-autofocus]");
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: "nearest", behavior: "smooth" });
      } else if (hadFocus && !body.contains(document.activeElement)) {
        const heading = body.querySelector("h2, h3, [tabindex='-1']");
        if (heading) heading.focus({ preventScroll: true });
      }
    }
  };

  const fitAll = () => body.querySelectorAll(".vk-room").forEach(fitRoom);
  let fitQueued = false;
  const onResize = () => {
    if (fitQueued) return;
    fitQueued = true;
    requestAnimationFrame(() => { fitQueued = false; fitAll(); });
  };
  window.addEventListener("resize", onResize);
  const resized = typeof ResizeObserver === "function" ? new ResizeObserver(onResize) : null;
  if (resized) resized.observe(body);

  let firstKey = null;
  const showFirst = () => {
    const first = body.querySelector("[data-show-first]");
    const key = first ? first.dataset.key || "" : null;
    if (first && key !== firstKey && firstKey !== null && !typing(document.activeElement)) {
      first.scrollIntoView({ block: "start" });
    }
    firstKey = key;
  };

  // Keys (a presentation clicker sends PageDown/PageUp or arrows): click the
  // visible button that names the key, unless the user is typing in a field.
  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    if (typing(event.target)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const target = Array.from(body.querySelectorAll("[data-keys]")).find(
      (b) => b.dataset.keys.split(" ").includes(key) && shown(b) && !b.disabled,
    );
    if (!target) return;
    event.preventDefault();
    target.click();
  };
  document.addEventListener("keydown", onKey);

  body.addEventListener("click", (event) => {
    const local = event.target.closest("[data-client]");
    if (local && body.contains(local) && local.dataset.client === "print") {
      event.preventDefault();
      window.print();
      return;
    }
    if (local && body.contains(local) && local.dataset.client === "fullscreen") {
      event.preventDefault();
      const root = document.documentElement;
      if (document.fullscreenElement) document.exitFullscreen?.();
      else root.requestFullscreen?.().catch(() => { /* the browser refused: F11 still works */ });
      return;
    }
    const target = event.target.closest("[data-action]");
    if (!target || !body.contains(target) || target.tagName === "FORM") return;
    event.preventDefault();
    if (target.disabled || target.getAttribute("aria-disabled") === "true") return;
    if (pending && !target.hasAttribute("data-always")) return; // a double click sends once
    send(target.dataset.action, target.dataset.value, formData(target.closest("form")));
  });

  body.addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    const submitter = event.submitter && event.submitter.dataset.action ? event.submitter : null;
    const action = submitter ? submitter.dataset.action : form.dataset.action;
    if (!action || pending) return;
    send(action, submitter ? submitter.dataset.value : null, formData(form));
  });

  body.addEventListener("change", (event) => {
    const field = event.target;
    const action = field.dataset && field.dataset.fileAction;
    const file = action && field.files && field.files[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) { send(action, null); return; }
    file.text().then((text) => send(action, text), () => send(action, null));
    field.value = "";
  });

  body.addEventListener("input", (event) => {
    const field = event.target;
    const action = field.dataset && field.dataset.inputAction;
    if (!action) return;
    clearTimeout(timers.get(field));
    timers.set(
      field,
      setTimeout(() => send(action, field.value, formData(field.closest("form")), { quiet: true }), DEBOUNCE_MS),
    );
  });

  const storage = () => {
    try { return window.localStorage; } catch (e) { return null; } // blocked in some private modes
  };
  const recall = () => {
    const key = model.get("remember_key");
    if (!key) return;
    let value = "";
    try { value = storage()?.getItem(key) || ""; } catch (e) { value = ""; }
    send("remembered", value, null, { quiet: true });
  };
  const keep = () => {
    const key = model.get("remember_key");
    const value = model.get("remember_value");
    if (!key || !value) return;
    try { storage()?.setItem(key, value); } catch (e) { /* nothing kept: a reload is a new participant */ }
  };

  const syncUrl = () => {
    const wanted = model.get("url_params");
    if (!wanted || typeof wanted !== "object") return;
    try {
      const url = new URL(window.location.href);
      let changed = false;
      for (const [name, value] of Object.entries(wanted)) {
        if (value && url.searchParams.get(name) !== value) { url.searchParams.set(name, value); changed = true; }
        if (!value && url.searchParams.has(name)) { url.searchParams.delete(name); changed = true; }
      }
      if (changed) window.history.replaceState(window.history.state, "", url.toString());
    } catch (e) { /* an address that cannot change (sandboxed frame): links still carry it */ }
  };

  const onHtml = () => paint();
  const onAnnounce = () => {
    const text = model.get("announce");
    live.textContent = "";
    if (text) setTimeout(() => { live.textContent = text; }, 60);
  };
  // Python bumps `revision` on every render, so an action always ends `pending`
  // even when the HTML came out the same.
  model.on("change:revision", onHtml);
  model.on("change:announce", onAnnounce);
  model.on("change:remember_key", recall);
  model.on("change:remember_value", keep);
  model.on("change:url_params", syncUrl);
  paint();
  recall();
  syncUrl();
  return () => {
    model.off("change:revision", onHtml);
    model.off("change:announce", onAnnounce);
    model.off("change:remember_key", recall);
    model.off("change:remember_value", keep);
    model.off("change:url_params", syncUrl);
    window.removeEventListener("resize", onResize);
    document.removeEventListener("keydown", onKey);
    if (resized) resized.disconnect();
    timers.forEach((t) => clearTimeout(t));
    clearTimeout(busyTimer);
  };
}

export default { render };
