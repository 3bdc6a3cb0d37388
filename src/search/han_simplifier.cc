#include "search/han_simplifier.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>

#include <exception>
#include <filesystem>
#include <iterator>
#include <set>
#include <string_view>
#include <system_error>

#include "core/utf8.h"
#include "search/normalized_text.h"

namespace gongkai::search {
namespace {

// UTF-8 of one code point.
std::string Utf8(char32_t cp) {
  std::string s;
  utf8::Append(s, cp);
  return s;
}

// What the converter makes of each item alone. The items are converted in one
// call, joined by newlines (no dictionary key holds a newline, so nothing is
// matched across two items); if the result does not split back into as many
// items, one call per item.
std::vector<std::string> ConvertEach(const opencc::Converter& converter,
                                     const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) joined.append(item).push_back('\n');
  const std::string converted = converter.Convert(joined);
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < converted.size(); ++i) {
    if (converted[i] != '\n') continue;
    out.emplace_back(converted, start, i - start);
    start = i + 1;
  }
  if (out.size() == items.size() && start == converted.size()) return out;
  out.clear();
  for (const std::string& item : items) out.push_back(converter.Convert(item));
  return out;
}

// The character table of a loaded configuration (see the header for the
// rules). Only code points that occur in some dictionary key can change.
std::map<char32_t, char32_t> BuildMap(const opencc::Converter& converter) {
  std::vector<bool> seen(kHanLimit, false);
  std::vector<std::string> singles;
  std::vector<std::string> phrases;
  std::map<char32_t, std::u32string> alternatives;  // the values a 1-character key lists
  for (const opencc::ConversionPtr& conversion : converter.GetConversionChain()->GetConversions()) {
    const opencc::LexiconPtr lexicon = conversion->GetDict()->GetLexicon();
    for (const auto& entry : *lexicon) {
      const std::string key = entry->Key();
      const std::u32string chars = utf8::Decode(key);
      if (chars.size() == 1) {
        for (const std::string& value : entry->Values()) {
          const std::u32string v = utf8::Decode(value);
          if (v.size() == 1) alternatives[chars[0]].push_back(v[0]);
        }
      }
      for (char32_t cp : chars) {
        if (!IsHan(cp) || seen[cp]) continue;
        seen[cp] = true;
        singles.push_back(Utf8(cp));
      }
      if (chars.size() > 1) phrases.push_back(key);
    }
  }

  std::map<char32_t, char32_t> map;
  const std::vector<std::string> alone = ConvertEach(converter, singles);
  for (size_t i = 0; i < singles.size(); ++i) {
    const std::u32string from = utf8::Decode(singles[i]);
    const std::u32string to = utf8::Decode(alone[i]);
    if (to.size() == 1 && IsHan(to[0]) && to[0] != from[0]) map[from[0]] = to[0];
  }
  // Characters kept alone but changed inside phrases to a simplified form
  // their own entry lists (覆: 覆 复), when all such phrases agree.
  std::map<char32_t, char32_t> in_phrases;
  std::set<char32_t> ambiguous;
  const std::vector<std::string> converted = ConvertEach(converter, phrases);
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::u32string from = utf8::Decode(phrases[i]);
    const std::u32string to = utf8::Decode(converted[i]);
    if (from.size() != to.size()) continue;
    for (size_t k = 0; k < from.size(); ++k) {
      if (from[k] == to[k] || !IsHan(from[k]) || !IsHan(to[k]) || map.count(from[k])) continue;
      const auto listed = alternatives.find(from[k]);
      if (listed == alternatives.end() || listed->second.find(to[k]) == std::u32string::npos) continue;
      const auto [it, inserted] = in_phrases.emplace(from[k], to[k]);
      if (!inserted && it->second != to[k]) ambiguous.insert(from[k]);
    }
  }
  for (const auto& [from, to] : in_phrases) {
    if (!ambiguous.count(from)) map.emplace(from, to);
  }
  // A target must survive NFKC, which runs first on the next tokenisation.
  for (auto it = map.begin(); it != map.end();) {
    const std::string target = Utf8(it->second);
    it = NormalizeNfkc(target).text == target ? std::next(it) : map.erase(it);
  }
  // Follow chains to their end (A → B → C gives A → C), then drop whatever is
  // still not idempotent (cycles), so that Map(Map(c)) == Map(c).
  for (auto& [from, to] : map) {
    for (int step = 0; step < 8; ++step) {
      const auto next = map.find(to);
      if (next == map.end() || next->second == to) break;
      to = next->second;
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = map.begin(); it != map.end();) {
      if (it->first == it->second || map.count(it->second)) {
        it = map.erase(it);
        changed = true;
      } else {
        ++it;
      }
    }
  }
  return map;
}

}  // namespace

HanSimplifier::HanSimplifier(const std::map<char32_t, char32_t>& map)
    : page_index_((kHanLimit >> 8) + 1, 0), size_(map.size()) {
  for (const auto& [from, to] : map) {
    uint16_t& page = page_index_[from >> 8];
    if (page == 0) {
      std::array<char32_t, 256> identity;
      for (char32_t i = 0; i < 256; ++i) identity[i] = (from & ~char32_t{0xFF}) | i;
      pages_.push_back(identity);
      page = static_cast<uint16_t>(pages_.size());
    }
    pages_[page - 1][from & 0xFF] = to;
  }
}

Result<HanSimplifier> HanSimplifier::Load(const std::string& opencc_config) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(opencc_config, ec)) {
    return Status::NotFound("找不到繁简转换配置文件 " + opencc_config);
  }
  const std::string context = "无法加载繁简转换配置 " + opencc_config + "：";
  try {
    opencc::Config config;
    const opencc::ConverterPtr converter = config.NewFromFile(opencc_config);
    if (converter == nullptr) return Status::InvalidInput(context + "OpenCC 未返回转换器");
    return HanSimplifier(BuildMap(*converter));
  } catch (const opencc::FileNotFound& e) {
    return Status::NotFound(context + "所需文件不存在（" + e.what() + "）");
  } catch (const opencc::Exception& e) {
    return Status::InvalidInput(context + e.what());
  } catch (const std::exception& e) {
    return Status::InvalidInput(context + e.what());
  } catch (...) {
    return Status::InvalidInput(context + "未知错误");
  }
}

}  // namespace gongkai::search
