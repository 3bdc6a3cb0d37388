#include "core/decimal.h"

#include <limits>

#include "core/utf8.h"

namespace gongkai {
namespace {

constexpr int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

std::optional<int64_t> Rescale(int64_t units, int from, int to) {
  if (to >= from) {
    const int64_t f = kPow10[to - from];
    if (units > std::numeric_limits<int64_t>::max() / f) return std::nullopt;
    return units * f;
  }
  const int64_t f = kPow10[from - to];
  if (units % f != 0) return std::nullopt;
  return units / f;
}

}  // namespace

Decimal::Decimal(int64_t units, int scale)
    : units_(units), scale_(scale < 0 ? 0 : (scale > kMaxScale ? kMaxScale : scale)) {}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  const std::u32string cps = utf8::Decode(text);
  size_t b = 0;
  size_t e = cps.size();
  while (b < e && utf8::IsSpace(cps[b])) ++b;
  while (e > b && utf8::IsSpace(cps[e - 1])) --e;
  if (b == e) return std::nullopt;
  int64_t units = 0;
  int scale = 0;
  bool seen_point = false;
  bool any_digit = false;
  bool last_sep = false;
  for (size_t i = b; i < e; ++i) {
    const char32_t cp = utf8::FoldWidth(cps[i]);
    if (utf8::IsAsciiDigit(cp)) {
      if (seen_point && ++scale > kMaxScale) return std::nullopt;
      const int d = static_cast<int>(cp - '0');
      if (units > (std::numeric_limits<int64_t>::max() - d) / 10) return std::nullopt;
      units = units * 10 + d;
      any_digit = true;
      last_sep = false;
    } else if ((cp == '.' || cp == U'．') && !seen_point && any_digit && !last_sep) {
      seen_point = true;
      last_sep = true;
    } else if (cp == ',' && !seen_point && any_digit && !last_sep) {
      last_sep = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit || last_sep) return std::nullopt;
  return Decimal(units, scale);
}

std::optional<int64_t> Decimal::UnitsAt(int scale) const {
  if (scale < 0 || scale > kMaxScale) return std::nullopt;
  return Rescale(units_, scale_, scale);
}

std::string Decimal::ToString() const {
  const std::string digits = std::to_string(units_);
  if (scale_ == 0) return digits;
  const size_t scale = static_cast<size_t>(scale_);
  // Left-pad so there is at least one digit before the point.
  const std::string padded =
      digits.size() > scale ? digits : std::string(scale + 1 - digits.size(), '0') + digits;
  const size_t int_len = padded.size() - scale;
  std::string out;
  out.reserve(padded.size() + 1);
  out.append(padded, 0, int_len);
  out.push_back('.');
  out.append(padded, int_len, scale);
  return out;
}

bool operator==(const Decimal& a, const Decimal& b) {
  const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  const auto x = Rescale(a.units_, a.scale_, s);
  const auto y = Rescale(b.units_, b.scale_, s);
  return x && y && *x == *y;
}

bool operator<(const Decimal& a, const Decimal& b) {
  const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  const auto x = Rescale(a.units_, a.scale_, s);
  const auto y = Rescale(b.units_, b.scale_, s);
  if (!x || !y) {
    // Overflow only happens for huge values: compare integer parts first,
    // then the fractions, which always fit at scale s.
    const int64_t ia = a.units_ / kPow10[a.scale_];
    const int64_t ib = b.units_ / kPow10[b.scale_];
    if (ia != ib) return ia < ib;
    const int64_t fa = (a.units_ % kPow10[a.scale_]) * kPow10[s - a.scale_];
    const int64_t fb = (b.units_ % kPow10[b.scale_]) * kPow10[s - b.scale_];
    return fa < fb;
  }
  return *x < *y;
}

}  // namespace gongkai
