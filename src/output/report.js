// tinbai report: a row jumps to its mention; a mention lights its row and shows its value
// (phones have no hover). Works without this script too: rows are links to #fact-N.
(function () {
  var tip = document.getElementById("tip");
  function flash(el) {
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 1600);
  }
  document.querySelectorAll("tr.row").forEach(function (row) {
    row.addEventListener("click", function (e) {
      var mark = document.getElementById("fact-" + row.dataset.fact);
      if (!mark) return;
      e.preventDefault();
      history.replaceState(null, "", "#fact-" + row.dataset.fact);
      mark.scrollIntoView({ block: "center", behavior: "smooth" });
      flash(mark);
    });
  });
  document.querySelectorAll("mark.fact").forEach(function (mark) {
    mark.addEventListener("click", function (e) {
      e.stopPropagation();
      document.querySelectorAll("tr.row.active").forEach(function (r) { r.classList.remove("active"); });
      var row = document.querySelector('tr.row[data-fact="' + mark.dataset.fact + '"]');
      if (row) row.classList.add("active");
      if (tip) { tip.textContent = mark.title; tip.hidden = false; }
    });
  });
  document.addEventListener("click", function () { if (tip) tip.hidden = true; });
})();
