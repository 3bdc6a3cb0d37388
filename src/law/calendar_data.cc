#include "law/calendar_data.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "law/day_count.h"

namespace gongkai::law {
namespace {

using nlohmann::json;

std::string Quote(std::string_view s) { return "“" + std::string(s) + "”"; }

// Reads a list of date strings at `where`; errors say which entry is bad.
Status ReadDateList(const json& node, const std::string& where, std::vector<CivilDate>& out) {
  if (!node.is_array()) return Status::InvalidInput(where + "应为日期字符串的数组");
  for (size_t i = 0; i < node.size(); ++i) {
    const json& item = node[i];
    const std::string at = where + "第" + std::to_string(i + 1) + "项";
    if (!item.is_string()) return Status::InvalidInput(at + "不是日期字符串，请使用YYYY-MM-DD格式");
    const std::string text = item.get<std::string>();
    const std::optional<CivilDate> d = ParseIsoDate(text);
    if (!d) return Status::InvalidInput(at + Quote(text) + "不是有效日期，请使用YYYY-MM-DD格式");
    out.push_back(*d);
  }
  return Status::Ok();
}

Status CheckSortedUnique(std::vector<CivilDate>& dates, const std::string& what) {
  std::sort(dates.begin(), dates.end());
  for (size_t i = 1; i < dates.size(); ++i) {
    if (dates[i] == dates[i - 1]) {
      return Status::InvalidInput(what + "重复列出了" + dates[i].ToString());
    }
  }
  return Status::Ok();
}

Result<json> ParseJson(std::string_view text, std::string_view where) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return Status::InvalidInput(std::string(where) + "不是有效的JSON（第" +
                                std::to_string(e.byte) + "字节附近）");
  }
}

Status ReadRegionalDays(const json& node, const std::string& where, std::vector<RegionalDay>& out) {
  if (!node.is_array()) return Status::InvalidInput(where + "应为数组");
  for (size_t i = 0; i < node.size(); ++i) {
    const json& item = node[i];
    const std::string at = where + "第" + std::to_string(i + 1) + "项";
    if (!item.is_object() || !item.contains("date") || !item["date"].is_string()) {
      return Status::InvalidInput(at + "应为{\"date\": \"YYYY-MM-DD\", \"name\": \"节日名称\"}");
    }
    const std::string text = item["date"].get<std::string>();
    const std::optional<CivilDate> d = ParseIsoDate(text);
    if (!d) return Status::InvalidInput(at + Quote(text) + "不是有效日期，请使用YYYY-MM-DD格式");
    RegionalDay day{*d, ""};
    if (item.contains("name")) {
      if (!item["name"].is_string()) return Status::InvalidInput(at + "的name应为字符串");
      day.name = item["name"].get<std::string>();
    }
    out.push_back(std::move(day));
  }
  return Status::Ok();
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  int index = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) {
      ++index;
      continue;
    }
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    parts[index] = parts[index] * 10 + (text[i] - '0');
  }
  if (!CivilDate::IsValid(parts[0], parts[1], parts[2])) return std::nullopt;
  return CivilDate{parts[0], parts[1], parts[2]};
}

Status ValidateCalendarYear(CalendarYear& y) {
  const std::string at = std::to_string(y.year) + "年";
  if (y.year < 1949 || y.year > 9999) {
    return Status::InvalidInput("年份" + std::to_string(y.year) + "不在有效范围内");
  }
  for (const CivilDate& d : y.holidays) {
    if (d.year != y.year) {
      return Status::InvalidInput(at + "的节假日" + d.ToString() + "不在" + at +
                                  "内（跨年的放假日期应列入其所在年份）");
    }
  }
  for (const CivilDate& d : y.workdays) {
    if (d.year != y.year) {
      return Status::InvalidInput(at + "的调休上班日" + d.ToString() + "不在" + at + "内");
    }
    // 调休上班 only ever moves work onto a weekend day.
    if (d.Weekday() < 6) {
      return Status::InvalidInput(at + "的调休上班日" + d.ToString() + "是" +
                                  WeekdayLabel(d.Weekday()) + "，调休上班日应为星期六或星期日");
    }
  }
  if (Status s = CheckSortedUnique(y.holidays, at + "的节假日"); !s.ok()) return s;
  if (Status s = CheckSortedUnique(y.workdays, at + "的调休上班日"); !s.ok()) return s;
  for (const CivilDate& d : y.workdays) {
    if (std::binary_search(y.holidays.begin(), y.holidays.end(), d)) {
      return Status::InvalidInput(at + "的" + d.ToString() + "既列为节假日又列为调休上班日");
    }
  }
  return Status::Ok();
}

Result<std::vector<CalendarYear>> ParseCalendarYears(std::string_view text, std::string_view where) {
  Result<json> parsed = ParseJson(text, where);
  if (!parsed.ok()) return parsed.status();
  const json& root = *parsed;
  const std::string w(where);
  if (!root.is_object() || !root.contains("years") || !root["years"].is_object()) {
    return Status::InvalidInput(w + "缺少“years”对象（格式见data/cn-workdays.json）");
  }
  std::vector<CalendarYear> years;
  for (const auto& [key, node] : root["years"].items()) {
    const bool digits = key.size() == 4 && std::all_of(key.begin(), key.end(), [](char c) {
                          return c >= '0' && c <= '9';
                        });
    if (!digits) return Status::InvalidInput(w + "的years中" + Quote(key) + "不是四位年份");
    CalendarYear y;
    y.year = std::stoi(key);
    const std::string at = w + "的" + key + "年";
    if (!node.is_object()) return Status::InvalidInput(at + "应为对象");
    if (!node.contains("holidays") || !node.contains("workdays")) {
      return Status::InvalidInput(at + "缺少“holidays”或“workdays”列表（没有调休时写空数组[]）");
    }
    if (Status s = ReadDateList(node["holidays"], at + "的holidays", y.holidays); !s.ok()) return s;
    if (Status s = ReadDateList(node["workdays"], at + "的workdays", y.workdays); !s.ok()) return s;
    for (const char* field : {"notice", "note"}) {
      if (!node.contains(field)) continue;
      if (!node[field].is_string()) {
        return Status::InvalidInput(at + "的" + field + "应为字符串");
      }
      (std::string_view(field) == "notice" ? y.notice : y.note) = node[field].get<std::string>();
    }
    if (Status s = ValidateCalendarYear(y); !s.ok()) return s.WithContext(w);
    years.push_back(std::move(y));
  }
  if (years.empty()) return Status::InvalidInput(w + "的years中没有任何年份");
  return years;
}

Result<RegionalOverlay> ParseRegionalOverlay(std::string_view text, std::string_view where) {
  Result<json> parsed = ParseJson(text, where);
  if (!parsed.ok()) return parsed.status();
  const json& root = *parsed;
  const std::string w(where);
  if (!root.is_object()) return Status::InvalidInput(w + "应为JSON对象");
  RegionalOverlay o;
  for (const char* field : {"name", "label", "source"}) {
    if (!root.contains(field)) continue;
    if (!root[field].is_string()) return Status::InvalidInput(w + "的" + field + "应为字符串");
  }
  if (root.contains("name")) o.name = root["name"].get<std::string>();
  if (root.contains("label")) o.label = root["label"].get<std::string>();
  if (root.contains("source")) o.source = root["source"].get<std::string>();
  if (o.source.empty()) {
    return Status::InvalidInput(w + "缺少“source”：地方节假日须注明所依据的通知（文号和日期）");
  }
  if (!root.contains("holidays")) return Status::InvalidInput(w + "缺少“holidays”列表");
  if (Status s = ReadRegionalDays(root["holidays"], w + "的holidays", o.holidays); !s.ok()) return s;
  if (root.contains("workdays")) {
    if (Status s = ReadRegionalDays(root["workdays"], w + "的workdays", o.workdays); !s.ok()) {
      return s;
    }
  }
  std::set<CivilDate> seen;
  for (const auto* list : {&o.holidays, &o.workdays}) {
    for (const RegionalDay& d : *list) {
      if (!seen.insert(d.date).second) {
        return Status::InvalidInput(w + "重复列出了" + d.date.ToString());
      }
    }
  }
  for (const RegionalDay& d : o.workdays) {
    if (d.date.Weekday() < 6) {
      return Status::InvalidInput(w + "的调休上班日" + d.date.ToString() + "是" +
                                  WeekdayLabel(d.date.Weekday()) + "，调休上班日应为星期六或星期日");
    }
  }
  return o;
}

std::string CalendarYearToJson(const CalendarYear& y) {
  json year = json::object();
  if (!y.notice.empty()) year["notice"] = y.notice;
  json holidays = json::array();
  for (const CivilDate& d : y.holidays) holidays.push_back(d.ToString());
  json workdays = json::array();
  for (const CivilDate& d : y.workdays) workdays.push_back(d.ToString());
  year["holidays"] = std::move(holidays);
  year["workdays"] = std::move(workdays);
  if (!y.note.empty()) year["note"] = y.note;
  json root = json::object();
  root["years"][std::to_string(y.year)] = std::move(year);
  return root.dump(1) + "\n";
}

}  // namespace gongkai::law
