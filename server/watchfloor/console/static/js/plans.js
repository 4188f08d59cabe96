// Contingency plans at the time machine's instant: the decisions due (GET /v1/plans/decisions-due),
// each plan's branches with their state, trigger, owner, deadline and options from the plan's
// agenda (GET /v1/plans/{id}/agenda?at=…&known_by=…), and, with a key, a decision recorded
// (POST /v1/plans/{id}/decisions) with the server's refusal shown as it gives it.
import { ApiError, get, getAll, key, post } from "./api.js";
import { clock } from "./clock.js";
import { h, level, loading } from "./util.js";

function owner(o) {
  return o.role ?? o.actor_id ?? "";
}

function hours(n) {
  return n === null || n === undefined ? "" : `${Math.round(n * 10) / 10} h`;
}

// The instant and clocks of every plan read: at the slider's instant (now without one).
function agendaParams() {
  const at = clock.instant();
  return at ? { at, ...clock.params() } : {};
}

// Only the newest load draws: answers to a clock stepped several times come back in any order.
let loads = 0;

export async function loadPlans() {
  const region = document.getElementById("plans");
  const mine = ++loads;
  await loading(region, async () => {
    const [due, plans, signposts] = await Promise.all([
      get("plans/decisions-due", agendaParams(), { clocked: false }),
      getAll("plans", {}, 200),
      getAll("signposts", {}, 500),
    ]);
    const agendas = await Promise.all(
      plans.map((p) => get(`plans/${p.id}/agenda`, agendaParams(), { clocked: false, dataset: false })),
    );
    if (mine !== loads) return;
    const names = new Map(signposts.map((s) => [s.id, s.name]));
    region.replaceChildren(
      duePanel(due),
      ...(plans.length ? plans.map((p, n) => planBlock(p, agendas[n], names)) : [h("p", {}, "No contingency plan in this dataset.")]),
    );
  });
}

function duePanel(due) {
  return h("section", { id: "decisions-due", class: "due", "aria-labelledby": "decisions-due-title" },
    h("h3", { id: "decisions-due-title" }, `Decisions due at ${due.at}`),
    due.data.length
      ? h("ul", { class: "due-list" }, due.data.map((b) => h("li", { class: b.overdue ? "overdue" : "", "data-branch": b.key },
        level(b.level), " ", h("strong", {}, b.name), ` (${b.plan_name}) — `,
        `owner ${owner(b.owner)}, deadline ${b.deadline}`,
        b.overdue ? h("strong", { class: "late" }, " overdue") : ` (${hours(b.hours_left)} left)`,
        h("span", { class: "muted" }, " · options: ",
          b.options.map((o) => `${o.name}${o.too_late ? " (too late)" : ` by ${o.prepare_by}`}`).join("; ")))))
      : h("p", {}, "No decision is due at this instant."));
}

// A trigger tree in words, nested lists for `all` and `any`.
function trigger(t, names) {
  if (t.kind === "signpost") {
    return h("li", {}, `signpost “${names.get(t.signpost_id) ?? t.signpost_id}” is ${t.at_least === "emerging" ? "emerging or seen" : "seen"}`);
  }
  if (t.kind === "branch") return h("li", {}, `branch ${t.branch} has triggered`);
  const words = t.kind === "all" ? "all of:" : "any of:";
  return h("li", {}, words, h("ul", {}, t.of.map((c) => trigger(c, names))));
}

function planBlock(plan, agenda, names) {
  const byKey = new Map(agenda.branches.map((b) => [b.key, b]));
  return h("section", { class: "plan", "data-plan": plan.id, "aria-label": plan.name },
    h("h3", {}, plan.name),
    h("p", { class: "muted" }, plan.owner ? `owner ${plan.owner} · ` : "", `version ${plan.version}`,
      plan.description ? ` · ${plan.description}` : ""),
    h("ul", { class: "branches" }, plan.branches.map((b) => branchItem(b, byKey.get(b.key), names))),
    decisionForm(plan));
}

function branchItem(branch, agenda, names) {
  const state = agenda?.state ?? branch.state;
  return h("li", { class: `branch branch-${state}`, "data-branch": branch.key },
    h("h4", {}, branch.name, " ", h("span", { class: `state state-${state}` }, state), " ", level(branch.level)),
    h("dl", {},
      h("dt", {}, "Trigger"), h("dd", {}, h("ul", { class: "trigger" }, trigger(branch.trigger, names))),
      h("dt", {}, "Owner"), h("dd", {}, owner(branch.owner)),
      h("dt", {}, "Deadline"), h("dd", {}, agenda?.deadline
        ? `${agenda.deadline} (${branch.deadline_hours} h after ${agenda.triggered_at})${agenda.overdue ? " — overdue" : agenda.due ? ` — due, ${hours(agenda.hours_left)} left` : ""}`
        : `${branch.deadline_hours} h after the trigger fires`),
      agenda?.decision ? [h("dt", {}, "Decision"), h("dd", {}, agenda.decision)] : null),
    h("table", { class: "options" },
      h("caption", {}, `Options of ${branch.name}`),
      h("thead", {}, h("tr", {}, ["Option", "Lead time", "With what it requires", "Prepare by", "Prerequisites"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, branch.options.map((o) => {
        const a = agenda?.options.find((x) => x.key === o.key);
        return h("tr", { class: a?.too_late ? "too-late" : "", "data-option": o.key },
          h("th", { scope: "row" }, o.name, o.requires.length ? h("span", { class: "muted" }, ` (requires ${o.requires.join(", ")})`) : null),
          h("td", {}, hours(o.lead_time_hours)),
          h("td", {}, hours(a?.total_lead_time_hours)),
          h("td", {}, a?.prepare_by ? [a.prepare_by, a.too_late ? h("strong", { class: "late" }, " too late") : null] : "when triggered"),
          h("td", {}, o.prerequisites.join("; ")));
      }))));
}

// Recording a decision: shown with a key (it needs write scope; the server says otherwise).
function decisionForm(plan) {
  const id = `decide-${plan.id}`;
  if (!key.get()) {
    return h("p", { class: "muted" }, "Enter an API key with write scope above to record a decision.");
  }
  const branchSelect = h("select", { id: `${id}-branch`, name: "branch" },
    plan.branches.map((b) => h("option", { value: b.key }, `${b.name} (${b.state} now)`)));
  const optionSelect = h("select", { id: `${id}-option`, name: "option" });
  const fillOptions = () => {
    const branch = plan.branches.find((b) => b.key === branchSelect.value);
    optionSelect.replaceChildren(h("option", { value: "" }, "none"), ...branch.options.map((o) => h("option", { value: o.key }, o.name)));
  };
  branchSelect.addEventListener("change", fillOptions);
  fillOptions();
  const stateSelect = h("select", { id: `${id}-state`, name: "state" },
    ["decided", "executed", "stood_down"].map((s) => h("option", { value: s }, s.replace("_", " "))));
  const note = h("input", { id: `${id}-note`, name: "note", type: "text", size: 30 });
  const result = h("p", { class: "decision-result", role: "status", "aria-live": "polite" });
  const form = h("form", { class: "decision filters", "aria-label": `Record a decision on ${plan.name}` },
    h("label", { for: `${id}-branch` }, "Branch", branchSelect),
    h("label", { for: `${id}-state` }, "Decision", stateSelect),
    h("label", { for: `${id}-option` }, "Option", optionSelect),
    h("label", { for: `${id}-note` }, "Note", note),
    h("button", { type: "submit" }, "Record decision"),
    h("p", { class: "muted" }, "A decision is recorded now, whatever the time machine shows."),
    result);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { branch: branchSelect.value, state: stateSelect.value };
    if (optionSelect.value) body.option = optionSelect.value;
    if (note.value.trim()) body.note = note.value.trim();
    result.className = "decision-result";
    result.textContent = "Recording…";
    try {
      const saved = await post(`plans/${plan.id}/decisions`, body);
      const branch = saved.branches.find((b) => b.key === body.branch);
      result.classList.add("ok");
      result.textContent = `Recorded: ${branch.name} is ${branch.state} (plan version ${saved.version}).`;
      plan.branches = saved.branches;
      plan.version = saved.version;
      const keep = branchSelect.value;
      branchSelect.replaceChildren(...plan.branches.map((b) => h("option", { value: b.key }, `${b.name} (${b.state} now)`)));
      branchSelect.value = keep;
    } catch (error) {
      result.classList.add("refused");
      result.textContent = refusal(error);
    }
  });
  return form;
}

// A refusal in the server's words: status, title, detail and the pointers of its errors.
function refusal(error) {
  if (!(error instanceof ApiError)) return `Not recorded: ${error.message}`;
  const p = error.problem ?? {};
  const where = (p.errors ?? []).map((e) => `${e.pointer ?? e.key ?? ""} ${e.detail ?? e.message ?? ""}`.trim()).filter(Boolean);
  const why = { 401: "the key was not accepted", 403: "this key may not write", 409: "the branch's state does not allow it", 422: "the request names something the plan does not have" }[error.status];
  return `Not recorded (${error.status}${why ? `: ${why}` : ""}): ${p.detail ?? p.title ?? error.message}${where.length ? ` — ${where.join("; ")}` : ""}`;
}


