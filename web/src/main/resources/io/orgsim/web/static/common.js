// SPDX-License-Identifier: Apache-2.0
// Shared by the dashboard and the classroom: JSON requests and one-line error messages.
"use strict";

const orgsimHttp = (() => {
  let toastTimer = null;

  function toast(message) {
    let el = document.getElementById("toast");
    if (!el) {
      el = document.createElement("div");
      el.id = "toast";
      el.className = "toast";
      el.setAttribute("role", "alert");
      document.body.appendChild(el);
    }
    el.textContent = message;
    el.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => el.classList.remove("show"), 5000);
  }

  async function call(method, path, body, headers) {
    const init = { method, headers: Object.assign({}, headers || {}) };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    const data = await res.json().catch(() => ({ error: "the server sent no answer" }));
    if (!res.ok) {
      toast(data.error || ("error " + res.status));
      throw new Error(data.error || ("error " + res.status));
    }
    return data;
  }

  return {
    get: (path, headers) => call("GET", path, undefined, headers),
    post: (path, body, headers) => call("POST", path, body || {}, headers),
    toast,
  };
})();
