// 索引号 (portal-and-catalogue.md §1.3): built from a per-installation
// template when a publication is first published, then never changed, never
// renumbered by a later template change and never reused.
//
// The template is a setting ([I]; default the national scheme of the 2009
// 指引, "{org}/{year}-{seq:05}"). Tokens:
//   {org}            the agency's 组织机构代码 (9 characters) or 统一社会信用代码 (18)
//   {year}           the year of the 发布日期
//   {seq:NN}         the serial within the scope, zero-padded to NN digits (default 5)
//   {cat}            the first-level 主题分类 code (two digits, topic_classes.h)
//   {date:YYYYMMDD}  the 发布日期
// The serial counts per (org, year) — and per category when {cat} is used —
// so the scope key is the template's output with {seq} left out.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/civil_date.h"
#include "core/status.h"

namespace gongkai::domain {

inline constexpr const char* kDefaultIndexTemplate = "{org}/{year}-{seq:05}";

struct IndexNumberParts {
  std::string org;   // 组织机构代码 or 统一社会信用代码
  CivilDate published_on;
  std::string cat;   // category code, for {cat}
};

// Checks a template: known tokens only, exactly one {seq…}. zh-CN errors.
Status ValidateIndexTemplate(std::string_view tmpl);

// The serial's scope: the template filled in, with "{seq}" in place of the serial.
Result<std::string> IndexScope(std::string_view tmpl, const IndexNumberParts& parts);

// The 索引号 with serial `seq` (≥ 1). Fails when seq needs more digits than
// the template allows (5 digits overflow at 99 999 a year: widen the template).
Result<std::string> FormatIndexNumber(std::string_view tmpl, const IndexNumberParts& parts,
                                      int64_t seq);

// A 组织机构代码 (8 digits/letters + check character, hyphen removed) or an
// 统一社会信用代码 (18 characters of GB 32100's alphabet). Shape only.
bool PlausibleOrgCode(std::string_view code);

}  // namespace gongkai::domain
