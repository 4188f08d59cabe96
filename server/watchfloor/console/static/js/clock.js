// The time machine every view reads: one date (knowledge time, known_by = the end of that day,
// UTC) and, when asked, the same instant as transaction time (as_of). No date: now.
const listeners = new Set();
const DAY = 86400000;

function iso(date) {
  return date.toISOString().slice(0, 10);
}

export const clock = {
  date: null, // "YYYY-MM-DD" or null (now)
  asOf: false,
  dataset: "live",
  // The instant the date stands for: the end of the day, when what happened that day is known.
  instant() {
    if (!this.date) return null;
    return new Date(Date.parse(`${this.date}T00:00:00Z`) + DAY).toISOString().replace(".000Z", "Z");
  },
  params() {
    const at = this.instant();
    if (!at) return {};
    return this.asOf ? { known_by: at, as_of: at } : { known_by: at };
  },
  // For routes that take transaction time only (catalogues, indicator definitions).
  asOfParams() {
    const at = this.instant();
    return at && this.asOf ? { as_of: at } : {};
  },
  set(changes) {
    Object.assign(this, changes);
    for (const listener of listeners) listener(this);
  },
  step(days) {
    const from = this.date ? Date.parse(`${this.date}T00:00:00Z`) : Date.now();
    const next = Math.min(from + days * DAY, Date.now());
    this.set({ date: iso(new Date(next)) });
  },
  onChange(listener) {
    listeners.add(listener);
  },
  toString() {
    const at = this.instant();
    if (!at) return "Now: the current state";
    return `Known by ${at}${this.asOf ? `, as recorded at ${at}` : ""}`;
  },
};

export { iso, DAY };
