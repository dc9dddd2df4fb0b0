#!/usr/bin/env bash
# Regenerates glean's English word lists (lua/glean/data/en/*.tsv).
# Run by hand (`make data`), never in CI: needs the npm registry and Debian's apt archive.
#   bash tools/gaz/build.sh            # fetch sources into $GAZ_WORK (default /tmp/gaz-work) and build
#   GAZ_OFFLINE=1 bash tools/gaz/build.sh   # reuse already fetched sources
# Nothing is installed system-wide: npm packages go to $GAZ_WORK/npm, Debian packages are
# fetched with `apt-get download` and unpacked with `dpkg-deb -x` into $GAZ_WORK/deb/x.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${GAZ_WORK:-/tmp/gaz-work}"
DEB_PKGS=(wordnet-base unicode-cldr-core ruby-countries scowl)

command -v node >/dev/null || { echo "gaz: node (>= 18) is required" >&2; exit 1; }
mkdir -p "$WORK/npm" "$WORK/deb"

if [[ -z "${GAZ_OFFLINE:-}" ]]; then
  echo "gaz: installing pinned npm sources into $WORK/npm" >&2
  cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/npm/"
  (cd "$WORK/npm" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

  echo "gaz: fetching Debian packages into $WORK/deb" >&2
  if ! apt-cache show "${DEB_PKGS[0]}" >/dev/null 2>&1; then
    apt-get update -qq || { echo "gaz: run 'apt-get update' first" >&2; exit 1; }
  fi
  rm -rf "$WORK/deb/x" "$WORK/deb"/*.deb
  chmod 777 "$WORK/deb" 2>/dev/null || true   # lets apt's sandbox user write there
  (cd "$WORK/deb" && apt-get download -q "${DEB_PKGS[@]}")
  : > "$WORK/deb/versions.txt"
  for f in "$WORK"/deb/*.deb; do
    dpkg-deb -x "$f" "$WORK/deb/x"
    echo "$(dpkg-deb -f "$f" Package) $(dpkg-deb -f "$f" Version)" >> "$WORK/deb/versions.txt"
  done
fi
cat "$WORK/deb/versions.txt" >&2

export GAZ_NPM="$WORK/npm/node_modules" GAZ_DEB="$WORK/deb/x"
node "$HERE/build.mjs"
node "$HERE/check.mjs" "$ROOT/lua/glean/data/en"
