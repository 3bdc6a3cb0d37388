// Private to report_json*.cc: the reader's checks of single values (cells,
// strings, dates, small integers) and its message helpers.
#include <charconv>
#include <climits>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "formats/report_json_internal.h"

namespace gongkai::formats::report_json_detail {

using J = nlohmann::json;
using report::AmountCell;
using report::CountCell;
using report::Paragraph;

constexpr size_t kMaxShown = 40;  // code points of a value quoted in a message

// The value as it appears in the JSON, shortened for a message.
std::string Describe(const J& v) {
  std::string s = v.dump(-1, ' ', false, J::error_handler_t::replace);
  if (utf8::Length(s) <= kMaxShown) return s;
  std::u32string cps = utf8::Decode(s);
  cps.resize(kMaxShown);
  return utf8::Encode(cps) + "…";
}

std::string Quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

Status Err(const std::string& path, const std::string& what) {
  return Status::InvalidInput((path.empty() ? std::string("根对象") : path) + "：" + what);
}

Status Expected(const std::string& path, const std::string& expected, const J& actual) {
  return Err(path, "应为" + expected + "，实际为 " + Describe(actual));
}

std::string Join(const std::vector<std::string_view>& items) {
  std::string out;
  for (std::string_view s : items) {
    if (!out.empty()) out += "、";
    out += s;
  }
  return out;
}

// `obj` must be an object whose keys are all in `allowed`.
Status CheckObject(const J& obj, const std::string& path,
                   const std::vector<std::string_view>& allowed) {
  if (!obj.is_object()) return Expected(path, "对象", obj);
  for (const auto& item : obj.items()) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == item.key();
    if (!known) {
      return Err(path, "未知的键 " + Quote(utf8::Sanitize(item.key())) + "（可用的键：" +
                           Join(allowed) + "）");
    }
  }
  return Status::Ok();
}

const J* Find(const J& obj, std::string_view key) {
  const auto it = obj.find(std::string(key));
  return it == obj.end() ? nullptr : &*it;
}

Status Require(const J& obj, const std::string& path, std::string_view key, const J*& out) {
  out = Find(obj, key);
  if (out == nullptr) return Err(path, "缺少 " + Quote(key));
  return Status::Ok();
}

Status ReadString(const J& v, const std::string& path, std::string& out) {
  if (!v.is_string()) return Expected(path, "字符串", v);
  out = v.get_ref<const std::string&>();
  return Status::Ok();
}

// The text of a number as the JSON has it ("-3", "3.5", "1e+30"), for a
// cell read with CellText::kRead.
std::string NumberText(const J& v) { return v.dump(); }

// A non-negative integer cell (or null); see CellText for what else.
Status ReadCount(const J& v, const std::string& path, CountCell& out, CellText text) {
  out = CountCell{};
  if (v.is_null()) return Status::Ok();
  if (v.is_number_unsigned() || (v.is_number_integer() && v.get<int64_t>() >= 0)) {
    const uint64_t n =
        v.is_number_unsigned() ? v.get<uint64_t>() : static_cast<uint64_t>(v.get<int64_t>());
    if (n <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      out = CountCell::Of(static_cast<int64_t>(n));
      return Status::Ok();
    }
    if (text != CellText::kRead) {
      return Err(path, "数值 " + Describe(v) + " 超出范围（最大 9223372036854775807）");
    }
  }
  if (text == CellText::kRead && (v.is_string() || v.is_number())) {
    out.raw = v.is_string() ? v.get_ref<const std::string&>() : NumberText(v);
    out.value = v.is_string() ? ParseCount(out.raw) : std::nullopt;
    return Status::Ok();
  }
  if (text == CellText::kKept && v.is_string()) {
    out.raw = v.get_ref<const std::string&>();
    return Status::Ok();
  }
  const std::string expected = text != CellText::kRefused ? "非负整数、字符串或null" : "非负整数或null";
  const auto wrong = [&](const char* why) {
    return Err(path, "应为" + expected + "，实际为 " + Describe(v) + why);
  };
  if (v.is_number_integer()) return wrong("（件数不能为负数）");
  if (v.is_number_float()) {
    const double d = v.get<double>();
    if (d > 9.2e18 || d < -9.2e18) {
      return Err(path, "数值 " + Describe(v) + " 超出范围（最大 9223372036854775807）");
    }
    return wrong(d < 0 ? "（件数不能为负数）" : "（件数应为整数）");
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    if (!s.empty() && s.find_first_not_of("0123456789") == std::string::npos) {
      return wrong("（数字不要加引号）");
    }
  }
  return Expected(path, expected, v);
}

// The 万元 amount: a string of the decimal as written, or a JSON number.
Status ReadAmount(const J& v, const std::string& path, AmountCell& out, bool cell_text) {
  out = AmountCell{};
  if (v.is_null()) return Status::Ok();
  if (cell_text && (v.is_string() || v.is_number())) {
    AmountCell strict;
    if (ReadAmount(v, path, strict, /*cell_text=*/false).ok()) {
      out = std::move(strict);
      return Status::Ok();
    }
    // Text that is not an amount as the schema writes it ("—", "1,234.5",
    // "-3"): the raw text, and the amount the other readers would see in it.
    out.raw = v.is_string() ? v.get_ref<const std::string&>() : NumberText(v);
    out.value = Decimal::Parse(out.raw);
    return Status::Ok();
  }
  const std::string expected = "万元金额的字符串（如 \"2836.25\"，最多 6 位小数）或null";
  std::string text;
  if (v.is_string()) {
    text = v.get_ref<const std::string&>();
  } else if (v.is_number_unsigned()) {
    text = std::to_string(v.get<uint64_t>());
  } else if (v.is_number_integer() && v.get<int64_t>() >= 0) {
    text = std::to_string(v.get<int64_t>());
  } else if (v.is_number_integer() || (v.is_number_float() && v.get<double>() < 0)) {
    return Err(path, "应为" + expected + "，实际为 " + Describe(v) + "（金额不能为负数）");
  } else if (v.is_number_float()) {
    // The shortest text that reads back as the same double: "96171.6" for
    // 96171.6, i.e. the number as the author wrote it.
    char buf[400];
    const auto r = std::to_chars(buf, buf + sizeof buf, v.get<double>(), std::chars_format::fixed);
    if (r.ec != std::errc()) return Err(path, "金额 " + Describe(v) + " 超出范围");
    text.assign(buf, r.ptr);
  } else {
    return Expected(path, expected, v);
  }
  const std::optional<Decimal> d = Decimal::Parse(text);
  if (!d || (v.is_string() && d->ToString() != text)) return Expected(path, expected, v);
  out = AmountCell::Of(*d);
  return Status::Ok();
}

Status ReadDate(const J& v, const std::string& path, std::optional<CivilDate>& out) {
  out.reset();
  if (v.is_null()) return Status::Ok();
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    const std::optional<CivilDate> d = CivilDate::Parse(s);
    if (d && d->ToString() == s) {
      out = d;
      return Status::Ok();
    }
  }
  return Expected(path, "日期 \"YYYY-MM-DD\" 或 null", v);
}

// A small integer within [lo, hi].
Status ReadInt(const J& v, const std::string& path, int lo, int hi, int& out) {
  if (v.is_number_integer() && v.get<int64_t>() >= lo && v.get<int64_t>() <= hi &&
      !(v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(hi))) {
    out = static_cast<int>(v.get<int64_t>());
    return Status::Ok();
  }
  return Expected(path, " " + std::to_string(lo) + " 至 " + std::to_string(hi) + " 的整数", v);
}

Status ReadTexts(const J& v, const std::string& path, std::vector<Paragraph>& out) {
  if (!v.is_array()) return Expected(path, "字符串数组", v);
  out.clear();
  for (size_t i = 0; i < v.size(); ++i) {
    Paragraph p;
    RJ_RETURN_IF_ERROR(ReadString(v[i], Indexed(path, i), p.text));
    out.push_back(std::move(p));
  }
  return Status::Ok();
}

}  // namespace gongkai::formats::report_json_detail
