// Exercise mode: a participant's key picks one of its exercises; from then on every view reads
// the exercise's play dataset as known by the game time, under a banner that cannot be hidden,
// until the user leaves exercise mode explicitly. The Exercise view shows the game clock, the
// MSEL (controllers and evaluators) or the injects released to the player, the actions log and
// a form to log an action. Everything through /v1/exercises (docs/exercises.md).
import { ApiError, get, getAll, key, send } from "./api.js";
import { clock } from "./clock.js";
import { h, loading } from "./util.js";

const STORED = "watchfloor.exercise";
const POLL = 5000; // the clock is read again this often (ms); the display ticks every second
const NO_CLOCK = { clocked: false, dataset: false };
const ROLE_WORDS = { controller: "controller", evaluator: "evaluator", player: "player" };
const KIND_WORDS = { decision: "decision", rfi: "request for information (RFI)", message: "message" };
let poller = null;
let ticker = null;
let lastVersion = null;
let drawn = null; // what the Exercise view last drew: a quiet refresh redraws only a change

const region = () => document.getElementById("exercise");
const control = () => ["controller", "evaluator"].includes(clock.exercise?.role);

// The exercise's clock read now: the game clock the views read at, and the caller's seat.
async function readClock(id) {
  const read = await get(`exercises/${id}/clock`, {}, NO_CLOCK);
  return {
    seat: { role: read.role, participant: read.participant },
    game: {
      time: read.game_time,
      ms: Date.parse(read.game_time),
      read: Date.now(),
      speed: read.speed,
      running: read.state === "running",
      state: read.state,
      version: read.version,
    },
  };
}

function remember(exercise) {
  if (exercise) sessionStorage.setItem(STORED, JSON.stringify(exercise));
  else sessionStorage.removeItem(STORED);
}

// Exercise mode on: the play dataset everywhere, the clock read, the banner up.
export async function enterExercise(record) {
  const { seat, game } = await readClock(record.id);
  const exercise = {
    id: record.id,
    name: record.name,
    dataset: record.dataset,
    control_dataset: record.control_dataset,
    source_dataset: record.source_dataset,
    start_known_by: record.start_known_by,
    ...seat,
  };
  remember(exercise);
  startPolling();
  clock.set({ exercise, game, dataset: exercise.dataset });
}

// Exercise mode off, only when asked: back to live, now.
export function leaveExercise() {
  remember(null);
  stopPolling();
  clock.set({ exercise: null, game: null, dataset: "live", date: null });
}

// On page load: still in exercise mode if this browser session was (a reload does not leave it).
// The play dataset is set before the first view reads anything; the clock is read before it too.
export async function restoreExercise() {
  const stored = sessionStorage.getItem(STORED);
  if (!stored) return;
  const exercise = JSON.parse(stored);
  Object.assign(clock, { exercise, dataset: exercise.dataset });
  startPolling();
  await reseat();
}

// The key changed (or the page was loaded): who is this key in the exercise, and its clock.
// A key that does not take part stays in exercise mode (leaving is explicit) and is told so.
export async function reseat() {
  if (!clock.exercise) return;
  try {
    const { seat, game } = await readClock(clock.exercise.id);
    clock.exercise = { ...clock.exercise, ...seat };
    clock.game = game;
    lastVersion = game.version;
    remember(clock.exercise);
  } catch (error) {
    clock.exercise = { ...clock.exercise, role: null, participant: null };
    clock.game = null;
    if (!(error instanceof ApiError)) throw error;
  }
}

function startPolling() {
  stopPolling();
  poller = setInterval(poll, POLL);
  ticker = setInterval(tick, 1000);
}

function stopPolling() {
  clearInterval(poller);
  clearInterval(ticker);
  poller = ticker = null;
}

async function poll() {
  if (!clock.exercise?.role) return;
  try {
    const { game } = await readClock(clock.exercise.id);
    const changed = game.version !== lastVersion;
    clock.game = game;
    lastVersion = game.version;
    const view = document.getElementById("view-exercise");
    if (view.hidden) return;
    // Refresh the view when the clock moved or something may have been released, unless the
    // user is in the middle of it (a re-render would take the focus away).
    if (!view.contains(document.activeElement) || changed) await loadExercise({ quiet: true });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

function tick() {
  const out = document.getElementById("exercise-game-time");
  if (out && clock.game) out.textContent = gameWords(clock.gameMs());
}

function gameWords(ms) {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().replace("T", " ").replace(".000Z", " UTC")}`;
}

function speedWords(speed) {
  const hours = speed / 3600;
  if (speed === 1) return "×1 (real time)";
  if (hours >= 1) return `×${speed} (${hours} game hour${hours === 1 ? "" : "s"} a wall second)`;
  return `×${speed} (${speed / 60} game minute${speed === 60 ? "" : "s"} a wall second)`;
}

// A refusal in the server's words: status, detail and the pointers of its errors.
function refusal(error) {
  if (!(error instanceof ApiError)) return `Not done: ${error.message}`;
  const p = error.problem ?? {};
  const where = (p.errors ?? []).map((e) => `${e.pointer ?? ""} ${e.detail ?? e.message ?? ""}`.trim()).filter(Boolean);
  return `Refused (${error.status}): ${p.detail ?? p.title ?? error.message}${where.length ? ` — ${where.join("; ")}` : ""}`;
}

export async function loadExercise({ quiet = false } = {}) {
  const target = region();
  const work = async () => {
    if (!clock.exercise) await renderList(target);
    else await renderExercise(target, quiet);
  };
  if (quiet) {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  } else {
    await loading(target, work);
  }
}

// Out of exercise mode: the exercises this key sees, each a button into exercise mode.
async function renderList(target) {
  if (!key.get()) {
    target.replaceChildren(h("p", {},
      "Enter a participant's key (issued when the exercise was opened) in the API key field above: ",
      "the exercises it takes part in are listed here."));
    return;
  }
  const exercises = await getAll("exercises", {}, 200, NO_CLOCK);
  const rows = exercises.map((x) => h("tr", { "data-exercise": x.id },
    h("th", { scope: "row" }, x.name),
    h("td", {}, x.dataset),
    h("td", {}, x.clock.state.replace("_", " ")),
    h("td", {}, x.start_known_by),
    h("td", {}, h("button", {
      type: "button",
      class: "enter-exercise",
      "aria-label": `Enter exercise ${x.name}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          await enterExercise(x);
        } catch (error) {
          event.target.disabled = false;
          target.append(h("p", { class: "decision-result refused", role: "status" }, refusal(error)));
        }
      },
    }, "Enter"))));
  target.replaceChildren(
    h("p", {}, "Exercise mode reads the exercise's own dataset in every view, at its game time, under a banner that stays until you leave it."),
    exercises.length
      ? h("table", { class: "exercises" },
        h("caption", {}, "Exercises this key takes part in"),
        h("thead", {}, h("tr", {}, ["Exercise", "Play dataset", "Clock", "Starting world known by", ""].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows))
      : h("p", {}, "This key takes part in no exercise."));
}

async function renderExercise(target, quiet = false) {
  const x = clock.exercise;
  const leave = h("button", { type: "button", id: "exercise-leave", onclick: leaveExercise }, "Leave exercise mode");
  const about = h("dl", { class: "facts" },
    h("dt", {}, "Exercise"), h("dd", {}, x.name),
    h("dt", {}, "Your role"), h("dd", { id: "exercise-role" }, x.role ? `${ROLE_WORDS[x.role]} (${x.participant})` : "none: this key does not take part"),
    h("dt", {}, "Play dataset"), h("dd", {}, x.dataset),
    control() ? [h("dt", {}, "Control dataset"), h("dd", {}, x.control_dataset)] : null,
    h("dt", {}, "Starting world"), h("dd", {}, `${x.source_dataset ?? "live"} as known by ${x.start_known_by ?? "?"}`));
  if (!x.role) {
    target.replaceChildren(about,
      h("p", { class: "decision-result refused", role: "status" },
        "This key cannot read this exercise: enter a participant's key, or leave exercise mode."),
      leave);
    return;
  }
  await reseat();
  const injects = await getAll(`exercises/${x.id}/injects`, {}, 500, NO_CLOCK);
  const actions = await getAll(`exercises/${x.id}/actions`, {}, 500, NO_CLOCK);
  // A periodic refresh leaves the view alone unless something changed: redrawing would move
  // controls under the pointer and take the focus away.
  const seen = JSON.stringify([x.id, clock.exercise.role, clock.game?.state, clock.game?.speed,
    injects.map((i) => [i.id, i.version]), actions.map((a) => a.id)]);
  if (quiet && seen === drawn && target.querySelector("#exercise-game-time")) return;
  drawn = seen;
  const titles = new Map(injects.map((i) => [i.id, i.title ?? i.kind]));
  const status = h("p", { id: "exercise-result", class: "decision-result", role: "status", "aria-live": "polite" });
  target.replaceChildren(
    h("div", { class: "split" },
      h("section", { "aria-labelledby": "exercise-about" }, h("h3", { id: "exercise-about" }, "This exercise"), about, leave),
      clockPanel(status)),
    control() ? msel(injects, status) : released(injects),
    h("section", { "aria-labelledby": "exercise-actions-title" },
      h("h3", { id: "exercise-actions-title" }, control() ? "Actions log (every participant)" : "Your actions"),
      actionsTable(actions, titles),
      actionForm(injects.filter((i) => i.state === "released"))),
    status);
}

// The game clock: its state, the game time ticking, the speed; controllers run it.
function clockPanel(status) {
  const g = clock.game;
  const x = clock.exercise;
  const buttons = [];
  const change = (body) => async () => {
    try {
      await send("POST", `exercises/${x.id}/clock`, body);
      await reseat();
      clock.set({});
    } catch (error) {
      status.className = "decision-result refused";
      status.textContent = refusal(error);
    }
  };
  if (x.role === "controller") {
    const speed = h("input", { id: "exercise-speed", type: "number", min: "1", step: "1", value: String(g.speed), size: 8 });
    const withSpeed = (action) => () => change({ action, speed: Number(speed.value) || g.speed })();
    buttons.push(h("label", { for: "exercise-speed" }, "Speed (game seconds a wall second) "), speed);
    if (g.state === "not_started") buttons.push(h("button", { type: "button", onclick: withSpeed("start") }, "Start"));
    if (g.state === "running") buttons.push(h("button", { type: "button", onclick: change({ action: "pause" }) }, "Pause"));
    if (g.state === "paused") buttons.push(h("button", { type: "button", onclick: withSpeed("resume") }, "Resume"));
    if (g.state !== "ended") buttons.push(h("button", { type: "button", onclick: change({ action: "end" }) }, "End the exercise"));
  }
  return h("section", { class: "game-clock", "aria-labelledby": "exercise-clock-title" },
    h("h3", { id: "exercise-clock-title" }, "Game clock"),
    h("dl", { class: "facts" },
      h("dt", {}, "State"), h("dd", { id: "exercise-clock-state" }, g.state.replace("_", " ")),
      h("dt", {}, "Game time"), h("dd", {}, h("span", { id: "exercise-game-time", role: "timer" }, gameWords(clock.gameMs()))),
      h("dt", {}, "Speed"), h("dd", {}, speedWords(g.speed))),
    h("p", { class: "muted" }, "Every view reads the play dataset as known by the game time."),
    buttons.length ? h("div", { class: "filters" }, buttons) : null);
}

function expected(inject) {
  if (!inject.expected_actions.length) return "";
  return inject.expected_actions.map((e) => `${e.text} (within ${e.by_minutes} game min)`).join("; ");
}

function recordWords(inject) {
  const r = inject.record ?? {};
  if (inject.kind === "message") return `${r.text ?? ""}${r.to?.length ? ` (to ${r.to.join(", ")})` : " (to every player)"}`;
  if (inject.kind === "event") return `${r.title ?? ""}${r.category ? ` · ${r.category}` : ""}`;
  if (inject.kind === "statement") return r.text ?? r.quote ?? "";
  return r.value !== undefined ? `value ${r.value}` : "";
}

// Controllers and evaluators: the whole MSEL by game time; controllers fire, move, withdraw.
function msel(injects, status) {
  const x = clock.exercise;
  const act = (inject, method, path, body, done) => async () => {
    status.className = "decision-result";
    status.textContent = "Sending…";
    try {
      await send(method, path, body);
      status.className = "decision-result ok";
      status.textContent = done;
      await loadExercise({ quiet: true });
      document.querySelector(`tr[data-inject="${inject.id}"] th`)?.focus();
      document.getElementById("exercise-result").className = "decision-result ok";
      document.getElementById("exercise-result").textContent = done;
    } catch (error) {
      status.className = "decision-result refused";
      status.textContent = refusal(error);
    }
  };
  const rows = injects.map((i) => {
    const label = i.title ?? i.kind;
    let tools = null;
    if (x.role === "controller" && i.state === "scheduled") {
      const moveId = `move-${i.id}`;
      const when = h("input", { id: moveId, type: "datetime-local", step: "1", value: i.at.slice(0, 19) });
      tools = h("div", { class: "inject-tools" },
        h("button", { type: "button", class: "fire", "aria-label": `Fire now: ${label}`,
          onclick: act(i, "POST", `exercises/${x.id}/injects/${i.id}/fire`, {}, `Fired: ${label}.`) }, "Fire now"),
        h("label", { for: moveId }, "New game time (UTC)"), when,
        h("button", { type: "button", class: "move", "aria-label": `Move ${label}`,
          onclick: () => act(i, "PATCH", `exercises/${x.id}/injects/${i.id}`, { at: `${when.value.length === 16 ? `${when.value}:00` : when.value}Z` }, `Moved: ${label}.`)() }, "Move"),
        h("button", { type: "button", class: "withdraw", "aria-label": `Withdraw ${label}`,
          onclick: act(i, "PATCH", `exercises/${x.id}/injects/${i.id}`, { state: "withdrawn" }, `Withdrawn: ${label}.`) }, "Withdraw"));
    }
    return h("tr", { "data-inject": i.id, "data-state": i.state, class: `inject inject-${i.state}` },
      h("td", {}, h("time", { datetime: i.at }, i.at)),
      h("th", { scope: "row", tabindex: "-1" }, label),
      h("td", {}, i.kind),
      h("td", {}, recordWords(i)),
      h("td", {}, h("span", { class: `state state-${i.state}` }, i.state),
        i.released_game_time ? h("div", { class: "muted" }, `at game ${i.released_game_time}`) : null),
      h("td", {}, expected(i)),
      h("td", {}, i.capability ?? ""),
      x.role === "controller" ? h("td", {}, tools) : null);
  });
  const heads = ["Game time", "Inject", "Kind", "What", "State", "Expected actions", "Capability"];
  if (x.role === "controller") heads.push("Controller");
  return h("section", { "aria-labelledby": "exercise-msel-title" },
    h("h3", { id: "exercise-msel-title" }, `MSEL: the master scenario events list (${injects.length} injects)`),
    injects.length
      ? h("div", { class: "table-scroll" }, h("table", { class: "msel", id: "exercise-msel" },
        h("thead", {}, h("tr", {}, heads.map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows)))
      : h("p", {}, "No inject yet."));
}

// Players: only what has been released to them, in game-time order.
function released(injects) {
  return h("section", { "aria-labelledby": "exercise-injects-title" },
    h("h3", { id: "exercise-injects-title" }, `Injects released to you (${injects.length})`),
    injects.length
      ? h("ul", { class: "injects", id: "exercise-injects" }, injects.map((i) => h("li", { "data-inject": i.id },
        h("time", { datetime: i.released_game_time ?? i.at }, i.released_game_time ?? i.at), " ",
        h("strong", {}, i.title ?? i.kind), ` (${i.kind}) `, recordWords(i))))
      : h("p", {}, "Nothing has been released to you yet."));
}

function actionsTable(actions, titles) {
  if (!actions.length) return h("p", { id: "exercise-actions-none" }, "No action logged yet.");
  return h("table", { class: "actions", id: "exercise-actions" },
    h("thead", {}, h("tr", {}, ["Game time", "Participant", "Kind", "Text", "About"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, actions.map((a) => h("tr", { "data-action": a.id },
      h("td", {}, h("time", { datetime: a.game_time }, a.game_time)),
      h("td", {}, `${a.participant} (${a.role})`),
      h("td", {}, KIND_WORDS[a.kind] ?? a.kind),
      h("td", {}, a.text),
      h("td", {}, a.inject_id ? titles.get(a.inject_id) ?? a.inject_id : "")))));
}

// Log a decision, RFI or message, against a released inject or none.
function actionForm(given) {
  const x = clock.exercise;
  const kind = h("select", { id: "action-kind", name: "kind" },
    Object.entries(KIND_WORDS).map(([value, words]) => h("option", { value }, words)));
  const text = h("textarea", { id: "action-text", name: "text", rows: 2, cols: 50, required: true });
  const inject = h("select", { id: "action-inject", name: "inject" },
    h("option", { value: "" }, "none"),
    given.map((i) => h("option", { value: i.id }, `${i.title ?? i.kind} (${i.released_game_time ?? i.at})`)));
  const result = h("p", { id: "action-result", class: "decision-result", role: "status", "aria-live": "polite" });
  const form = h("form", { class: "decision filters", id: "action-form", "aria-label": "Log an action" },
    h("label", { for: "action-kind" }, "Kind", kind),
    h("label", { for: "action-text" }, "Text", text),
    h("label", { for: "action-inject" }, "About the inject", inject),
    h("button", { type: "submit" }, "Log action"),
    result);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { kind: kind.value, text: text.value.trim() };
    if (inject.value) body.inject_id = inject.value;
    result.className = "decision-result";
    result.textContent = "Logging…";
    try {
      const logged = await send("POST", `exercises/${x.id}/actions`, body);
      await loadExercise({ quiet: true });
      const again = document.getElementById("action-result");
      again.className = "decision-result ok";
      again.textContent = `Logged at game time ${logged.game_time}: ${KIND_WORDS[logged.kind]}.`;
      document.getElementById("action-text").focus();
    } catch (error) {
      result.className = "decision-result refused";
      result.textContent = refusal(error);
    }
  });
  return form;
}
