// The console's only way to the server: the public /v1 API, with the key of this browser session.
import { clock } from "./clock.js";

const KEY = "watchfloor.key";

export const key = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => (value ? sessionStorage.setItem(KEY, value) : sessionStorage.removeItem(KEY)),
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

// GET /v1/<path> with params (null and "" left out). `clocked`: add the time slider's
// known_by/as_of and the dataset (for routes that take them).
export async function get(path, params = {}, { clocked = true, dataset = true } = {}) {
  const query = new URLSearchParams();
  const all = { ...(dataset ? { dataset: clock.dataset } : {}), ...(clocked ? clock.params() : {}), ...params };
  for (const [name, value] of Object.entries(all)) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, String(v));
  }
  const headers = { Accept: "application/json" };
  const secret = key.get();
  if (secret) headers.Authorization = `Bearer ${secret}`;
  const url = `/v1/${path}${query.size ? `?${query}` : ""}`;
  const response = await fetch(url, { headers });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// POST (or another write method) /v1/<path> with a JSON body (writes need a key with write
// scope). A refusal throws an ApiError carrying the problem+json answer (its detail and the
// pointers of its errors).
export async function send(method, path, body) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  const secret = key.get();
  if (secret) headers.Authorization = `Bearer ${secret}`;
  const url = `/v1/${path}`;
  const response = await fetch(url, { method, headers, body: JSON.stringify(body ?? {}) });
  const answer = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

export function post(path, body) {
  return send("POST", path, body);
}

// Every page of a list, up to `max` records.
export async function getAll(path, params = {}, max = 500, options = {}) {
  const out = [];
  let cursor = null;
  do {
    const page = await get(path, { ...params, limit: 100, cursor }, options);
    out.push(...page.data);
    cursor = page.has_more ? page.next_cursor : null;
  } while (cursor && out.length < max);
  return out;
}

// Records by id, in parallel; those the caller may not see (404) are left out.
export async function byIds(resource, ids, params = {}) {
  const found = await Promise.all(
    ids.map((id) => get(`${resource}/${id}`, params, { dataset: false }).catch((e) => {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    })),
  );
  return found.filter(Boolean);
}
