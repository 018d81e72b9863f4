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
//   <input type="file" data-file-action="x">        sends the chosen file's text (read here)
// A view with a `remember_key` trait (seminar participants) is told what the
// browser keeps under that key (action "remembered"), and keeps `remember_value`
// there: a reloaded page comes back as the same participant.
// A view with a `url_params` trait ({name: value}) keeps those query parameters
// in the address bar (history.replaceState; "" removes one), so that a bookmark
// of the page carries them (the landing page's personal course key).

const DEBOUNCE_MS = 350;
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

  body.addEventListener("click", (event) => {
    const local = event.target.closest("[data-client]");
    if (local && body.contains(local) && local.dataset.client === "print") {
      event.preventDefault();
      window.print();
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
    timers.forEach((t) => clearTimeout(t));
    clearTimeout(busyTimer);
  };
}

export default { render };
