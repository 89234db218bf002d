// The batch index: sort by any column, filter by text and overall status, and show the
// decisions recorded for the bundles. Inlined into index.html at render time and allowed by
// its hash in the page's Content-Security-Policy; it makes no request.
(function () {
  "use strict";
  var table = document.getElementById("bundles");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var shown = document.getElementById("shown-count");
  var noMatch = document.getElementById("no-match");
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: "base" });

  document.getElementById("controls").hidden = false;
  document.getElementById("sort-hint").hidden = false;

  function filter() {
    var q = text.value.trim().toLowerCase();
    var s = status.value;
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!s || row.getAttribute("data-overall") === s) &&
               (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
    noMatch.hidden = n !== 0;
  }

  function key(row, index, type) {
    var value = row.cells[index].getAttribute("data-sort") || "";
    return type === "number" ? parseFloat(value) : value;
  }

  function sort(index) {
    var th = headers[index];
    var type = th.getAttribute("data-type");
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = key(a, index, type);
      var y = key(b, index, type);
      var c = type === "number" ? x - y : collator.compare(x, y);
      if (c === 0 && index !== 0) { c = collator.compare(key(a, 0, "text"), key(b, 0, "text")); }
      return c * dir;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
  }

  headers.forEach(function (th, index) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sort(index); }); }
  });
  text.addEventListener("input", filter);
  status.addEventListener("change", filter);
  filter();
}());
