// The schema reader of the interchange JSON (docs/report-json.md): strict
// (unless ReadOptions::cell_text lets cells hold text), every error names the
// JSON path of the offending value.
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "formats/report_json.h"
#include "formats/report_json_internal.h"
#include "formats/table_layout.h"

namespace gongkai::formats::report_json_detail {
namespace {

using J = nlohmann::json;
using namespace gongkai::report;

template <typename Enum, size_t N>
Status ReadEnum(const J& v, const std::string& path,
                const std::pair<std::string_view, Enum> (&names)[N], Enum& out) {
  std::vector<std::string_view> allowed;
  for (const auto& [name, value] : names) {
    if (v.is_string() && v.get_ref<const std::string&>() == name) {
      out = value;
      return Status::Ok();
    }
    allowed.push_back(name);
  }
  std::string list;
  for (std::string_view a : allowed) list += (list.empty() ? "" : "、") + Quote(a);
  return Expected(path, " " + list + " 之一", v);
}

constexpr std::pair<std::string_view, AgencyKind> kAgencyKinds[] = {
    {"government", AgencyKind::kGovernment},
    {"department", AgencyKind::kDepartment},
    {"unknown", AgencyKind::kUnknown}};
constexpr std::pair<std::string_view, FormatVersion> kFormats[] = {
    {"2021", FormatVersion::kV2021},
    {"2019", FormatVersion::kV2019},
    {"hybrid", FormatVersion::kHybrid},
    {"pre2019", FormatVersion::kLegacyPre2019},
    {"unknown", FormatVersion::kUnknown}};
constexpr std::pair<std::string_view, HeadingNumbering> kNumberings[] = {
    {"chinese", HeadingNumbering::kChinese},
    {"arabic", HeadingNumbering::kArabic},
    {"parenthesised", HeadingNumbering::kParenthesised},
    {"none", HeadingNumbering::kNone}};

Status ReadSection(const J& v, const std::string& path, Section& out) {
  RJ_RETURN_IF_ERROR(
      CheckObject(v, path, {"number", "heading", "title", "numbering", "paragraphs"}));
  const J* field = nullptr;
  RJ_RETURN_IF_ERROR(Require(v, path, "number", field));
  RJ_RETURN_IF_ERROR(ReadInt(*field, Child(path, "number"), 0, kSectionCount, out.number));
  out.heading = SectionHeading(out.number);
  out.title = out.number >= 1 ? std::string(kSectionTitles[out.number - 1]) : std::string();
  if ((field = Find(v, "heading"))) {
    RJ_RETURN_IF_ERROR(ReadString(*field, Child(path, "heading"), out.heading));
  }
  if ((field = Find(v, "title"))) {
    RJ_RETURN_IF_ERROR(ReadString(*field, Child(path, "title"), out.title));
  }
  if ((field = Find(v, "numbering"))) {
    RJ_RETURN_IF_ERROR(ReadEnum(*field, Child(path, "numbering"), kNumberings, out.numbering));
  }
  RJ_RETURN_IF_ERROR(Require(v, path, "paragraphs", field));
  return ReadTexts(*field, Child(path, "paragraphs"), out.paragraphs);
}

// Reads the cells of `obj` named `columns`, all required, into `out`.
template <size_t N>
Status ReadNamedCells(const J& obj, const std::string& path,
                      const std::vector<std::string_view>& columns, std::array<CountCell*, N> out,
                      CellText text) {
  RJ_RETURN_IF_ERROR(CheckObject(obj, path, columns));
  for (size_t i = 0; i < N; ++i) {
    const J* cell = nullptr;
    RJ_RETURN_IF_ERROR(Require(obj, path, columns[i], cell));
    RJ_RETURN_IF_ERROR(ReadCount(*cell, Child(path, columns[i]), *out[i], text));
  }
  return Status::Ok();
}

Status ReadTable2(const J& v, CellText text, Table2& out) {
  const std::string path = "table2";
  const std::vector<std::string_view> keys = {kT2NormativeRows[0], kT2NormativeRows[1],
                                              kT2Licensing,        kT2Punishment,
                                              kT2Enforcement,      kT2Fees};
  RJ_RETURN_IF_ERROR(CheckObject(v, path, keys));
  const std::vector<std::string_view> columns(kT2NormativeColumns.begin(),
                                              kT2NormativeColumns.end());
  const J* field = nullptr;
  for (size_t row = 0; row < 2; ++row) {
    RJ_RETURN_IF_ERROR(Require(v, path, keys[row], field));
    if (row == 0 && field->is_null()) {
      out.rules_row = false;  // the report prints no 规章 row
      continue;
    }
    auto& cells = out.normative[row];
    RJ_RETURN_IF_ERROR(ReadNamedCells<3>(*field, Child(path, keys[row]), columns,
                                         {&cells[0], &cells[1], &cells[2]}, text));
  }
  CountCell* singles[] = {&out.licensing, &out.punishment, &out.enforcement};
  for (size_t i = 0; i < 3; ++i) {
    RJ_RETURN_IF_ERROR(Require(v, path, keys[2 + i], field));
    RJ_RETURN_IF_ERROR(ReadCount(*field, Child(path, keys[2 + i]), *singles[i], text));
  }
  RJ_RETURN_IF_ERROR(Require(v, path, kT2Fees, field));
  RJ_RETURN_IF_ERROR(
      ReadAmount(*field, Child(path, kT2Fees), out.fees, text == CellText::kRead));
  out.present = true;
  return Status::Ok();
}

Status ReadValues(const J& v, const std::string& path, CellText text,
                  std::array<CountCell, kT3Columns>& out) {
  if (!v.is_array() || v.size() != kT3Columns) {
    return Expected(
        path,
        " 7 个数值的数组（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）", v);
  }
  for (int c = 0; c < kT3Columns; ++c) {
    RJ_RETURN_IF_ERROR(ReadCount(v[c], Indexed(path, static_cast<size_t>(c)), out[c], text));
  }
  return Status::Ok();
}

int RowIndex(const std::string& id) {
  for (int r = 0; r < kT3Rows; ++r) {
    if (kT3RowSpecs[r].id == id) return r;
  }
  return -1;
}

// One row of table3.rows: {"id", "label"?, "values"} (or, keyed by id, just
// the values array).
Status ReadT3Row(const J& v, const std::string& id, const std::string& where, bool keyed,
                 bool single_other, CellText text, Table3& out, std::vector<bool>& seen) {
  const int r = RowIndex(id);
  if (r < 0) return Err(where, "未知的行 " + Quote(utf8::Sanitize(id)) + "（应为 R01 至 R25）");
  if (seen[r]) return Err(where, "行 " + id + " 重复出现");
  seen[r] = true;
  const std::string path = Child("table3.rows", id);
  if (keyed && v.is_array()) return ReadValues(v, path, text, out.cells[r]);
  if (keyed) {
    RJ_RETURN_IF_ERROR(CheckObject(v, path, {"label", "values"}));
  } else {
    RJ_RETURN_IF_ERROR(CheckObject(v, where, {"id", "label", "values"}));
  }
  if (const J* label = Find(v, "label")) {
    const std::string_view want =
        single_other && r == kR23 ? kT3V2019OtherRow : kT3RowSpecs[r].label;
    if (!label->is_string() || label->get_ref<const std::string&>() != want) {
      return Expected(Child(path, "label"), " " + Quote(want), *label);
    }
  }
  const J* values = nullptr;
  RJ_RETURN_IF_ERROR(Require(v, path, "values", values));
  return ReadValues(*values, path, text, out.cells[r]);
}

Status ReadTable3(const J& v, CellText text, Table3& out) {
  const std::string path = "table3";
  RJ_RETURN_IF_ERROR(CheckObject(v, path, {"columns", "rows", "single_other_row", "subtotals"}));
  if (const J* columns = Find(v, "columns")) {
    J want = J::array();
    for (std::string_view c : kT3ColumnLabels) want.push_back(std::string(c));
    if (*columns != want) return Expected(Child(path, "columns"), " " + Describe(want), *columns);
  }
  if (const J* single = Find(v, "single_other_row")) {
    if (!single->is_boolean()) {
      return Expected(Child(path, "single_other_row"), "true 或 false", *single);
    }
    out.single_other_row = single->get<bool>();
  }
  const J* rows = nullptr;
  RJ_RETURN_IF_ERROR(Require(v, path, "rows", rows));
  std::vector<bool> seen(kT3Rows, false);
  const std::string rows_path = Child(path, "rows");
  if (rows->is_array()) {
    for (size_t i = 0; i < rows->size(); ++i) {
      const J& row = (*rows)[i];
      const std::string where = Indexed(rows_path, i);
      const J* id = row.is_object() ? Find(row, "id") : nullptr;
      if (!row.is_object()) return Expected(where, "含 id 和 values 的对象", row);
      if (id == nullptr) return Err(where, "缺少 \"id\"");
      if (!id->is_string()) return Expected(Child(where, "id"), "行号字符串（R01 至 R25）", *id);
      RJ_RETURN_IF_ERROR(ReadT3Row(row, id->get<std::string>(), where, /*keyed=*/false,
                                   out.single_other_row, text, out, seen));
    }
  } else if (rows->is_object()) {
    for (const auto& item : rows->items()) {
      RJ_RETURN_IF_ERROR(ReadT3Row(item.value(), item.key(), rows_path, /*keyed=*/true,
                                   out.single_other_row, text, out, seen));
    }
  } else {
    return Expected(rows_path, "行的数组", *rows);
  }
  std::vector<std::string_view> missing;
  for (int r = 0; r < kT3Rows; ++r) {
    if (!seen[r]) missing.push_back(kT3RowSpecs[r].id);
  }
  if (!missing.empty()) {
    return Err(rows_path,
               "缺少行 " + Join(missing) + "（R01 至 R25 共 25 行都要有，空白单元格写 null）");
  }
  if (const J* subtotals = Find(v, "subtotals")) {
    const std::string sub_path = Child(path, "subtotals");
    if (!subtotals->is_array()) return Expected(sub_path, "数组", *subtotals);
    for (size_t i = 0; i < subtotals->size(); ++i) {
      const J& item = (*subtotals)[i];
      const std::string where = Indexed(sub_path, i);
      RJ_RETURN_IF_ERROR(CheckObject(item, where, {"group", "values"}));
      T3Subtotal s;
      const J* field = nullptr;
      RJ_RETURN_IF_ERROR(Require(item, where, "group", field));
      constexpr std::pair<std::string_view, T3Group> kGroups[] = {
          {kT3GroupWithheld, T3Group::kWithheld},
          {kT3GroupCannotProvide, T3Group::kCannotProvide},
          {kT3GroupNotProcessed, T3Group::kNotProcessed},
          {kT3GroupOther, T3Group::kOther}};
      RJ_RETURN_IF_ERROR(ReadEnum(*field, Child(where, "group"), kGroups, s.group));
      RJ_RETURN_IF_ERROR(Require(item, where, "values", field));
      RJ_RETURN_IF_ERROR(ReadValues(*field, Child(where, "values"), text, s.cells));
      out.subtotals.push_back(std::move(s));
    }
  }
  out.present = true;
  return Status::Ok();
}

Status ReadTable4(const J& v, CellText text, Table4& out) {
  const std::string path = "table4";
  RJ_RETURN_IF_ERROR(CheckObject(v, path, {kT4Blocks[0], kT4Blocks[1], kT4Blocks[2]}));
  const std::vector<std::string_view> columns(kT4Columns.begin(), kT4Columns.end());
  for (int b = 0; b < 3; ++b) {
    const J* block = nullptr;
    RJ_RETURN_IF_ERROR(Require(v, path, kT4Blocks[b], block));
    RJ_RETURN_IF_ERROR(ReadNamedCells<5>(
        *block, Child(path, kT4Blocks[b]), columns,
        {&out.at(b, 0), &out.at(b, 1), &out.at(b, 2), &out.at(b, 3), &out.at(b, 4)}, text));
  }
  out.present = true;
  return Status::Ok();
}

Status ReadExtraRow(const J& v, const std::string& path, CellText text, ExtraTableRow& out) {
  RJ_RETURN_IF_ERROR(CheckObject(v, path, {"block", "label", "columns", "cells"}));
  const J* field = nullptr;
  if ((field = Find(v, "block"))) {
    RJ_RETURN_IF_ERROR(ReadString(*field, Child(path, "block"), out.block));
  }
  RJ_RETURN_IF_ERROR(Require(v, path, "label", field));
  RJ_RETURN_IF_ERROR(ReadString(*field, Child(path, "label"), out.label));
  if ((field = Find(v, "columns"))) {
    std::vector<Paragraph> columns;
    RJ_RETURN_IF_ERROR(ReadTexts(*field, Child(path, "columns"), columns));
    for (Paragraph& c : columns) out.columns.push_back(std::move(c.text));
  }
  RJ_RETURN_IF_ERROR(Require(v, path, "cells", field));
  const std::string cells_path = Child(path, "cells");
  if (!field->is_array()) return Expected(cells_path, "数组", *field);
  out.cells.resize(field->size());
  for (size_t i = 0; i < field->size(); ++i) {
    RJ_RETURN_IF_ERROR(ReadCount((*field)[i], Indexed(cells_path, i), out.cells[i],
                                 text == CellText::kRead ? CellText::kRead : CellText::kKept));
  }
  return Status::Ok();
}

// "sources": {"<path>": {"line": n, "page": n, "raw": "…"}}, applied last.
Status ReadSources(const J& v, AnnualReport& report) {
  if (!v.is_object()) return Expected("sources", "对象", v);
  std::unordered_map<std::string, Anchor> anchors;
  for (Anchor& a : CollectAnchors(report)) anchors.emplace(a.path, std::move(a));
  for (const auto& item : v.items()) {
    const std::string key = utf8::Sanitize(item.key());
    const auto it = anchors.find(item.key());
    if (it == anchors.end()) {
      return Err("sources",
                 "没有位置 " + Quote(key) + "（键应为报告中某一段落、章节、行或单元格的路径）");
    }
    const Anchor& a = it->second;
    const std::string path = "sources[" + Quote(key) + "]";
    if (a.raw != nullptr) {
      RJ_RETURN_IF_ERROR(CheckObject(item.value(), path, {"line", "page", "raw"}));
    } else {
      RJ_RETURN_IF_ERROR(CheckObject(item.value(), path, {"line", "page"}));
    }
    const J* field = nullptr;
    if ((field = Find(item.value(), "line"))) {
      RJ_RETURN_IF_ERROR(ReadInt(*field, Child(path, "line"), 0, INT_MAX, a.src->line));
    }
    if ((field = Find(item.value(), "page"))) {
      RJ_RETURN_IF_ERROR(ReadInt(*field, Child(path, "page"), 0, INT_MAX, a.src->page));
    }
    if ((field = Find(item.value(), "raw"))) {
      RJ_RETURN_IF_ERROR(ReadString(*field, Child(path, "raw"), *a.raw));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<AnnualReport> ReadReportValue(const J& root, const ReadOptions& options) {
  const CellText text = options.cell_text ? CellText::kRead : CellText::kRefused;
  if (!root.is_object()) {
    return Status::InvalidInput("JSON 顶层应为年度报告对象，实际为 " + Describe(root));
  }
  const J* field = Find(root, "schema");
  if (field == nullptr) return Err("", "缺少 \"schema\"（应为 " + Quote(kReportJsonSchema) + "）");
  if (!field->is_string() || field->get_ref<const std::string&>() != kReportJsonSchema) {
    return Expected("schema", " " + Quote(kReportJsonSchema), *field);
  }
  RJ_RETURN_IF_ERROR(CheckObject(
      root, "",
      {"schema", "agency", "agency_kind", "year", "title", "format", "period", "published_on",
       "preamble", "sections", "table2", "table3", "table4", "table2_extra_rows", "sources"}));
  AnnualReport r;
  RJ_RETURN_IF_ERROR(Require(root, "", "agency", field));
  RJ_RETURN_IF_ERROR(ReadString(*field, "agency", r.agency));
  r.agency_kind = ClassifyAgency(r.agency);
  if ((field = Find(root, "agency_kind"))) {
    RJ_RETURN_IF_ERROR(ReadEnum(*field, "agency_kind", kAgencyKinds, r.agency_kind));
  }
  RJ_RETURN_IF_ERROR(Require(root, "", "year", field));
  if (!field->is_null()) RJ_RETURN_IF_ERROR(ReadInt(*field, "year", 1, 9999, r.year));
  if ((field = Find(root, "title"))) RJ_RETURN_IF_ERROR(ReadString(*field, "title", r.title));
  if ((field = Find(root, "format"))) {
    RJ_RETURN_IF_ERROR(ReadEnum(*field, "format", kFormats, r.format));
  }
  if ((field = Find(root, "period")) && !field->is_null()) {
    RJ_RETURN_IF_ERROR(CheckObject(*field, "period", {"start", "end"}));
    if (const J* d = Find(*field, "start")) {
      RJ_RETURN_IF_ERROR(ReadDate(*d, "period.start", r.period_start));
    }
    if (const J* d = Find(*field, "end")) {
      RJ_RETURN_IF_ERROR(ReadDate(*d, "period.end", r.period_end));
    }
  }
  if ((field = Find(root, "published_on"))) {
    RJ_RETURN_IF_ERROR(ReadDate(*field, "published_on", r.published_on));
  }
  if ((field = Find(root, "preamble"))) {
    RJ_RETURN_IF_ERROR(ReadTexts(*field, "preamble", r.preamble));
  }
  RJ_RETURN_IF_ERROR(Require(root, "", "sections", field));
  if (!field->is_array()) return Expected("sections", "章节的数组", *field);
  r.sections.resize(field->size());
  for (size_t i = 0; i < field->size(); ++i) {
    RJ_RETURN_IF_ERROR(ReadSection((*field)[i], Indexed("sections", i), r.sections[i]));
  }
  RJ_RETURN_IF_ERROR(Require(root, "", "table2", field));
  if (!field->is_null()) RJ_RETURN_IF_ERROR(ReadTable2(*field, text, r.table2));
  RJ_RETURN_IF_ERROR(Require(root, "", "table3", field));
  if (!field->is_null()) RJ_RETURN_IF_ERROR(ReadTable3(*field, text, r.table3));
  RJ_RETURN_IF_ERROR(Require(root, "", "table4", field));
  if (!field->is_null()) RJ_RETURN_IF_ERROR(ReadTable4(*field, text, r.table4));
  if ((field = Find(root, "table2_extra_rows"))) {
    if (!field->is_array()) return Expected("table2_extra_rows", "数组", *field);
    r.table2_extra_rows.resize(field->size());
    for (size_t i = 0; i < field->size(); ++i) {
      RJ_RETURN_IF_ERROR(ReadExtraRow((*field)[i], Indexed("table2_extra_rows", i), text,
                                      r.table2_extra_rows[i]));
    }
  }
  if ((field = Find(root, "sources"))) RJ_RETURN_IF_ERROR(ReadSources(*field, r));
  return r;
}

}  // namespace gongkai::formats::report_json_detail
