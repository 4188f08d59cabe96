// Indicator charts: the figures of a series (at the time machine's instant), its thresholds,
// the alerts raised over it and the vintages of revised periods. Drawn with uPlot.
import { get, getAll } from "./api.js";
import { clock } from "./clock.js";
import { day, h, loading } from "./util.js";
import { chartLibrary } from "./vendor.js";

let indicators = null;
let indicatorsOf = null; // the dataset they were read from (an exercise's are copies, other ids)
let plot = null;
const THRESHOLD_COLOURS = { watch: "#9a6700", warning: "#b2182b" };

async function prepare() {
  if (indicators && indicatorsOf === clock.dataset) return;
  const select = document.getElementById("indicator-select");
  if (!indicators) {
    select.addEventListener("change", loadCharts);
    document.getElementById("chart-years").addEventListener("change", loadCharts);
  }
  indicatorsOf = clock.dataset;
  indicators = await getAll("indicators", clock.asOfParams(), 300, { clocked: false });
  select.replaceChildren(...indicators.map((i) => h("option", { value: i.id }, `${i.name} (${i.frequency})`)));
  const preferred = indicators.find((i) => i.name === "DPRK missile launches per month") ?? indicators[0];
  if (preferred) select.value = preferred.id;
}

function shiftYears(date, years) {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

async function thresholdsOf(indicator) {
  const lines = indicator.thresholds.map((t) => ({ value: t.value, level: t.level, label: `${t.level} ${t.direction} ${t.value}` }));
  const problems = await getAll("warning-problems", { indicator: indicator.id, ...clock.asOfParams() }, 100, { clocked: false });
  for (const problem of problems) {
    for (const rule of problem.rules) {
      if (rule.indicator_id === indicator.id && typeof rule.value === "number" && rule.kind === "threshold") {
        lines.push({ value: rule.value, level: rule.level, label: `${rule.key}: ${rule.level} at ${rule.value}` });
      }
    }
  }
  const seen = new Set();
  return lines.filter((l) => !seen.has(l.value + l.level) && seen.add(l.value + l.level));
}

export async function loadCharts() {
  const figure = document.getElementById("chart-figure");
  await loading(figure, async () => {
    await Promise.all([prepare(), chartLibrary()]);
    const id = document.getElementById("indicator-select").value;
    const indicator = indicators.find((i) => i.id === id);
    if (!indicator) return;
    const end = (clock.exercise ? clock.gameInstant()?.slice(0, 10) : clock.date) ?? new Date().toISOString().slice(0, 10);
    const years = Number(document.getElementById("chart-years").value);
    const period = { period_from: shiftYears(end, -years), period_to: end };
    const [figures, vintages, alerts, thresholds] = await Promise.all([
      get(`indicators/${id}/figures`, period, { dataset: false }),
      getAll(`indicators/${id}/observations`, { ...period, vintage: "all", ...clock.asOfParams() }, 2000, { clocked: false, dataset: false }),
      getAll("alerts", { indicator: id }, 300),
      thresholdsOf(indicator),
    ]);
    draw(indicator, figures, alerts, thresholds);
    table(indicator, figures, alerts, thresholds, vintages);
  });
}

function draw(indicator, figures, alerts, thresholds) {
  const rows = figures.figures.filter((f) => f.value !== null);
  const xs = rows.map((f) => Date.parse(`${f.period_start}T00:00:00Z`) / 1000);
  const values = rows.map((f) => f.value);
  // An alert's mark sits on the period it opened in.
  const marks = rows.map((f, n) => {
    const from = Date.parse(`${f.period_start}T00:00:00Z`);
    const to = Date.parse(`${f.period_end}T00:00:00Z`) + 86400000;
    return alerts.some((a) => { const t = Date.parse(a.opened_at); return t >= from && t < to; }) ? values[n] : null;
  });
  const series = [
    {},
    { label: indicator.unit || indicator.name, stroke: "#1d3557", width: 2, points: { show: rows.length < 80 } },
    ...thresholds.map((t) => ({ label: t.label, stroke: THRESHOLD_COLOURS[t.level] ?? "#555", dash: [6, 4], width: 1.5, points: { show: false } })),
    { label: "alert opened", stroke: "#b2182b", fill: "#b2182b", paths: () => null, points: { show: true, size: 10, fill: "#b2182b" } },
  ];
  const data = [xs, values, ...thresholds.map((t) => xs.map(() => t.value)), marks];
  const target = document.getElementById("chart");
  const width = Math.max(320, target.clientWidth || 800);
  plot?.destroy();
  plot = new window.uPlot({ width, height: 320, series, scales: { x: { time: true } }, axes: [{}, { label: indicator.unit }] }, data, target);
  target.dataset.points = String(xs.length);
  target.dataset.alerts = String(marks.filter((m) => m !== null).length);
  document.getElementById("chart-caption").textContent =
    `${indicator.name}: ${xs.length} periods${figures.known_by ? `, as known by ${figures.known_by}` : ""}; ` +
    `${thresholds.length} thresholds; ${alerts.length} alerts.`;
}

function table(indicator, figures, alerts, thresholds, vintages) {
  const byPeriod = new Map();
  for (const o of vintages) {
    const key = o.period_start;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), o]);
  }
  const revised = [...byPeriod.entries()].filter(([, list]) => list.length > 1);
  document.getElementById("chart-table").replaceChildren(
    h("table", {},
      h("caption", {}, `Figures of ${indicator.name}`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Period"), h("th", { scope: "col" }, "Value"))),
      h("tbody", {}, figures.figures.map((f) => h("tr", {}, h("td", {}, f.period_label ?? f.period_start), h("td", {}, f.value ?? ""))))),
    h("h3", {}, "Thresholds"),
    h("ul", {}, thresholds.length ? thresholds.map((t) => h("li", {}, t.label)) : h("li", {}, "none")),
    h("h3", {}, "Alerts"),
    h("ul", {}, alerts.length ? alerts.map((a) => h("li", {}, `${day(a.opened_at)} ${a.rule_key} (${a.level}, ${a.state}): ${a.explanation}`)) : h("li", {}, "none")),
    h("h3", {}, "Revised periods (every vintage)"),
    h("ul", {}, revised.length
      ? revised.map(([period, list]) => h("li", {}, `${period}: `, list.map((o) => `${o.value} (vintage ${day(o.vintage)})`).join(" → ")))
      : h("li", {}, "no period was revised")),
  );
}
