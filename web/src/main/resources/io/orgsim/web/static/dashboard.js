// SPDX-License-Identifier: Apache-2.0
// The dashboard page: reads the catalog, follows the server's state through server-sent
// events, and draws every organization's metrics with uPlot. Every number drawn is one the
// engine recorded; the page only scales it for display (shares in percent).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const http = orgsimHttp;
  let catalog = null;
  let metricIndex = {};          // metric key -> column of a row
  const lanes = new Map();       // lane id -> {info, run, rows}
  let order = [];                // lane ids in the server's order
  let state = null;
  let selected = null;           // lane id the sliders edit
  let family = null;
  const charts = [];             // {metric, u, el}
  let dragging = null;           // lever key being dragged
  let lessonShows = "[]";        // the metrics the lesson step put in the charts, as sent

  function laneOf(id) { return lanes.get(id); }

  // ---- catalog: presets, levers, shocks, metrics ------------------------------------
  async function init() {
    catalog = await http.get("/api/catalog");
    catalog.metrics.forEach((m, i) => { metricIndex[m.key] = i; });
    buildFamilies();
    buildShocks();
    buildCharts();
    for (const l of catalog.lessons) {
      const o = document.createElement("option");
      o.value = l.name; o.textContent = l.title;
      $("lessons").appendChild(o);
    }
    $("play").onclick = () => control("play");
    $("pause").onclick = () => control("pause");
    $("step").onclick = () => control("step");
    $("reset").onclick = () => control("reset");
    $("replay").onclick = () => control("replay").then(() => control("play"));
    $("speed").onchange = () => http.post("/api/speed", { speed: Number($("speed").value) });
    $("lessons").onchange = () => {
      if ($("lessons").value) {
        http.post("/api/lesson", { name: $("lessons").value, step: 0 });
      } else {
        http.post("/api/lesson", { end: true });
      }
    };
    $("lessonNext").onclick = () => {
      const l = state.lesson;
      if (l && l.step + 1 < l.count) {
        http.post("/api/lesson", { name: l.name, step: l.step + 1 });
      }
    };
    $("lessonEnd").onclick = () => { $("lessons").value = ""; http.post("/api/lesson", { end: true }); };
    document.addEventListener("keydown", (e) => {
      if (e.key === " " && e.target.tagName !== "INPUT" && e.target.tagName !== "SELECT"
          && e.target.tagName !== "BUTTON") {
        e.preventDefault();
        control(state && state.playing ? "pause" : "play");
      }
    });
    $("view").onclick = () => {
      const on = document.body.classList.toggle("orgview");
      $("view").textContent = on ? "Charts view" : "Organization view";
      if (on) drawOrganization(); else charts.forEach(size);
    };
    $("orgColor").onchange = drawOrganization;
    setInterval(() => { if (document.body.classList.contains("orgview")) drawOrganization(); }, 400);
    const es = new EventSource("/api/events");
    es.onmessage = (e) => receive(JSON.parse(e.data));
  }

  function control(action) { return http.post("/api/control", { action }); }

  function buildFamilies() {
    const box = $("families");
    box.innerHTML = "";
    for (const f of catalog.families) {
      const o = document.createElement("option");
      o.value = f.name; o.textContent = f.name; o.title = f.description;
      box.appendChild(o);
    }
    box.onchange = () => { family = box.value; showPresets(); };
    family = catalog.families[0].name;
    showPresets();
  }

  function showPresets() {
    $("families").value = family;
    fitMenus();
    const f = catalog.families.find((x) => x.name === family);
    const box = $("presetButtons");
    box.innerHTML = "";
    for (const name of f.presets) {
      const p = catalog.presets.find((x) => x.name === name);
      const b = document.createElement("button");
      b.textContent = name.startsWith(f.prefix) ? name.substring(f.prefix.length) : name;
      b.title = p.description;
      b.dataset.preset = name;
      b.style.borderLeft = "0.5rem solid " + p.color;
      b.onclick = () => http.post("/api/preset", { lane: selected, preset: name });
      box.appendChild(b);
    }
    const add = document.createElement("button");
    add.id = "compare";
    add.textContent = "+ Compare";
    add.title = "Add an organization stepping in lockstep from the same seed (at most 4)";
    add.onclick = () => {
      const used = order.map((id) => laneOf(id).info.preset);
      const next = f.presets.find((n) => !used.includes(n)) || f.presets[0];
      http.post("/api/lanes/add", { preset: next });
    };
    box.appendChild(add);
    markPresets();
  }

  function markPresets() {
    const lane = selected && laneOf(selected);
    for (const b of $("presetButtons").children) {
      if (b.dataset.preset) b.classList.toggle("on", !!lane && lane.info.preset === b.dataset.preset);
    }
    const c = $("compare");
    if (c) c.disabled = order.length >= 4;
  }

  function buildShocks() {
    for (const s of catalog.shocks) {
      const b = document.createElement("button");
      b.textContent = s.label;
      b.title = s.description;
      b.dataset.shock = s.id;
      b.onclick = () => http.post("/api/shock", { lane: $("shockAll").checked ? 0 : selected, shock: s.id });
      $("shocks").appendChild(b);
    }
  }

  function buildLevers() {
    const box = $("levers");
    box.innerHTML = "";
    for (const lv of catalog.levers) {
      const div = document.createElement("div");
      div.className = "lever" + (lv.parent ? " sub" : "");
      const short = lv.key.includes(".") ? lv.key.substring(lv.key.indexOf(".") + 1) : lv.key;
      div.innerHTML = '<label class="key"></label><input type="range"><span class="value"></span>'
        + '<div class="meaning"></div>';
      div.querySelector(".key").textContent = short;
      div.querySelector(".meaning").textContent = lv.meaning;
      div.querySelector(".meaning").title = lv.meaning;
      const input = div.querySelector("input");
      input.min = lv.min; input.max = lv.max; input.step = 0.05;
      input.dataset.lever = lv.key;
      input.setAttribute("aria-label", lv.key);
      input.oninput = () => { dragging = lv.key; div.querySelector(".value").textContent = Number(input.value).toFixed(2); };
      input.onchange = () => {
        dragging = null;
        http.post("/api/lever", { lane: selected, lever: lv.key, value: Number(input.value) });
      };
      box.appendChild(div);
    }
  }

  // ---- charts -------------------------------------------------------------------------
  function buildCharts() {
    const main = $("charts");
    catalog.charted.forEach((key, i) => {
      const el = document.createElement("div");
      el.className = "chart";
      el.innerHTML = '<div class="head"><select></select><span class="values"></span></div><div class="plot"><div></div></div>';
      const sel = el.querySelector("select");
      for (const m of catalog.metrics) {
        const o = document.createElement("option");
        o.value = m.key; o.textContent = m.name; o.title = m.meaning;
        sel.appendChild(o);
      }
      sel.value = key;
      sel.setAttribute("aria-label", "metric of chart " + (i + 1));
      main.appendChild(el);
      const c = { metric: key, el, u: null };
      fitSelect(sel);
      sel.onchange = () => { c.metric = sel.value; fitSelect(sel); rebuild(c); };
      charts.push(c);
    });
    const resized = new ResizeObserver(() => { charts.forEach(size); fitMenus(); });
    charts.forEach((c) => resized.observe(c.el.querySelector(".plot")));
  }

  // The default charts, with the metrics a lesson step names in the last ones (a metric
  // already charted stays where it is).
  function showMetrics(keys) {
    const want = catalog.charted.slice();
    const extra = keys.filter((k) => !want.includes(k));
    extra.forEach((k, i) => { want[want.length - extra.length + i] = k; });
    charts.forEach((c, i) => {
      if (c.metric === want[i]) return;
      c.metric = want[i];
      c.el.querySelector("select").value = want[i];
      fitSelect(c.el.querySelector("select"));
      rebuild(c);
    });
  }

  // A chart's menu as wide as the metric it shows (a menu is as wide as its longest option
  // otherwise), so the latest values fit beside it.
  const measure = document.createElement("canvas").getContext("2d");
  function fitSelect(sel) {
    if (sel.selectedIndex < 0) return;
    const css = getComputedStyle(sel);
    measure.font = css.font;
    const frame = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"]
      .reduce((sum, k) => sum + (parseFloat(css[k]) || 0), 0);
    const text = measure.measureText(sel.options[sel.selectedIndex].text).width;
    const width = Math.ceil(text + frame + 1.5 * rem()) + "px"; // 1.5 rem for the arrow
    if (sel.style.width !== width) sel.style.width = width;
  }

  // the family and lesson menus too, so the row above the charts stays one line
  function fitMenus() { fitSelect($("families")); fitSelect($("lessons")); }

  function chartFont() { return Math.round(rem() * 0.85) + "px " + getComputedStyle(document.body).fontFamily; }

  function size(c) {
    if (!c.u) return;
    if (c.font !== chartFont()) { // the type follows the window's width
      fitSelect(c.el.querySelector("select"));
      rebuild(c);
      return;
    }
    const box = c.el.querySelector(".plot");
    c.u.setSize({ width: Math.max(100, box.clientWidth), height: Math.max(80, box.clientHeight) });
  }

  function rem() { return parseFloat(getComputedStyle(document.documentElement).fontSize); }

  function rebuild(c) {
    if (c.u) { c.u.destroy(); c.u = null; }
    const m = catalog.metrics[metricIndex[c.metric]];
    const box = c.el.querySelector(".plot > div");
    const font = chartFont();
    c.font = font;
    const series = [{ label: "week" }];
    for (const id of order) {
      const l = laneOf(id);
      series.push({ label: l.info.preset, stroke: l.info.color, width: 2.5, points: { show: false } });
    }
    const opts = {
      width: Math.max(100, box.clientWidth), height: Math.max(80, box.clientHeight),
      legend: { show: false }, cursor: { show: true, drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: () => [0, state ? state.horizon : 520] },
        y: { range: (u, min, max) => {
          const lo = Math.min(0, isFinite(min) ? min : 0);
          const hi = isFinite(max) && max > lo ? max * 1.08 : lo + 1;
          return [lo, hi];
        } },
      },
      axes: [
        { font, size: rem() * 1.9, stroke: "#333",
          grid: { stroke: "#eee" } },
        { font, size: rem() * 3.2, stroke: "#333", grid: { stroke: "#eee" } },
      ],
      series,
      plugins: [marksPlugin()],
    };
    c.u = new uPlot(opts, dataFor(c.metric), box);
    c.el.querySelector("select").title = m.label + ": " + m.meaning;
  }

  /** A pale box under a mark's label, so that it reads over the lines it crosses. */
  function backdrop(ctx, x, y, w, h, dpr) {
    const fill = ctx.fillStyle;
    ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
    ctx.fillRect(x - dpr, y, w + 2 * dpr, h);
    ctx.fillStyle = fill;
  }

  /** Vertical lines for shocks (dashed when planned, solid when fired) and lever changes (dotted). */
  function marksPlugin() {
    return { hooks: { draw: [(u) => {
      const ctx = u.ctx;
      const dpr = devicePixelRatio || 1;
      const top = u.bbox.top, bottom = u.bbox.top + u.bbox.height;
      ctx.save();
      ctx.font = "bold " + Math.round(rem() * 0.62 * dpr) + "px sans-serif";
      const seen = new Set();
      order.forEach((id, li) => {
        const l = laneOf(id);
        for (const mk of l.info.marks) {
          const x = u.valToPos(mk.week, "x", true);
          const key = mk.kind + mk.week + mk.label;
          const shared = seen.has(key);
          seen.add(key);
          ctx.strokeStyle = mk.kind === "lever" ? l.info.color : "#222";
          ctx.lineWidth = (mk.kind === "lever" ? 2 : 1.5) * dpr;
          ctx.setLineDash(mk.kind === "planned" ? [6 * dpr, 4 * dpr] : mk.kind === "lever" ? [2 * dpr, 3 * dpr] : []);
          ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
          if (!shared) {
            ctx.fillStyle = mk.kind === "lever" ? l.info.color : "#222";
            const text = mk.kind === "lever" ? mk.label.replace(/^(leadership|management)\./, "") : mk.label;
            const y = bottom - (4 + 14 * (li % 3)) * dpr;
            const w = ctx.measureText(text).width;
            const h = rem() * 0.62 * dpr;
            if (mk.kind === "lever") {
              const right = x > u.bbox.left + u.bbox.width * 0.75;
              const tx = right ? x - 3 * dpr - w : x + 3 * dpr;
              backdrop(ctx, tx, y - h, w, h * 1.25, dpr);
              ctx.textAlign = "left";
              ctx.fillText(text, tx, y);
            } else { // along its line, so that it never reads as another line's
              // left of the line, or right of it when the line is at the y axis
              const after = x - u.bbox.left < h * 1.5;
              ctx.save();
              ctx.translate(after ? x + 3 * dpr : x - 3 * dpr, top + 3 * dpr);
              ctx.rotate(-Math.PI / 2);
              backdrop(ctx, -w, after ? 0 : -h * 1.15, w, h * 1.15, dpr);
              ctx.fillStyle = "#222";
              ctx.textAlign = "right";
              ctx.textBaseline = after ? "top" : "bottom";
              ctx.fillText(text, 0, 0);
              ctx.restore();
            }
          }
        }
      });
      ctx.restore();
    }] } };
  }

  function dataFor(key) {
    const col = metricIndex[key];
    const scale = catalog.metrics[col].scale;
    let n = 0;
    for (const id of order) n = Math.max(n, laneOf(id).rows.length);
    const xs = Array.from({ length: n }, (_, i) => i);
    const data = [xs];
    for (const id of order) {
      const rows = laneOf(id).rows;
      data.push(xs.map((i) => (i < rows.length ? rows[i][col] * scale : null)));
    }
    return data;
  }

  function redraw(structural) {
    for (const c of charts) {
      if (structural || !c.u) rebuild(c);
      else c.u.setData(dataFor(c.metric));
      const m = catalog.metrics[metricIndex[c.metric]];
      const vals = c.el.querySelector(".values");
      vals.innerHTML = "";
      for (const id of order) {
        const l = laneOf(id);
        const last = l.rows[l.rows.length - 1];
        const s = document.createElement("span");
        s.style.color = l.info.color;
        s.textContent = last ? (last[metricIndex[c.metric]] * m.scale).toFixed(m.decimals) : "\u2013";
        vals.appendChild(s);
      }
    }
  }

  // ---- state from the server ----------------------------------------------------------
  function receive(s) {
    const before = order.join(",");
    let structural = false;
    order = s.lanes.map((l) => l.id);
    for (const info of s.lanes) {
      let l = lanes.get(info.id);
      if (!l || l.run !== info.run) {
        l = { run: info.run, rows: [] };
        lanes.set(info.id, l);
        structural = true;
      }
      if (info.from !== l.rows.length) {       // out of step: the next full state repairs it
        l.rows = l.rows.slice(0, info.from);
      }
      for (const r of info.rows) l.rows.push(r);
      if (l.info && (l.info.color !== info.color || l.info.preset !== info.preset)) structural = true;
      l.info = info;
    }
    for (const id of [...lanes.keys()]) if (!order.includes(id)) lanes.delete(id);
    if (order.join(",") !== before) structural = true;
    const horizonChanged = !state || state.horizon !== s.horizon;
    state = s;
    if (!order.includes(selected)) selected = order[0];
    if (!$("levers").children.length) buildLevers();
    showState();
    redraw(structural || horizonChanged);
  }

  function showState() {
    const s = state;
    const years = (s.week / 52).toFixed(1);
    $("week").textContent = s.week >= s.horizon
      ? "Week " + s.week + " of " + s.horizon + ": done"
      : "Week " + s.week + " of " + s.horizon + " (year " + years + ")";
    $("play").classList.toggle("on", s.playing);
    $("pause").classList.toggle("on", !s.playing && s.week < s.horizon); // at the end, Play again stands out
    $("play").innerHTML = s.week >= s.horizon ? "&#9654; Play again" : "&#9654; Play";
    const sp = $("speed");
    if (sp.options.length !== s.speeds.length) {
      sp.innerHTML = "";
      for (const v of s.speeds) {
        const o = document.createElement("option");
        o.value = v; o.textContent = v + " wk/s";
        sp.appendChild(o);
      }
    }
    sp.value = String(s.speed);
    // lanes
    const box = $("lanes");
    box.innerHTML = "";
    for (const id of order) {
      const l = laneOf(id).info;
      const chip = document.createElement("span");
      chip.className = "lane" + (id === selected ? " selected" : "");
      chip.style.borderLeft = "0.8rem solid " + l.color;
      chip.dataset.lane = id;
      chip.title = l.description;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = l.preset + (l.modified ? " (levers moved)" : "");
      chip.appendChild(name);
      if (order.length > 1) {
        const x = document.createElement("button");
        x.className = "x"; x.textContent = "\u00d7"; x.title = "Remove this organization";
        x.onclick = (e) => { e.stopPropagation(); http.post("/api/lanes/remove", { lane: id }); };
        chip.appendChild(x);
      }
      chip.onclick = () => { selected = id; showState(); };
      box.appendChild(chip);
    }
    const sel = laneOf(selected).info;
    $("leverLane").textContent = sel.preset;
    $("leverLane").style.color = sel.color;
    for (const div of $("levers").children) {
      const input = div.querySelector("input");
      const key = input.dataset.lever;
      if (key === dragging) continue;
      const v = sel.levers[key];
      input.value = v;
      div.querySelector(".value").textContent = v.toFixed(2);
    }
    markPresets();
    const lesson = s.lesson;
    const shows = JSON.stringify(lesson ? lesson.show : []);
    if (shows !== lessonShows) { lessonShows = shows; showMetrics(lesson ? lesson.show : []); }
    $("lesson").classList.toggle("show", !!lesson);
    if (lesson) {
      $("lessonTitle").textContent = lesson.title + " (" + (lesson.step + 1) + "/" + lesson.count + "):";
      $("lessonCaption").textContent = lesson.caption;
      $("lessonWatch").textContent = lesson.watch;
      $("lessonNext").disabled = lesson.step + 1 >= lesson.count;
      if ($("lessons").value !== lesson.name) $("lessons").value = lesson.name;
    }
    fitMenus();
    document.body.dataset.week = s.week;
    document.body.dataset.playing = s.playing;
  }

  // ---- the organization: teams, ties, and agents coloured by engagement or frustration ----
  let orgBusy = false;
  let orgShown = null;

  /** Okabe-Ito vermillion (low engagement, high frustration) to grey to blue (high engagement). */
  function shade(v, bad) {
    const t = bad ? 1 - v : v;
    const lo = [213, 94, 0], mid = [200, 200, 200], hi = [0, 114, 178];
    const [a, b, f] = t < 0.5 ? [lo, mid, t * 2] : [mid, hi, (t - 0.5) * 2];
    return "rgb(" + a.map((x, i) => Math.round(x + (b[i] - x) * f)).join(",") + ")";
  }

  async function drawOrganization() {
    if (orgBusy || selected == null) return;
    orgBusy = true;
    try {
      orgShown = await http.get("/api/organization?lane=" + selected);
      paintOrganization(orgShown);
    } finally {
      orgBusy = false;
    }
  }

  function paintOrganization(o) {
    const by = $("orgColor").value;
    const bad = by === "frustration";
    const values = o[by];
    $("orgTitle").textContent = o.preset + ", week " + o.week
      + (o.drawn < o.positions ? " (first " + o.drawn + " of " + o.positions + " positions)" : "");
    $("orgTitle").style.color = o.color;
    $("orgLow").textContent = "0";
    $("orgHigh").textContent = "1 " + by;
    const scale = $("orgScale").getContext("2d");
    for (let x = 0; x < 160; x++) { scale.fillStyle = shade(x / 159, bad); scale.fillRect(x, 0, 1, 14); }
    const canvas = $("orgCanvas");
    const dpr = devicePixelRatio || 1;
    const w = canvas.clientWidth, h = canvas.clientHeight;
    canvas.width = w * dpr; canvas.height = h * dpr;
    const ctx = canvas.getContext("2d");
    ctx.scale(dpr, dpr);
    ctx.clearRect(0, 0, w, h);
    const n = o.drawn, size = o.teamSize;
    const teams = Math.ceil(n / size);
    const cols = Math.max(1, Math.round(Math.sqrt(teams * w / h)));
    const rows = Math.ceil(teams / cols);
    const cw = w / cols, ch = h / rows;
    const r = Math.min(cw, ch) * 0.36;
    const dot = Math.max(1.5, Math.min(r * 0.24, r * 2.2 / Math.max(1, size - 1)));
    const pos = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = Math.floor(i / size), k = i % size;
      const cx = (t % cols + 0.5) * cw, cy = (Math.floor(t / cols) + 0.5) * ch;
      if (k === 0) { pos[i] = [cx, cy]; continue; }
      const ang = 2 * Math.PI * (k - 1) / Math.max(1, Math.min(size, n - t * size) - 1) - Math.PI / 2;
      pos[i] = [cx + r * Math.cos(ang), cy + r * Math.sin(ang)];
    }
    ctx.strokeStyle = "rgba(60,60,60,0.18)";
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const [a, b] of o.ties) { ctx.moveTo(pos[a][0], pos[a][1]); ctx.lineTo(pos[b][0], pos[b][1]); }
    ctx.stroke();
    for (let i = 0; i < n; i++) {
      const f = o.flags[i], present = f & 1, lead = f & 2, informal = f & 4;
      const [x, y] = pos[i];
      const d = lead ? dot * 1.3 : dot;
      ctx.beginPath();
      if (informal && !lead) ctx.rect(x - d, y - d, 2 * d, 2 * d); else ctx.arc(x, y, d, 0, 2 * Math.PI);
      if (present) {
        ctx.fillStyle = shade(values[i], bad);
        ctx.fill();
      }
      ctx.lineWidth = lead ? 2.5 : 1;
      ctx.strokeStyle = present ? "#222" : "#999";
      ctx.stroke();
    }
  }

  // For tests and the curious: exactly what each chart holds, as uPlot draws it.
  window.orgsim = {
    state: () => state,
    plotted: () => charts.map((c) => ({
      metric: c.metric,
      scale: catalog.metrics[metricIndex[c.metric]].scale,
      lanes: order.map((id) => laneOf(id).info.preset),
      data: c.u ? c.u.data.map((a) => Array.from(a)) : [],
    })),
    select: (id) => { selected = id; showState(); },
    organization: () => orgShown,
  };

  init().catch((e) => http.toast("could not load the dashboard: " + e.message));
})();
