// The preview page's live parts. Without JavaScript the page still shows every page image
// and the Apply button submits the settings; with it, a changed setting applies at once
// and a save of the article or theme swaps in the new pages without reloading.
"use strict";
(function () {
  const form = document.getElementById("controls");
  if (form) {
    // After the page reloads for a choice, the keyboard stays on the control that was used.
    const last = sessionStorage.getItem("briefing-preview-focus");
    if (last) {
      sessionStorage.removeItem("briefing-preview-focus");
      const field = form.querySelector(`[name="${last}"]`);
      if (field) field.focus();
    }
    for (const field of form.querySelectorAll("select")) {
      field.addEventListener("change", () => {
        sessionStorage.setItem("briefing-preview-focus", field.name);
        form.requestSubmit();
      });
    }
  }
  const status = document.getElementById("status");
  const pages = document.getElementById("pages");
  if (!status || !pages || !window.EventSource) return;
  const query = location.search.replace(/^\?/, "").replace(/(^|&)saved=[^&]*/, "");
  let busy = false;
  async function refresh() {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch("/fragment?" + query, { cache: "no-store" });
      if (!response.ok) return;
      const holder = document.createElement("div");
      holder.innerHTML = await response.text();
      const newStatus = holder.querySelector("#status");
      const newPages = holder.querySelector("#pages");
      const oldStatus = document.getElementById("status");
      // The live region stays in place (a replaced one is often not announced): its content changes.
      if (newStatus) {
        oldStatus.innerHTML = newStatus.innerHTML;
        oldStatus.dataset.rendering = newStatus.dataset.rendering;
        oldStatus.dataset.error = newStatus.dataset.error;
      }
      const current = document.getElementById("pages");
      if (newPages && newPages.dataset.rendering !== current.dataset.rendering) current.replaceWith(newPages);
    } finally {
      busy = false;
    }
  }
  // One event stream per visible page: a browser allows six connections to a host, so a
  // hidden tab gives its stream up and catches up when it is shown again.
  let events = null;
  function connect() {
    if (events || document.visibilityState === "hidden") return;
    events = new EventSource("/events?" + query);
    events.addEventListener("update", refresh);
  }
  function disconnect() {
    if (events) events.close();
    events = null;
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      disconnect();
    } else {
      connect();
      refresh();
    }
  });
  window.addEventListener("pagehide", disconnect);
  connect();
})();
