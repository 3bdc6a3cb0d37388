#include "service/stats_service.h"

#include <map>

#include "core/decimal.h"
#include "core/utf8.h"
#include "service/report_lock_rule.h"
#include "service/write_use_case.h"

namespace gongkai::service {
namespace {

constexpr const char* kColumns[5] = {"机关", "年度", "事项", "数值", "来源"};

}  // namespace

Status StatsService::Check(const StatValue& v) {
  if (v.year < 2000 || v.year > 2100) {
    return Status::InvalidInput("年度 " + std::to_string(v.year) + " 不合理，应为四位年份");
  }
  std::optional<Decimal> d = Decimal::Parse(v.value);
  if (!d) return Status::InvalidInput("数值“" + v.value + "”不是数字");
  if (v.item == StatItem::kFees) {
    if (d->scale() > 4) return Status::InvalidInput("行政事业性收费以万元为单位，最多保留4位小数");
  } else if (!d->UnitsAt(0)) {
    return Status::InvalidInput(std::string(StatItemLabel(v.item)) + "的本年处理决定数量应为整数（件），而不是“" +
                                v.value + "”");
  }
  if (utf8::Trim(v.source).empty()) {
    return Status::InvalidInput("必须注明数据来源，例如 市政务服务管理局2024年审批统计");
  }
  return Status::Ok();
}

Status StatsService::Set(const StatValue& value, const Actor& actor) {
  StatValue v = value;
  v.actor = actor.name;
  Status valid = Check(v);
  if (!valid.ok()) return valid;
  return RunWriteUseCase<bool>(db_, [&]() -> Result<bool> {
           Result<bool> locked = db_.locks().IsLocked(v.agency_id, v.year);
           if (!locked.ok()) return locked.status();
           if (*locked) {
             return CheckTable2Write({v.year}, v.year,
                                     std::string("修改") + StatItemLabel(v.item) + "数据");
           }
           Status st = db_.stats().Set(v);
           if (!st.ok()) return st;
           return true;
         })
      .status();
}

Result<StatsImportSummary> StatsService::Import(const std::vector<LedgerSourceRow>& rows,
                                                const std::string& where, const Actor& actor) {
  if (rows.empty()) return Status::InvalidInput(where + " 是空的");
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].cells.size(); ++i) col[utf8::Trim(rows[0].cells[i])] = i;
  for (const char* c : kColumns) {
    if (!col.count(c)) {
      return Status::InvalidInput(where + " 第" + std::to_string(rows[0].row) + "行（表头）缺少“" + c +
                                  "”列；应有：机关、年度、事项、数值、来源");
    }
  }
  Result<std::vector<domain::Agency>> agencies = db_.agencies().List();
  if (!agencies.ok()) return agencies.status();
  std::vector<StatValue> values;
  std::string errors;
  int bad = 0;
  for (size_t r = 1; r < rows.size(); ++r) {
    const LedgerSourceRow& row = rows[r];
    auto cell = [&](const char* name) {
      const size_t i = col[name];
      return i < row.cells.size() ? utf8::Trim(row.cells[i]) : std::string();
    };
    bool empty = true;
    for (const std::string& c : row.cells) empty = empty && utf8::Trim(c).empty();
    if (empty) continue;
    const std::string at = where + " 第" + std::to_string(row.row) + "行";
    auto fail = [&](const std::string& m) {
      ++bad;
      if (bad <= 200) errors += "\n  " + at + "：" + m;
    };
    StatValue v;
    const std::string agency = cell("机关");
    bool found = false;
    for (const domain::Agency& a : *agencies) {
      if (agency == std::to_string(a.id) || agency == a.code || agency == a.name) {
        v.agency_id = a.id;
        found = true;
      }
    }
    if (!found) {
      fail("“机关”列的“" + agency + "”不是已登记的机关（编号、代码或全称）");
      continue;
    }
    std::optional<Decimal> year = Decimal::Parse(cell("年度"));
    if (!year || !year->UnitsAt(0)) {
      fail("“年度”列应为四位年份，而不是“" + cell("年度") + "”");
      continue;
    }
    v.year = static_cast<int>(*year->UnitsAt(0));
    std::optional<StatItem> item = ParseStatItem(cell("事项"));
    if (!item) {
      fail("“事项”列的“" + cell("事项") + "”应为 行政许可、行政处罚、行政强制 或 行政事业性收费");
      continue;
    }
    v.item = *item;
    v.value = cell("数值");
    v.source = cell("来源");
    v.actor = actor.name;
    if (Status st = Check(v); !st.ok()) {
      fail(st.message());
      continue;
    }
    values.push_back(v);
  }
  if (bad > 0) {
    return Status::InvalidInput(where + " 有 " + std::to_string(bad) + " 行有误，未导入任何数据：" +
                                errors);
  }
  return RunWriteUseCase<StatsImportSummary>(db_, [&]() -> Result<StatsImportSummary> {
    StatsImportSummary summary;
    for (const StatValue& v : values) {
      Result<bool> locked = db_.locks().IsLocked(v.agency_id, v.year);
      if (!locked.ok()) return locked.status();
      if (*locked) {
        return CheckTable2Write({v.year}, v.year, std::string("导入") + StatItemLabel(v.item) + "数据");
      }
      Result<std::vector<StatValue>> now = db_.stats().Get({v.agency_id}, v.year);
      if (!now.ok()) return now.status();
      bool same = false;
      for (const StatValue& s : *now) {
        same = same || (s.item == v.item && s.value == v.value && s.source == v.source);
      }
      if (same) {
        ++summary.unchanged;
        continue;
      }
      Status st = db_.stats().Set(v);
      if (!st.ok()) return st;
      ++summary.set;
    }
    return summary;
  });
}

}  // namespace gongkai::service
