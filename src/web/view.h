// The data a template is rendered with: text (escaped by the template
// engine), flags, nested views and lists of views. Markup can enter a page
// only as SafeHtml, which only three things make: a publication body (HTML
// sanitised when it was saved, formats/html_sanitizer), a published annual
// report drawn by formats/html_writer (which escapes every text it writes)
// and an already rendered template.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace gongkai::web {

class SafeHtml {
 public:
  // A body that the publication service sanitised at save time.
  static SafeHtml FromSanitizedBody(std::string html) { return SafeHtml(std::move(html)); }
  // formats::WriteHtmlArticle's output: markup of the writer's own, every
  // text of the report escaped by it.
  static SafeHtml FromReportArticle(std::string html) { return SafeHtml(std::move(html)); }
  const std::string& html() const { return html_; }

 private:
  friend class Templates;
  explicit SafeHtml(std::string html) : html_(std::move(html)) {}
  std::string html_;
};

class View {
 public:
  View& Set(const std::string& key, std::string text);
  View& Set(const std::string& key, const char* text) { return Set(key, std::string(text)); }
  View& Set(const std::string& key, bool flag);
  View& Set(const std::string& key, View child);
  View& Set(const std::string& key, std::vector<View> list);
  View& Set(const std::string& key, SafeHtml html);

  using Value = std::variant<std::string, bool, View, std::vector<View>, SafeHtml>;
  const std::map<std::string, Value>& values() const { return values_; }

 private:
  std::map<std::string, Value> values_;
};

}  // namespace gongkai::web
