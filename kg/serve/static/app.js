// The query page: saved queries as examples, Run sends the editor's text to /sparql with fetch,
// and results are drawn with textContent and createElement only, never by parsing data as HTML.
"use strict";

let catalogue = { base: "", prefixes: {}, queries: [] };

function $(id) { return document.getElementById(id); }

function compact(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(catalogue.prefixes)) {
    if (iri.startsWith(ns) && !iri.slice(ns.length).includes("/") && (!best || ns.length > best[1].length)) {
      best = [prefix, ns];
    }
  }
  return best ? best[0] + ":" + iri.slice(best[1].length) : "<" + iri + ">";
}

function termNode(term) {
  if (!term) return document.createTextNode("");
  if (term.type === "uri") {
    const text = compact(term.value);
    const ours = catalogue.base + "id/";
    if (term.value.startsWith(ours)) {  // our entities have a local linked-data page
      const link = document.createElement("a");
      link.href = "/id/" + term.value.slice(ours.length);
      link.textContent = text;
      return link;
    }
    return document.createTextNode(text);
  }
  const span = document.createElement("span");
  span.textContent = term.type === "bnode" ? "_:" + term.value : term.value;
  if (term["xml:lang"]) {
    const lang = document.createElement("span");
    lang.className = "lang";
    lang.textContent = " @" + term["xml:lang"];
    span.appendChild(lang);
  }
  return span;
}

function showTable(json) {
  const results = $("results");
  const vars = json.head.vars || [];
  const rows = json.results.bindings;
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const v of vars) tr.insertCell().appendChild(termNode(row[v]));
  }
  results.replaceChildren(table);
  setStatus(rows.length + (rows.length === 1 ? " row" : " rows"));
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

async function run() {
  setStatus("running…");
  $("results").replaceChildren();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: $("query").value,
    });
    const text = await response.text();
    if (!response.ok) {
      setStatus("Error " + response.status + ": " + text, true);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("sparql-results+json")) {
      const json = JSON.parse(text);
      if ("boolean" in json) {
        setStatus("answer: " + json.boolean);
      } else {
        showTable(json);
      }
    } else {
      const pre = document.createElement("pre");
      pre.textContent = text;
      $("results").replaceChildren(pre);
      setStatus("graph (" + type.split(";")[0] + ")");
    }
  } catch (error) {
    setStatus("Request failed: " + error, true);
  }
}

function choose() {
  const chosen = catalogue.queries.find(q => q.name === $("example").value);
  if (!chosen) return;
  $("query").value = chosen.text;
  $("question").textContent = chosen.question;
}

async function init() {
  $("run").addEventListener("click", run);
  $("example").addEventListener("change", choose);
  try {
    const response = await fetch("/queries.json");
    catalogue = await response.json();
    for (const q of catalogue.queries) {
      const option = document.createElement("option");
      option.value = q.name;
      option.textContent = q.name + " — " + q.question;
      $("example").appendChild(option);
    }
  } catch (error) {
    setStatus("Could not load the saved queries: " + error, true);
  }
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", init);
