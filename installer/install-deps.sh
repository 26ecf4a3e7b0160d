#!/usr/bin/env bash
# Installs every Debian 12 package PingPanda needs to build, run and test.
# Safe to run again: apt-get only installs what is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 and the parts the -dev packages do not pull in
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
  # Qt's own words (standard buttons, --help) in the user's language
  qt6-translations-l10n
  # keychain: QtKeychain loads libsecret at run time
  qtkeychain-qt6-dev libsecret-1-0 libsecret-tools gnome-keyring dbus dbus-daemon
  # category emojis in the window
  fonts-noto-color-emoji
  # running the GUI and its tests without a desktop
  xvfb xauth trayer x11-utils
  # the screenshots script: drives the real window and takes its picture
  xdotool imagemagick
  # tests and tools
  curl python3 clang-format
  # the performance benchmark's load generator
  wrk
  # the sanitizer and fuzzing build (clang with libFuzzer)
  clang
  # packaging: building the .deb and checking what it ships
  dpkg-dev file desktop-file-utils appstream
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
