// The verifier's decision, recorded in the screening report itself.
// Inlined into the report at render time and allowed by its hash in the page's
// Content-Security-Policy; it makes no request. Everything the page says about the report comes
// from the JSON block #decision-data (written by the renderer, never from document text as
// markup). Choices are kept in localStorage while the verifier works and exported as
// <bundle>.decision.json, which validates against compliance_docs/data/decision.schema.json.
(function () {
  "use strict";
  var dataNode = document.getElementById("decision-data");
  var form = document.getElementById("decision-form");
  if (!dataNode || !form) { return; }
  var data = JSON.parse(dataNode.textContent);
  var labels = data.labels;
  var key = "compliance-docs/decision/" + data.report.report_sha256;
  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(key + "/probe", "1");
    storage.removeItem(key + "/probe");
  } catch (e) {
    storage = null;  // a browser that keeps no storage for file:// pages: the form still exports
  }

  var nameInput = document.getElementById("decision-name");
  var noteInput = document.getElementById("decision-note");
  var overallInputs = Array.prototype.slice.call(form.querySelectorAll("input[name='decision-overall']"));
  var rows = Array.prototype.slice.call(form.querySelectorAll("tr[data-criterion]"));
  var exportButton = document.getElementById("decision-export");
  var resetButton = document.getElementById("decision-reset");
  var saved = document.getElementById("decision-saved");
  var missing = document.getElementById("decision-missing");
  var printed = document.getElementById("decision-print");

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) { node.className = className; }
    return node;
  }

  function screened(id) {
    for (var i = 0; i < data.criteria.length; i += 1) {
      if (data.criteria[i].id === id) { return data.criteria[i]; }
    }
    return null;
  }

  // The state: what the form shows, as the export will write it (less the time).
  function read() {
    var overall = "";
    overallInputs.forEach(function (input) { if (input.checked) { overall = input.value; } });
    return {
      verifier: nameInput.value.trim(),
      overall: overall,
      note: noteInput.value.trim(),
      criteria: rows.map(function (row) {
        return {
          id: row.getAttribute("data-criterion"),
          choice: row.querySelector("select").value,
          note: row.querySelector("input").value.trim()
        };
      })
    };
  }

  function fill(state) {
    nameInput.value = state.verifier || "";
    noteInput.value = state.note || "";
    overallInputs.forEach(function (input) { input.checked = input.value === state.overall; });
    (state.criteria || []).forEach(function (c) {
      rows.forEach(function (row) {
        if (row.getAttribute("data-criterion") !== c.id) { return; }
        var select = row.querySelector("select");
        var known = Array.prototype.some.call(select.options, function (o) { return o.value === c.choice; });
        select.value = known ? c.choice : "";
        row.querySelector("input").value = c.note || "";
      });
    });
  }

  function problems(state) {
    var out = [];
    if (!state.verifier) { out.push(labels.need_name); }
    if (!state.overall) { out.push(labels.need_overall); }
    var open = state.criteria.filter(function (c) { return !c.choice; }).length;
    if (open) { out.push(labels.need_criteria.replace("{n}", String(open))); }
    return out;
  }

  function decision(state) {
    var out = {
      schema: "compliance-docs/decision/1",
      report: data.report,
      verifier: { name: state.verifier },
      decided_at: new Date().toISOString(),
      overall: state.overall,
      criteria: state.criteria.map(function (c) {
        var status = screened(c.id).status;
        var item = { id: c.id, screened_status: status, agree: c.choice === "agree",
                     status: c.choice === "agree" ? status : c.choice };
        if (c.note) { item.note = c.note; }
        return item;
      })
    };
    if (state.note) { out.note = state.note; }
    return out;
  }

  function statusLabel(status) { return labels.status[status] || status; }

  function choiceText(c) {
    var status = screened(c.id).status;
    if (!c.choice) { return labels.undecided; }
    if (c.choice === "agree") { return labels.agree + " (" + statusLabel(status) + ")"; }
    return labels.override + ": " + statusLabel(status) + " \u2192 " + statusLabel(c.choice);
  }

  // What the printed report shows above the sign-off block, and the mark beside each criterion.
  function show(state) {
    var recorded = state.verifier || state.overall || state.note ||
      state.criteria.some(function (c) { return c.choice || c.note; });
    printed.textContent = "";
    printed.appendChild(text("h3", labels.recorded_heading));
    if (!recorded) {
      printed.appendChild(text("p", labels.nothing_recorded, "muted"));
    } else {
      var dl = document.createElement("dl");
      dl.appendChild(text("dt", labels.overall_label));
      dl.appendChild(text("dd", state.overall ? labels.overall[state.overall] : labels.undecided));
      dl.appendChild(text("dt", labels.name_label));
      dl.appendChild(text("dd", state.verifier || "\u2014"));
      if (state.note) {
        dl.appendChild(text("dt", labels.note_label));
        dl.appendChild(text("dd", state.note));
      }
      printed.appendChild(dl);
      var table = document.createElement("table");
      var body = document.createElement("tbody");
      state.criteria.forEach(function (c) {
        var tr = document.createElement("tr");
        tr.appendChild(text("td", screened(c.id).title));
        tr.appendChild(text("td", choiceText(c)));
        tr.appendChild(text("td", c.note || ""));
        body.appendChild(tr);
      });
      table.appendChild(body);
      printed.appendChild(table);
    }
    state.criteria.forEach(function (c) {
      var section = document.querySelector("section[data-criterion='" + c.id + "']");
      if (!section) { return; }
      var mark = section.querySelector(".decision-mark");
      if (!mark) {
        mark = document.createElement("a");
        mark.className = "decision-mark no-print";
        mark.href = "#decision-" + c.id;
        section.insertBefore(mark, section.children[1] || null);
      }
      mark.textContent = labels.mark + ": " + choiceText(c);
      mark.setAttribute("data-choice", c.choice || "");
    });
    var open = problems(state);
    missing.textContent = open.length ? labels.missing_prefix + " " + open.join("; ") : "";
    exportButton.disabled = open.length !== 0;
  }

  function save() {
    var state = read();
    show(state);
    if (!storage) { saved.textContent = labels.no_storage; return; }
    try {
      storage.setItem(key, JSON.stringify(state));
      saved.textContent = labels.saved.replace("{time}", new Date().toLocaleTimeString());
    } catch (e) {
      saved.textContent = labels.no_storage;
    }
  }

  function exportDecision() {
    var state = read();
    if (problems(state).length) { show(state); return; }
    var blob = new Blob([JSON.stringify(decision(state), null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = data.filename;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
    saved.textContent = labels.exported.replace("{file}", data.filename);
  }

  var stored = null;
  if (storage) {
    try { stored = JSON.parse(storage.getItem(key) || "null"); } catch (e) { stored = null; }
  }
  if (stored) { fill(stored); }
  form.hidden = false;
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  exportButton.addEventListener("click", exportDecision);
  resetButton.addEventListener("click", function () {
    if (!window.confirm(labels.reset_confirm)) { return; }
    if (storage) { storage.removeItem(key); }
    fill({ criteria: rows.map(function (row) { return { id: row.getAttribute("data-criterion") }; }) });
    show(read());
    saved.textContent = "";
  });
  show(read());
  if (stored && storage) { saved.textContent = labels.restored; }
}());
