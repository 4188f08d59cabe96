// The warning board: every problem with its level and open alerts; an alert opens its evidence.
import { byIds, get } from "./api.js";
import { clock } from "./clock.js";
import { day, h, level, loading } from "./util.js";

const region = () => document.getElementById("board-problems");
let openId = null; // the alert whose evidence is open, kept open while a reload still shows it

// Only the newest load draws: answers to a clock stepped several times come back in any order.
let loads = 0;

export async function loadBoard() {
  const mine = ++loads;
  await loading(region(), async () => {
    const board = await get("warning-board");
    if (mine === loads) render(board);
  });
}

function render(board) {
  const overall = document.getElementById("board-level");
  overall.replaceChildren(level(board.level));
  overall.setAttribute("aria-label", `overall level ${board.level}`);
  const list = h("ul", { class: "problems", "aria-label": `Warning problems, ${clock}` });
  for (const problem of board.problems) {
    const alerts = problem.alerts.map((alert) =>
      h("li", {},
        h("button", {
          type: "button",
          class: "alert",
          "data-alert": alert.id,
          "aria-haspopup": "true",
          onclick: () => openAlert(alert, problem),
        }, level(alert.level), " ", h("strong", {}, alert.rule_key), ": ", alert.explanation)),
    );
    list.append(
      h("li", { class: `problem problem-${problem.level}`, "data-problem": problem.name },
        h("h3", {}, problem.name, " ", level(problem.level)),
        h("p", { class: "muted" },
          problem.owner ? `${problem.owner} · ` : "",
          problem.since ? `since ${day(problem.since)}` : "no open alert"),
        alerts.length ? h("ul", { class: "alerts", "aria-label": `Open alerts of ${problem.name}` }, alerts) : null),
    );
  }
  if (!board.problems.length) list.append(h("li", {}, "No warning problem in this dataset."));
  region().replaceChildren(list);
  const still = board.problems.some((p) => p.alerts.some((a) => a.id === openId));
  if (!still) {
    // The clock moved past it (or nothing was open): the detail no longer belongs here.
    openId = null;
    const detail = document.getElementById("alert-detail");
    detail.hidden = true;
    detail.replaceChildren();
  }
}

async function openAlert(alert, problem) {
  const detail = document.getElementById("alert-detail");
  openId = alert.id;
  detail.hidden = false;
  detail.replaceChildren(h("h3", { id: "alert-detail-title" }, `${problem.name}: ${alert.rule_key}`), h("p", {}, "Loading the evidence…"));
  detail.focus();
  await loading(detail, async () => {
    const clocked = clock.params();
    const asOf = clocked.as_of ? { as_of: clocked.as_of } : {};
    const [events, statements, observations] = await Promise.all([
      byIds("events", alert.evidence.events, clocked),
      byIds("statements", alert.evidence.statements, clocked),
      byIds("observations", alert.evidence.observations, asOf),
    ]);
    const close = h("button", { type: "button", class: "close", onclick: () => {
      openId = null;
      detail.hidden = true;
      document.querySelector(`[data-alert="${alert.id}"]`)?.focus();
    } }, "Close");
    detail.replaceChildren(...[
      h("h3", { id: "alert-detail-title" }, `${problem.name}: ${alert.rule_key} `, level(alert.level)),
      h("p", { class: "explanation" }, alert.explanation),
      h("p", { class: "muted" }, alert.rationale),
      h("dl", {},
        h("dt", {}, "Opened"), h("dd", {}, day(alert.opened_at)),
        h("dt", {}, "State"), h("dd", {}, alert.state),
        alert.value != null ? [h("dt", {}, "Value"), h("dd", {}, alert.value)] : null,
        alert.probability != null ? [h("dt", {}, "Probability"), h("dd", {}, alert.probability.toPrecision(2))] : null),
      h("h4", {}, `Evidence: events (${events.length})`),
      h("ul", { class: "evidence", "data-kind": "events" },
        events.map((e) => h("li", {}, h("time", { datetime: e.occurred.start }, e.occurred.start), " ", e.title,
          e.grade ? h("span", { class: "grade", title: "Admiralty grade" }, ` ${e.grade}`) : null))),
      statements.length ? [h("h4", {}, `Statements (${statements.length})`),
        h("ul", { class: "evidence", "data-kind": "statements" },
          statements.map((s) => h("li", {}, day(s.said_at), " ", h("q", {}, s.text ?? s.quote ?? s.id))))] : null,
      observations.length ? [h("h4", {}, `Observations (${observations.length})`),
        h("ul", { class: "evidence", "data-kind": "observations" },
          observations.map((o) => h("li", {}, `${o.period_label ?? day(o.period_start)}: ${o.value} (vintage ${day(o.vintage)})`)))] : null,
      alert.evidence.more ? h("p", { class: "muted" }, `and ${alert.evidence.more} more`) : null,
      close,
    ].flat().filter(Boolean));
  });
}
