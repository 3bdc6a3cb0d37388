#include <charconv>

#include "storage/sql/sql_connection.h"

namespace gongkai::storage::sql {

Result<int64_t> ToInt(const SqlValue& v, const char* column) {
  if (!v) return Status::Damaged(std::string("数据库字段 ") + column + " 为空，应为整数");
  int64_t out = 0;
  const char* end = v->data() + v->size();
  auto [p, ec] = std::from_chars(v->data(), end, out);
  if (ec != std::errc() || p != end) {
    return Status::Damaged(std::string("数据库字段 ") + column + " 的值“" + *v + "”不是整数");
  }
  return out;
}

Result<std::optional<CivilDate>> ToDate(const SqlValue& v, const char* column) {
  if (!v) return std::optional<CivilDate>();
  std::optional<CivilDate> d = CivilDate::Parse(*v);
  if (!d) {
    return Status::Damaged(std::string("数据库字段 ") + column + " 的值“" + *v +
                           "”不是 YYYY-MM-DD 日期");
  }
  return d;
}

std::string ToText(const SqlValue& v) { return v ? *v : std::string(); }

std::string IdList(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

}  // namespace gongkai::storage::sql
