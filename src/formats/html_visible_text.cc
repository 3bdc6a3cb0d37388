// HtmlVisibleLines / HtmlVisibleText (declared in html_sanitizer.h).
#include <algorithm>
#include <initializer_list>

#include "core/utf8.h"
#include "formats/html_safe_values.h"
#include "formats/html_sanitizer.h"
#include "formats/html_tokenizer.h"

namespace gongkai::formats {
namespace {

// Elements that start and end a visible line (as allowed, renamed or not).
bool BreaksLine(std::string_view n) {
  static constexpr std::string_view kBlocks[] = {
      "p",       "div",     "h1",         "h2",      "h3",      "h4",       "h5",         "h6",
      "br",      "hr",      "blockquote", "ul",      "ol",      "li",       "table",      "thead",
      "tbody",   "tfoot",   "tr",         "caption", "pre",     "figure",   "figcaption", "center",
      "section", "article", "header",     "footer",  "main",    "nav",      "aside",      "address",
      "dl",      "dt",      "dd",         "details", "summary", "fieldset", "legend",     "form",
      "hgroup",  "listing", "plaintext",  "html",    "head",    "body"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), n) != std::end(kBlocks);
}

bool IsPre(std::string_view n) { return n == "pre" || n == "listing" || n == "plaintext"; }

// Marks a cell boundary in the line buffer: always a space, even between
// CJK characters. Source text never holds it (controls are stripped first).
constexpr char kCellGap = '\x01';

// Collapses white space to single spaces and trims; a run of white space
// that holds a line break between two CJK characters disappears.
std::string CollapseLine(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool in_space = false, saw_newline = false, saw_gap = false;
  char32_t previous = 0;
  size_t pos = 0;
  while (pos < raw.size()) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(raw, pos);
    if (cp == static_cast<char32_t>(kCellGap) || utf8::IsSpace(cp)) {
      in_space = true;
      saw_newline = saw_newline || cp == '\n';
      saw_gap = saw_gap || cp == static_cast<char32_t>(kCellGap);
      continue;
    }
    if (in_space && !out.empty()) {
      const bool joined = saw_newline && !saw_gap && utf8::IsCjk(previous) && utf8::IsCjk(cp);
      if (!joined) out.push_back(' ');
    }
    in_space = saw_newline = saw_gap = false;
    out.append(raw.data() + start, pos - start);
    previous = cp;
  }
  return out;
}

class TextCollector {
 public:
  std::vector<HtmlTextLine> Run(std::string_view html) {
    const std::string input = utf8::Sanitize(html);
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
          AddText(html_values::StripControls(t.text), t.line);
          break;
        case HtmlToken::Kind::kStartTag:
          if (detail::IsHiddenContentElement(t.name)) {
            if (!t.self_closing || t.name == "title" || t.name == "textarea") {
              hidden_ = t.name;
              hidden_depth_ = 1;
            }
          } else if (BreaksLine(t.name)) {
            Flush();
            if (IsPre(t.name) && !t.self_closing) ++pre_depth_;
          } else if (t.name == "td" || t.name == "th") {
            buffer_.push_back(kCellGap);
          }
          break;
        case HtmlToken::Kind::kEndTag:
          if (BreaksLine(t.name)) {
            Flush();
            if (IsPre(t.name) && pre_depth_ > 0) --pre_depth_;
          } else if (t.name == "td" || t.name == "th") {
            buffer_.push_back(kCellGap);
          }
          break;
      }
    }
    Flush();
    return std::move(lines_);
  }

 private:
  void AddText(std::string_view text, int line) {
    size_t start = 0;
    while (start <= text.size()) {
      const size_t nl = pre_depth_ > 0 ? text.find('\n', start) : std::string_view::npos;
      const std::string_view part =
          text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
      if (!started_ && !utf8::Trim(part).empty()) {
        started_ = true;
        const size_t first = part.find_first_not_of(" \t\n\f");
        line_ = line + static_cast<int>(std::count(part.begin(), part.begin() + first, '\n'));
      }
      buffer_.append(part);
      if (nl == std::string_view::npos) break;
      Flush();
      ++line;
      start = nl + 1;
    }
  }

  void Flush() {
    std::string text = CollapseLine(buffer_);
    if (!text.empty()) lines_.push_back(HtmlTextLine{line_, std::move(text)});
    buffer_.clear();
    started_ = false;
  }

  std::vector<HtmlTextLine> lines_;
  std::string buffer_;
  int line_ = 1;
  bool started_ = false;
  int pre_depth_ = 0;
  std::string hidden_;
  int hidden_depth_ = 0;
};

}  // namespace

std::vector<HtmlTextLine> HtmlVisibleLines(std::string_view html) {
  return TextCollector().Run(html);
}

std::string HtmlVisibleText(std::string_view html) {
  std::string out;
  for (const HtmlTextLine& l : HtmlVisibleLines(html)) {
    if (!out.empty()) out.push_back('\n');
    out += l.text;
  }
  return out;
}

}  // namespace gongkai::formats
