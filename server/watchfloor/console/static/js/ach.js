// Analysis of Competing Hypotheses at the time machine's instant: each matrix as a table
// (evidence × hypotheses, ratings coloured and written), the hypotheses ranked by the least
// evidence against them, diagnostic items that are weakly sourced flagged, items not yet
// reported by `known_by` greyed, retracted ones struck through.
import { byIds, getAll } from "./api.js";
import { clock } from "./clock.js";
import { h, loading } from "./util.js";

const RATING_WORDS = { CC: "very consistent", C: "consistent", N: "neutral", I: "inconsistent", II: "very inconsistent" };
const KINDS = { event: "events", statement: "statements", observation: "observations", alert: "alerts" };

export async function loadAch() {
  const region = document.getElementById("ach");
  await loading(region, async () => {
    const matrices = await getAll("ach-matrices", {}, 100);
    const titles = await recordTitles(matrices);
    region.replaceChildren(
      h("p", { class: "muted" }, `${clock}`),
      ...(matrices.length ? matrices.map((m) => matrix(m, titles)) : [h("p", {}, "No ACH matrix in this dataset.")]),
    );
  });
}

// What each cited record says, read by id at the instant (a record not visible is left out).
async function recordTitles(matrices) {
  const wanted = {};
  for (const m of matrices) {
    for (const e of m.evidence) if (e.record_id && KINDS[e.kind]) (wanted[e.kind] ??= new Set()).add(e.record_id);
  }
  const clocked = clock.params();
  const asOf = clocked.as_of ? { as_of: clocked.as_of } : {};
  const titles = new Map();
  await Promise.all(Object.entries(wanted).map(async ([kind, ids]) => {
    const records = await byIds(KINDS[kind], [...ids], kind === "observation" ? asOf : clocked);
    for (const r of records) {
      titles.set(r.id, r.title ?? r.text ?? r.explanation ?? (r.value !== undefined ? `${r.period_label ?? r.period_start}: ${r.value}` : r.id));
    }
  }));
  return titles;
}

function matrix(m, titles) {
  const scores = new Map(m.scores.hypotheses.map((s) => [s.hypothesis, s]));
  const itemScores = new Map(m.scores.evidence.map((s) => [s.evidence, s]));
  const ratings = new Map(m.ratings.map((r) => [`${r.evidence}\u0000${r.hypothesis}`, r.rating]));
  const unknown = new Set(m.unknown);
  const retracted = new Set(m.retracted);
  const ranked = [...m.scores.hypotheses].sort((a, b) => a.rank - b.rank);
  const labels = new Map(m.hypotheses.map((x) => [x.key, x.label]));
  const rows = m.evidence.map((e) => {
    const s = itemScores.get(e.key);
    const classes = ["item", unknown.has(e.key) ? "unknown" : "", retracted.has(e.key) ? "retracted" : "", s?.flagged ? "flagged" : ""].filter(Boolean);
    const what = e.text ?? titles.get(e.record_id) ?? e.record_id;
    return h("tr", { class: classes.join(" "), "data-evidence": e.key },
      h("th", { scope: "row" },
        h("span", { class: "key" }, e.key), " ", what,
        e.kind !== "free" ? h("span", { class: "muted" }, ` (${e.kind})`) : h("span", { class: "muted" }, ` (${e.source})`),
        unknown.has(e.key) ? h("span", { class: "tag" }, "not yet reported") : null,
        retracted.has(e.key) ? h("span", { class: "tag" }, "retracted") : null,
        s?.flagged ? h("span", { class: "tag flag" }, "⚑ diagnostic, weakly sourced") : null),
      h("td", {}, e.credibility ?? "—", s?.weakly_sourced ? h("span", { class: "visually-hidden" }, " weakly sourced") : null),
      h("td", {}, e.relevance),
      h("td", {}, s ? `${s.diagnosticity}${s.diagnostic ? " diagnostic" : ""}` : ""),
      m.hypotheses.map((x) => {
        const r = ratings.get(`${e.key}\u0000${x.key}`);
        return h("td", { class: r ? `rating rating-${r}` : "rating", title: r ? RATING_WORDS[r] : "not rated" },
          r ? h("abbr", { title: RATING_WORDS[r] }, r) : "—");
      }));
  });
  return h("section", { class: "ach-matrix", "data-matrix": m.external_id ?? m.id, "aria-label": m.title },
    h("h3", {}, m.title),
    m.question ? h("p", {}, m.question) : null,
    h("h4", {}, "Ranked: least evidence against first"),
    h("ol", { class: "ranking" }, ranked.map((s) => h("li", { "data-hypothesis": s.hypothesis },
      h("strong", {}, s.hypothesis), `: ${labels.get(s.hypothesis) ?? ""} — inconsistency ${s.inconsistency} (${s.inconsistent} items against), rank ${s.rank}`))),
    unknown.size ? h("p", { class: "muted" }, `${unknown.size} items not yet reported at this instant are greyed and left out of the scores.`) : null,
    h("div", { class: "table-scroll" },
      h("table", { class: "ach" },
        h("caption", {}, `${m.title}: evidence against hypotheses (CC very consistent … II very inconsistent)`),
        h("thead", {}, h("tr", {},
          h("th", { scope: "col" }, "Evidence"), h("th", { scope: "col" }, "Grade"), h("th", { scope: "col" }, "Relevance"),
          h("th", { scope: "col" }, "Diagnosticity"),
          m.hypotheses.map((x) => h("th", { scope: "col", title: x.label, "data-hypothesis": x.key }, x.key)))),
        h("tbody", {}, rows),
        h("tfoot", {}, h("tr", {},
          h("th", { scope: "row", colspan: "4" }, "Inconsistency (rank)"),
          m.hypotheses.map((x) => {
            const s = scores.get(x.key);
            return h("td", { class: s?.rank === 1 ? "best" : "" }, s ? `${s.inconsistency} (${s.rank})` : "");
          }))))));
}
