// Masking a mailbox message for publication.
#include "service/message_masking.h"

#include <algorithm>

#include "core/utf8.h"
#include "domain/personal_info.h"

namespace gongkai::service {
namespace {

int LineAt(std::string_view text, size_t pos) {
  return 1 + static_cast<int>(
                 std::count(text.begin(), text.begin() + std::min(pos, text.size()), '\n'));
}

std::string Place(const std::string& where, bool with_line, int line) {
  return with_line ? where + "第" + std::to_string(line) + "行" : where;
}

std::string DigitsOf(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

// A phone written as the writer gave it: 11 digits like a mobile number
// (138****5678), anything else all but its last two digits.
std::string MaskPhone(std::string_view phone) {
  if (DigitsOf(phone).size() >= 11) return domain::MaskMobile(phone);
  return domain::MaskBankCard(phone, domain::MaskStyle{0, 2});
}

// Replaces every literal occurrence of `value` in `text` by `mask`.
void MaskLiteral(std::string& text, const std::string& value, const std::string& mask,
                 const char* kind, const std::string& where, bool with_line,
                 std::vector<MaskedItem>& items) {
  if (value.empty() || mask == value) return;
  for (size_t at = text.find(value); at != std::string::npos;
       at = text.find(value, at + mask.size())) {
    items.push_back({Place(where, with_line, LineAt(text, at)), kind, mask});
    text.replace(at, value.size(), mask);
  }
}

}  // namespace

std::string ApplyScreenMasks(std::string_view text, std::vector<ScreenHit> hits) {
  std::sort(hits.begin(), hits.end(),
            [](const ScreenHit& a, const ScreenHit& b) { return a.begin < b.begin; });
  std::string out;
  out.reserve(text.size());
  size_t done = 0;
  for (const ScreenHit& h : hits) {
    if (h.begin < done || h.end <= h.begin || h.end > text.size()) continue;
    out.append(text.substr(done, h.begin - done));
    out += h.masked;
    done = h.end;
  }
  out.append(text.substr(done));
  return out;
}

std::string MaskPersonName(std::string_view name) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < name.size()) {
    const size_t start = pos;
    utf8::Next(name, pos);
    if (pos <= start) pos = start + 1;  // never stall on a bad byte
    if (first) {
      out.append(name.substr(start, pos - start));
      first = false;
    } else {
      out += '*';
    }
  }
  return out;
}

MaskedText MaskForPublication(std::string_view text, const std::string& where, bool with_line,
                              const TextScreen& screen, const domain::MessageContact& contact) {
  MaskedText out;
  std::vector<ScreenHit> hits = screen.Scan(text);
  for (const ScreenHit& h : hits) {
    MaskedItem item{Place(where, with_line, h.line), ScreenHitKindName(h.kind), h.masked};
    if (h.kind == ScreenHitKind::kSensitiveWord) {
      out.sensitive_words.push_back(std::move(item));
    } else {
      out.masked.push_back(std::move(item));
    }
  }
  out.text = ApplyScreenMasks(text, std::move(hits));
  // The screen knows names only by their labels; the writer's own are known.
  const std::string name = utf8::Trim(contact.name);
  if (utf8::Length(name) >= 2) {
    MaskLiteral(out.text, name, MaskPersonName(name), "写信人姓名", where, with_line, out.masked);
  }
  const std::string phone = utf8::Trim(contact.phone);
  if (DigitsOf(phone).size() >= 5) {
    MaskLiteral(out.text, phone, MaskPhone(phone), "写信人电话", where, with_line, out.masked);
  }
  const std::string email = utf8::Trim(contact.email);
  if (!email.empty()) {
    MaskLiteral(out.text, email, domain::MaskEmail(email), "写信人邮箱", where, with_line,
                out.masked);
  }
  return out;
}

}  // namespace gongkai::service
