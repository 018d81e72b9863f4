// Verksted's page script (the Voilà template "verksted"); no dependencies.
//  - Voilà's shell (the rendered notebook) is moved into <main>.
//  - ?visning=projektor switches any page to the projector layout.
//  - Query parameters named in window.VERKSTED.carried_params (for example a
//    personal course key) are carried on to the course's other pages when a
//    link to one is followed, so that "next" keeps them.
(function () {
  "use strict";
  var config = window.VERKSTED || {};

  // Voilà's front end attaches its shell (with the rendered cells) to the end of
  // <body>; move it into <main>, so the course content is in the main landmark,
  // before the previous/next links and the footer, and the skip link leads to it.
  var main = document.getElementById("vk-main");
  var adopt = function (node) {
    if (main && node.nodeType === 1 && node.classList.contains("jp-LabShell")) {
      main.appendChild(node);
      return true;
    }
    return false;
  };
  if (main && window.MutationObserver) {
    var observer = new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) { if (adopt(node)) observer.disconnect(); });
      });
    });
    observer.observe(document.body, { childList: true });
  }
  var params = new URLSearchParams(window.location.search);

  if (params.get("visning") === "projektor") document.body.classList.add("vk-projector");

  var carried = (config.carried_params || []).filter(function (name) { return params.has(name); });
  if (!carried.length) return;
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
    var url = new URL(link.getAttribute("href"), window.location.href);
    if (url.origin !== window.location.origin || !/\.ipynb$/.test(url.pathname)) return;
    carried.forEach(function (name) {
      if (!url.searchParams.has(name)) url.searchParams.set(name, params.get(name));
    });
    link.href = url.toString();
  }, true);
})();
