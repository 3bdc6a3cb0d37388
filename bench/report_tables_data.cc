#include "bench/report_tables_data.h"

#include <cstdio>
#include <cstdlib>

namespace gongkai::bench {

void Die(const std::string& what) {
  std::fprintf(stderr, "report_tables_bench: %s\n", what.c_str());
  std::exit(1);
}

Expected ExpectedGrids(const Generator& g, int64_t n, int year,
                       const std::vector<int64_t>& agency_ids) {
  Expected e;
  for (int64_t id = 1; id <= n; ++id) {
    const GenApplication a = g.Application(id);
    std::optional<CivilDate> closed;
    std::optional<law::ReplyType> outcome;
    if (a.closed >= 0) {
      closed = CivilDate::FromDays(a.closed);
      outcome = static_cast<law::ReplyType>(a.outcome);
    }
    for (int row : service::Table3RowsFor(CivilDate::FromDays(a.received), closed, outcome, year)) {
      ++e.t3[row][a.kind];
    }
  }
  service::CompleteTable3Totals(e.t3);
  for (int64_t j = 1; j <= g.appeals(); ++j) {
    const GenAppeal p = g.Appeal(j);
    domain::Appeal appeal;
    appeal.agency_id = agency_ids[p.agency];
    appeal.kind = p.kind;
    appeal.filed_on = CivilDate::FromDays(p.filed);
    if (p.decided >= 0) {
      appeal.decided_on = CivilDate::FromDays(p.decided);
      appeal.outcome = p.outcome;
    }
    if (std::optional<int> cell = service::Table4CellFor(appeal, year)) ++e.t4[*cell];
  }
  service::CompleteTable4Totals(e.t4);
  return e;
}

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) s += (s.empty() ? "" : ",") + std::to_string(id);
  return s;
}

// Raw Table 3 and 4 queries, written by hand for each engine; `d1`, `d2` are
// SQL literals of 1 Jan and 31 Dec.
std::string RawTable3Sql(const std::string& ids, const std::string& d1, const std::string& d2) {
  return "SELECT applicant_kind, "
         "CASE WHEN closed_on BETWEEN " + d1 + " AND " + d2 + " THEN outcome_row ELSE -1 END, "
         "SUM(CASE WHEN received_on >= " + d1 + " THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN received_on < " + d1 + " THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN closed_on IS NULL OR closed_on > " + d2 + " THEN 1 ELSE 0 END), "
         "COUNT(*) FROM applications WHERE agency_id IN (" + ids + ") "
         "AND received_on <= " + d2 + " AND (closed_on IS NULL OR closed_on >= " + d1 + ") "
         "GROUP BY 1, 2";
}
std::string RawTable4Sql(const std::string& ids, const std::string& d1, const std::string& d2) {
  return "SELECT CASE kind WHEN 'review' THEN 0 WHEN 'direct_litigation' THEN 1 ELSE 2 END, "
         "CASE WHEN decided_on <= " + d2 + " THEN (CASE outcome WHEN 'upheld' THEN 0 "
         "WHEN 'corrected' THEN 1 ELSE 2 END) ELSE 3 END, COUNT(*) FROM appeals "
         "WHERE agency_id IN (" + ids + ") AND filed_on <= " + d2 +
         " AND (decided_on IS NULL OR decided_on >= " + d1 + ") GROUP BY 1, 2";
}

// Adds one raw Table 3 result row (kind, row or -1, R01, R02, R25, count).
void AddTable3Row(service::Table3Grid& g, const int64_t v[6]) {
  g[0][v[0]] += v[2];
  g[1][v[0]] += v[3];
  g[service::kTable3CarriedRow][v[0]] += v[4];
  if (v[1] >= 0) g[v[1]][v[0]] += v[5];
}

}  // namespace gongkai::bench
