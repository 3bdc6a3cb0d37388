#!/usr/bin/env bash
# Installs the Debian 12 packages listed in tools/debian-packages.txt that are
# not installed yet. Quick and silent when everything is there: it asks
# dpkg-query first and calls apt-get only for what is missing.
#
# Usage: tools/install-deps.sh [--check]
#   --check   only report missing packages (exit 1 if any), install nothing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="${here}/debian-packages.txt"

check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "${list}" | grep -v '^$')

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: 未找到 dpkg-query，本脚本仅支持 Debian 12 / dpkg-query not found: this script supports Debian 12 only" >&2
  exit 1
fi

missing=()
for pkg in "${wanted[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "${pkg}" 2>/dev/null || true)"
  if [[ "${status}" != "installed" ]]; then
    missing+=("${pkg}")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: 依赖已齐全 / all ${#wanted[@]} packages are installed"
  exit 0
fi

echo "install-deps: 缺少 ${#missing[@]} 个软件包 / missing: ${missing[*]}"
if [[ ${check_only} -eq 1 ]]; then
  exit 1
fi

sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: 需要 root 权限或 sudo / need root or sudo to install packages" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
echo "install-deps: 安装完成 / installed: ${missing[*]}"
