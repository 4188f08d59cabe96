// The console's shell: the key, the time machine, the views as tabs (keyboard: arrows, Home, End).
import { key } from "./api.js";
import { loadBoard } from "./board.js";
import { loadCharts } from "./charts.js";
import { clock, DAY, iso } from "./clock.js";
import { loadForecasts } from "./forecasts.js";
import { loadAch } from "./ach.js";
import { loadMap } from "./map.js";
import { loadPlanning } from "./planning.js";
import { loadPlans } from "./plans.js";
import { loadTimeline, resetTimeline } from "./timeline.js";

const VIEWS = {
  board: loadBoard,
  timeline: loadTimeline,
  map: loadMap,
  charts: loadCharts,
  forecasts: loadForecasts,
  planning: loadPlanning,
  plans: loadPlans,
  ach: loadAch,
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
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    key.set(input.value.trim());
    input.value = "";
    say();
    show(current);
  });
  document.getElementById("key-forget").addEventListener("click", () => {
    key.set(null);
    say();
    show(current);
  });
  say();
}

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
    date.value = clock.date ?? "";
    slider.value = String(clock.date ? Math.round((Date.parse(`${clock.date}T00:00:00Z`) - EPOCH) / DAY) : today);
    slider.setAttribute("aria-valuetext", clock.date ?? "now");
    output.textContent = String(clock);
    const exercise = document.getElementById("exercise-banner");
    exercise.hidden = clock.dataset === "live";
    exercise.textContent = clock.dataset === "live" ? "" : `EXERCISE — dataset ${clock.dataset}: not the real world`;
  };
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
  dataset.value = clock.dataset;
  sync();
}

setUpKey();
setUpClock();
setUpTabs();
show(location.hash.slice(1) || "board").then(() => {
  window.consoleReady = performance.now();
  document.body.dataset.ready = "true";
});
