// Document page: clicking a marked span opens the claim(s) and entity it belongs to in the side
// panel. The panel is rendered (and escaped) by the server; this script only opens and highlights.
(function () {
  "use strict";
  function targetsOf(mark) {
    var ids = [];
    for (var el = mark; el && el.id !== "text"; el = el.parentElement) {
      if (el.tagName !== "MARK") continue;
      (el.getAttribute("data-claims") || "").split(" ").forEach(function (c) { if (c) ids.push("claim-" + c); });
      var ent = el.getAttribute("data-entity");
      if (ent) ids.push("entity-" + ent);
    }
    return ids;
  }
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("#text mark") : null;
    if (!mark) return;
    document.querySelectorAll("aside.panel .selected, #text mark.active").forEach(function (el) {
      el.classList.remove("selected", "active");
    });
    mark.classList.add("active");
    var first = null;
    targetsOf(mark).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) return;
      el.open = true;
      el.classList.add("selected");
      if (!first) first = el;
      // a claim's discrepancies are shown once, below the claims: open them with it
      (el.getAttribute("data-discrepancies") || "").split(" ").forEach(function (x) {
        var disc = x ? document.getElementById(x) : null;
        if (disc) disc.open = true;
      });
    });
    if (first) first.scrollIntoView({block: "nearest"});
  });
})();
