// The console's shell: the key, the time machine, the views as tabs (keyboard: arrows, Home, End).
// consoleStart (the page's own files loaded, this module running) and consoleReady (the first
// view drawn and live) are in ms from navigation start: bench/console.py reads both.
import { key } from "./api.js";
import { loadBoard } from "./board.js";
import { loadCharts } from "./charts.js";
import { clock, DAY, iso } from "./clock.js";
import { loadExercise, reseat, restoreExercise } from "./exercise.js";
import { loadForecasts } from "./forecasts.js";
import { loadAch } from "./ach.js";
import { loadMap } from "./map.js";
import { loadPlanning } from "./planning.js";
import { loadPlans } from "./plans.js";
import { loadTimeline, resetTimeline } from "./timeline.js";

window.consoleStart = performance.now();

const VIEWS = {
  board: loadBoard,
  timeline: loadTimeline,
  map: loadMap,
  charts: loadCharts,
  forecasts: loadForecasts,
  planning: loadPlanning,
  plans: loadPlans,
  ach: loadAch,
  exercise: loadExercise,
};
const EPOCH = Date.parse("1984-01-01T00:00:00Z");
let current = null;
let replay = null;

function tabs() {
  return [...document.querySelectorAll('[role="tab"]')];
}

async function show(view, { focus = false } = {}) {
  if (!VIEWS[view]) view = "board";
  current = view;
  banner();
  for (const tab of tabs()) {
    const selected = tab.dataset.view === view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  if (location.hash !== `#${view}`) history.replaceState(null, "", `#${view}`);
  await VIEWS[view]();
}

function setUpTabs() {
  const list = document.getElementById("tabs");
  list.addEventListener("click", (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) show(tab.dataset.view);
  });
  list.addEventListener("keydown", (event) => {
    const all = tabs();
    const at = all.indexOf(document.activeElement);
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = all[(moves[event.key] + all.length) % all.length];
    show(next.dataset.view, { focus: true });
  });
  window.addEventListener("hashchange", () => show(location.hash.slice(1)));
}

function setUpKey() {
  const form = document.getElementById("key-form");
  const input = document.getElementById("key-input");
  const state = document.getElementById("key-state");
  const say = () => (state.textContent = key.get() ? "key set for this browser session" : "no key: anonymous reads");
  // Another key in exercise mode: the same exercise, seen with that key's role.
  const changed = async () => {
    say();
    await reseat();
    syncClock();
    await show(current);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    key.set(input.value.trim());
    input.value = "";
    changed();
  });
  document.getElementById("key-forget").addEventListener("click", () => {
    key.set(null);
    changed();
  });
  say();
}

// The banner: up whenever the console reads anything but live. In exercise mode it names the
// exercise and the role; it has no way to close it, is shown on every view (this runs before
// each) and printed (console.css).
function banner() {
  const el = document.getElementById("exercise-banner");
  const x = clock.exercise;
  if (x) {
    const seat = x.role ? `you are ${x.role} (${x.participant})` : "this key does not take part";
    el.textContent = `EXERCISE — ${x.name} — ${seat} — dataset ${x.dataset}: not the real world`;
  } else {
    el.textContent = clock.dataset === "live" ? "" : `EXERCISE — dataset ${clock.dataset}: not the real world`;
  }
  el.hidden = !x && clock.dataset === "live";
  document.body.dataset.exercise = x ? x.id : "";
}

let syncClock = () => {};

function setUpClock() {
  const date = document.getElementById("clock-date");
  const slider = document.getElementById("clock-slider");
  const asOf = document.getElementById("clock-asof");
  const dataset = document.getElementById("dataset-input");
  const output = document.getElementById("clock-state");
  const play = document.getElementById("clock-play");
  const today = Math.floor((Date.now() - EPOCH) / DAY);
  slider.max = String(today);
  slider.value = String(today);
  date.max = iso(new Date());
  const sync = () => {
    // In exercise mode the game clock drives every view: the date, the slider, the replay and
    // as_of are set aside (disabled, showing the game's day), and so is the dataset field.
    const exercise = Boolean(clock.exercise);
    if (exercise && replay) play.click();
    const shown = exercise ? clock.gameInstant()?.slice(0, 10) ?? null : clock.date;
    date.value = shown ?? "";
    slider.value = String(shown ? Math.round((Date.parse(`${shown}T00:00:00Z`) - EPOCH) / DAY) : today);
    slider.setAttribute("aria-valuetext", shown ?? "now");
    for (const control of [date, slider, asOf, dataset, play, ...document.querySelectorAll("#clock-back, #clock-forward, #clock-now")]) {
      control.disabled = exercise;
    }
    dataset.value = clock.dataset;
    output.textContent = String(clock);
    banner();
  };
  syncClock = sync;
  clock.onChange(() => {
    sync();
    resetTimeline();
    show(current);
  });
  date.addEventListener("change", () => clock.set({ date: date.value || null }));
  slider.addEventListener("change", () => clock.set({ date: iso(new Date(EPOCH + Number(slider.value) * DAY)) }));
  asOf.addEventListener("change", () => clock.set({ asOf: asOf.checked }));
  dataset.addEventListener("change", () => {
    if (dataset.checkValidity() && dataset.value) clock.set({ dataset: dataset.value });
  });
  document.getElementById("clock-back").addEventListener("click", () => clock.step(-1));
  document.getElementById("clock-forward").addEventListener("click", () => clock.step(1));
  document.getElementById("clock-now").addEventListener("click", () => clock.set({ date: null }));
  document.getElementById("clock").addEventListener("submit", (event) => event.preventDefault());
  play.addEventListener("click", () => {
    if (replay) {
      clearInterval(replay);
      replay = null;
    } else {
      replay = setInterval(() => {
        if (!clock.date || clock.date >= iso(new Date())) {
          play.click();
          return;
        }
        clock.step(1);
      }, 1500);
    }
    play.setAttribute("aria-pressed", String(Boolean(replay)));
    play.textContent = replay ? "Pause" : "Replay";
  });
  // A link can carry the instant: /console?date=2017-09-03&as_of=1#board
  const query = new URLSearchParams(location.search);
  Object.assign(clock, {
    date: query.get("date"),
    asOf: query.get("as_of") === "1",
    dataset: query.get("dataset") ?? "live",
  });
  asOf.checked = clock.asOf;
}

setUpKey();
setUpClock();
setUpTabs();
// Exercise mode outlives a reload (this browser session's): it wins over the link's dataset.
restoreExercise().then(() => {
  syncClock();
  return show(location.hash.slice(1) || "board");
}).then(() => {
  window.consoleReady = performance.now();
  document.body.dataset.ready = "true";
});
