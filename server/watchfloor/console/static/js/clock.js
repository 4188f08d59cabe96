// The time machine every view reads: one date (knowledge time, known_by = the end of that day,
// UTC) and, when asked, the same instant as transaction time (as_of). No date: now.
// In exercise mode (exercise.js) the exercise's game clock drives it instead: every view reads
// the play dataset as known by the game time now, and the date, slider and as_of are set aside.
const listeners = new Set();
const DAY = 86400000;

function iso(date) {
  return date.toISOString().slice(0, 10);
}

export const clock = {
  date: null, // "YYYY-MM-DD" or null (now)
  asOf: false,
  dataset: "live",
  exercise: null, // in exercise mode: {id, name, dataset, control_dataset, role, participant}
  game: null, // the game clock as last read: {time: "…Z", ms, read: Date.now() then, speed, running}
  // The game time now, in ms: the last reading moved on by the wall time since, at its speed.
  // (Measured with this browser's own elapsed time, so a skewed wall clock does not matter.)
  gameMs() {
    if (!this.game) return null;
    const g = this.game;
    return g.ms + (g.running ? (Date.now() - g.read) * g.speed : 0);
  },
  // The game instant a view reads at: the server's own string while the clock stands still
  // (a record released then is known by exactly that instant), else the game time now rounded
  // up to the second (nothing is released past the server's game time, so none shows early).
  gameInstant() {
    if (!this.game) return null;
    if (!this.game.running) return this.game.time;
    return new Date(Math.ceil(this.gameMs() / 1000) * 1000).toISOString().replace(".000Z", "Z");
  },
  // The instant the date stands for: the end of the day, when what happened that day is known.
  instant() {
    if (this.exercise) return this.gameInstant();
    if (!this.date) return null;
    return new Date(Date.parse(`${this.date}T00:00:00Z`) + DAY).toISOString().replace(".000Z", "Z");
  },
  params() {
    const at = this.instant();
    if (!at) return {};
    return this.asOf && !this.exercise ? { known_by: at, as_of: at } : { known_by: at };
  },
  // For routes that take transaction time only (catalogues, indicator definitions).
  asOfParams() {
    const at = this.instant();
    return at && this.asOf && !this.exercise ? { as_of: at } : {};
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
    if (this.exercise) {
      const at = this.gameInstant();
      return at ? `Views read at game time ${at} (the exercise clock)` : "Game time not read yet";
    }
    const at = this.instant();
    if (!at) return "Now: the current state";
    return `Known by ${at}${this.asOf ? `, as recorded at ${at}` : ""}`;
  },
};

export { iso, DAY };
