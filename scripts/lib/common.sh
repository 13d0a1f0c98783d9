# Shared by scripts/run, scripts/test, scripts/bench and .ci/run. Sourced, not executed.
# shellcheck shell=bash

ILS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ILS_ROOT

# ccache: paths below the checkout's parent are hashed relative to the build folder, so two
# checkouts in different places (CI's clone and its copy of the tree) share one cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$ILS_ROOT")}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

# What a fresh Debian 12 machine lacks to build, test and run the project.
ILS_PACKAGES=(
    cmake ninja-build g++ pkgconf ccache python3
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
    libsqlite3-dev sqlite3
    qt6-multimedia-dev xvfb xauth fonts-wqy-microhei
    libsodium-dev libgl1-mesa-dev qt6-translations-l10n
    libbenchmark-dev rapidjson-dev libzint-dev
    nlohmann-json3-dev libsimdjson-dev
    clang libclang-rt-14-dev
    libboost-dev libssl-dev openssl libprotobuf-dev protobuf-compiler libzstd-dev
    libusb-1.0-0-dev qt6-serialport-dev libumockdev-dev umockdev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs only what is missing, non-interactively; as root, or through sudo.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${ILS_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [extra cmake arguments…]: incremental, so fast when nothing changed.
configure_and_build() {
    local dir="$1"
    shift
    if [ ! -f "$dir/build.ninja" ] || [ -n "${ILS_RECONFIGURE:-}" ]; then
        log "configuring $dir"
        cmake -S "$ILS_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    fi
    log "building $dir"
    cmake --build "$dir" -j "$(nproc)"
}
