/* Filter the leaderboard tables by metric kind, hardware and text; nothing here writes HTML. */
(function () {
  "use strict";
  var search = document.getElementById("lb-search");
  var kind = document.getElementById("lb-kind");
  var hw = document.getElementById("lb-hw");
  var status = document.getElementById("lb-status");
  var sections = Array.prototype.slice.call(document.querySelectorAll("main section"));
  function apply() {
    var q = search.value.trim().toLowerCase(), rows = 0, tables = 0;
    sections.forEach(function (s) {
      var on = (kind.value === "*" || s.dataset.kind === kind.value) && (hw.value === "*" || s.dataset.hw === hw.value);
      var shown = 0;
      Array.prototype.forEach.call(s.querySelectorAll("tbody tr"), function (tr) {
        var ok = on && (!q || tr.textContent.toLowerCase().indexOf(q) >= 0);
        tr.classList.toggle("hidden", !ok);
        if (ok) { shown++; }
      });
      s.classList.toggle("hidden", shown === 0);
      rows += shown;
      if (shown) { tables++; }
    });
    status.textContent = "Showing " + rows + " rows in " + tables + " tables";
    window.kgLeaderboard = {rows: rows, tables: tables};
  }
  search.addEventListener("input", apply);
  kind.addEventListener("change", apply);
  hw.addEventListener("change", apply);
  apply();
  document.body.dataset.ready = "true";
})();
