#!/usr/bin/env bash
# Refresh the console's and the API reference's vendored libraries from npm (`make console-deps`).
# Each package is fetched at the exact version below with `npm pack` into a temporary folder and
# only its built files and licence are copied into the server package; the tests' axe-core goes
# under tests/. No Node is needed to run or test Watchfloor: only to run this script.
# Versions and licences are listed in docs/console.md and NOTICE: change them together.
set -euo pipefail
cd "$(dirname "$0")/.."

VENDOR=server/watchfloor/console/static/vendor
TESTS_VENDOR=tests/browser/vendor
PACKAGES=(
  leaflet@1.9.4
  leaflet.markercluster@1.5.3
  uplot@1.6.32
  topojson-client@3.1.0
  world-atlas@2.0.2
  @scalar/api-reference@1.76.4
  axe-core@4.14.1
)

command -v npm >/dev/null || { echo "console-deps needs npm (apt-get install npm)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for spec in "${PACKAGES[@]}"; do
  name=${spec%@*}
  dir="$work/${name//\//+}"
  mkdir -p "$dir"
  tarball=$(cd "$dir" && npm pack --silent "$spec")
  tar xzf "$dir/$tarball" -C "$dir"
done
pkg() { echo "$work/${1//\//+}/package"; }

rm -rf "$VENDOR" "$TESTS_VENDOR"
mkdir -p "$VENDOR"/{leaflet/images,markercluster,uplot,topojson-client,world-atlas,scalar} "$TESTS_VENDOR"

p=$(pkg leaflet)
cp "$p/dist/leaflet.js" "$p/dist/leaflet.css" "$p/LICENSE" "$VENDOR/leaflet/"
cp "$p"/dist/images/*.png "$VENDOR/leaflet/images/"
p=$(pkg leaflet.markercluster)
cp "$p/dist/leaflet.markercluster.js" "$p/dist/MarkerCluster.css" "$p/dist/MarkerCluster.Default.css" \
   "$p/MIT-LICENCE.txt" "$VENDOR/markercluster/"
p=$(pkg uplot)
cp "$p/dist/uPlot.iife.min.js" "$p/dist/uPlot.min.css" "$p/LICENSE" "$VENDOR/uplot/"
p=$(pkg topojson-client)
cp "$p/dist/topojson-client.min.js" "$p/LICENSE" "$VENDOR/topojson-client/"
p=$(pkg world-atlas)
cp "$p/countries-50m.json" "$p/LICENSE" "$VENDOR/world-atlas/"
p=$(pkg @scalar/api-reference)
cp "$p/dist/browser/standalone.js" "$p/dist/style.css" "$VENDOR/scalar/"
cp "$p/package.json" "$VENDOR/scalar/package.json"
p=$(pkg axe-core)
cp "$p/axe.min.js" "$p/LICENSE" "$TESTS_VENDOR/"

# Drop source-map references: the maps are not vendored, and a browser would ask for them.
find "$VENDOR" "$TESTS_VENDOR" -name '*.js' -exec sed -i -E '/^\/\/# sourceMappingURL=/d' {} +
echo "vendored: ${PACKAGES[*]}"
