// Small DOM helpers: every text goes in as text, never as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(el.dataset, value);
    else if (name === "style") el.style.cssText = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function level(name) {
  return h("span", { class: `level level-${name}` }, name);
}

export function day(value) {
  return value ? String(value).slice(0, 10) : "";
}

export function showError(error) {
  const box = document.getElementById("error");
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = `${error.status ? `${error.status}: ` : ""}${error.message}`;
}

// Run a view's loader, show its error, mark the region busy while it works.
export async function loading(region, work) {
  region?.setAttribute("aria-busy", "true");
  try {
    showError(null);
    return await work();
  } catch (error) {
    showError(error);
    console.error(error);
    return undefined;
  } finally {
    region?.setAttribute("aria-busy", "false");
  }
}
