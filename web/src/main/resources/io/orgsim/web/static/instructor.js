// SPDX-License-Identifier: Apache-2.0
// The instructor's screen: join code, leaderboard, the class's choices, turn control,
// shocks for everyone, and at the end every student's path and which strategies came out ahead.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const http = orgsimHttp;
  const [code, token] = location.hash.substring(1).split(".");
  const headers = { "X-Orgsim-Code": code, "X-Orgsim-Token": token };
  let choices = null;
  let paths = null;
  let pathsShown = 0;
  let pathsFollowed = false;
  const colors = { balanced: "#0072B2", "leadership-heavy": "#E69F00", "management-heavy": "#009E73" };

  $("url").textContent = location.origin + "/";
  $("advance").onclick = async () => {
    $("advance").disabled = true;
    try { await http.post("/api/instructor/advance", {}, headers); } finally { $("advance").disabled = false; }
    poll();
  };
  $("fire").onclick = () => http.post("/api/instructor/shock", { shock: $("shock").value }, headers).then(poll);
  $("csv").onclick = async (e) => {
    e.preventDefault();
    const res = await fetch("/api/instructor/export.csv", { headers });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url; a.download = "orgsim-classroom.csv"; a.click();
  };

  // axes in the page's type, which follows the window's width
  function axes() {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const font = Math.round(rem * 0.75) + "px " + getComputedStyle(document.body).fontFamily;
    return [{ font, size: rem * 1.7, grid: { stroke: "#eee" } }, { font, size: rem * 2.6, grid: { stroke: "#eee" } }];
  }

  // a plot follows its box when the window changes size (a laptop's screen, then the projector's)
  function follow(u, box) {
    new ResizeObserver(() => u.setSize({ width: box.clientWidth, height: box.clientHeight })).observe(box);
  }

  function cells(tr, values) {
    for (const v of values) {
      const td = document.createElement("td");
      td.textContent = v;
      tr.appendChild(td);
    }
  }

  function show(s) {
    $("code").textContent = s.joinCode;
    $("students").textContent = s.students + " of " + s.maxStudents + " students";
    $("turn").textContent = s.over ? s.turns + " (game over)" : s.turn + 1;
    $("turns").textContent = s.turns;
    $("advance").disabled = s.over;
    const body = $("board").querySelector("tbody");
    body.innerHTML = "";
    s.leaderboard.forEach((r, i) => {
      const tr = document.createElement("tr");
      cells(tr, [i + 1, r.name, r.cumulativeOutput.toFixed(0), r.engagement.toFixed(3),
        r.shockDepth == null ? "\u2013" : (100 * r.shockDepth).toFixed(1) + "%",
        r.recoveryWeeks == null ? "\u2013" : r.recoveryWeeks,
        r.leadership.toFixed(2) + " / " + r.management.toFixed(2)]);
      body.appendChild(tr);
    });
    const sb = $("strategies").querySelector("tbody");
    sb.innerHTML = "";
    for (const g of s.strategies) {
      const tr = document.createElement("tr");
      cells(tr, [g.strategy, g.students, g.meanCumulativeOutput.toFixed(0), g.meanEngagement.toFixed(3)]);
      tr.firstChild.style.color = colors[g.strategy] || "#222";
      sb.appendChild(tr);
    }
    // choices: one point per student
    const pts = s.choices.slice().sort((a, b) => a[0] - b[0]);
    const data = [pts.map((p) => p[0]), pts.map((p) => p[1])];
    if (!choices) {
      const box = $("choices");
      choices = new uPlot({ width: box.clientWidth, height: box.clientHeight, legend: { show: false },
        scales: { x: { time: false, range: [0, 1] }, y: { range: [0, 1] } }, axes: axes(),
        series: [{}, { stroke: "#0072B2", width: 0, points: { show: true, size: 12, fill: "#0072B2" } }] }, data, box);
      follow(choices, box);
    } else {
      choices.setData(data);
    }
    // the debrief's one sentence, from the table's own numbers
    const [first, second] = s.strategies;
    $("why").textContent = s.over && first && second
      ? first.strategy + " came out ahead: " + (100 * (first.meanCumulativeOutput / second.meanCumulativeOutput - 1))
        .toFixed(0) + "% more cumulative output than " + second.strategy + ", with mean engagement "
        + first.meanEngagement.toFixed(3) + " against " + second.meanEngagement.toFixed(3) + "."
      : "";
    $("debriefTitle").textContent = s.over ? "Debrief: which strategies came out ahead" : "Strategies so far";
    if (s.over && s.paths && pathsShown !== s.paths.length) {
      pathsShown = s.paths.length;
      const n = Math.max(...s.paths.map((p) => p.output.length));
      const d = [Array.from({ length: n }, (_, i) => i)].concat(s.paths.map((p) => p.output));
      const box = $("paths");
      if (paths) paths.destroy();
      paths = new uPlot({ width: box.clientWidth, height: box.clientHeight, legend: { show: false },
        scales: { x: { time: false } }, axes: axes(),
        series: [{}].concat(s.paths.map((p) => ({ label: p.name, stroke: colors[p.strategy] || "#222", width: 1.5 }))) },
      d, box);
      if (!pathsFollowed) { pathsFollowed = true; follow({ setSize: (sz) => paths.setSize(sz) }, box); }
    }
    window.orgsimInstructor = s;
  }

  async function poll() {
    try { show(await http.get("/api/instructor/state", headers)); } catch (e) { /* shown by the toast */ }
  }

  http.get("/api/shocks").then((list) => {
    for (const s of list) {
      const o = document.createElement("option");
      o.value = s.id; o.textContent = s.label;
      $("shock").appendChild(o);
    }
  });
  poll();
  setInterval(poll, 1500);
})();
