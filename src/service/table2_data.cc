// Table 2 from the publications and the entered figures.
#include "service/table2_data.h"

#include <algorithm>

#include "service/message_service.h"
#include "service/stats_store.h"

namespace gongkai::service {
namespace {

constexpr StatItem kItems[4] = {StatItem::kLicensing, StatItem::kPunishment,
                                StatItem::kEnforcement, StatItem::kFees};

std::string Counts(const NormativeCounts& c) {
  return "本年制发" + std::to_string(c.issued) + "件、本年废止" + std::to_string(c.abolished) +
         "件（含失效）、现行有效" + std::to_string(c.in_force) + "件";
}

Decimal Add(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale(), b.scale());
  return Decimal(*a.UnitsAt(scale) + *b.UnitsAt(scale), scale);
}

}  // namespace

Result<Table2Data> ReadTable2(Database& db, const std::vector<int64_t>& agency_ids, int year) {
  Table2Data t;
  t.agencies = agency_ids.size();
  PublicationStore& pubs = db.publications();
  Result<NormativeCounts> rules = pubs.CountNormative(agency_ids, domain::PublicationKind::kRegulation, year);
  if (!rules.ok()) return rules.status();
  t.rules = *rules;
  Result<NormativeCounts> normative =
      pubs.CountNormative(agency_ids, domain::PublicationKind::kNormative, year);
  if (!normative.ok()) return normative.status();
  t.normative = *normative;

  Result<std::vector<StatValue>> stats = db.stats().Get(agency_ids, year);
  if (!stats.ok()) return stats.status();
  for (const StatValue& v : *stats) {
    const size_t i = static_cast<size_t>(v.item);
    std::optional<Decimal> d = Decimal::Parse(v.value);
    if (!d) {
      return Status::Damaged("机关 " + std::to_string(v.agency_id) + " " + std::to_string(year) +
                             "年的" + StatItemLabel(v.item) + "数据“" + v.value + "”不是数字");
    }
    if (i < 3 && !d->UnitsAt(0)) {
      return Status::Damaged("机关 " + std::to_string(v.agency_id) + " " + std::to_string(year) +
                             "年的" + StatItemLabel(v.item) + "数据“" + v.value + "”应为整数（件）");
    }
    t.stats[i] = t.stats[i] ? Add(*t.stats[i], *d) : *d;
    ++t.entered_by[i];
    t.sources[i].push_back(v.source);
  }

  PublicationFilter f;
  f.agency_ids = agency_ids;
  f.year = year;
  f.public_only = true;
  auto count = [&](std::optional<domain::PublicationKind> kind) -> Result<int64_t> {
    PublicationFilter k = f;
    k.kind = kind;
    return pubs.Count(k);
  };
  Result<int64_t> all = count(std::nullopt);
  if (!all.ok()) return all.status();
  Result<int64_t> interpretations = count(domain::PublicationKind::kInterpretation);
  if (!interpretations.ok()) return interpretations.status();
  Result<int64_t> meetings = count(domain::PublicationKind::kMeeting);
  if (!meetings.ok()) return meetings.status();
  Result<int64_t> normative_published = count(domain::PublicationKind::kNormative);
  if (!normative_published.ok()) return normative_published.status();
  t.published = *all;
  t.interpretations = *interpretations;
  t.meetings = *meetings;
  t.normative_published = *normative_published;
  std::string s = std::to_string(year) + "年，通过政府信息公开平台主动公开政府信息" +
                  std::to_string(t.published) + "条";
  std::vector<std::string> parts;
  if (t.normative_published > 0) parts.push_back("行政规范性文件" + std::to_string(t.normative_published) + "件");
  if (t.interpretations > 0) parts.push_back("政策解读" + std::to_string(t.interpretations) + "篇");
  if (t.meetings > 0) parts.push_back("会议信息" + std::to_string(t.meetings) + "条");
  if (!parts.empty()) {
    s += "，其中";
    for (size_t i = 0; i < parts.size(); ++i) s += (i ? "、" : "") + parts[i];
  }
  t.sentences.push_back(s + "。");

  MessageFilter mail;
  mail.agency_ids = agency_ids;
  mail.year = year;
  Result<std::vector<domain::Message>> messages = db.messages().List(mail);
  if (!messages.ok()) return messages.status();
  if (!messages->empty()) t.sentences.push_back(MailboxSentence(CountMessages(*messages)));
  return t;
}

void ApplyTable2(const Table2Data& t, report::AnnualReport& r, std::vector<std::string>& sources) {
  report::Table2& t2 = r.table2;
  t2.present = true;
  t2.rules_row = true;
  const NormativeCounts* rows[2] = {&t.rules, &t.normative};
  for (size_t row = 0; row < 2; ++row) {
    t2.normative[row][0] = report::CountCell::Of(rows[row]->issued);
    t2.normative[row][1] = report::CountCell::Of(rows[row]->abolished);
    t2.normative[row][2] = report::CountCell::Of(rows[row]->in_force);
  }
  sources.push_back("规章：按信息公开目录中公开的规章计算，" + Counts(t.rules));
  sources.push_back("行政规范性文件：按信息公开目录中公开的行政规范性文件计算，" + Counts(t.normative));
  report::CountCell* counts[3] = {&t2.licensing, &t2.punishment, &t2.enforcement};
  for (size_t i = 0; i < 4; ++i) {
    const std::string label = StatItemLabel(kItems[i]);
    if (!t.stats[i]) {
      const bool kept = i < 3 ? !counts[i]->blank() : !t2.fees.blank();
      sources.push_back(label + "：本年度未录入（gongkai stats set）" +
                        (kept ? "，沿用草稿中的数值" : "，该栏为空"));
      continue;
    }
    if (i < 3) {
      *counts[i] = report::CountCell::Of(t.stats[i]->UnitsAt(0).value_or(0));
    } else {
      t2.fees = report::AmountCell::Of(*t.stats[i]);
    }
    std::string from;
    for (const std::string& s : t.sources[i]) {
      if (from.find(s) == std::string::npos) from += (from.empty() ? "" : "；") + s;
    }
    sources.push_back(label + "：" + std::to_string(t.entered_by[i]) + "/" +
                      std::to_string(t.agencies) + "个机关录入，来源：" + from +
                      (t.entered_by[i] < static_cast<int>(t.agencies) ? "（其余机关未录入，按0计）" : ""));
  }
}

void OfferSentences(const std::vector<std::string>& sentences, report::AnnualReport& r) {
  for (report::Section& s : r.sections) {
    if (s.number != 2 || !s.paragraphs.empty()) continue;
    for (const std::string& text : sentences) s.paragraphs.push_back(report::Paragraph{text, {}});
  }
}

}  // namespace gongkai::service
