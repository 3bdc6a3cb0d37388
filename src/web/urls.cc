#include "web/urls.h"


namespace gongkai::web {

std::string ItemUrl(int64_t id, const std::optional<CivilDate>& published_on) {
  std::string month = "000000";
  if (published_on) {
    const int y = published_on->year, m = published_on->month;
    month = std::to_string(y);
    month = std::string(month.size() < 4 ? 4 - month.size() : 0, '0') + month +
            (m < 10 ? "0" : "") + std::to_string(m);
  }
  return "/xxgk/" + month + "/" + std::to_string(id) + ".html";
}

std::optional<ItemPath> ParseItemPath(std::string_view rest) {
  const size_t slash = rest.find('/');
  if (slash != 6) return std::nullopt;
  const std::string_view month = rest.substr(0, 6);
  std::string_view file = rest.substr(7);
  if (month.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (file.size() < 6 || file.substr(file.size() - 5) != ".html") return std::nullopt;
  file.remove_suffix(5);
  if (file.empty() || file.size() > 15 || file.front() == '0' ||
      file.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  ItemPath p;
  p.month = std::string(month);
  for (char c : file) p.id = p.id * 10 + (c - '0');
  return p;
}

}  // namespace gongkai::web
