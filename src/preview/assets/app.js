// Kadam preview: draws the chat the engine describes. No dialogue logic
// lives here: every move goes to the server, which runs the bot's engine
// and answers with what Telegram would show. The conversation's state is
// kept in this tab's memory only.
"use strict";

const $ = (id) => document.getElementById(id);
const chat = $("chat");
let state = null;       // the engine's state for this tab, as the server sent it
let at = null;          // the screen she is on
let lang = null;        // the language of the last screen
let version = 0;        // the content version the chat was drawn from
let lastBot = null;     // the last message from the bot, redrawn on reload
let busy = Promise.resolve();
let nextId = 1;

const COMMANDS = ["start", "menu", "language", "help", "exit", "privacy", "forget", "feedback"];

// --- The page's own words ------------------------------------------------------
// In the staff's language (ru, ky or en), from locales/staff/ through the
// server: the browser's language until someone picks one in the list at the
// top, which this browser then remembers. The chat is not translated here: it
// shows the bot's languages.

const REMEMBERED = "kadam-preview-lang";
let staffLang = localStorage.getItem(REMEMBERED) || "";
let texts = {};
let lastStatus = null;
let events = null;
const STATUS = { fallback: "preview-status-fallback", unreviewed: "preview-status-unreviewed", missing: "preview-status-missing" };

// A text with its `{name}` places filled in from `vars`.
function t(id, vars) {
  const text = texts[id] ?? id;
  return text.replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? String(vars[k]) : m));
}

// A text into an element, its `backticked` parts as code.
function rich(into, text) {
  into.replaceChildren();
  text.split("`").forEach((part, i) => into.append(i % 2 ? el("code", null, part) : part));
}

async function loadTexts() {
  const res = await fetch("/api/texts" + (staffLang ? "?lang=" + encodeURIComponent(staffLang) : ""));
  if (!res.ok) return;
  const body = await res.json();
  staffLang = body.lang;
  texts = body.texts;
  document.documentElement.lang = staffLang;
  document.body.dataset.staffLang = staffLang;
  $("staff-lang").value = staffLang;
  document.title = t("preview-title");
  document.querySelectorAll("[data-t]").forEach((e) => rich(e, t(e.dataset.t)));
  document.querySelectorAll("[data-t-title]").forEach((e) => { e.title = t(e.dataset.tTitle); });
  document.querySelectorAll("[data-t-placeholder]").forEach((e) => { e.placeholder = t(e.dataset.tPlaceholder); });
  if (lastStatus) showStatus(lastStatus);
}

// "main (fallback)" from the review list, its status in the page's language.
function reviewed(text) {
  return text.replace(/ \((fallback|unreviewed|missing)\)$/, (m, s) => " (" + t(STATUS[s]) + ")");
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function time() {
  const d = new Date();
  return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
}

// Telegram turns web addresses and phone numbers into links.
function linkify(text, into) {
  const re = /(https?:\/\/[^\s)]+)|(\+?\d[\d\s-]{5,}\d)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    into.append(text.slice(last, m.index));
    const a = el("a", null, m[0]);
    a.href = m[1] ? m[1] : "tel:" + m[0].replace(/[\s-]/g, "");
    a.target = "_blank";
    a.rel = "noopener";
    into.append(a);
    last = m.index + m[0].length;
  }
  into.append(text.slice(last));
}

// Texts to mark: every occurrence of a mark's shown text gets a <mark>.
function highlighted(text, marks, into) {
  let parts = [{ text, mark: null }];
  const sorted = [...marks].sort((a, b) => b.shown.length - a.shown.length);
  for (const m of sorted) {
    const needle = m.shown.trim();
    if (needle.length < 2) continue;
    parts = parts.flatMap((p) => {
      if (p.mark) return [p];
      const pieces = p.text.split(needle);
      const out = [];
      pieces.forEach((piece, i) => {
        if (i > 0) out.push({ text: needle, mark: m });
        if (piece) out.push({ text: piece, mark: null });
      });
      return out;
    });
  }
  for (const p of parts) {
    if (p.mark) {
      const mk = el("mark", p.mark.status, p.text);
      mk.title = p.mark.name + ": " + t(STATUS[p.mark.status] || p.mark.status);
      into.append(mk);
    } else {
      linkify(p.text, into);
    }
  }
}

function drawScreen(msg, view, marks, live) {
  msg.replaceChildren();
  const bubble = el("div", "bubble");
  if (view.media) {
    const icon = { photo: "🖼", voice: "🎤", document: "📄" }[view.media[0]] || "📎";
    bubble.append(el("div", "media", icon + " " + view.media[0] + ": " + view.media[1]));
  }
  // The same rule as the server's: long texts, or whole lines, are found in the message.
  const lines = view.text.split("\n").map((l) => l.trim());
  const inText = (marks || []).filter((m) => m.shown.trim().length >= 12 || lines.includes(m.shown.trim()));
  highlighted(view.text, inText, bubble);
  bubble.append(el("span", "meta", time()));
  msg.append(bubble);
  if (view.keyboard.length) {
    const kb = el("div", "kb");
    for (const row of view.keyboard) {
      const r = el("div", "row");
      for (const key of row) {
        const b = el("button", key.url ? "url" : null);
        highlighted(key.label, (marks || []).filter((m) => m.shown.trim() === key.label), b);
        b.title = key.url || key.label;
        if (live && key.url) b.onclick = () => window.open(key.url, "_blank", "noopener");
        if (live && key.data) b.onclick = () => move({ press: key.data }, msg);
        r.append(b);
      }
      kb.append(r);
    }
    msg.append(kb);
  }
}

function botMessage(view) {
  const msg = el("div", "msg bot");
  msg.dataset.id = nextId++;
  drawScreen(msg, view, [], true);
  chat.append(msg);
  lastBot = msg;
  return msg;
}

function myMessage(text) {
  const msg = el("div", "msg me");
  const bubble = el("div", "bubble", text);
  bubble.append(el("span", "meta", time() + " ✓✓"));
  msg.append(bubble);
  chat.append(msg);
}

function systemLine(text) {
  chat.append(el("div", "msg sys", text));
}

function toast(text) {
  const t = $("toast");
  t.textContent = text;
  t.hidden = false;
}

async function post(url, body) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw json;
  return json;
}

// One move through the engine. `pressed` is the message whose button was
// pressed: the engine may ask to edit it in place.
function move(mv, pressed) {
  busy = busy.then(async () => {
    let turn;
    try {
      turn = await post("/api/step", { state, move: mv });
    } catch (e) {
      toast(t("preview-error-no-content"));
      return;
    }
    state = turn.state;
    at = turn.at;
    for (const ev of turn.events) {
      if (ev.kind === "show") {
        lang = ev.screen.lang;
        if (ev.edit && pressed && pressed.isConnected && !ev.screen.media) {
          drawScreen(pressed, ev.screen, [], true);
          pressed.classList.add("edited");
          lastBot = pressed;
        } else {
          botMessage(ev.screen);
        }
      } else if (ev.kind === "quick_exit") {
        // Telegram: every message the bot can delete is gone, her own too.
        chat.replaceChildren();
        botMessage({ text: ev.decoy, keyboard: [], media: null });
        toast(t("preview-quick-exit"));
      } else if (ev.kind === "card") {
        // Telegram: a contact card she dials with one tap; the screen stays.
        const keep = lastBot;
        botMessage({ text: ev.text, keyboard: [], media: null });
        lastBot = keep;
      } else if (ev.kind === "forget") {
        toast(t("preview-forget"));
      } else if (ev.kind === "feedback") {
        toast(t("preview-feedback"));
      } else if (ev.kind === "practice") {
        toast(t("preview-practice"));
      } else if (ev.kind === "answer") {
        // Telegram: the consultant's answer, copied from the staff group.
        botMessage({ text: t("preview-consult-answer"), keyboard: [], media: null });
      }
    }
    chat.scrollTop = chat.scrollHeight;
    refreshSide();
  });
  return busy;
}

function send(text) {
  if (!text.trim()) return;
  myMessage(text);
  move({ text });
}

// --- Staff tools -----------------------------------------------------------

let pane = "langs";

async function refreshSide() {
  if (pane === "langs") {
    let columns;
    try { columns = await post("/api/languages", { state }); } catch (e) { return; }
    const box = $("columns");
    box.replaceChildren();
    for (const col of columns) {
      const c = el("div", "column");
      c.dataset.lang = col.view.lang;
      c.append(el("h3", null, col.view.lang));
      const msg = el("div", "msg bot");
      drawScreen(msg, col.view, col.marks, false);
      c.append(msg);
      if (col.generated_from) {
        const from = col.generated_from;
        c.append(el("div", "generated", t("preview-generated-from", { from })));
      }
      if (col.marks.length) {
        const ul = el("ul");
        for (const m of col.marks) ul.append(el("li", null, m.name + " — " + t(STATUS[m.status] || m.status)));
        c.append(ul);
      } else if (!col.generated_from) {
        c.append(el("div", "clean", t("preview-all-clean")));
      }
      box.append(c);
    }
  } else if (pane === "map") {
    const res = await fetch("/api/map.svg");
    if (!res.ok) return;
    $("map").innerHTML = await res.text();
    const here = at && $("map").querySelector(`[data-node="${CSS.escape(at)}"]`);
    if (here) here.classList.add("here");
  } else if (pane === "review") {
    const res = await fetch("/api/review");
    if (!res.ok) return;
    const list = await res.json();
    const box = $("review");
    box.replaceChildren();
    if (!list.length) box.append(el("p", null, t("preview-review-none")));
    for (const item of list) {
      const row = el("div", "review-item");
      const open = el("button", null, t("preview-open"));
      open.onclick = () => jump(item.node);
      const body = el("div");
      body.append(el("strong", null, item.node));
      const ul = el("ul");
      for (const [code, names] of Object.entries(item.langs)) ul.append(el("li", null, code + ": " + names.map(reviewed).join(", ")));
      body.append(ul);
      row.append(open, body);
      box.append(row);
    }
  }
}

function jump(node) {
  showChat();
  systemLine(t("preview-opened", { node }));
  move({ jump: node });
}

document.querySelectorAll(".tabs button").forEach((b) => {
  b.onclick = () => {
    pane = b.dataset.pane;
    document.querySelectorAll(".tabs button").forEach((x) => x.classList.toggle("active", x === b));
    for (const p of ["langs", "map", "review", "help"]) $("pane-" + p).hidden = p !== pane;
    refreshSide();
  };
});

$("map").addEventListener("click", (e) => {
  const g = e.target.closest("[data-node]");
  if (g) jump(g.dataset.node);
});

// --- Live reload -------------------------------------------------------------

function showStatus(s) {
  lastStatus = s;
  rich($("hint"), t("preview-hint", { root: s.root }));
  const problems = $("problems");
  problems.replaceChildren();
  for (const line of s.errors) {
    const li = el("li");
    const m = line.match(/^(.*?:\d+:\d+):(.*)$/);
    if (m) {
      li.append(el("span", "where", m[1]), ":" + m[2]);
    } else {
      li.textContent = line;
    }
    problems.append(li);
  }
  $("banner").hidden = s.errors.length === 0;
  const loaded = $("loaded");
  loaded.classList.toggle("bad", !s.ok);
  const clock = new Date().toLocaleTimeString();
  loaded.textContent = s.ok
    ? (s.warnings ? t("preview-loaded-warnings", { time: clock, warnings: s.warnings }) : t("preview-loaded", { time: clock }))
    : t("preview-broken", { count: s.errors.length });
  document.body.dataset.version = s.version;
  document.body.dataset.ok = s.ok;
}

// The problems come worded in the page's language, so a new choice listens anew.
function listen() {
  if (events) events.close();
  events = new EventSource("/events?lang=" + encodeURIComponent(staffLang));
  events.addEventListener("content", (e) => {
    const s = JSON.parse(e.data);
    showStatus(s);
    const changed = s.version !== version && version !== 0;
    version = s.version;
    // A new good version: draw her current screen again from it, in place.
    if (changed && s.ok && state) {
      busy = busy.then(async () => {
        const turn = await post("/api/step", { state, move: "redraw" }).catch(() => null);
        if (!turn) return;
        state = turn.state;
        at = turn.at;
        const shown = turn.events.find((ev) => ev.kind === "show");
        if (shown && lastBot && lastBot.isConnected) {
          drawScreen(lastBot, shown.screen, [], true);
        } else if (shown) {
          botMessage(shown.screen);
        }
        document.body.dataset.drawn = s.version;
      });
    }
    refreshSide();
  });
}

// --- The chat's controls -----------------------------------------------------

function showChat() {
  $("start").hidden = true;
  $("composer").hidden = false;
}

$("start").onclick = () => { showChat(); send("/start"); };
$("composer").onsubmit = (e) => {
  e.preventDefault();
  showChat();
  send($("text").value);
  $("text").value = "";
};
$("deeplink").onsubmit = (e) => {
  e.preventDefault();
  showChat();
  const id = $("deep").value.trim();
  send(id ? "/start " + id : "/start");
};
$("new-chat").onclick = () => {
  state = null; at = null; lastBot = null;
  chat.replaceChildren();
  $("start").hidden = false;
  $("composer").hidden = true;
  $("toast").hidden = true;
  refreshSide();
};
$("menu-btn").onclick = () => {
  const menu = $("menu");
  menu.hidden = !menu.hidden;
  $("attach").hidden = true;
  menu.replaceChildren();
  for (const c of COMMANDS) {
    const b = el("button");
    b.append(el("b", null, "/" + c));
    b.onclick = () => { menu.hidden = true; send("/" + c); };
    menu.append(b);
  }
};
$("attach-btn").onclick = async () => {
  const box = $("attach");
  box.hidden = !box.hidden;
  $("menu").hidden = true;
  if (box.hidden) return;
  const res = await fetch("/api/regions?lang=" + encodeURIComponent(lang || ""));
  const regions = res.ok ? await res.json() : [];
  const select = $("region");
  select.replaceChildren();
  for (const r of regions) {
    const o = el("option", null, r.name);
    o.value = r.lat + "," + r.lon;
    select.append(o);
  }
};
function shareLocation(lat, lon) {
  $("attach").hidden = true;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    toast(t("preview-bad-coords"));
    return;
  }
  showChat();
  myMessage(t("preview-location", { lat: lat.toFixed(4), lon: lon.toFixed(4) }));
  move({ location: { lat, lon } });
}
$("send-region").onclick = () => {
  const [lat, lon] = $("region").value.split(",").map(Number);
  shareLocation(lat, lon);
};
$("send-coords").onclick = () => shareLocation(parseFloat($("lat").value.replace(",", ".")), parseFloat($("lon").value.replace(",", ".")));
$("send-photo").onclick = () => {
  $("attach").hidden = true;
  showChat();
  myMessage(t("preview-photo"));
  move("other");
};

$("staff-lang").onchange = async () => {
  staffLang = $("staff-lang").value;
  localStorage.setItem(REMEMBERED, staffLang);
  await loadTexts();
  listen();
  refreshSide();
};

loadTexts().then(listen);
