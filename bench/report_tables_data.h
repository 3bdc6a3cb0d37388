// The data set of report_tables_bench: a deterministic generator of
// applications and appeals, the grids they must give (computed in C++ by
// service::Table3RowsFor / Table4CellFor), the hand-written GROUP BY queries,
// and the engines (SQLite, PostgreSQL) the driver loads and queries.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/appeal.h"
#include "law/reply_type.h"
#include "service/table3_counts.h"
#include "service/table4_counts.h"

namespace gongkai::bench {

constexpr int kAgencies = 50;

[[noreturn]] void Die(const std::string& what);

template <typename T>
inline T Must(Result<T> r, const char* what) {
  if (!r.ok()) Die(std::string(what) + ": " + r.status().message());
  return std::move(*r);
}
inline void Must(const Status& s, const char* what) {
  if (!s.ok()) Die(std::string(what) + ": " + s.message());
}

inline uint64_t Mix(uint64_t x) {  // splitmix64
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Reply types by frequency (percent), in law::ReplyType order: most cases
// are disclosed, refused as non-existent or already public.
constexpr std::array<int, law::kReplyTypeCount> kOutcomeWeights = {
    10, 30, 8, 1, 1, 1, 2, 2, 2, 1, 2, 12, 6, 2, 2, 3, 3, 1, 1, 1, 3, 1, 5};
static_assert([] {
  int s = 0;
  for (int w : kOutcomeWeights) s += w;
  return s == 100;
}());

struct GenApplication {
  int agency = 0;  // index 0…49 into the agency ids
  int64_t applicant_id = 0;
  int kind = 0;  // applicant kind 0–5
  const char* channel = "";
  int64_t received = 0;  // day numbers (CivilDate::ToDays)
  int64_t closed = -1;   // -1: still open
  int outcome = -1;      // law::ReplyType index, -1: open
};

struct GenAppeal {
  int agency = 0;
  int64_t application_id = 0;
  domain::AppealKind kind = domain::AppealKind::kReview;
  int64_t filed = 0;
  int64_t decided = -1;
  domain::AppealOutcome outcome = domain::AppealOutcome::kUpheld;
};

// The generated data set: deterministic in (year, N), so SQLite and
// PostgreSQL get the same rows.
class Generator {
 public:
  Generator(int year, int64_t n)
      : year_(year),
        n_(n),
        applicants_(std::max<int64_t>(1000, n / 10)),
        first_(CivilDate{year - 1, 10, 1}.ToDays()),
        span_(CivilDate{year, 12, 31}.ToDays() - first_ + 1) {}

  int64_t applicants() const { return applicants_; }
  int64_t appeals() const { return n_ / 100; }

  // Skewed like real caseloads: 85% natural persons, then companies and
  // law firms.
  static int ApplicantKind(int64_t applicant_id) {
    const uint64_t p = Mix(applicant_id * 7919) % 100;
    return p < 85 ? 0 : p < 93 ? 1 : p < 95 ? 2 : p < 96 ? 3 : p < 99 ? 4 : 5;
  }

  GenApplication Application(int64_t id) const {
    GenApplication a;
    const uint64_t r1 = Mix(static_cast<uint64_t>(id) * 2 + 1);
    const uint64_t r2 = Mix(r1);
    // A few agencies (the city's big bureaus) receive most applications.
    const int u = static_cast<int>(r1 % (kAgencies * kAgencies));
    a.agency = kAgencies - 1 - static_cast<int>(std::sqrt(static_cast<double>(u)));
    a.applicant_id = 1 + static_cast<int64_t>((r1 >> 16) % applicants_);
    a.kind = ApplicantKind(a.applicant_id);
    const int c = static_cast<int>((r1 >> 40) % 100);
    a.channel = c < 60 ? "online" : c < 80 ? "in_person" : c < 95 ? "registered_post"
              : c < 98 ? "ordinary_post" : "fax";
    a.received = first_ + static_cast<int64_t>(r2 % span_);
    if ((r2 >> 20) % 100 < 20) return a;  // 20% still open
    a.closed = a.received + 1 + static_cast<int64_t>((r2 >> 28) % 40);
    int w = static_cast<int>((r2 >> 36) % 100);
    a.outcome = 0;
    while (w >= kOutcomeWeights[a.outcome]) w -= kOutcomeWeights[a.outcome++];
    return a;
  }

  GenAppeal Appeal(int64_t j) const {
    GenAppeal p;
    const uint64_t r = Mix(static_cast<uint64_t>(j) * 2 + 0x5bd1e995ULL);
    const uint64_t r2 = Mix(r);
    p.application_id = 1 + static_cast<int64_t>(r % n_);
    p.agency = Application(p.application_id).agency;
    const int k = static_cast<int>((r >> 32) % 10);
    p.kind = k < 7 ? domain::AppealKind::kReview
           : k < 9 ? domain::AppealKind::kDirectLitigation
                   : domain::AppealKind::kLitigationAfterReview;
    const int64_t from = CivilDate{year_ - 1, 6, 1}.ToDays();
    p.filed = from + static_cast<int64_t>(r2 % (CivilDate{year_, 12, 31}.ToDays() - from + 1));
    if ((r2 >> 24) % 100 < 70) {
      p.decided = p.filed + 10 + static_cast<int64_t>((r2 >> 32) % 110);
      const int o = static_cast<int>((r2 >> 48) % 100);
      p.outcome = o < 60 ? domain::AppealOutcome::kUpheld
                : o < 85 ? domain::AppealOutcome::kCorrected
                         : domain::AppealOutcome::kOther;
    }
    return p;
  }

 private:
  int year_;
  int64_t n_;
  int64_t applicants_;
  int64_t first_;
  int64_t span_;
};

// "YYYY-MM-DD" for every day the generator can produce.
class DateText {
 public:
  explicit DateText(int year) : first_(CivilDate{year - 2, 1, 1}.ToDays()) {
    for (int64_t d = first_; d <= CivilDate{year + 1, 12, 31}.ToDays(); ++d) {
      text_.push_back(CivilDate::FromDays(d).ToString());
    }
  }
  const std::string& operator()(int64_t day) const { return text_.at(day - first_); }

 private:
  int64_t first_;
  std::vector<std::string> text_;
};

struct Expected {
  service::Table3Grid t3{};
  service::Table4Counts t4{};
};

// The grids the store and the raw query must both produce.
Expected ExpectedGrids(const Generator& g, int64_t n, int year,
                       const std::vector<int64_t>& agency_ids);

std::string IdList(const std::vector<int64_t>& ids);
// Raw Table 3 and 4 queries, written by hand for each engine; `d1`, `d2` are
// SQL literals of 1 Jan and 31 Dec.
std::string RawTable3Sql(const std::string& ids, const std::string& d1, const std::string& d2);
std::string RawTable4Sql(const std::string& ids, const std::string& d1, const std::string& d2);
// Adds one raw Table 3 result row (kind, row or -1, R01, R02, R25, count).
void AddTable3Row(service::Table3Grid& g, const int64_t v[6]);

// One engine under test: load, open through the store, raw queries.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual const char* name() const = 0;
  virtual std::string url() const = 0;
  // After Migrate and the agencies: applicants, applications, appeals.
  virtual void Load(const Generator& g, int64_t n, const std::vector<int64_t>& agency_ids,
                    const DateText& dates) = 0;
  virtual service::Table3Grid RawTable3(const std::string& ids, int year) = 0;
  virtual service::Table4Counts RawTable4(const std::string& ids, int year) = 0;
  virtual void Drop() = 0;
};

// A new SQLite file in $TMPDIR (removed first if left over).
std::unique_ptr<Engine> NewSqliteEngine(int64_t n);
// A new database on the PostgreSQL server at `server_url`.
std::unique_ptr<Engine> NewPgEngine(const std::string& server_url, int64_t n);

}  // namespace gongkai::bench
