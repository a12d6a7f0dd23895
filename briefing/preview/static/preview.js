// The preview page's live parts. Without JavaScript the page still shows every page image
// and the Apply button submits the settings; with it, a changed setting applies at once
// and a save of the article or theme swaps in the new pages without reloading.
"use strict";
(function () {
  const form = document.getElementById("controls");
  if (form) {
    for (const field of form.querySelectorAll("select")) {
      field.addEventListener("change", () => form.requestSubmit());
    }
  }
  const status = document.getElementById("status");
  const pages = document.getElementById("pages");
  if (!status || !pages || !window.EventSource) return;
  const query = location.search.replace(/^\?/, "");
  const events = new EventSource("/events?" + query);
  let busy = false;
  async function refresh() {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch("/fragment?" + query, { cache: "no-store" });
      if (!response.ok) return;
      const html = await response.text();
      const holder = document.createElement("div");
      holder.innerHTML = html;
      const newStatus = holder.querySelector("#status");
      const newPages = holder.querySelector("#pages");
      if (newStatus) document.getElementById("status").replaceWith(newStatus);
      const current = document.getElementById("pages");
      if (newPages && newPages.dataset.rendering !== current.dataset.rendering) current.replaceWith(newPages);
    } finally {
      busy = false;
    }
  }
  events.addEventListener("update", refresh);
})();
