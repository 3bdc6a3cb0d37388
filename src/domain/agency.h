// An agency (行政机关) in the city's tree: the people's government at the
// root, its departments and townships below. A city report is the sum of its
// subtree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gongkai::domain {

enum class AgencyKind {
  kGovernment,  // 人民政府 (city, county, township 乡镇人民政府) and 街道办事处
  kDepartment,  // 政府部门 and other bodies with their own disclosure duty
};

struct Agency {
  int64_t id = 0;
  std::optional<int64_t> parent_id;  // none for the root
  std::string name;                  // full name, no abbreviation (发布机构 rules)
  AgencyKind kind = AgencyKind::kDepartment;
  std::string code;                  // short stable code, e.g. "cz" for 财政局; unique
  // Optional regional holiday overlay (e.g. "xinjiang"), applied to this
  // agency's clock on top of the national calendar.
  std::string calendar_overlay;
  // 组织机构代码 (9 characters) or 统一社会信用代码 (18): the front part of
  // the 索引号 of its publications (index_number.h). Empty: not set yet.
  std::string org_code;
};

}  // namespace gongkai::domain
