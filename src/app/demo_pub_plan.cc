// Pass one of the demo publication plan: the skeleton.
#include "app/demo_pub_plan.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace gongkai::app::demo {
namespace {

using domain::PublicationKind;

// `per3000` at the default 3 000 a year, in proportion otherwise, at least `minimum`.
int Scaled(int count, int per3000, int minimum) {
  return std::max(minimum, (count * per3000 + 1500) / 3000);
}

// Who issues 规范性文件: the city government three times as often as a department.
constexpr int kNormativeWeights[11] = {3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

struct Variant {
  PlantedKind kind;
  bool in_attachment;
  bool full_width;
  bool statutory;
};
// The planted numbers, in turn: every outcome appears in the first four.
constexpr Variant kVariants[] = {
    {PlantedKind::kResidentId, false, false, false}, {PlantedKind::kMobile, true, true, false},
    {PlantedKind::kBankCard, false, false, true},    {PlantedKind::kResidentId, true, false, false},
    {PlantedKind::kMobile, false, false, true},      {PlantedKind::kBankCard, true, false, false},
    {PlantedKind::kResidentId, false, true, false},  {PlantedKind::kMobile, false, false, false},
    {PlantedKind::kResidentId, true, true, false},   {PlantedKind::kBankCard, false, true, false},
};

template <typename T>
void Shuffle(Dice& dice, std::vector<T>& v) {
  for (size_t i = v.size(); i > 1; --i)
    std::swap(v[i - 1], v[static_cast<size_t>(dice.Below(static_cast<int>(i)))]);
}

class Skeleton {
 public:
  Skeleton(Dice& dice, const std::vector<CivilDate>& workdays, int year)
      : dice_(dice), days_(workdays), year_(year) {
    for (size_t i = 0; i < days_.size(); ++i) {
      const int y = days_[i].year - (year - 1);
      if (y == 0 || y == 1)
        by_month_[static_cast<size_t>(y)][static_cast<size_t>(days_[i].month)].push_back(
            static_cast<int>(i));
    }
  }

  DemoPlan Run(int count);

 private:
  // A 工作日 of `year` in months from … to (index into days_).
  int Day(int year, int from, int to) {
    std::vector<int> all;
    const auto& months = by_month_[year == year_ ? 1 : 0];
    for (int m = from; m <= to; ++m)
      all.insert(all.end(), months[static_cast<size_t>(m)].begin(),
                 months[static_cast<size_t>(m)].end());
    if (all.empty()) return 0;
    return all[static_cast<size_t>(dice_.Below(static_cast<int>(all.size())))];
  }
  int LastDay(int year) {
    const auto& dec = by_month_[year == year_ ? 1 : 0][12];
    return dec.empty() ? static_cast<int>(days_.size()) - 1 : dec.back();
  }
  CivilDate At(int index) const {
    return days_[static_cast<size_t>(std::clamp(index, 0, static_cast<int>(days_.size()) - 1))];
  }
  // Dates the draft (成文 `back` 工作日 before publication) and keeps it.
  int Add(Draft d, int day, int back) {
    d.p.published_on = At(day);
    d.p.input.formed_on = At(day - back);
    d.p.created_on = At(std::max(day - back, day - dice_.Between(0, 1)));
    d.p.minute = dice_.Between(0, 90);
    d.year = d.p.published_on.year;
    drafts_.push_back(std::move(d));
    day_of_.push_back(day);
    return static_cast<int>(drafts_.size()) - 1;
  }
  void Policies(int year, int normative, int regulations);
  void Abolitions(int count);
  void Interpretations();
  void Meetings(int year, int n);
  void General(int year, int n, bool pending);
  void LaterSteps(int count);
  void Plant(int count);
  // Up to `n` unused general items of Y published by November, preferring `genre`.
  std::vector<int> Hosts(int n, std::optional<Genre> genre, bool lists_people);

  Dice& dice_;
  const std::vector<CivilDate>& days_;
  int year_;
  std::array<std::array<std::vector<int>, 13>, 2> by_month_;
  std::vector<Draft> drafts_;
  std::vector<int> day_of_;
  std::vector<LaterStep> later_;
  std::vector<bool> used_;
  std::array<int, 11> subjects_used_{};
  int regulations_used_ = 0;
};

void Skeleton::Policies(int year, int normative, int regulations) {
  for (int k = 0; k < normative; ++k) {
    int x = dice_.Below(13), agency = 0;
    while (x >= kNormativeWeights[agency]) x -= kNormativeWeights[agency++];
    const std::span<const char* const> subjects =
        PubProfiles()[static_cast<size_t>(agency)].normative_subjects;
    const int used = subjects_used_[static_cast<size_t>(agency)]++;
    Draft d;
    d.p.agency = agency;
    d.p.kind = PublicationKind::kNormative;
    d.subject = subjects[static_cast<size_t>(used) % subjects.size()];
    // A subject regulated again (the list is short) gets another form of document.
    static constexpr const char* kAgain[] = {"补充规定", "实施办法", "若干规定", "操作规程"};
    const int round = used / static_cast<int>(subjects.size());
    d.form = round > 0
                 ? kAgain[(round - 1) % 4]
                 : dice_.Weighted<const char*>({{"办法", 50}, {"实施细则", 25}, {"规定", 25}});
    Add(std::move(d), Day(year, 1, 12), dice_.Between(2, 8));
  }
  for (int k = 0; k < regulations; ++k) {
    const std::span<const char* const> subjects = RegulationSubjects();
    Draft d;
    d.p.agency = 0;
    d.p.kind = PublicationKind::kRegulation;
    d.subject = subjects[static_cast<size_t>(regulations_used_++) % subjects.size()];
    Add(std::move(d), Day(year, 2, 12), dice_.Between(3, 10));
  }
}

void Skeleton::Abolitions(int count) {
  std::vector<int> old, fresh;
  for (size_t i = 0; i < drafts_.size(); ++i) {
    if (drafts_[i].p.kind != PublicationKind::kNormative) continue;
    if (drafts_[i].year == year_ - 1) old.push_back(static_cast<int>(i));
    if (drafts_[i].year == year_ && drafts_[i].p.published_on.month >= 2)
      fresh.push_back(static_cast<int>(i));
  }
  Shuffle(dice_, old);
  Shuffle(dice_, fresh);
  const int total = std::min(Scaled(count, 10, 3), static_cast<int>(old.size()));
  const int replaced = std::min(std::max(1, total / 2), static_cast<int>(fresh.size()));
  const int cleaned = std::max(1, (total - replaced) / 2);
  size_t next = 0;
  for (int k = 0; k < replaced && next < old.size(); ++k, ++next) {
    Draft& o = drafts_[static_cast<size_t>(old[next])];
    Draft& n = drafts_[static_cast<size_t>(fresh[static_cast<size_t>(k)])];
    n.p.agency = o.p.agency;
    n.subject = o.subject;
    n.form = o.form;
    n.replaces = old[next];
    later_.push_back(
        {n.p.published_on, StepKind::kAbolish, old[next], fresh[static_cast<size_t>(k)], ""});
  }
  for (int k = 0; k < cleaned && next < old.size() && static_cast<int>(next) < total; ++k, ++next) {
    later_.push_back({At(Day(year_, 5, 11)), StepKind::kAbolish, old[next], -1, ""});
  }
  for (; static_cast<int>(next) < total && next < old.size(); ++next) {
    Draft& o = drafts_[static_cast<size_t>(old[next])];
    o.temporary = true;  // 暂行, valid for one year
    const CivilDate f = *o.p.input.formed_on;
    const CivilDate end{f.year + 1, f.month, std::min(f.day, 28)};
    later_.push_back({end, StepKind::kExpire, old[next], -1, ""});
  }
}

void Skeleton::Interpretations() {
  const size_t policies = drafts_.size();
  for (size_t i = 0; i < policies; ++i) {
    const Draft& policy = drafts_[i];
    if (!domain::HasValidity(policy.p.kind)) continue;
    const int r = dice_.Below(100);
    if (r >= 90) continue;  // none: the dashboard's 未关联解读 has something to show
    if (r >= 85) {
      // Interpreted by an interpretation published before (of a related
      // policy), linked afterwards; a new one when there is none.
      bool linked = false;
      for (size_t j = policies; j < drafts_.size() && !linked; ++j) {
        const Draft& e = drafts_[j];
        if (e.p.agency == policy.p.agency && e.year == policy.year && day_of_[j] <= day_of_[i]) {
          later_.push_back({policy.p.published_on, StepKind::kLink, static_cast<int>(i),
                            static_cast<int>(j), ""});
          linked = true;
        }
      }
      if (linked) continue;
    }
    Draft d;
    d.p.agency = policy.p.agency;
    d.p.kind = PublicationKind::kInterpretation;
    d.p.interprets = static_cast<int>(i);
    const int day = std::min(day_of_[i] + dice_.Between(0, 3), LastDay(policy.year));
    Add(std::move(d), day, day - day_of_[i]);
  }
}

void Skeleton::Meetings(int year, int n) {
  for (int k = 0; k < n; ++k) {
    Draft d;
    d.p.kind = PublicationKind::kMeeting;
    if (!dice_.Chance(0.7)) {
      d.p.agency = dice_.Between(1, 10);
      d.press = dice_.Chance(0.5);
    }
    // Held in the year it is numbered in (2025年第1次 is not held in 2024).
    const int day = Day(year, 1, 12);
    int back = dice_.Between(1, 4);
    while (back > 0 && At(day - back).year != year) --back;
    Add(std::move(d), day, back);
  }
}

void Skeleton::General(int year, int n, bool pending) {
  const std::span<const PubProfile> profiles = PubProfiles();
  std::vector<std::pair<int, const TitleTemplate*>> once;
  if (!pending) {
    for (int a = 0; a < static_cast<int>(profiles.size()); ++a) {
      for (const auto& list : {SharedTitles(), AgencyTitles(a)}) {
        for (const TitleTemplate& t : list) {
          if (t.weight == 0) once.push_back({a, &t});
        }
      }
    }
    Shuffle(dice_, once);
    once.resize(std::min(once.size(), static_cast<size_t>(n / 2)));
  }
  int total_weight = 0;
  for (const PubProfile& p : profiles) total_weight += p.weight;
  for (int k = 0; k < n; ++k) {
    int agency = 0;
    const TitleTemplate* t = nullptr;
    if (static_cast<size_t>(k) < once.size()) {
      agency = once[static_cast<size_t>(k)].first;
      t = once[static_cast<size_t>(k)].second;
    } else {
      int x = dice_.Below(total_weight);
      while (x >= profiles[static_cast<size_t>(agency)].weight)
        x -= profiles[static_cast<size_t>(agency++)].weight;
      int sum = 0;
      for (const auto& list : {SharedTitles(), AgencyTitles(agency)}) {
        for (const TitleTemplate& c : list) sum += c.weight;
      }
      int y = dice_.Below(sum);
      for (const auto& list : {SharedTitles(), AgencyTitles(agency)}) {
        for (const TitleTemplate& c : list) {
          if (!t && y < c.weight) t = &c;
          if (!t) y -= c.weight;
        }
      }
    }
    Draft d;
    d.p.agency = agency;
    d.tmpl = t;
    d.p.pending = pending;
    d.with_attachment =
        t->attach != Attach::kNone && (t->genre == Genre::kList || dice_.Chance(0.6));
    d.with_doc_no = t->genre == Genre::kNotice && dice_.Chance(0.35);
    const int day =
        pending ? LastDay(year) - dice_.Below(3) : Day(year, t->month_from, t->month_to);
    Add(std::move(d), day, dice_.Between(1, 5));
  }
}

std::vector<int> Skeleton::Hosts(int n, std::optional<Genre> genre, bool lists_people) {
  std::vector<int> preferred, other;
  for (size_t i = 0; i < drafts_.size(); ++i) {
    const Draft& d = drafts_[i];
    if (!d.tmpl || d.p.pending || used_[i] || d.year != year_ || d.p.published_on.month > 11)
      continue;
    if (lists_people && !ListsPeople(d.tmpl->genre, d.tmpl->title)) continue;
    (genre && d.tmpl->genre == *genre ? preferred : other).push_back(static_cast<int>(i));
  }
  Shuffle(dice_, preferred);
  Shuffle(dice_, other);
  preferred.insert(preferred.end(), other.begin(), other.end());
  preferred.resize(std::min(preferred.size(), static_cast<size_t>(n)));
  for (int i : preferred) used_[static_cast<size_t>(i)] = true;
  return preferred;
}

void Skeleton::LaterSteps(int count) {
  used_.assign(drafts_.size(), false);
  for (int i : Hosts(Scaled(count, 3, 2), std::nullopt, false)) {
    const int day =
        std::min(day_of_[static_cast<size_t>(i)] + dice_.Between(1, 10), LastDay(year_));
    later_.push_back({At(day), StepKind::kWithdraw, i, -1, ""});
  }
  for (int i : Hosts(Scaled(count, 10, 3), std::nullopt, false)) {
    const int day =
        std::min(day_of_[static_cast<size_t>(i)] + dice_.Between(2, 20), LastDay(year_));
    later_.push_back({At(day), StepKind::kRevise, i, -1, ""});
  }
  for (int i : Hosts(Scaled(count, 15, 2), std::nullopt, false))
    drafts_[static_cast<size_t>(i)].p.returned = true;
}

void Skeleton::Plant(int count) {
  const int planted = Scaled(count, 30, 4);
  for (int k = 0; k < planted; ++k) {
    const Variant& v = kVariants[static_cast<size_t>(k) % std::size(kVariants)];
    std::optional<Genre> genre;
    switch (v.kind) {
      case PlantedKind::kNone:
        break;
      case PlantedKind::kResidentId:
        genre = Genre::kPenalty;
        break;
      case PlantedKind::kMobile:
        genre = v.statutory ? Genre::kRecruit : Genre::kAnnouncement;
        break;
      case PlantedKind::kBankCard:
        genre = v.statutory ? Genre::kNotice : Genre::kList;
        break;
    }
    std::vector<int> host = Hosts(1, genre, v.in_attachment);
    const bool in_attachment = v.in_attachment && !host.empty();
    if (host.empty()) host = Hosts(1, genre, false);
    if (host.empty()) break;
    PlannedPublication& p = drafts_[static_cast<size_t>(host[0])].p;
    p.planted = v.kind;
    p.planted_text = DrawPlanted(dice_, v.kind);
    if (v.full_width) p.planted_text = FullWidth(p.planted_text);
    p.planted_in_attachment = in_attachment;
    if (in_attachment) drafts_[static_cast<size_t>(host[0])].with_attachment = true;
    p.statutory = v.statutory;
    if (v.statutory) {
      p.override_reason = v.kind == PlantedKind::kMobile
                              ? "该号码为本机关对外公布的工作手机，用于受理公示期间的咨询，不属于个"
                                "人信息，经审核确认可以公开"
                              : "该账号为财政非税收入汇缴结算户（单位账户），系缴款人缴款所需，不属"
                                "于个人银行账户，经审核确认可以公开";
    }
  }
  for (int i : Hosts(Scaled(count, 5, 2), std::nullopt, false))
    drafts_[static_cast<size_t>(i)].p.bad_checksum = true;
}

DemoPlan Skeleton::Run(int count) {
  const int normative = Scaled(count, 40, 4), regulations = Scaled(count, 3, 1);
  Policies(year_ - 1, normative, regulations);
  Policies(year_, normative, regulations);
  Abolitions(count);
  Interpretations();
  const int meetings = Scaled(count, 30, 3);
  Meetings(year_ - 1, std::max(2, meetings / 4));
  Meetings(year_, meetings);
  int this_year = 0;
  for (const Draft& d : drafts_) this_year += d.year == year_ ? 1 : 0;
  General(year_ - 1, count / 5, false);
  General(year_, std::max(0, count - this_year), false);
  General(year_, Scaled(count, 5, 2), true);
  LaterSteps(count);
  Plant(count);

  // Publication order: by day, then as planned (a policy before its interpretation).
  std::vector<int> order(drafts_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return day_of_[static_cast<size_t>(a)] < day_of_[static_cast<size_t>(b)];
  });
  std::vector<int> where(drafts_.size());
  for (size_t k = 0; k < order.size(); ++k)
    where[static_cast<size_t>(order[k])] = static_cast<int>(k);
  const auto remap = [&](int& i) {
    if (i >= 0) i = where[static_cast<size_t>(i)];
  };
  std::vector<Draft> sorted;
  for (int i : order) sorted.push_back(std::move(drafts_[static_cast<size_t>(i)]));
  for (Draft& d : sorted) {
    remap(d.p.interprets);
    remap(d.replaces);
  }
  for (LaterStep& s : later_) {
    remap(s.target);
    remap(s.other);
  }
  std::stable_sort(later_.begin(), later_.end(),
                   [](const LaterStep& a, const LaterStep& b) { return a.on < b.on; });
  WritePlan(dice_, sorted, later_);
  DemoPlan plan;
  for (Draft& d : sorted) plan.items.push_back(std::move(d.p));
  plan.later = std::move(later_);
  return plan;
}

}  // namespace

DemoPlan PlanPublications(Dice& dice, const std::vector<CivilDate>& workdays, int year, int count) {
  if (workdays.empty() || count <= 0) return {};
  Skeleton s(dice, workdays, year);
  return s.Run(count);
}

}  // namespace gongkai::app::demo
