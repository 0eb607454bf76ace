/* Search, filters and safe tooltips for the kg network views.
 * Data comes from <script type="application/json" id="kg-data">; every text is
 * put in the page with textContent, never as HTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("network");

  function textTip(text) {        // tooltips as text: vis shows an Element as is
    var div = document.createElement("div");
    div.textContent = text;
    return div;
  }
  function prepare(items) {
    for (var i = 0; i < items.length; i++) {
      if (typeof items[i].title === "string") { items[i].title = textTip(items[i].title); }
    }
    return items;
  }
  var nodes = new vis.DataSet(prepare(data.nodes));
  var edges = new vis.DataSet(prepare(data.edges));
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  // adjacency over all edges, for search neighbourhoods and filter closure
  var byNode = {};
  data.edges.forEach(function (e) {
    (byNode[e.from] = byNode[e.from] || []).push(e);
    (byNode[e.to] = byNode[e.to] || []).push(e);
  });

  var search = document.getElementById("kg-search");
  var hwSelect = document.getElementById("kg-hardware");
  var kindSelect = document.getElementById("kg-kind");
  var status = document.getElementById("kg-status");

  function fill(select, values) {
    if (!select) { return; }
    values.forEach(function (v) {
      var o = document.createElement("option");
      o.value = v[0]; o.textContent = v[1];
      select.appendChild(o);
    });
  }
  fill(hwSelect, data.hardware);
  fill(kindSelect, data.kinds);

  var typeBoxes = [];
  var legend = document.getElementById("kg-legend");
  data.legend.forEach(function (item) {
    var label = document.createElement("label");
    var mark = document.createElement("span");
    mark.className = item.line ? "line" : "swatch";
    if (item.line) { mark.style.borderColor = item.color; } else { mark.style.background = item.color; }
    if (item.type) {
      var box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.value = item.type;
      box.dataset.type = item.type;
      box.addEventListener("change", function () { apply(true); });
      typeBoxes.push(box);
      label.appendChild(box);
    }
    label.appendChild(mark);
    label.appendChild(document.createTextNode(item.label));
    legend.appendChild(label);
  });

  function has(list, value) { return !value || (list && list.indexOf(value) >= 0); }

  function apply(refit) {
    var q = search ? search.value.trim().toLowerCase() : "";
    var hw = hwSelect ? hwSelect.value : "";
    var kind = kindSelect ? kindSelect.value : "";
    var types = {};
    typeBoxes.forEach(function (b) { types[b.value] = b.checked; });
    var showNode = {}, showEdge = {};
    var faceted = hw || kind;
    data.nodes.forEach(function (n) {
      showNode[n.id] = !faceted || (n.facet && has(n.hardware, hw) && has(n.kinds, kind));
    });
    data.edges.forEach(function (e) {
      if (!faceted) { showEdge[e.id] = true; return; }
      // an edge with its own facets (a comparison) matches by them; a plain link follows its faceted end
      var ok = e.facet ? (has(e.hardware, hw) && has(e.kinds, kind)) : (showNode[e.from] && nodeFacet[e.from]) || (showNode[e.to] && nodeFacet[e.to]);
      showEdge[e.id] = !!ok;
    });
    if (faceted) {
      data.edges.forEach(function (e) { if (showEdge[e.id]) { showNode[e.from] = true; showNode[e.to] = true; } });
    }
    data.nodes.forEach(function (n) { if (types[n.kgType] === false) { showNode[n.id] = false; } });
    if (q) {
      var keep = {};
      data.nodes.forEach(function (n) {
        if (showNode[n.id] && n.search.indexOf(q) >= 0) {
          keep[n.id] = true;
          (byNode[n.id] || []).forEach(function (e) {
            if (showEdge[e.id]) { keep[e.from === n.id ? e.to : e.from] = true; }
          });
        }
      });
      data.nodes.forEach(function (n) { showNode[n.id] = showNode[n.id] && !!keep[n.id]; });
    }
    var nodeUpdates = [], edgeUpdates = [], shownNodes = 0, shownEdges = 0;
    data.nodes.forEach(function (n) {
      var hidden = !showNode[n.id];
      if (!hidden) { shownNodes++; }
      if (hiddenNode[n.id] !== hidden) { hiddenNode[n.id] = hidden; nodeUpdates.push({id: n.id, hidden: hidden}); }
    });
    data.edges.forEach(function (e) {
      // vis already hides an edge whose end is hidden: update only what the edge's own filter decides
      var hidden = !showEdge[e.id];
      if (!hidden && showNode[e.from] && showNode[e.to]) { shownEdges++; }
      if (hiddenEdge[e.id] !== hidden) { hiddenEdge[e.id] = hidden; edgeUpdates.push({id: e.id, hidden: hidden}); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    view.shown = {nodes: shownNodes, edges: shownEdges};
    if (refit === true && shownNodes > 0 && (nodeUpdates.length || edgeUpdates.length)) {
      network.fit({nodes: data.nodes.filter(function (n) { return showNode[n.id]; }).map(function (n) { return n.id; }),
                   animation: false});
    }
    if (status) {
      status.textContent = "Showing " + shownNodes + " of " + data.nodes.length + " nodes, " +
        shownEdges + " of " + data.edges.length + " edges";
    }
  }

  var nodeFacet = {}, hiddenNode = {}, hiddenEdge = {};
  data.nodes.forEach(function (n) { nodeFacet[n.id] = !!n.facet; hiddenNode[n.id] = false; });
  data.edges.forEach(function (e) { hiddenEdge[e.id] = false; });

  var timer = null;
  if (search) {
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { apply(true); }, 150); });
    search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); apply(true); } });
  }
  if (hwSelect) { hwSelect.addEventListener("change", function () { apply(true); }); }
  if (kindSelect) { kindSelect.addEventListener("change", function () { apply(true); }); }
  var fit = document.getElementById("kg-fit");
  if (fit) { fit.addEventListener("click", function () { network.fit(); }); }

  var view = window.kgView = {
    network: network, nodes: nodes, edges: edges, apply: apply, ready: false, shown: null,
    visibleNodes: function () { return nodes.get({filter: function (n) { return !n.hidden; }}).length; },
    visibleEdges: function () {
      var off = {};
      nodes.get({filter: function (n) { return n.hidden; }}).forEach(function (n) { off[n.id] = true; });
      return edges.get({filter: function (e) { return !e.hidden && !off[e.from] && !off[e.to]; }}).length;
    }
  };
  window.kgNetwork = network;
  apply();
  network.once("afterDrawing", function () {
    view.scriptMs = performance.now() - started;
    view.loadMs = performance.now();
    view.ready = true;
    document.body.dataset.ready = "true";
  });
})();
