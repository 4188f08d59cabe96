// The timeline: events filtered, coloured by Goldstein score or PLOVER category, paged by cursor.
import { get, getAll } from "./api.js";
import { clock } from "./clock.js";
import { h, loading } from "./util.js";

export const CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME",
  "MOBILIZE", "COERCE", "ASSAULT", "UNCATEGORIZED"];
// Cooperation in blues and greens, conflict in oranges and reds (ColorBrewer-like, dark enough
// to stand beside text).
const CATEGORY_COLOURS = {
  AGREE: "#1b7837", CONSULT: "#2166ac", SUPPORT: "#4393c3", CONCEDE: "#5aae61", COOPERATE: "#006d2c",
  AID: "#35978f", RETREAT: "#80cdc1", INVESTIGATE: "#8073ac", DEMAND: "#b35806", DISAPPROVE: "#e08214",
  REJECT: "#d6604d", THREATEN: "#c51b7d", SANCTION: "#8e0152", PROTEST: "#f4a582", CRIME: "#762a83",
  MOBILIZE: "#b2182b", COERCE: "#d73027", ASSAULT: "#67001f", UNCATEGORIZED: "#878787",
};

export function goldsteinColour(score) {
  if (score === null || score === undefined) return "#878787";
  const t = Math.max(-10, Math.min(10, score)) / 10; // -1 conflict … +1 cooperation
  const [r, g, b] = t < 0 ? [178, 24, 43] : [33, 102, 172];
  const k = Math.abs(t);
  const mix = (c) => Math.round(200 + (c - 200) * k);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

export function categoryColour(category) {
  return CATEGORY_COLOURS[category] ?? "#878787";
}

const state = { cursors: [null], page: 0, filters: {}, colour: "goldstein", ready: false, actorsOf: null };

// The actor lists are the dataset's own (an exercise's actors are copies with ids of their own):
// read again when the dataset changes.
async function prepareActors(form) {
  if (state.actorsOf === clock.dataset) return;
  state.actorsOf = clock.dataset;
  const actors = await getAll("actors", clock.asOfParams(), 300, { clocked: false });
  actors.sort((a, b) => a.name.localeCompare(b.name));
  const selects = [[form.elements.actor, "any"], [form.elements.dyad_with, "none"]];
  for (const [select, none] of selects) {
    select.replaceChildren(h("option", { value: "" }, none), ...actors.map((a) => h("option", { value: a.id }, a.name)));
  }
}

async function prepareFilters(form) {
  await prepareActors(form);
  if (state.ready) return;
  state.ready = true;
  const category = form.elements.category;
  for (const name of CATEGORIES) category.append(h("option", { value: name }, name));
  const grade = form.elements.min_grade;
  for (const r of "ABCDEF") for (const c of "123456") grade.append(h("option", {}, `${r}${c}`));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    readFilters(form);
    state.cursors = [null];
    state.page = 0;
    loadTimeline();
  });
  document.getElementById("timeline-next").addEventListener("click", () => {
    if (state.cursors[state.page + 1]) {
      state.page += 1;
      loadTimeline();
    }
  });
  document.getElementById("timeline-first").addEventListener("click", () => {
    state.page = 0;
    loadTimeline();
  });
}

function readFilters(form) {
  const f = Object.fromEntries(new FormData(form));
  state.colour = f.colour;
  const filters = { category: f.category, weapon: f.weapon.trim(), min_grade: f.min_grade, status: f.status };
  if (f.actor && f.dyad_with) filters.dyad = `${f.actor},${f.dyad_with}`;
  else filters.actor = f.actor || f.dyad_with;
  if (f.status === "retracted") filters.include_retracted = true;
  state.filters = filters;
}

// Back to the first page (the time machine moved: the old cursors read another instant).
export function resetTimeline() {
  state.cursors = [null];
  state.page = 0;
}

export async function loadTimeline() {
  const list = document.getElementById("timeline-list");
  const form = document.getElementById("timeline-filters");
  await loading(list, async () => {
    await prepareFilters(form);
    readFilters(form);
    const page = await get("events", { ...state.filters, sort: "occurred", limit: 25, cursor: state.cursors[state.page] });
    state.cursors[state.page + 1] = page.has_more ? page.next_cursor : null;
    state.cursors.length = state.page + 2;
    render(list, page.data);
    document.getElementById("timeline-next").disabled = !page.has_more;
    document.getElementById("timeline-first").disabled = state.page === 0;
    document.getElementById("timeline-page").textContent =
      `page ${state.page + 1}${page.has_more ? "" : " (last)"} · ${page.data.length} events`;
  });
}

function render(list, events) {
  const legend = document.getElementById("timeline-legend");
  legend.textContent = state.colour === "goldstein"
    ? "Colour: Goldstein score, red −10 (conflict) to blue +10 (cooperation); grey: not scored"
    : "Colour: PLOVER category";
  list.replaceChildren(...events.map((e) => {
    const colour = state.colour === "goldstein" ? goldsteinColour(e.cameo?.goldstein) : categoryColour(e.category);
    const score = e.cameo?.goldstein;
    return h("li", { class: "event", "data-event": e.id, style: `border-left-color: ${colour}` },
      h("span", { class: "swatch", style: `background: ${colour}`, "aria-hidden": "true" }),
      h("time", { datetime: e.occurred.start }, e.occurred.start), " ",
      h("strong", {}, e.title), " ",
      h("span", { class: "tag" }, e.category ?? "no category"),
      score !== null && score !== undefined ? h("span", { class: "tag" }, `Goldstein ${score}`) : null,
      e.weapon_class ? h("span", { class: "tag" }, e.weapon_class) : null,
      e.grade ? h("span", { class: "tag" }, e.grade) : null,
      h("span", { class: "tag" }, e.status));
  }));
  if (!events.length) list.append(h("li", {}, "No event matches."));
}
