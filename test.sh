#!/usr/bin/env bash
# Everything CI checks, in order; stops at the first failing step and prints a
# summary:
#   1. install missing Debian packages (tools/install-deps.sh)
#   2. configure build/ with -DGONGKAI_WERROR=ON and build every target
#   3. tools/check-layers (its self-test, then the tree)
#   4. ctest
#   5. build the libFuzzer targets with clang in build-fuzz/ and run each
#      fuzz_* binary for FUZZ_SECONDS, on a scratch copy of fuzz/corpus/<target>/
#
# Environment (all optional):
#   CI=true          fuzz 30 s per target instead of 10 s
#   FUZZ_SECONDS=N   seconds per fuzz target (0 = build the targets, run none)
#   BUILD_DIR        default build        FUZZ_BUILD_DIR  default build-fuzz
#   BUILD_TYPE       default Release      JOBS            default: number of cores
#   SKIP_DEPS=1      do not run tools/install-deps.sh
#
# Usage: ./test.sh [--fuzz-only]   (--fuzz-only: steps 1 and 5 only)
set -euo pipefail

fuzz_only=0
case "${1:-}" in
  --fuzz-only) fuzz_only=1 ;;
  "") ;;
  *) echo "usage: $0 [--fuzz-only]" >&2; exit 2 ;;
esac

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
root="$(pwd)"

build_dir="${BUILD_DIR:-build}"
fuzz_build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
build_type="${BUILD_TYPE:-Release}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
if [[ "${CI:-}" == "true" ]]; then default_fuzz=30; else default_fuzz=10; fi
fuzz_seconds="${FUZZ_SECONDS:-${default_fuzz}}"
if ! [[ "${fuzz_seconds}" =~ ^[0-9]+$ ]]; then
  echo "test.sh: FUZZ_SECONDS must be a whole number of seconds, got '${fuzz_seconds}'" >&2
  exit 2
fi

summary=()     # one line per step: "PASS|FAIL|SKIP  name  (seconds)"
failed=0
started_all=${SECONDS}

# shellcheck disable=SC2317  # called by the EXIT trap
print_summary() {
  local rc=$?
  echo
  echo "==================== test.sh summary ===================="
  local line
  for line in "${summary[@]}"; do echo "  ${line}"; done
  echo "  total $((SECONDS - started_all)) s"
  if [[ ${rc} -eq 0 ]]; then
    echo "全部通过 / all steps passed"
  elif [[ ${failed} -gt 0 ]]; then
    echo "有步骤失败 / ${failed} step(s) FAILED"
  else
    echo "脚本出错 / test.sh stopped with exit code ${rc}"
  fi
  echo "========================================================="
}
trap print_summary EXIT

# step NAME CMD...: runs CMD, records the result; a failure ends the script.
step() {
  local name="$1"; shift
  echo
  echo "==> ${name}"
  local t0=${SECONDS} rc=0
  "$@" </dev/null || rc=$?
  if [[ ${rc} -eq 0 ]]; then
    summary+=("PASS  ${name}  ($((SECONDS - t0)) s)")
  else
    summary+=("FAIL  ${name}  (exit ${rc}, $((SECONDS - t0)) s)")
    failed=$((failed + 1))
    exit 1
  fi
}

skip() {
  echo
  echo "==> $1: skipped ($2)"
  summary+=("SKIP  $1  ($2)")
}

# --- 1. dependencies ---------------------------------------------------------
if [[ "${SKIP_DEPS:-}" == "1" ]]; then
  skip "install deps" "SKIP_DEPS=1"
else
  step "install deps" tools/install-deps.sh
fi

# --- 2. build ----------------------------------------------------------------
if [[ ${fuzz_only} -eq 1 ]]; then
  skip "build, check-layers, ctest" "--fuzz-only"
else
  step "configure ${build_dir}/ (WERROR)" \
    cmake -S . -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE="${build_type}" -DGONGKAI_WERROR=ON
  step "build all" cmake --build "${build_dir}" -j "${jobs}"

  # --- 3. layering -------------------------------------------------------------
  step "check-layers self-test" tools/check-layers --self-test
  step "check-layers" tools/check-layers

  # --- 4. unit and end-to-end tests --------------------------------------------
  step "ctest" ctest --test-dir "${build_dir}" --output-on-failure -j2
fi

# --- 5. fuzzing --------------------------------------------------------------
# Runs one fuzz target on a scratch corpus; crashes land in
# ${fuzz_build_dir}/artifacts/<target>-crash-… so the source tree stays clean.
run_fuzzer() {
  local bin="$1" name seed corpus log artifacts rc=0
  name="$(basename "${bin}")"
  seed="${root}/fuzz/corpus/${name}"
  corpus="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-${name}.XXXXXX")"
  artifacts="${root}/${fuzz_build_dir}/artifacts"
  log="${root}/${fuzz_build_dir}/${name}.log"
  mkdir -p "${artifacts}"
  if [[ -d "${seed}" ]]; then
    cp -R "${seed}/." "${corpus}/"
  fi
  # Seeds made fresh from the demo report by the current writers, so the
  # fuzzer starts from valid documents of its format, and the published
  # examples in ../shared when they are there (read, never copied into the tree).
  local gk="${root}/${build_dir}/src/app/gongkai" format=""
  case "${name}" in
    fuzz_docx_reader) format=docx ;;
    fuzz_pdf_reader) format=pdf ;;
    fuzz_xlsx_reader) format=xlsx ;;
    fuzz_html_reader) format=html ;;
    fuzz_text_reader) format=md ;;
    fuzz_json_reader) format=json ;;
  esac
  if [[ -n "${format}" && -x "${gk}" ]]; then
    "${gk}" report render examples/demo-report.json --format "${format}"       -o "${corpus}/demo.${format}" >/dev/null 2>&1 || true
  fi
  if [[ "${name}" == fuzz_report_check && -x "${gk}" ]]; then
    # The whole `report check --json` path: the demo report in every format it
    # renders, each behind the selector byte the target reads first (byte % 7
    # picks the extension .txt .md .html .docx .pdf .xlsx .json; +7 also
    # checks the file against itself as the previous year).
    local -a exts=(txt md html docx pdf xlsx json)
    local i ext rendered
    rendered="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-render.XXXXXX")"
    for i in 1 2 3 4 5 6; do
      ext="${exts[${i}]}"
      if "${gk}" report render examples/demo-report.json --format "${ext}" \
           -o "${rendered}/demo.${ext}" >/dev/null 2>&1; then
        { printf "\\$(printf '%03o' "${i}")"; cat "${rendered}/demo.${ext}"; } >"${corpus}/demo-${ext}"
        { printf "\\$(printf '%03o' $((i + 7)))"; cat "${rendered}/demo.${ext}"; } \
          >"${corpus}/demo-${ext}-previous"
      fi
    done
    rm -rf "${rendered}"
    if [[ -f "${root}/../shared/examples/kashgar-2023.txt" ]]; then
      { printf '\000'; cat "${root}/../shared/examples/kashgar-2023.txt"; } >"${corpus}/kashgar-txt"
    fi
  fi
  local shared="${root}/../shared/examples"
  case "${name}" in
    fuzz_text_reader) [[ -f "${shared}/kashgar-2023.txt" ]] && cp "${shared}/kashgar-2023.txt" "${corpus}/" ;;
    fuzz_pdf_reader) [[ -f "${shared}/huaian-2024.pdf" ]] && cp "${shared}/huaian-2024.pdf" "${corpus}/" ;;
  esac
  echo "seed corpus: $(find "${corpus}" -type f | wc -l) files"
  # The outer timeout is a backstop: -max_total_time is only checked between inputs.
  timeout --kill-after=10 $((fuzz_seconds + 120)) \
    "${bin}" -max_total_time="${fuzz_seconds}" -rss_limit_mb=2048 -timeout=25 \
    -artifact_prefix="${artifacts}/${name}-" -print_final_stats=1 \
    "${corpus}" >"${log}" 2>&1 || rc=$?
  rm -rf "${corpus}"
  if [[ ${rc} -ne 0 ]]; then
    echo "fuzz target ${name} failed (exit ${rc}); last lines of ${fuzz_build_dir}/${name}.log:"
    tail -n 40 "${log}"
    echo "artifacts (inputs that crashed or hung): ${fuzz_build_dir}/artifacts/${name}-*"
    return "${rc}"
  fi
  grep -E '^Done [0-9]+ runs' "${log}" | tail -n 1 || true
}

if [[ ! -f fuzz/CMakeLists.txt ]]; then
  skip "fuzz" "fuzz/CMakeLists.txt not present yet"
else
  step "configure ${fuzz_build_dir}/ (clang, GONGKAI_FUZZ)" \
    cmake -S . -B "${fuzz_build_dir}" -G Ninja -DCMAKE_BUILD_TYPE="${build_type}" \
    -DGONGKAI_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DGONGKAI_TESTS=OFF -DGONGKAI_BENCH=OFF
  step "build fuzz targets" cmake --build "${fuzz_build_dir}" -j "${jobs}"
  # Remove binaries of targets that no longer exist, so that only current ones run.
  step "remove stale fuzz binaries" ninja -C "${fuzz_build_dir}" -t cleandead
  mapfile -t fuzzers < <(find "${fuzz_build_dir}/fuzz" -maxdepth 1 -type f -name 'fuzz_*' \
                           -perm -u+x 2>/dev/null | sort)
  if [[ ${#fuzzers[@]} -eq 0 ]]; then
    skip "fuzz" "no fuzz_* binaries in ${fuzz_build_dir}/fuzz/"
  elif [[ ${fuzz_seconds} -eq 0 ]]; then
    skip "fuzz run" "FUZZ_SECONDS=0 (${#fuzzers[@]} targets built)"
  else
    # Run every target, then fail if any failed: one crash should not hide another.
    fuzz_failed=0
    for bin in "${fuzzers[@]}"; do
      name="$(basename "${bin}")"
      echo
      echo "==> fuzz ${name} (${fuzz_seconds} s)"
      t0=${SECONDS}
      if run_fuzzer "${bin}" </dev/null; then
        summary+=("PASS  fuzz ${name}  ($((SECONDS - t0)) s)")
      else
        summary+=("FAIL  fuzz ${name}  ($((SECONDS - t0)) s, see ${fuzz_build_dir}/${name}.log)")
        failed=$((failed + 1))
        fuzz_failed=1
      fi
    done
    [[ ${fuzz_failed} -eq 0 ]] || exit 1
  fi
fi

exit 0
