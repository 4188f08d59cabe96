// Scenarios and their signposts at the time machine's instant: each scenario set with its
// scenarios (likelihood in ICD 203 words), each scenario's signposts with their status; a
// signpost opens its evidence (read by id) and its steps over knowledge time.
import { byIds, getAll } from "./api.js";
import { clock } from "./clock.js";
import { day, h, loading } from "./util.js";

const STATUS_WORDS = { not_seen: "not seen", emerging: "emerging", seen: "seen" };

export function status(name) {
  return h("span", { class: `status status-${name}` }, STATUS_WORDS[name] ?? name);
}

function percent(p) {
  return p === null || p === undefined ? "no likelihood" : `${Math.round(p * 1000) / 10} %`;
}

// Each load's number: a clock stepped three times starts three loads, whose answers may come
// back in any order; only the newest one draws (an older one would show another instant, and
// redrawing would close the signpost the user has just opened).
let loads = 0;

export async function loadPlanning() {
  const region = document.getElementById("planning-sets");
  const mine = ++loads;
  await loading(region, async () => {
    const [sets, scenarios, signposts] = await Promise.all([
      getAll("scenario-sets", {}, 200),
      getAll("scenarios", {}, 500),
      getAll("signposts", {}, 500),
    ]);
    if (mine === loads) render(region, sets, scenarios, signposts);
  });
}

function render(region, sets, scenarios, signposts) {
  const bySet = new Map(sets.map((s) => [s.id, []]));
  const loose = [];
  for (const scenario of scenarios) (bySet.get(scenario.set_id) ?? loose).push(scenario);
  const placed = new Set();
  const scenarioItem = (scenario) => {
    const own = signposts.filter((s) => s.scenario_ids.includes(scenario.id));
    own.forEach((s) => placed.add(s.id));
    const l = scenario.likelihood;
    return h("li", { class: "scenario", "data-scenario": scenario.external_id ?? scenario.id },
      h("h4", {}, scenario.name),
      h("p", {},
        h("strong", { class: "likelihood" }, l.expression ?? "no likelihood"),
        ` (${percent(l.probability)}, ${l.source}${l.forecaster ? ` ${l.forecaster}` : ""})`,
        ` · ${day(scenario.window_start)} … ${day(scenario.window_end)}`,
        ` · signposts: ${scenario.signposts.seen} seen, ${scenario.signposts.emerging} emerging of ${scenario.signposts.total}`),
      l.rationale ? h("p", { class: "muted" }, l.rationale) : null,
      signpostList(own, `Signposts of ${scenario.name}`));
  };
  const blocks = sets.map((set) =>
    h("section", { class: "scenario-set", "aria-label": set.name },
      h("h3", {}, set.name),
      h("p", { class: "muted" },
        `Sum of likelihoods: ${set.sum ?? "unknown"}${set.consistent ? " (consistent)" : set.sum === null ? "" : " (inconsistent: not one)"}`,
        set.complete ? " · complete" : " · not marked complete"),
      h("ul", { class: "scenarios" }, bySet.get(set.id).map(scenarioItem))));
  if (loose.length) {
    blocks.push(h("section", { class: "scenario-set", "aria-label": "Scenarios in no set" },
      h("h3", {}, "Scenarios in no set"), h("ul", { class: "scenarios" }, loose.map(scenarioItem))));
  }
  const others = signposts.filter((s) => !placed.has(s.id));
  if (others.length) {
    blocks.push(h("section", { class: "scenario-set", "aria-label": "Signposts of no scenario shown" },
      h("h3", {}, "Signposts of no scenario shown"), signpostList(others, "Other signposts")));
  }
  if (!blocks.length) blocks.push(h("p", {}, "No scenario or signpost in this dataset."));
  region.replaceChildren(h("p", { class: "muted" }, `${clock}`), ...blocks);
  const detail = document.getElementById("signpost-detail");
  detail.hidden = true;
  detail.replaceChildren();
}

function signpostList(signposts, label) {
  if (!signposts.length) return h("p", { class: "muted" }, "No signpost.");
  return h("ul", { class: "signposts", "aria-label": label },
    signposts.map((s) => h("li", {},
      h("button", {
        type: "button",
        class: "signpost",
        "data-signpost": s.external_id ?? s.id,
        "data-status": s.status,
        "aria-haspopup": "true",
        onclick: () => openSignpost(s),
      },
      status(s.status), " ", h("strong", {}, s.name),
      s.changed_at ? h("span", { class: "muted" }, ` since ${day(s.changed_at)}`) : null,
      h("span", { class: "explanation" }, s.explanation)))));
}

async function openSignpost(signpost) {
  const detail = document.getElementById("signpost-detail");
  const title = () => h("h3", { id: "signpost-detail-title" }, signpost.name, " ", status(signpost.status));
  detail.hidden = false;
  detail.replaceChildren(title(), h("p", {}, "Loading the evidence…"));
  detail.focus();
  await loading(detail, async () => {
    const clocked = clock.params();
    const asOf = clocked.as_of ? { as_of: clocked.as_of } : {};
    const e = signpost.evidence;
    const [alerts, events, statements, observations, questions, forecasts] = await Promise.all([
      byIds("alerts", e.alerts, clocked),
      byIds("events", e.events, clocked),
      byIds("statements", e.statements, clocked),
      byIds("observations", e.observations, asOf),
      byIds("questions", e.questions, asOf),
      byIds("forecasts", e.forecasts, asOf),
    ]);
    const list = (kind, label, items, text) => items.length
      ? [h("h4", {}, `${label} (${items.length})`), h("ul", { class: "evidence", "data-kind": kind }, items.map((i) => h("li", {}, text(i))))]
      : null;
    const close = h("button", { type: "button", class: "close", onclick: () => {
      detail.hidden = true;
      document.querySelector(`[data-signpost="${signpost.external_id ?? signpost.id}"]`)?.focus();
    } }, "Close");
    const empty = !alerts.length && !events.length && !statements.length && !observations.length && !questions.length && !forecasts.length;
    detail.replaceChildren(...[
      title(),
      h("p", { class: "explanation" }, signpost.explanation),
      signpost.description ? h("p", { class: "muted" }, signpost.description) : null,
      h("dl", {},
        h("dt", {}, "Condition"), h("dd", {}, signpost.condition.kind),
        h("dt", {}, "Changed"), h("dd", {}, signpost.changed_at ? signpost.changed_at : "never lit"),
        signpost.value != null ? [h("dt", {}, "Value"), h("dd", {}, signpost.value)] : null,
        h("dt", {}, "Evaluated"), h("dd", {}, signpost.evaluated_at ?? "not yet")),
      empty ? h("p", { class: "muted" }, "No evidence at this instant.") : null,
      list("alerts", "Alerts", alerts, (a) => `${day(a.opened_at)} ${a.rule_key} (${a.level}, ${a.state}): ${a.explanation}`),
      list("events", "Events", events, (ev) => [h("time", { datetime: ev.occurred.start }, ev.occurred.start), " ", ev.title]),
      list("statements", "Statements", statements, (s) => [day(s.said_at ?? s.said_on), " ", h("q", {}, s.text ?? s.quote ?? s.id)]),
      list("observations", "Observations", observations, (o) => `${o.period_label ?? day(o.period_start)}: ${o.value} (vintage ${day(o.vintage)})`),
      list("questions", "Questions", questions, (q) => q.title ?? q.text ?? q.id),
      list("forecasts", "Forecasts", forecasts, (f) => `${day(f.created_at)} ${f.forecaster}: ${f.probability ?? ""}`),
      e.more ? h("p", { class: "muted" }, `and ${e.more} more`) : null,
      h("h4", {}, `Steps over knowledge time (${signpost.steps.length})`),
      signpost.steps.length
        ? h("ol", { class: "steps", "aria-label": `Steps of ${signpost.name}` },
          signpost.steps.map((s) => h("li", { class: `step step-${s.status}` },
            h("time", { datetime: s.at }, s.at), " ", status(s.status),
            s.value != null ? ` value ${s.value}` : "", " — ", s.explanation)))
        : h("p", { class: "muted" }, "No step yet: never lit by this instant."),
      close,
    ].flat().filter(Boolean));
  });
}
