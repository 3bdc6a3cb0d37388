// kainjow mustache adapter: the only file that includes it.
#include "web/templates.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <utility>

#include <kainjow/mustache.hpp>

namespace gongkai::web {
namespace {

namespace mu = kainjow::mustache;

bool EndsWithHtml(const std::string& key) {
  return key.size() >= 5 && key.compare(key.size() - 5, 5, "_html") == 0;
}

// Unescaped output ({{{x}}} or {{&x}}) only for keys named *_html, which
// carry SafeHtml (a plain string under such a key is escaped in ToData).
Status CheckRawKeys(const std::string& name, const std::string& text) {
  static const std::regex raw(R"(\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), raw); it != std::sregex_iterator();
       ++it) {
    const std::string key = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    if (!EndsWithHtml(key)) {
      return Status::InvalidInput("模板 " + name + ".mustache 对“" + key +
                                  "”不转义输出；只有名称以 _html 结尾的安全HTML可以这样输出");
    }
  }
  return Status::Ok();
}

mu::data ToData(const View& view) {
  mu::data out{mu::data::type::object};
  for (const auto& [key, value] : view.values()) {
    if (const auto* text = std::get_if<std::string>(&value)) {
      if (text->empty()) {
        // Empty text is false in sections ({{#x}}…{{/x}} is skipped, as in
        // the mustache spec) and renders as nothing.
        out.set(key, mu::data(mu::data::type::bool_false));
        continue;
      }
      out.set(key, EndsWithHtml(key) ? mu::html_escape<std::string>(*text) : *text);
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      out.set(key, mu::data(*flag ? mu::data::type::bool_true : mu::data::type::bool_false));
    } else if (const auto* child = std::get_if<View>(&value)) {
      out.set(key, ToData(*child));
    } else if (const auto* list = std::get_if<std::vector<View>>(&value)) {
      mu::data items{mu::data::type::list};
      for (const View& item : *list) items.push_back(ToData(item));
      out.set(key, items);
    } else if (const auto* html = std::get_if<SafeHtml>(&value)) {
      out.set(key, html->html());
    }
  }
  return out;
}

std::atomic<uint64_t> next_serial{1};

// The parsed template `name` of the set `serial`, parsed once per thread:
// rendering a kainjow template is not const (it keeps its error state), so
// threads do not share one, and parsing on every request would cost more
// than rendering.
using ParsedTemplates = std::map<std::pair<uint64_t, std::string>, std::unique_ptr<mu::mustache>>;

ParsedTemplates& ThreadParsed() {
  thread_local ParsedTemplates parsed;
  return parsed;
}

mu::mustache& Parsed(uint64_t serial, const std::string& name, const std::string& text) {
  std::unique_ptr<mu::mustache>& slot = ThreadParsed()[{serial, name}];
  if (!slot) slot = std::make_unique<mu::mustache>(text);
  return *slot;
}

}  // namespace

Result<Templates> Templates::FromTexts(const std::map<std::string, std::string>& texts) {
  Templates t;
  for (const auto& [name, text] : texts) {
    mu::mustache parsed{text};
    if (!parsed.is_valid()) {
      return Status::InvalidInput("模板 " + name + ".mustache 有误：" + parsed.error_message());
    }
    Status raw = CheckRawKeys(name, text);
    if (!raw.ok()) return raw;
  }
  t.texts_ = texts;
  t.serial_ = next_serial++;
  return t;
}

Result<Templates> Templates::Load(const std::string& dir) {
  std::map<std::string, std::string> texts;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  if (ec) return Status::NotFound("模板目录 " + dir + " 无法读取：" + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IoError("模板目录 " + dir + " 无法读取：" + ec.message());
    const std::filesystem::path& p = it->path();
    if (p.extension() != ".mustache") continue;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return Status::IoError("模板 " + p.string() + " 无法读取");
    texts[p.stem().string()] = text.str();
  }
  if (texts.empty()) return Status::NotFound("模板目录 " + dir + " 中没有 .mustache 文件");
  return FromTexts(texts);
}

Result<std::string> Templates::Render(const std::string& name, const View& view) const {
  auto it = texts_.find(name);
  if (it == texts_.end()) return Status::NotFound("没有模板 " + name + ".mustache");
  mu::mustache& tmpl = Parsed(serial_, name, it->second);
  mu::data data = ToData(view);
  // Partials: {{> name}} is another template of the set.
  for (const auto& [other, text] : texts_) {
    if (view.values().count(other)) continue;  // the view's own value wins
    const std::string* loaded = &text;  // lives as long as this Templates
    data.set(other, mu::partial([loaded] { return *loaded; }));
  }
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    const std::string error = tmpl.error_message();
    ThreadParsed().erase({serial_, name});  // its error state would stay: parse it again next time
    return Status::Internal("模板 " + name + ".mustache 渲染失败：" + error);
  }
  return out;
}

Result<std::string> Templates::RenderPage(const std::string& name, const View& view,
                                          View page) const {
  Result<std::string> content = Render(name, view);
  if (!content.ok()) return content;
  page.Set("content_html", SafeHtml(std::move(*content)));
  return Render("layout", page);
}

}  // namespace gongkai::web
