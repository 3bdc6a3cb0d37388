#!/usr/bin/env bash
# Builds the `gongkai` command (Release, in build/) and runs the demo: checks
# examples/demo-report.json against the national format's consistency rules,
# renders it into out/demo/ in every output format, seeds the demo city on
# first start (an existing demo database is kept), builds its annual report,
# and serves the city's portal (gongkai serve) until Ctrl-C.
#
# Environment (all optional):
#   BUILD_DIR   default build       BUILD_TYPE  default Release
#   JOBS        default: number of cores
#   OUT_DIR     default out/demo    SKIP_DEPS=1 do not run tools/install-deps.sh
#   LISTEN      default 127.0.0.1:8080         SERVE=0 stop before serving
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

build_dir="${BUILD_DIR:-build}"
build_type="${BUILD_TYPE:-Release}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
out_dir="${OUT_DIR:-out/demo}"
demo="examples/demo-report.json"
formats=(docx pdf html xlsx md json)

fail() {
  echo "run.sh: $*" >&2
  exit 1
}

echo "==> 检查依赖 / dependencies"
if [[ "${SKIP_DEPS:-}" != "1" ]]; then
  tools/install-deps.sh </dev/null || fail "依赖安装失败 / installing dependencies failed"
fi

echo "==> 构建 gongkai / building gongkai (${build_type}, ${build_dir}/)"
cmake -S . -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE="${build_type}" </dev/null \
  || fail "CMake 配置失败 / configure failed"
cmake --build "${build_dir}" --target gongkai -j "${jobs}" </dev/null \
  || fail "编译失败 / build failed"

gongkai="${build_dir}/src/app/gongkai"
[[ -x "${gongkai}" ]] || fail "找不到可执行文件 ${gongkai} / binary not found"
[[ -f "${demo}" ]] || fail "找不到演示报告 ${demo} / demo report not found"

echo "==> 检查演示报告 / gongkai report check ${demo}"
rc=0
"${gongkai}" report check "${demo}" </dev/null || rc=$?
case ${rc} in
  0) ;;
  1) echo "run.sh: 演示报告有问题（见上） / the demo report has findings (see above)" >&2 ;;
  *) fail "检查失败（退出码 ${rc}） / report check failed with exit code ${rc}" ;;
esac

echo "==> 生成各格式 / rendering into ${out_dir}/"
mkdir -p "${out_dir}"
rendered=()
for format in "${formats[@]}"; do
  out="${out_dir}/demo-report.${format}"
  "${gongkai}" report render "${demo}" --format "${format}" -o "${out}" </dev/null \
    || fail "生成 ${format} 失败 / rendering ${format} failed"
  [[ -s "${out}" ]] || fail "生成的 ${out} 为空或不存在 / ${out} is missing or empty"
  rendered+=("${out}")
done

echo "==> 读回核对生成的文件 / reading every rendered file back: gongkai report check ${out_dir}/*"
"${gongkai}" report check "${rendered[@]}" </dev/null \
  || fail "生成的文件读回后有问题 / a rendered file does not read back cleanly"

defective="examples/demo-report-with-defects.json"
if [[ -f "${defective}" ]]; then
  echo "==> 核对一份有错误的报告 / a report with defects: gongkai report check ${defective}"
  rc=0
  "${gongkai}" report check "${defective}" </dev/null || rc=$?
  [[ ${rc} -eq 1 ]] || fail "有错误的演示报告应返回退出码1，实际为 ${rc} / expected exit code 1, got ${rc}"
fi

echo "==> 演示办理记录 / demo case records: gongkai demo seed, then the city's report built from them"
cases_db="${out_dir}/demo-city.db"
if [[ -f "${cases_db}" ]]; then
  echo "    沿用已有的演示数据库 / keeping the existing demo database ${cases_db}"
  "${gongkai}" db migrate --db "sqlite:${cases_db}" </dev/null >/dev/null \
    || fail "升级演示数据库失败 / db migrate failed"
else
  "${gongkai}" db init --db "sqlite:${cases_db}" </dev/null >/dev/null \
    || fail "建立演示数据库失败 / db init failed"
  "${gongkai}" demo seed --db "sqlite:${cases_db}" --year 2025 --reports </dev/null \
    || { rm -f "${cases_db}" "${cases_db}-wal" "${cases_db}-shm"; fail "生成演示数据失败 / demo seed failed"; }
fi
city_report="${out_dir}/city-report-2025.json"
"${gongkai}" report build --db "sqlite:${cases_db}" --agency 1 --year 2025 --children \
  --sample-text -o "${city_report}" </dev/null || fail "由办理记录生成年度报告失败 / report build failed"
"${gongkai}" report check "${city_report}" </dev/null \
  || fail "由办理记录生成的报告没有通过核对 / the report built from records has findings"
for format in docx pdf; do
  "${gongkai}" report render "${city_report}" --format "${format}" \
    -o "${out_dir}/city-report-2025.${format}" </dev/null || fail "生成 ${format} 失败"
  rendered+=("${out_dir}/city-report-2025.${format}")
done
echo "==> 2025年12月31日起10日内到期的申请 / applications due within 10 days of 2025-12-31:"
"${gongkai}" case list --db "sqlite:${cases_db}" --agency 1 --children --due-within 10 \
  --as-of 2025-12-31 </dev/null | tail -n 6

echo
echo "演示报告已生成 / demo report rendered:"
for out in "${rendered[@]}"; do
  echo "  ${out}"
done

if [[ "${SERVE:-1}" == "0" ]]; then
  exit 0
fi
echo
echo "==> 启动演示网站 / serving the demo city: gongkai serve（按 Ctrl-C 停止 / Ctrl-C stops it）"
exec "${gongkai}" serve --db "sqlite:${cases_db}" --listen "${LISTEN:-127.0.0.1:8080}" \
  --access-log "${out_dir}/access.log"
