// Verksted's page script (the Voilà template "verksted"); no dependencies.
//  - Voilà's shell (the rendered notebook) is moved into <main>.
//  - Links to the course's own pages open in the same tab: JupyterLab gives
//    every link in an output target="_blank", which would leave a tab, and a
//    kernel, behind for every page visited.
//  - ?visning=projektor switches any page to the projector layout.
//  - Query parameters named in window.VERKSTED.carried_params (for example a
//    personal course key) are carried on to the course's other pages when a
//    link to one is followed, so that "next" keeps them.
(function () {
  "use strict";
  var config = window.VERKSTED || {};
  var params = new URLSearchParams(window.location.search);
  var main = document.getElementById("vk-main");

  if (params.get("visning") === "projektor") document.body.classList.add("vk-projector");

  // A link to one of the course's pages (same server, a notebook).
  var coursePage = function (link) {
    var url;
    try {
      url = new URL(link.getAttribute("href"), window.location.href);
    } catch (e) {
      return null;
    }
    if (url.origin !== window.location.origin || !/\.ipynb$/.test(url.pathname)) return null;
    return url;
  };

  var sameTab = function (root) {
    if (!root || !root.querySelectorAll) return;
    root.querySelectorAll("a[target=_blank][href]").forEach(function (link) {
      if (coursePage(link)) {
        link.removeAttribute("target");
        link.removeAttribute("rel");
      }
    });
  };

  // Voilà's front end attaches its shell (with the rendered cells) to the end of
  // <body>; move it into <main>, so the course content is in the main landmark,
  // before the previous/next links and the footer, and the skip link leads to it.
  if (main && window.MutationObserver) {
    var pending = false;
    var observer = new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) {
          if (node.nodeType === 1 && node.parentNode === document.body &&
              node.classList.contains("jp-LabShell")) {
            main.appendChild(node);
          }
        });
      });
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () { pending = false; sameTab(main); });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }

  document.addEventListener("click", function (event) {
    // Read the address now, not at load: a page may put a new course key in it
    // (history.replaceState) after it has loaded.
    var current = new URLSearchParams(window.location.search);
    var carried = (config.carried_params || []).filter(function (name) { return current.has(name); });
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.hasAttribute("download")) return;
    var url = coursePage(link);
    if (!url) return;
    if (link.target === "_blank" && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      link.removeAttribute("target");
    }
    if (carried.length) {
      carried.forEach(function (name) {
        if (!url.searchParams.has(name)) url.searchParams.set(name, current.get(name));
      });
      link.href = url.toString();
    }
  }, true);
})();

// Voilà's page asks the server to end its kernel from a "beforeunload" handler
// that its front end registers once it has connected to the kernel. Two cases
// leave the kernel running until it is culled: a visitor who leaves before
// then (the text is shown before the front end has started, so that happens),
// and mobile browsers (Safari on iOS in particular) that never fire
// "beforeunload" when a tab is closed or killed. This page sends the same
// request itself, once, from "beforeunload" or else from "pagehide" (which
// always fires). It does so whether or not Voilà's handler has run: guessing
// that was a race (a page left between Voilà's fetch of the kernel model and
// its handler's registration kept its kernel). The server takes a request for
// a kernel that is gone or going as done (widgets.server.PacedKernelManager).
(function () {
  "use strict";
  var sent = false;
  var kernelId = function () {
    var config = document.getElementById("jupyter-config-data");
    try {
      return config && JSON.parse(config.textContent || "{}").kernelId;
    } catch (e) {
      return null;
    }
  };
  var shutdown = function () {
    if (sent) return;
    var kernel = kernelId();
    var base = document.body.getAttribute("data-base-url"); // ends in "voila/"
    if (!kernel || !base || !navigator.sendBeacon) return;
    var form = new FormData();
    var xsrf = document.cookie.match(/\b_xsrf=([^;]*)\b/);
    form.append("_xsrf", xsrf ? xsrf[1] : "");
    sent = navigator.sendBeacon(base + "api/shutdown/" + kernel, form);
  };
  window.addEventListener("beforeunload", shutdown);
  window.addEventListener("pagehide", function (event) {
    if (!event.persisted) shutdown();
  });
})();
