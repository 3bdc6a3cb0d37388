// A non-negative fixed-point decimal as printed in a report (e.g. 2836.25
// 万元). Keeps the number of decimals written so a value renders back the way
// it was read; compares by value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

class Decimal {
 public:
  static constexpr int kMaxScale = 6;

  Decimal() = default;
  // units / 10^scale; scale in [0, kMaxScale].
  Decimal(int64_t units, int scale);

  // Parses "2836.25", "１２.５", "1,234.5"; surrounding white space allowed.
  // Rejects signs, exponents, more than kMaxScale decimals and overflow.
  static std::optional<Decimal> Parse(std::string_view text);

  int64_t units() const { return units_; }
  int scale() const { return scale_; }

  // The value scaled to `scale` decimals; nullopt when that loses digits or
  // overflows.
  std::optional<int64_t> UnitsAt(int scale) const;

  std::string ToString() const;  // as written: scale decimals, no separators

  friend bool operator==(const Decimal& a, const Decimal& b);
  friend bool operator<(const Decimal& a, const Decimal& b);

 private:
  int64_t units_ = 0;
  int scale_ = 0;
};

}  // namespace gongkai
