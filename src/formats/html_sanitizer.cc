#include "formats/html_sanitizer.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "core/utf8.h"
#include "formats/html_safe_values.h"
#include "formats/html_tokenizer.h"

namespace gongkai::formats {
namespace {

namespace hv = html_values;
using Names = std::initializer_list<std::string_view>;

bool In(std::string_view name, Names names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The allowed elements; the views returned by Canonical point here.
constexpr std::string_view kAllowed[] = {
    "p",      "br",    "h1",         "h2",  "h3",   "h4",      "h5",        "h6",
    "strong", "b",     "em",         "i",   "u",    "s",       "sub",       "sup",
    "span",   "div",   "blockquote", "ul",  "ol",   "li",      "table",     "thead",
    "tbody",  "tfoot", "tr",         "th",  "td",   "caption", "colgroup",  "col",
    "a",      "img",   "hr",         "pre", "code", "figure",  "figcaption"};

// Legacy and structural elements written as an allowed one.
struct Renamed {
  std::string_view from;
  std::string_view to;
};
constexpr Renamed kRenamed[] = {
    {"center", "div"},   {"section", "div"}, {"article", "div"},  {"header", "div"},
    {"footer", "div"},   {"main", "div"},    {"nav", "div"},      {"aside", "div"},
    {"address", "div"},  {"dl", "div"},      {"dt", "div"},       {"dd", "div"},
    {"details", "div"},  {"summary", "div"}, {"fieldset", "div"}, {"legend", "div"},
    {"hgroup", "div"},   {"strike", "s"},    {"del", "s"},        {"ins", "u"},
    {"tt", "code"},      {"kbd", "code"},    {"samp", "code"},    {"listing", "pre"},
    {"plaintext", "pre"}};

// The allowed name `name` stands for (renamed if need be), or empty.
std::string_view Canonical(std::string_view name) {
  for (const Renamed& r : kRenamed) {
    if (r.from == name) name = r.to;
  }
  for (std::string_view a : kAllowed) {
    if (a == name) return a;
  }
  return {};
}

bool IsHeading(std::string_view n) { return In(n, {"h1", "h2", "h3", "h4", "h5", "h6"}); }

// Start tags that close an open p (HTML "close a p element").
bool ClosesParagraph(std::string_view n) {
  return IsHeading(n) || In(n, {"p", "div", "blockquote", "ul", "ol", "li", "table", "pre", "hr",
                                "figure", "figcaption"});
}

bool IsTablePart(std::string_view n) {
  return In(n, {"caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"});
}

// Scopes: where a search down the stack of open elements stops.
const Names kCellScope = {"td", "th", "caption", "table"};
const Names kListScope = {"ul", "ol", "td", "th", "caption", "table", "blockquote", "figure"};
const Names kTableScope = {"table"};

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
}

void AppendAttribute(std::string& out, std::string_view name, std::string_view value) {
  out.push_back(' ');
  out.append(name);
  out += "=\"";
  AppendEscaped(out, value);
  out.push_back('"');
}

std::string_view AttributeOr(const HtmlToken& t, std::string_view name) {
  const std::string* v = t.Attribute(name);
  return v == nullptr ? std::string_view() : std::string_view(*v);
}

// The allowed attributes of element `name` from start tag `t`, rendered;
// nullopt when the element must be dropped (an img without a safe src).
std::optional<std::string> RenderAttributes(std::string_view name, const HtmlToken& t) {
  std::string out;
  const auto text = [&](std::string_view attribute) {
    if (const std::string* v = t.Attribute(attribute)) {
      if (std::optional<std::string> s = hv::SafeText(*v)) AppendAttribute(out, attribute, *s);
    }
  };
  const auto number = [&](std::string_view attribute, int min, int max, bool percent) {
    if (const std::string* v = t.Attribute(attribute)) {
      if (auto n = hv::SafeNumber(*v, min, max, percent)) AppendAttribute(out, attribute, *n);
    }
  };
  if (name == "a") {
    std::optional<std::string> href;
    if (const std::string* v = t.Attribute("href")) href = hv::SafeUrl(*v, hv::UrlUse::kLink);
    if (href) AppendAttribute(out, "href", *href);
    text("title");
    if (href && hv::IsExternalUrl(*href)) AppendAttribute(out, "rel", "noopener noreferrer");
  } else if (name == "img") {
    std::optional<std::string> src;
    if (const std::string* v = t.Attribute("src")) src = hv::SafeUrl(*v, hv::UrlUse::kImage);
    if (!src) return std::nullopt;
    AppendAttribute(out, "src", *src);
    text("alt");
    number("width", 1, 10000, true);
    number("height", 1, 10000, true);
  } else if (name == "td" || name == "th") {
    number("colspan", 1, 1000, false);
    number("rowspan", 1, 1000, false);
    std::string scope = utf8::Trim(AttributeOr(t, "scope"));
    std::transform(scope.begin(), scope.end(), scope.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    if (In(scope, {"row", "col", "rowgroup", "colgroup"})) AppendAttribute(out, "scope", scope);
  } else if (name == "col" || name == "colgroup") {
    number("span", 1, 1000, false);
  } else if (name == "table") {
    text("summary");
  }
  if (name != "br") {
    std::string_view align;
    if (t.name == "center") {
      align = "center";
    } else if (IsHeading(name) || In(name, {"p", "div", "td", "th"})) {
      align = AttributeOr(t, "align");
    }
    const std::string style = hv::SafeStyle(AttributeOr(t, "style"), align);
    if (!style.empty()) AppendAttribute(out, "style", style);
  }
  return out;
}

class Sanitizer {
 public:
  std::string Run(std::string_view html) {
    const std::string input = utf8::Sanitize(html);
    out_.reserve(input.size() + input.size() / 8);
    HtmlTokenizer tokenizer(input);
    HtmlToken t;
    while (tokenizer.Next(t)) {
      if (hidden_depth_ > 0) {
        if (t.name == hidden_ && t.kind == HtmlToken::Kind::kStartTag && !t.self_closing) {
          ++hidden_depth_;
        } else if (t.name == hidden_ && t.kind == HtmlToken::Kind::kEndTag) {
          --hidden_depth_;
        }
        continue;
      }
      switch (t.kind) {
        case HtmlToken::Kind::kText:
          AppendEscaped(out_, hv::StripControls(t.text));
          break;
        case HtmlToken::Kind::kStartTag:
          Start(t);
          break;
        case HtmlToken::Kind::kEndTag:
          End(t.name);
          break;
      }
    }
    PopTo(0);
    return std::move(out_);
  }

 private:
  void Start(const HtmlToken& t) {
    if (detail::IsHiddenContentElement(t.name)) {
      // title and textarea hold text up to their end tag, even when written <title/>.
      if (!t.self_closing || t.name == "title" || t.name == "textarea") {
        hidden_ = t.name;
        hidden_depth_ = 1;
      }
      return;
    }
    const std::string_view name = Canonical(t.name);
    if (name.empty()) return;
    bool needs_row = false;
    if (IsTablePart(name)) {
      if (!Find("table", {}).has_value()) return;  // a table part outside any table
      if (In(name, {"caption", "colgroup", "thead", "tbody", "tfoot"})) {
        PopUntilTopIs({"table"});
      } else if (name == "col") {
        PopUntilTopIs({"table", "colgroup"});
      } else if (name == "tr") {
        PopUntilTopIs({"table", "thead", "tbody", "tfoot"});
      } else {  // td, th
        PopUntilTopIs({"tr", "table", "thead", "tbody", "tfoot"});
        needs_row = stack_.back() != "tr";
      }
    } else {
      if (ClosesParagraph(name)) {
        while (auto i = Find("p", kCellScope)) PopTo(*i);
      }
      if (name == "li") {
        while (auto i = Find("li", kListScope)) PopTo(*i);
      }
      if (IsHeading(name) && !stack_.empty() && IsHeading(stack_.back())) PopTo(stack_.size() - 1);
      if (name == "a") {
        while (auto i = Find("a", kCellScope)) PopTo(*i);
      }
    }
    const bool is_void = IsVoidHtmlElement(name);
    if (!is_void && stack_.size() + (needs_row ? 2 : 1) > kMaxSanitizedDepth) return;
    std::optional<std::string> attributes = RenderAttributes(name, t);
    if (!attributes) return;
    if (needs_row) Open("tr", "");
    if (is_void) {
      out_ += "<";
      out_.append(name).append(*attributes).append(">");
    } else {
      Open(name, *attributes);
    }
  }

  void End(std::string_view raw_name) {
    const std::string_view name = Canonical(raw_name);
    if (name.empty() || IsVoidHtmlElement(name)) return;  // </br>, </img> …: dropped
    const bool table = name == "table" || IsTablePart(name);
    if (auto i = Find(name, table ? kTableScope : kCellScope)) PopTo(*i);
  }

  void Open(std::string_view name, std::string_view attributes) {
    out_ += "<";
    out_.append(name).append(attributes).append(">");
    stack_.push_back(name);
  }

  // Closes the open elements from index `i` up.
  void PopTo(size_t i) {
    while (stack_.size() > i) {
      out_ += "</";
      out_.append(stack_.back()).append(">");
      stack_.pop_back();
    }
  }

  // Closes open elements until the top is one of `names` (one is open).
  void PopUntilTopIs(Names names) {
    while (!stack_.empty() && !In(stack_.back(), names)) PopTo(stack_.size() - 1);
  }

  // The index of the nearest open `name`, searching down from the top and
  // stopping at any of `boundaries` that is not `name` itself.
  std::optional<size_t> Find(std::string_view name, Names boundaries) const {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i] == name) return i;
      if (In(stack_[i], boundaries)) return std::nullopt;
    }
    return std::nullopt;
  }

  std::string out_;
  std::vector<std::string_view> stack_;  // open elements; views into kAllowed
  std::string hidden_;                   // the element whose content is being dropped
  int hidden_depth_ = 0;
};

}  // namespace

namespace detail {

bool IsHiddenContentElement(std::string_view name) {
  return In(name, {"svg", "math", "object", "applet", "select", "datalist", "textarea", "title",
                   "audio", "video", "canvas", "map", "xml", "frameset"});
}

}  // namespace detail

std::string SanitizeHtml(std::string_view html) { return Sanitizer().Run(html); }

}  // namespace gongkai::formats
