"""The HTML page a graph view is drawn in: its markup, style and script, with ``__NAME__`` placeholders
(``__CSP__``, ``__DATA__``, ``__VISJS__`` …) that ``render.render_view`` fills in one pass, every piece of
document text escaped there. Kept apart so that the page can be read and changed as one file.
"""

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="__CSP__">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="respgraph">
<title>__TITLE__</title>
<style>__VISCSS__</style>
<style>
html,body{margin:0;height:100%;font-family:__FONT__;color:#222;background:#fafafa}
header{padding:8px 14px;background:#fff;border-bottom:1px solid #ddd;display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 18px}
header h1{font-size:18px;margin:0}
header .sub{color:#666;font-size:13px}
header .controls{margin-left:auto;font-size:13px;display:flex;gap:10px;align-items:center}
header input[type=search]{font:inherit;padding:2px 6px;width:12em}
.notes{margin:0;padding:6px 14px;background:#fff8e1;border-bottom:1px solid #f0d98c;font-size:13px}
.notes p{margin:2px 0}
main{display:flex;height:calc(100% - 52px)}
#mynetwork{flex:1;position:relative;background:#fff;min-height:480px}
aside#legend{width:230px;padding:8px 12px;border-left:1px solid #ddd;background:#fff;font-size:13px;overflow:auto}
aside#legend h2{font-size:14px;margin:4px 0 8px}
aside#legend ul{list-style:none;margin:0;padding:0}
aside#legend li{display:flex;gap:8px;align-items:center;margin:0 0 8px}
aside#legend svg{flex:none}
aside#legend small{color:#666}
#overloaded{border-top:1px solid #eee;padding-top:6px;margin-bottom:8px}
#overloaded ul{max-height:40vh;overflow:auto}
#overloaded li{margin:0 0 3px}
#overloaded button{font:inherit;font-size:13px;text-align:left;background:none;border:none;padding:0;color:#b71c1c;cursor:pointer}
#overloaded button:hover{text-decoration:underline}
aside#legend .hint{color:#555;font-size:12px;border-top:1px solid #eee;padding-top:6px}
#loading{position:absolute;top:60px;left:14px;background:rgba(255,255,255,.92);border:1px solid #ccc;border-radius:4px;padding:6px 10px;font-size:13px;z-index:10}
div.vis-tooltip{white-space:normal;max-width:460px;font-family:__FONT__;font-size:13px;line-height:1.45;background:#fffdf5;padding:6px 9px}
div.vis-tooltip .tip-row b{color:#444}
.filter-needed{padding:20px 30px;font-size:14px}
.filter-needed pre{background:#f3f3f3;padding:8px;white-space:pre-wrap}
.filter-needed input[type=search]{font:inherit;padding:3px 6px;width:24em}
#plan-count{color:#555;margin-left:10px}
#plan-list{list-style:none;margin:8px 0;padding:0;max-height:60vh;overflow:auto;border:1px solid #ddd;background:#fff}
#plan-list li{padding:4px 8px;border-bottom:1px solid #eee}
#plan-list code{background:#f3f3f3;padding:1px 4px;user-select:all}
#plan-list .meta{color:#666;font-size:12px}
</style>
</head>
<body>
<header>
<h1>__TITLE__</h1>
<span class="sub">__SUBTITLE__</span>
<span class="controls">
<label><input type="checkbox" id="gloss"> 显示英文职能 English function gloss</label>
<input type="search" id="find" placeholder="查找 Find…" aria-label="find a node" title="单位名称（原文写法亦可）、任务或英文职能 an agency as any plan writes it, a task, or an English function">
<span id="found" role="status"></span>
<button type="button" id="fit">全图 Fit</button>
</span>
</header>
__NOTES__
__FILTER__
<main>
<div id="mynetwork"></div>
<aside id="legend"><h2>图例 Legend</h2>__LEGEND__
__OVERLOADED__
<p class="hint">悬停查看任务、期限、单位与原文条款；滚轮缩放，拖动平移。<br><small>Hover for task, deadline, agencies and the clause as written; scroll to zoom, drag to pan.</small></p>
</aside>
</main>
<div id="loading">正在布局 Laying out… <span id="pct">0%</span></div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__VISJS__</script>
<script>
(function () {
  var DATA = JSON.parse(document.getElementById('graph-data').textContent);
  // the filter page's plan picker: the plans matching the search box (id, title, place), most
  // tasks first, at most PICKER_SHOWN of them, each with the command that draws it; text only
  function pickPlans(plans) {
    var box = document.getElementById('plan-find'), list = document.getElementById('plan-list'),
        count = document.getElementById('plan-count'), SHOWN = __PICKER_SHOWN__;
    function show() {
      var q = box.value.trim().toLowerCase();
      var hits = plans.filter(function (p) {
        return !q || [p[0], p[1], p[2]].some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
      });
      list.textContent = '';
      hits.slice(0, SHOWN).forEach(function (p) {
        var li = document.createElement('li'), code = document.createElement('code'), meta = document.createElement('div');
        code.textContent = 'respgraph viz DIR --view plan --plan ' + p[0];
        meta.className = 'meta';
        meta.textContent = [p[1], p[2], p[3] + ' 项任务 tasks'].filter(Boolean).join(' · ');
        li.appendChild(code);
        li.appendChild(meta);
        list.appendChild(li);
      });
      count.textContent = (q ? hits.length + ' / ' + plans.length + ' 个规划匹配 · ' + hits.length + ' of ' + plans.length + ' plans match'
                             : plans.length + ' 个规划 · ' + plans.length + ' plans, most tasks first') +
          (hits.length > SHOWN ? '；显示前 ' + SHOWN + ' 个 · first ' + SHOWN + ' shown, type to narrow' : '');
    }
    box.addEventListener('input', show);
    show();
  }
  function tip(lines) {
    var el = document.createElement('div');
    lines.forEach(function (l) {
      var row = document.createElement('div');
      row.className = 'tip-row';
      var b = document.createElement('b');
      b.textContent = l[0] + '：';
      row.appendChild(b);
      row.appendChild(document.createTextNode(l[1]));
      el.appendChild(row);
    });
    return el;
  }
  DATA.nodes.forEach(function (n) { n.title = tip(n.tip); });
  DATA.edges.forEach(function (e) { e.title = tip(e.tip); });
  // plans drawn last, over the cluster whose centre their box stands at (centrePlans)
  window.nodes = new vis.DataSet(DATA.nodes.filter(function (n) { return n.ntype !== 'Plan'; })
      .concat(DATA.nodes.filter(function (n) { return n.ntype === 'Plan'; })));
  window.edges = new vis.DataSet(DATA.edges);
  var loading = document.getElementById('loading');
  // a plan's box at the centre of what it holds: the layout's repulsion pushes the wide box
  // out to the rim of its own cluster (on the five seeds 1.8-2.3 of the cluster's median
  // radius from its centre), where it reads as another plan's, or as no plan's
  function centrePlans() {
    var holds = {};
    window.edges.forEach(function (e) {
      if (e.etype === 'HAS_CAMPAIGN' || e.etype === 'HAS_TASK') (holds[e.from] = holds[e.from] || []).push(e.to);
    });
    var pos = window.network.getPositions();
    window.nodes.get({filter: function (n) { return n.ntype === 'Plan'; }}).forEach(function (p) {
      var seen = {}, todo = (holds[p.id] || []).slice(), x = 0, y = 0, k = 0;
      while (todo.length) {
        var n = todo.pop();
        if (seen[n] || !pos[n]) continue;
        seen[n] = true; x += pos[n].x; y += pos[n].y; k += 1;
        todo.push.apply(todo, holds[n] || []);
      }
      if (k) window.network.moveNode(p.id, x / k, y / k);
    });
  }
  function settle() {
    if (window.__stabilized) return;
    window.network.stopSimulation();
    window.network.setOptions({physics: {enabled: false}});
    centrePlans();
    window.__stabilized = true;
    loading.style.display = 'none';
  }
  window.network = new vis.Network(document.getElementById('mynetwork'),
      {nodes: window.nodes, edges: window.edges}, DATA.options);
  if (DATA.nodes.length === 0) { settle(); }
  window.network.on('stabilizationProgress', function (p) {
    document.getElementById('pct').textContent = Math.round(100 * p.iterations / p.total) + '%';
  });
  window.network.once('stabilizationIterationsDone', function () { settle(); window.network.fit(); });
  setTimeout(settle, 12000);
  document.getElementById('gloss').addEventListener('change', function (ev) {
    var on = ev.target.checked;
    window.nodes.update(window.nodes.get().map(function (n) { return {id: n.id, label: on ? n.label_gloss : n.label_zh}; }));
  });
  document.getElementById('fit').addEventListener('click', function () { window.network.fit(); });
  // an overloaded agency named beside the graph: select it and zoom to where its label is drawn
  Array.prototype.forEach.call(document.querySelectorAll('#overloaded button'), function (b) {
    b.addEventListener('click', function () {
      var id = b.getAttribute('data-node');
      settle();
      window.network.selectNodes([id]);
      window.network.focus(id, {scale: 1.2, animation: false});
      document.getElementById('found').textContent = b.textContent;
    });
  });
  if (DATA.plans) pickPlans(DATA.plans);
  document.getElementById('find').addEventListener('change', function (ev) {
    var q = ev.target.value.trim().toLowerCase(), found = document.getElementById('found');
    if (!q) { window.network.unselectAll(); found.textContent = ''; return; }
    var hits = window.nodes.get({filter: function (n) {
      return [n.label_zh, n.label_gloss, n.find].some(function (s) { return (s || '').toLowerCase().indexOf(q) >= 0; });
    }}).map(function (n) { return n.id; });
    window.network.selectNodes(hits);
    if (hits.length) window.network.fit({nodes: hits, animation: false});
    found.textContent = hits.length ? '找到 ' + hits.length + ' found' : '未找到 none found';
  });
})();
</script>
</body>
</html>
"""
