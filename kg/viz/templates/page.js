// CoopKG graph page. Data comes from the JSON block; every string from the data reaches the
// DOM through textContent (never innerHTML), and only http(s) URLs become links.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const MAX_LIST = 3; // sources/quotes shown per tooltip before "+N more"

  const UI = {
    en: {
      language: "Language", search: "Search", searchPlaceholder: "Name, alias or acronym",
      legend: "Legend", filters: "Filters", kinds: "Node types", area: "Cooperation area",
      allAreas: "All areas", yearFrom: "Years from", yearTo: "to", details: "Details",
      clickHint: "Click a node to see its details and highlight its neighbours.",
      sources: "Sources", quotes: "Supporting quotes", links: "Links", noMatch: "No match",
      more: "more", hiddenByFilter: "(hidden by filters)", layingOut: "Laying out",
      nodes: "nodes", edges: "edges",
      type: "Type", signed: "Signed", place: "Place", status: "Status", founded: "Founded",
      country: "Country", publisher: "Publisher", date: "Date", community: "Community",
      agreements: "Shared agreements", agreement: "Agreement",
      disagreements: "Sources disagree", identifiers: "Identifiers (ROR, Wikidata)",
      clickForAll: "click the node to see them all",
    },
    vi: {
      language: "Ngôn ngữ", search: "Tìm kiếm", searchPlaceholder: "Tên, tên khác hoặc viết tắt",
      legend: "Chú giải", filters: "Bộ lọc", kinds: "Loại nút", area: "Lĩnh vực hợp tác",
      allAreas: "Mọi lĩnh vực", yearFrom: "Từ năm", yearTo: "đến", details: "Chi tiết",
      clickHint: "Nhấp vào một nút để xem chi tiết và làm nổi bật các nút lân cận.",
      sources: "Nguồn", quotes: "Trích dẫn", links: "Liên kết", noMatch: "Không tìm thấy",
      more: "nữa", hiddenByFilter: "(đang bị lọc)", layingOut: "Đang bố trí",
      nodes: "nút", edges: "cạnh",
      type: "Loại", signed: "Ngày ký", place: "Địa điểm", status: "Trạng thái", founded: "Thành lập",
      country: "Quốc gia", publisher: "Nhà xuất bản", date: "Ngày", community: "Cộng đồng",
      agreements: "Số thỏa thuận chung", agreement: "Thỏa thuận",
      disagreements: "Các nguồn không thống nhất", identifiers: "Mã định danh (ROR, Wikidata)",
      clickForAll: "nhấp vào nút để xem tất cả",
    },
  };

  let lang = UI[DATA.lang] ? DATA.lang : "en";
  const t = (key) => (UI[lang] && UI[lang][key]) || UI.en[key] || key;

  // A value is a plain string or {lang: text}; fall back to English, then untagged, then any.
  function pick(value) {
    if (value == null) return "";
    if (typeof value !== "object") return String(value);
    return value[lang] || value.en || value[""] || Object.values(value)[0] || "";
  }

  // Same folding as kg.textnorm.fold: special letters, NFKD, drop marks, lower case, spaces.
  const SPECIAL = { "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                    "\u2013": "-", "\u2014": "-", "\u00a0": " " };
  function fold(text) {
    return String(text)
      .replace(/[đĐøØłŁßæÆœŒı\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/g, (c) => SPECIAL[c])
      .normalize("NFKD").replace(/\p{M}/gu, "")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function safeUrl(text) {
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  const kindNames = {};
  for (const k of (DATA.filters.kinds || [])) kindNames[k.key] = k.labels;
  const labelOf = (item) => pick(item.labels) || item.label || String(item.id);

  // The tooltip and the details panel share this builder; only the panel gets live links and
  // lists that expand ("+8 more" opens the rest); a tooltip cannot be clicked, so it says where to look.
  function describe(item, withLinks) {
    const box = el("div", null, "tip");
    if (item.kind) {
      box.appendChild(el("div", labelOf(item), "tip-title"));
      box.appendChild(el("div", pick(kindNames[item.kind]) || item.kind, "tip-kind"));
    }
    if (item.facts && item.facts.length) {
      const list = el("dl");
      for (const [key, value] of item.facts) {
        list.appendChild(el("dt", t(key)));
        list.appendChild(el("dd", pick(value)));
      }
      box.appendChild(list);
    }
    appendList(box, t("disagreements"), item.disagreements, withLinks, (text, li) => {
      li.textContent = text;
      li.className = "disagreement";
    });
    appendList(box, t("identifiers"), item.identifiers, withLinks, (text, li) => urlOrText(text, li, withLinks));
    appendList(box, t("sources"), item.sources, withLinks, (s, li) => {
      li.textContent = [s.title, s.publisher, s.date].filter(Boolean).join(" — ");
      if (s.url) {
        li.appendChild(document.createTextNode(" "));
        urlOrText(s.url, li, withLinks);
      }
    });
    appendList(box, t("quotes"), item.quotes, withLinks, (q, li) => {
      li.appendChild(el("blockquote", "\u201c" + q.text + "\u201d"));
      if (q.source) li.appendChild(el("span", "— " + q.source, "more"));
    });
    if (withLinks) {
      const urls = (item.links || []).map(safeUrl).filter(Boolean); // javascript: etc. dropped
      appendList(box, t("links"), urls, withLinks, (url, li) => li.appendChild(link(url)));
    }
    return box;
  }

  // An http(s) URL: a link in the panel, plain text in a tooltip.
  function urlOrText(text, li, withLinks) {
    const url = safeUrl(text); // any other scheme (javascript:...) is not shown at all
    if (url) li.appendChild(withLinks ? link(url) : el("span", url, "url"));
  }

  function appendList(box, heading, items, expandable, fill) {
    if (!items || !items.length) return;
    box.appendChild(el("h3", heading));
    const list = el("ul");
    const fillItem = (item) => {
      const li = el("li");
      fill(item, li);
      return li;
    };
    for (const item of items.slice(0, MAX_LIST)) list.appendChild(fillItem(item));
    box.appendChild(list);
    const rest = items.slice(MAX_LIST);
    if (!rest.length) return;
    const more = "+" + rest.length + " " + t("more");
    if (!expandable) {
      list.appendChild(el("li", more + " (" + t("clickForAll") + ")", "more"));
      return;
    }
    const details = el("details", null, "more-list");
    details.appendChild(el("summary", more));
    const restList = el("ul");
    for (const item of rest) restList.appendChild(fillItem(item));
    details.appendChild(restList);
    box.appendChild(details);
  }

  function link(url) {
    const a = el("a", url);
    a.href = url; // already checked to be http(s)
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // ---- the network ------------------------------------------------------------------------

  const baseColor = new Map(DATA.nodes.map((n) => [n.id, n.color]));
  const edgeColor = (DATA.options.edges && DATA.options.edges.color) || {};
  const baseEdgeColor = new Map(DATA.edges.map((e) => [e.id, e.color || edgeColor])); // weak edges are lighter
  const DIM_NODE = { background: "#eeeeee", border: "#dddddd" };
  const DIM_EDGE = { color: "rgba(200,200,200,0.3)", highlight: "rgba(200,200,200,0.3)" };
  const READABLE_PX = DATA.options.readablePx || 13; // top-ranked labels never look smaller than this
  const options = Object.assign({}, DATA.options);
  delete options.readablePx; // ours, not vis-network's (it would warn about an unknown option)
  const BASE_FONT = (options.nodes && options.nodes.font && options.nodes.font.size) || 13;
  const LABEL_MIN_PX = (options.nodes && options.nodes.scaling && options.nodes.scaling.label.drawThreshold) || 5;
  const BASE_WIDTH = (options.nodes && options.nodes.widthConstraint && options.nodes.widthConstraint.maximum) || 180;
  const topIds = DATA.nodes.filter((n) => n.top).map((n) => n.id);
  let topFont = BASE_FONT;

  // Font of a node's label: the top-ranked ones grow as the view zooms out, so they stay readable.
  const byIdTop = new Set(topIds);
  function fontOf(id, color) {
    if (!byIdTop.has(id)) return { size: BASE_FONT, color: color || "#222222" };
    // A white halo keeps a top label legible where it crosses edges.
    return { size: topFont, color: color || "#111111", strokeWidth: Math.max(2, topFont / 5), strokeColor: "#ffffff" };
  }

  const visNode = (n) => ({ id: n.id, label: labelOf(n), title: describe(n, false) });
  const visEdge = (e) => ({ id: e.id, label: pick(e.labels) || e.label || "",
                            title: e.facts && e.facts.length ? describe(e, false) : undefined });

  const nodes = new vis.DataSet(DATA.nodes.map((n) => Object.assign({}, n, visNode(n))));
  const edges = new vis.DataSet(DATA.edges.map((e) => Object.assign({}, e, visEdge(e))));
  const container = document.getElementById("graph");
  const progress = document.getElementById("progress");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  const api = (window.coopkg = {
    ready: false,
    nodeCount: () => network.body.nodeIndices.length, // what vis-network actually draws
    edgeCount: () => network.body.edgeIndices.length,
    visibleEdges: () => edges.get({ filter: (e) => !e.hidden }).length, // the DataSet's own view
    visibleNodes: () => nodes.get({ filter: (n) => !n.hidden }).length,
    positionCount: () => Object.keys(network.getPositions()).length,
    topIds: topIds,
    search: search,
    fold: fold,
    domPosition: domPosition,
    setLanguage: setLanguage,
    network: network,
  });

  function markReady() {
    progress.hidden = true;
    keepTopLabelsReadable();
    updateCounts();
    api.ready = true;
    document.body.dataset.ready = "true";
  }

  function keepTopLabelsReadable() {
    const size = Math.max(BASE_FONT, Math.ceil(READABLE_PX / network.getScale()));
    if (size === topFont || !topIds.length) return;
    topFont = size;
    const faded = highlighted !== null ? new Set(network.getConnectedNodes(highlighted).concat([highlighted])) : null;
    nodes.update(topIds.map((id) => ({
      id: id, font: fontOf(id, faded && !faded.has(id) ? "#cccccc" : null),
      widthConstraint: { maximum: Math.round((BASE_WIDTH * size) / BASE_FONT) } })));
  }
  network.on("zoom", keepTopLabelsReadable);

  // Hubs sit together in the middle of a force layout, so their big labels cover each other.
  // Move the nodes whose labels are drawn at first sight apart (the lower-ranked one of a pair
  // moves more) until no two label boxes, as last drawn, overlap; the best-ranked SPREAD_MAX only,
  // so a big view costs a few milliseconds.
  const SPREAD_MAX = 150;
  function spreadTopLabels() {
    const scale = network.getScale();
    const margin = 6 / scale;
    const drawn = DATA.nodes.filter((n) => byIdTop.has(n.id) || BASE_FONT * scale >= LABEL_MIN_PX)
      .sort((a, b) => a.rank - b.rank).slice(0, SPREAD_MAX).map((n) => n.id);
    const boxes = drawn.map((id) => {
      const node = network.body.nodes[id];
      const size = node && node.labelModule.size;
      if (!size || !size.width) return null;
      return { id: id, x: node.x, y: node.y, dx: size.left - node.x, dy: size.top - node.y,
               w: size.width + margin, h: size.height + margin, rank: byId.get(id).rank };
    }).filter(Boolean);
    for (let round = 0; round < 60; round++) {
      let moved = false;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          const ax = a.x + a.dx, ay = a.y + a.dy, bx = b.x + b.dx, by = b.y + b.dy;
          const overlapX = Math.min(ax + a.w, bx + b.w) - Math.max(ax, bx);
          const overlapY = Math.min(ay + a.h, by + b.h) - Math.max(ay, by);
          if (overlapX <= 0 || overlapY <= 0) continue;
          const [high, low] = a.rank < b.rank ? [a, b] : [b, a];
          // Along the axis that needs the shorter move; the lower-ranked node takes 3/4 of it.
          if (overlapY <= overlapX) {
            const sign = low.y + low.dy >= high.y + high.dy ? 1 : -1;
            low.y += sign * overlapY * 0.75;
            high.y -= sign * overlapY * 0.25;
          } else {
            const sign = low.x + low.dx >= high.x + high.dx ? 1 : -1;
            low.x += sign * overlapX * 0.75;
            high.x -= sign * overlapX * 0.25;
          }
          moved = true;
        }
      }
      if (!moved) break;
    }
    for (const box of boxes) network.moveNode(box.id, box.x, box.y);
  }

  network.on("stabilizationProgress", (p) => {
    progress.hidden = false;
    progress.textContent = t("layingOut") + " " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  // Lay out once, then freeze: a still picture is easier to read and costs no CPU.
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: false });
    network.fit({ animation: false });
    keepTopLabelsReadable();
    // Label sizes are known once drawn: then push overlapping top labels apart, then say ready.
    network.once("afterDrawing", () => {
      spreadTopLabels();
      markReady();
    });
    network.redraw();
  });
  if (!DATA.nodes.length) markReady();

  function domPosition(id) {
    const point = network.canvasToDOM(network.getPosition(id));
    const box = container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  function updateCounts() {
    document.getElementById("counts").textContent =
      api.nodeCount() + " " + t("nodes") + " · " + api.edgeCount() + " " + t("edges");
  }

  // ---- highlight the neighbourhood of a clicked node --------------------------------------

  let highlighted = null;
  function highlight(id) {
    const keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    nodes.update(DATA.nodes.map((n) => ({ id: n.id, color: keep.has(n.id) ? baseColor.get(n.id) : DIM_NODE,
                                          font: fontOf(n.id, keep.has(n.id) ? null : "#cccccc") })));
    const touching = new Set(network.getConnectedEdges(id));
    edges.update(DATA.edges.map((e) => ({ id: e.id, color: touching.has(e.id) ? edgeColor : DIM_EDGE })));
    highlighted = id;
    showDetails(id);
  }
  function clearHighlight() {
    if (highlighted === null) return;
    nodes.update(DATA.nodes.map((n) => ({ id: n.id, color: baseColor.get(n.id), font: fontOf(n.id) })));
    edges.update(DATA.edges.map((e) => ({ id: e.id, color: baseEdgeColor.get(e.id) })));
    highlighted = null;
  }
  network.on("click", (params) => (params.nodes.length ? highlight(params.nodes[0]) : clearHighlight()));

  const byId = new Map(DATA.nodes.map((n) => [n.id, n]));
  function showDetails(id) {
    const details = document.getElementById("details");
    details.replaceChildren(describe(byId.get(id), true));
  }

  // ---- search -------------------------------------------------------------------------------

  function search(text) {
    const query = fold(text);
    if (!query) return [];
    return DATA.nodes.filter((n) => n.folded.some((f) => f.includes(query))).map((n) => n.id);
  }

  const searchBox = document.getElementById("search");
  const results = document.getElementById("search-results");
  function showResults() {
    results.replaceChildren();
    if (!searchBox.value.trim()) return;
    const ids = search(searchBox.value);
    if (!ids.length) results.appendChild(el("li", t("noMatch")));
    for (const id of ids.slice(0, 30)) {
      const hidden = nodes.get(id).hidden;
      const button = el("button", labelOf(byId.get(id)) + (hidden ? " " + t("hiddenByFilter") : ""),
                        hidden ? "hidden-node" : "");
      button.addEventListener("click", () => focusNode(id));
      const li = el("li");
      li.appendChild(button);
      results.appendChild(li);
    }
  }
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    keepTopLabelsReadable();
    highlight(id);
  }
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const first = search(searchBox.value).find((id) => !nodes.get(id).hidden);
    if (first) focusNode(first);
  });

  // ---- filters: kind, area, year --------------------------------------------------------------

  const kindBox = document.getElementById("kind-filter");
  const areaSelect = document.getElementById("area-filter");
  const yearFrom = document.getElementById("year-from");
  const yearTo = document.getElementById("year-to");
  const years = DATA.filters.years || [];

  function buildFilters() {
    kindBox.querySelectorAll("label").forEach((label) => label.remove());
    for (const kind of DATA.filters.kinds || []) {
      const label = el("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = kind.key;
      box.checked = !hiddenKinds.has(kind.key);
      box.addEventListener("change", () => {
        box.checked ? hiddenKinds.delete(kind.key) : hiddenKinds.add(kind.key);
        applyFilters();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + pick(kind.labels)));
      kindBox.appendChild(label);
    }
    const chosenArea = areaSelect.value;
    areaSelect.replaceChildren(option("", t("allAreas")));
    for (const area of DATA.filters.areas || []) areaSelect.appendChild(option(area.id, pick(area.labels)));
    areaSelect.value = chosenArea;
    areaSelect.disabled = !(DATA.filters.areas || []).length;
    for (const select of [yearFrom, yearTo]) {
      const chosen = select.value;
      select.replaceChildren(...years.map((y) => option(String(y), String(y))));
      select.value = chosen || String(select === yearFrom ? years[0] : years[years.length - 1]);
      select.disabled = !years.length;
    }
  }
  function option(value, text) {
    const o = el("option", text);
    o.value = value;
    return o;
  }

  const hiddenKinds = new Set();
  const hiddenNow = new Map();
  const hiddenEdgeNow = new Map();
  const edgesOf = new Map(DATA.nodes.map((n) => [n.id, []]));
  for (const e of DATA.edges) {
    if (edgesOf.has(e.from)) edgesOf.get(e.from).push(e);
    if (edgesOf.has(e.to) && e.to !== e.from) edgesOf.get(e.to).push(e);
  }

  // Filters, in three steps (see kg/viz/model.py):
  // 1. a node passes on its own: its kind is shown, an area node is the chosen area, and a dated
  //    node (agreement, source) has an act (agreement) in the year range and area;
  // 2. an edge with acts passes when one of its acts does; an institution, person or area node
  //    (no acts of its own) stays only while it keeps a passing edge to a passing node; one with
  //    no dated edge (a person, a parent body) stays while a node kept in this step is its neighbour;
  // 3. an edge is drawn when it passes and both its ends are shown.
  function applyFilters() {
    const area = areaSelect.value;
    const from = Number(yearFrom.value), to = Number(yearTo.value);
    // Undated things only drop out once the year range is narrowed.
    const yearsNarrowed = years.length > 0 && (from > years[0] || to < years[years.length - 1]);
    const active = yearsNarrowed || !!area;
    const actPasses = ([year, areas]) =>
      (!yearsNarrowed || (year !== null && year >= from && year <= to)) && (!area || areas === null || areas.includes(area));
    const edgePasses = (e) => !e.acts || e.acts.some(actPasses);
    const byKind = (n) => !hiddenKinds.has(n.kind) && (n.kind !== "area" || !area || n.id === area);
    const own = new Map(DATA.nodes.map((n) => [n.id, byKind(n) && (!n.acts || n.acts.some(actPasses))]));
    const other = (e, id) => (e.from === id ? e.to : e.from);
    const shown = new Map(own);
    if (active) {
      for (const n of DATA.nodes) {  // anchored by a dated edge
        if (n.acts || !own.get(n.id)) continue;
        const dated = edgesOf.get(n.id).filter((e) => e.acts);
        if (dated.length) shown.set(n.id, dated.some((e) => edgePasses(e) && own.get(other(e, n.id))));
      }
      const anchored = new Map(shown);
      for (const n of DATA.nodes) {  // no dated edge at all: follows its neighbours
        if (n.acts || !own.get(n.id) || edgesOf.get(n.id).some((e) => e.acts)) continue;
        shown.set(n.id, edgesOf.get(n.id).some((e) => {
          const next = byId.get(other(e, n.id));
          return next && anchored.get(next.id) && (next.acts || edgesOf.get(next.id).some((x) => x.acts));
        }));
      }
    }
    const nodeChanges = [];
    for (const n of DATA.nodes) {
      const hide = !shown.get(n.id);
      if (hiddenNow.get(n.id) !== hide) {
        hiddenNow.set(n.id, hide);
        nodeChanges.push({ id: n.id, hidden: hide });
      }
    }
    const edgeChanges = [];
    for (const e of DATA.edges) {
      const hide = !(edgePasses(e) && shown.get(e.from) && shown.get(e.to));
      if (hiddenEdgeNow.get(e.id) !== hide) {
        hiddenEdgeNow.set(e.id, hide);
        edgeChanges.push({ id: e.id, hidden: hide });
      }
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    updateCounts();
    showResults();
  }
  for (const control of [areaSelect, yearFrom, yearTo]) control.addEventListener("change", applyFilters);

  // ---- legend and language --------------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, color) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    const shapes = {
      dot: ["circle", { cx: 8, cy: 8, r: 6 }],
      square: ["rect", { x: 2, y: 2, width: 12, height: 12 }],
      diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
      triangle: ["polygon", { points: "8,1 15,14 1,14" }],
      star: ["polygon", { points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" }],
    };
    const [tag, attributes] = shapes[shape] || shapes.square;
    const mark = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, String(value));
    mark.setAttribute("fill", color);
    svg.appendChild(mark);
    return svg;
  }
  function buildLegend() {
    const legend = document.getElementById("legend");
    legend.replaceChildren();
    for (const entry of DATA.legend) {
      const li = el("li");
      li.appendChild(swatch(entry.shape, entry.color));
      li.appendChild(el("span", pick(entry.labels)));
      legend.appendChild(li);
    }
  }

  function translateStatic() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((node) => (node.textContent = t(node.dataset.i18n)));
    searchBox.placeholder = t("searchPlaceholder");
  }

  function setLanguage(newLang) {
    lang = UI[newLang] ? newLang : "en";
    document.getElementById("lang").value = lang;
    translateStatic();
    buildLegend();
    buildFilters();
    nodes.update(DATA.nodes.map(visNode));
    edges.update(DATA.edges.map(visEdge));
    if (highlighted !== null) showDetails(highlighted);
    showResults();
    if (api.ready) updateCounts();
  }
  document.getElementById("lang").addEventListener("change", (event) => setLanguage(event.target.value));

  const notices = document.getElementById("notices");
  for (const note of DATA.notes) notices.appendChild(el("p", note));

  document.getElementById("lang").value = lang;
  translateStatic();
  buildLegend();
  buildFilters();
})();
