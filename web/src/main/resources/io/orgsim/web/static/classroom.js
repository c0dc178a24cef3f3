// SPDX-License-Identifier: Apache-2.0
// A student's page: join with the code, then set levers each turn and watch one's own
// organization. The code and token are kept in this tab only and sent with every request.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const http = orgsimHttp;
  let auth = JSON.parse(sessionStorage.getItem("orgsim-classroom") || "null");
  let chart = null;
  let editing = false;

  function headers() { return { "X-Orgsim-Code": auth.code, "X-Orgsim-Token": auth.token }; }

  $("join").onclick = async () => {
    const code = $("code").value.trim().toUpperCase();
    const r = await http.post("/api/join", { code, name: $("name").value });
    auth = { code, token: r.token, name: r.name };
    sessionStorage.setItem("orgsim-classroom", JSON.stringify(auth));
    start();
  };

  function shown() {
    $("lv").textContent = Number($("leadership").value).toFixed(2);
    $("mv").textContent = Number($("management").value).toFixed(2);
  }
  for (const id of ["leadership", "management"]) {
    $(id).oninput = () => { editing = true; shown(); $("saved").textContent = "not saved yet"; };
  }
  $("decide").onclick = async () => {
    const me = await http.post("/api/decide", { leadership: Number($("leadership").value),
      management: Number($("management").value) }, headers());
    editing = false;
    $("saved").textContent = "saved";
    show(me);
  };

  function show(me) {
    $("who").textContent = me.name;
    $("turn").textContent = Math.min(me.turn + 1, me.turns);
    $("turns").textContent = me.turns;
    $("week").textContent = "week " + me.week;
    $("budget").textContent = me.budget.toFixed(2);
    const next = me.shocks.filter((s) => s.turn === me.turn);
    $("status").textContent = me.over ? "The game is over: see the instructor's screen for the debrief."
      : "Waiting for the instructor to play the quarter." + (next.length ? " A shock hits this quarter: "
        + next.map((s) => s.shock).join(", ") + "." : "");
    $("decide").disabled = me.over;
    if (!editing) {
      $("leadership").value = me.leadership;
      $("management").value = me.management;
      shown();
    }
    const body = $("history").querySelector("tbody");
    body.innerHTML = "";
    me.outcomes.forEach((o, i) => {
      const d = me.decisions[i];
      const tr = document.createElement("tr");
      for (const v of [o.turn + 1, d.leadership.toFixed(2), d.management.toFixed(2), o.cumulativeOutput.toFixed(0),
        o.engagement.toFixed(3)]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    const xs = me.series.map((_, i) => i);
    const data = [xs, me.series];
    const box = $("chart");
    if (!chart) {
      chart = new uPlot({ width: box.clientWidth, height: box.clientHeight, legend: { show: false },
        scales: { x: { time: false, range: () => [0, me.turns * me.weeksPerTurn] } },
        series: [{}, { stroke: "#0072B2", width: 2 }] }, data, box);
    } else {
      chart.setData(data);
    }
  }

  async function poll() {
    try {
      show(await http.get("/api/me", headers()));
    } catch (e) {
      if (/token|code/.test(e.message)) { sessionStorage.removeItem("orgsim-classroom"); location.reload(); }
    }
  }

  function start() {
    $("joinCard").classList.add("hidden");
    $("game").classList.remove("hidden");
    poll();
    setInterval(poll, 2000);
  }

  if (auth) start();
})();
