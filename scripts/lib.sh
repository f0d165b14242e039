# Shared set-up for scripts/serve and scripts/test: installs what is missing, skips
# what is present, and says what it does. Sourced, not run.
# Versions come from the project's own files so they cannot drift:
#   wasm-bindgen CLI = the `wasm-bindgen = "=X"` pin in Cargo.toml
#   Trunk            = TRUNK_VERSION below (0.22 needs a newer rustc than we have)
#   npm tools        = package-lock.json (binaryen's wasm-opt, Playwright, Ajv)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# Cargo.toml pins it twice (the host's and the browser's dependencies); they
# must agree, or the CLI would match only one of the builds.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml | sort -u)"
if [ -z "$WASM_BINDGEN_VERSION" ] || [ "$(printf '%s\n' "$WASM_BINDGEN_VERSION" | wc -l)" != 1 ]; then
  echo "Cargo.toml must pin one wasm-bindgen version (wasm-bindgen = \"=X\"); found: ${WASM_BINDGEN_VERSION:-none}" >&2
  exit 1
fi
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target: present"
  else
    say "Installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# ensure_cargo_tool COMMAND VERSION INSTALL-ARGS...
ensure_cargo_tool() {
  local cmd="$1" version="$2"
  shift 2
  if command -v "$cmd" >/dev/null && "$cmd" --version 2>/dev/null | grep -qF " $version"; then
    say "$cmd $version: present"
  else
    say "Installing $cmd $version with cargo (takes minutes on 2 cores)"
    cargo install "$@"
  fi
}

ensure_rust_tools() {
  ensure_wasm_target
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk@"$TRUNK_VERSION" --locked
  # Without --locked: its lockfile wants a webpki-roots the registry lacks.
  ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
  say "Fetching crates (Trunk builds offline)"
  cargo fetch --quiet
}

ensure_npm_packages() {
  # npm ls fails when a package of package.json is missing or of another version.
  if [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; then
    say "npm packages: present"
  else
    say "Installing npm packages (binaryen's wasm-opt, Playwright, axe, Ajv; for the benchmark Lighthouse, Highcharts, Vega)"
    npm ci --no-audit --no-fund
  fi
}

APT_UPDATED=""
# ensure_apt PACKAGE...
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages $*: present"
    return
  fi
  say "Installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

FRICTIONLESS_VERSION="5.21.0"
OPENPYXL_VERSION="3.1.5"
# The catalogue (DCAT-AP-SE, RDF/XML) and the schema.org markup (JSON-LD) are read
# back with rdflib and checked against our SHACL shapes with pyshacl (issue 18).
RDFLIB_VERSION="7.6.0"
PYSHACL_VERSION="0.40.1"
# Frictionless (PyPI) in a virtualenv of its own under .tools/, to check the Data
# Package the build writes; openpyxl beside it, to read the workbook back.
ensure_frictionless() {
  local venv="$ROOT/.tools/frictionless"
  if [ -x "$venv/bin/frictionless" ] && "$venv/bin/frictionless" --version 2>/dev/null | grep -qx "$FRICTIONLESS_VERSION" &&
    "$venv/bin/python3" -c "import openpyxl, sys; sys.exit(openpyxl.__version__ != '$OPENPYXL_VERSION')" 2>/dev/null &&
    "$venv/bin/python3" -c "import rdflib, pyshacl, sys; sys.exit(rdflib.__version__ != '$RDFLIB_VERSION' or pyshacl.__version__ != '$PYSHACL_VERSION')" 2>/dev/null; then
    say "frictionless $FRICTIONLESS_VERSION, openpyxl $OPENPYXL_VERSION, rdflib $RDFLIB_VERSION, pyshacl $PYSHACL_VERSION: present"
  else
    say "Installing frictionless, openpyxl, rdflib and pyshacl from PyPI into .tools/"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION" "openpyxl==$OPENPYXL_VERSION" \
      "rdflib==$RDFLIB_VERSION" "pyshacl==$PYSHACL_VERSION"
  fi
  export PATH="$venv/bin:$PATH"
}
