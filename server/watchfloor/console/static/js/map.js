// The map: facilities and events over a basemap shipped in the package (Natural Earth 1:50m
// country shapes from world-atlas), clustered; no tile server, nothing fetched from outside.
import { getAll } from "./api.js";
import { clock } from "./clock.js";
import { categoryColour } from "./timeline.js";
import { h, loading } from "./util.js";
import { mapLibraries } from "./vendor.js";

let map = null;
let facilities = null;
let events = null;

async function basemap() {
  const response = await fetch("/console/vendor/world-atlas/countries-50m.json");
  const topology = await response.json();
  const countries = window.topojson.feature(topology, topology.objects.countries);
  window.L.geoJSON(countries, {
    interactive: false,
    style: { color: "#6b7b8c", weight: 1, fillColor: "#f3f0e6", fillOpacity: 1 },
  }).addTo(map);
}

async function setUp() {
  await mapLibraries();
  const L = window.L;
  map = L.map("map", { center: [39.0, 127.0], zoom: 6, minZoom: 2, maxZoom: 12, worldCopyJump: true });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");
  const icon = (kind, count) => L.divIcon({
    className: `cluster cluster-${kind}`,
    html: `<span>${count}</span>`,
    iconSize: [34, 34],
  });
  facilities = L.markerClusterGroup({
    maxClusterRadius: 30,
    iconCreateFunction: (c) => icon("facilities", c.getChildCount()),
  }).addTo(map);
  events = L.markerClusterGroup({
    maxClusterRadius: 50,
    iconCreateFunction: (c) => icon("events", c.getChildCount()),
  }).addTo(map);
  L.control.layers(null, { Facilities: facilities, Events: events }, { collapsed: false }).addTo(map);
  await basemap();
}

function marker(lat, lon, title, className, colour, popup) {
  const L = window.L;
  const m = L.marker([lat, lon], {
    title,
    alt: title,
    icon: L.divIcon({ className, html: `<span style="background:${colour}"></span>`, iconSize: [14, 14] }),
  });
  m.bindPopup(() => popup);
  return m;
}

export async function loadMap() {
  const region = document.getElementById("map");
  await loading(region, async () => {
    if (!map) await setUp();
    map.invalidateSize();
    const [sites, happened] = await Promise.all([
      getAll("facilities", clock.asOfParams(), 500, { clocked: false }),
      getAll("events", { sort: "occurred" }, 300),
    ]);
    facilities.clearLayers();
    events.clearLayers();
    const placedSites = sites.filter((f) => f.lat !== null && f.lon !== null);
    facilities.addLayers(placedSites.map((f) => marker(f.lat, f.lon, f.name, "site-marker", "#1d3557",
      h("div", {}, h("strong", {}, f.name), h("br"), `${f.kind.replaceAll("_", " ")}${f.country ? `, ${f.country}` : ""}`))));
    const placed = happened.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null);
    events.addLayers(placed.map((e) => marker(e.place.lat, e.place.lon, `${e.occurred.start} ${e.title}`, "event-marker",
      categoryColour(e.category), h("div", {}, h("strong", {}, e.title), h("br"), `${e.occurred.start} · ${e.category ?? ""}`))));
    region.dataset.facilities = String(placedSites.length);
    region.dataset.events = String(placed.length);
    document.getElementById("map-state").textContent =
      `${placedSites.length} facilities and the ${placed.length} latest placed events (of ${happened.length} read).`;
  });
}
