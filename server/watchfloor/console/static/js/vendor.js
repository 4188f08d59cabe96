// The libraries only some views need (Leaflet, its clusters and TopoJSON for the map, uPlot for
// the charts), scripts and styles, are loaded when such a view is first shown, not before the
// first view: the board, the timeline and the planning views need none of their ~240 kB of
// script, and the first view is interactive sooner without them (bench/console.py,
// docs/console.md).
const loaded = new Map();

// A library's styles go before the console's own, which restyle some of its classes.
function style(href) {
  const before = document.querySelector('link[href="/console/console.css"]');
  return script(href, () => Object.assign(document.createElement("link"), { rel: "stylesheet", href }), before);
}

function script(src, make = () => Object.assign(document.createElement("script"), { src }), before = null) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const el = make();
      el.onload = resolve;
      el.onerror = () => {
        loaded.delete(src); // a later visit tries again
        reject(new Error(`${src} did not load`));
      };
      document.head.insertBefore(el, before);
    }));
  }
  return loaded.get(src);
}

export async function mapLibraries() {
  await Promise.all([
    script("/console/vendor/leaflet/leaflet.js"),
    style("/console/vendor/leaflet/leaflet.css"),
    style("/console/vendor/markercluster/MarkerCluster.css"),
    style("/console/vendor/markercluster/MarkerCluster.Default.css"),
  ]);
  await Promise.all([
    script("/console/vendor/markercluster/leaflet.markercluster.js"),
    script("/console/vendor/topojson-client/topojson-client.min.js"),
  ]);
}

export function chartLibrary() {
  return Promise.all([script("/console/vendor/uplot/uPlot.iife.min.js"), style("/console/vendor/uplot/uPlot.min.css")]);
}
