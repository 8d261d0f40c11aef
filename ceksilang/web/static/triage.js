// Story page: move between the triage items with the keyboard. j or ArrowDown focuses the next
// item, k or ArrowUp the previous one, Enter opens the focused item's evidence (its <details>, or
// its first source link). Every item is already reachable with Tab and readable without this
// script; it only adds the shortcuts (same origin, no inline code: the page's CSP allows no other).
(function () {
  "use strict";
  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("#triage li.triage-item"));
  }
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName));
  }
  function focusItem(el) {
    var fold = el.closest("details.more");
    if (fold && !fold.open) fold.open = true;  // the next item may sit in the folded tail
    el.focus();
    el.scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || typing(ev.target)) return;
    var list = items();
    if (!list.length) return;
    var current = ev.target.closest ? ev.target.closest("#triage li.triage-item") : null;
    var at = current ? list.indexOf(current) : -1;
    // the arrows scroll the page as usual unless an item has the focus; j and k work from anywhere
    if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && !current) return;
    if (ev.key === "j" || ev.key === "ArrowDown") {
      if (at + 1 < list.length) { focusItem(list[at + 1]); ev.preventDefault(); }
    } else if (ev.key === "k" || ev.key === "ArrowUp") {
      if (at > 0) { focusItem(list[at - 1]); ev.preventDefault(); }
    } else if (ev.key === "Enter" && current && ev.target === current) {
      var details = current.querySelector("details");
      if (details) {
        details.open = !details.open;
      } else {
        var link = current.querySelector("a.src");
        if (link) link.click();
      }
      ev.preventDefault();
    }
  });
})();
