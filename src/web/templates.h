// The page templates (templates/*.mustache, kainjow mustache): loaded and
// parsed once at start, so a broken template stops `gongkai serve` with
// its file name instead of failing a visitor's request. Values are HTML-
// escaped ({{x}}); triple braces ({{{x}}}) are allowed only for SafeHtml
// values, and a template that uses them on anything else renders nothing
// there.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/status.h"
#include "web/view.h"

namespace gongkai::web {

class Templates {
 public:
  // Every *.mustache file of `dir`, by name without the extension.
  static Result<Templates> Load(const std::string& dir);
  static Result<Templates> FromTexts(const std::map<std::string, std::string>& texts);

  Result<std::string> Render(const std::string& name, const View& view) const;
  // `name` rendered, then put into the "layout" template as {{{content}}}
  // with `page` (title, site settings …) as the layout's view.
  Result<std::string> RenderPage(const std::string& name, const View& view, View page) const;

 private:
  std::map<std::string, std::string> texts_;
  uint64_t serial_ = 0;  // names this set's parsed templates (templates.cc)
};

}  // namespace gongkai::web
