// The fictional city of the demo data (青山市): its agencies, places, people
// and firms, and the dice that pick among them. Used by demo_seed.cc only.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>
#include <string>
#include <utility>

#include "domain/agency.h"
#include "law/reply_type.h"

namespace gongkai::app::demo {

// Deterministic, portable randomness: no std distributions (their results
// differ between standard libraries), one draw per call.
class Dice {
 public:
  explicit Dice(uint64_t seed) : rng_(seed) {}
  int Below(int n) { return static_cast<int>(rng_() % static_cast<uint64_t>(n)); }
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }  // inclusive
  bool Chance(double p) { return static_cast<double>(rng_() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  T Weighted(std::initializer_list<std::pair<T, int>> items) {
    int total = 0;
    for (const auto& i : items) total += i.second;
    int x = Below(total);
    for (const auto& i : items) {
      if (x < i.second) return i.first;
      x -= i.second;
    }
    return items.begin()->first;
  }

 private:
  std::mt19937_64 rng_;
};

struct AgencySpec {
  const char* name;
  const char* code;
  domain::AgencyKind kind;
  int weight;  // relative share of the applications
};

// Index 0 is 青山市人民政府 (the root); the others are its children:
// departments, then townships and streets.
std::span<const AgencySpec> CityAgencies();

// A subject (申请内容) for the agency at `index`, naming one of its places
// and `year`; `place` receives the place.
std::string DrawSubject(Dice& dice, int index, int year, std::string& place);

std::string DrawPersonName(Dice& dice);
std::string DrawCompany(Dice& dice);
std::string DrawLawFirm(Dice& dice);
std::string DrawApprover(Dice& dice);     // 工作机构负责人 who approves extensions
std::string DrawOtherAgency(Dice& dice);  // consulted under 条例第三十四条

// A reply (条例第三十六条 …) in realistic proportions: 予以公开 ~45%, 部分公开
// ~15%, 本机关不掌握 ~20%, the rest spread over the other rows.
law::ReplyType DrawReply(Dice& dice);

}  // namespace gongkai::app::demo
