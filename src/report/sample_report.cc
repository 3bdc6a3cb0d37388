#include "report/sample_report.h"

#include <random>

#include "core/chinese_number.h"

namespace gongkai::report {
namespace {

std::string N(int64_t v) { return std::to_string(v); }

// Splits `total` into `parts` random non-negative parts.
std::vector<int64_t> Split(std::mt19937_64& rng, int64_t total, size_t parts) {
  std::vector<int64_t> out(parts, 0);
  if (parts == 0) return out;
  for (int64_t left = total; left > 0;) {
    const int64_t chunk = std::max<int64_t>(1, left / 8);
    out[rng() % parts] += std::min(chunk, left);
    left -= std::min(chunk, left);
  }
  return out;
}

void FillTables34(std::mt19937_64& rng, const SampleOptions& o, AnnualReport& r) {
  // Table 3, built per applicant column so that every identity holds.
  Table3& t3 = r.table3;
  t3.present = true;
  const std::vector<int64_t> weights = {70, 12, 1, 2, 5, 10};  // 自然人 … 其他
  for (int c = 0; c < kT3Columns - 1; ++c) {
    const int64_t received = o.applications * weights[c] / 100 + static_cast<int64_t>(rng() % 5);
    const int64_t carried_in = static_cast<int64_t>(rng() % (received / 10 + 2));
    const int64_t open = static_cast<int64_t>(rng() % (received / 8 + 2));
    const int64_t closed = std::max<int64_t>(0, received + carried_in - open);
    const int64_t carried_over = received + carried_in - closed;
    t3.cells[kR01][c] = CountCell::Of(received);
    t3.cells[kR02][c] = CountCell::Of(carried_in);
    t3.cells[kR25][c] = CountCell::Of(carried_over);
    t3.cells[kR24][c] = CountCell::Of(closed);
    // Outcomes: most disclosed, some partly, the rest spread.
    const int64_t disclosed = closed * 45 / 100;
    const int64_t partly = closed * 15 / 100;
    t3.cells[kR03][c] = CountCell::Of(disclosed);
    t3.cells[kR04][c] = CountCell::Of(partly);
    const std::vector<int64_t> rest = Split(rng, closed - disclosed - partly, kR23 - kR05 + 1);
    for (int row = kR05; row <= kR23; ++row) t3.cells[row][c] = CountCell::Of(rest[row - kR05]);
  }
  for (int row = 0; row < kT3Rows; ++row) {
    int64_t sum = 0;
    for (int c = 0; c < kT3Columns - 1; ++c) sum += *t3.cells[row][c].value;
    t3.cells[row][kT3Columns - 1] = CountCell::Of(sum);
  }
  // Table 4.
  Table4& t4 = r.table4;
  t4.present = true;
  for (int block = 0; block < 3; ++block) {
    const int64_t scale = block == 0 ? 12 : 4;
    int64_t sum = 0;
    for (int c = 0; c < 4; ++c) {
      const int64_t v = static_cast<int64_t>(rng() % scale);
      t4.at(block, c) = CountCell::Of(v);
      sum += v;
    }
    t4.at(block, 4) = CountCell::Of(sum);
  }
  // 复议后起诉 ≤ 行政复议 (S8).
  if (*t4.at(2, 4).value > *t4.at(0, 4).value) {
    for (int c = 0; c < 5; ++c) t4.at(2, c) = CountCell::Of(0);
  }
}

void Table2Figures(std::mt19937_64& rng, AnnualReport& r) {
  Table2& t2 = r.table2;
  t2.present = true;
  for (int i = 0; i < 2; ++i) {
    const int64_t issued = static_cast<int64_t>(rng() % (i == 0 ? 4 : 30));
    const int64_t repealed = static_cast<int64_t>(rng() % (i == 0 ? 2 : 10));
    const int64_t in_force = issued + static_cast<int64_t>(rng() % (i == 0 ? 40 : 300)) + repealed;
    t2.normative[i] = {CountCell::Of(issued), CountCell::Of(repealed), CountCell::Of(in_force)};
  }
  t2.licensing = CountCell::Of(static_cast<int64_t>(1000 + rng() % 90000));
  t2.punishment = CountCell::Of(static_cast<int64_t>(rng() % 20000));
  t2.enforcement = CountCell::Of(static_cast<int64_t>(rng() % 2000));
  t2.fees = AmountCell::Of(Decimal(static_cast<int64_t>(rng() % 10000000), 2));
}

void Add(Section& s, std::string text) { s.paragraphs.push_back({std::move(text), {}}); }

void WriteNarrative(std::mt19937_64& rng, AnnualReport& r) {
  const Table3& t3 = r.table3;
  const Table4& t4 = r.table4;
  const int64_t received = *t3.cells[kR01][6].value;
  const int64_t answered = *t3.cells[kR24][6].value;
  const int64_t carried_in = *t3.cells[kR02][6].value;
  const int64_t carried_over = *t3.cells[kR25][6].value;
  const std::string y = N(r.year);
  r.preamble.push_back({"本报告依据《中华人民共和国政府信息公开条例》第五十条的规定编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。报告中所列数据的统计期限为" +
                            y + "年1月1日至" + y + "年12月31日。",
                        {}});
  r.period_start = CivilDate{r.year, 1, 1};
  r.period_end = CivilDate{r.year, 12, 31};
  for (int n = 1; n <= kSectionCount; ++n) {
    Section s;
    s.number = n;
    s.title = std::string(kSectionTitles[n - 1]);
    s.heading = ChineseNumeral(n) + "、" + s.title;
    r.sections.push_back(std::move(s));
  }
  Section& one = r.sections[0];
  Add(one, y + "年，" + r.agency +
               "认真贯彻落实《中华人民共和国政府信息公开条例》，围绕主动公开、依申请公开、政府信息管理、平台建设和监督保障等方面推进政务公开工作。");
  Add(one, "（一）主动公开情况。全年新制发规章" + N(*r.table2.normative[0][0].value) +
               "件、行政规范性文件" + N(*r.table2.normative[1][0].value) +
               "件，均在政府网站规范性文件库集中公开，并同步发布政策解读。");
  Add(one, "（二）依申请公开情况。全年共收到政府信息公开申请" + N(received) + "件，上年结转" +
               N(carried_in) + "件，办结" + N(answered) + "件，结转下年度继续办理" +
               N(carried_over) + "件，均在法定期限内答复。");
  Add(one, "（三）政府信息管理情况。落实公开属性源头认定和发布前保密审查，定期清理主动公开目录，对规范性文件进行动态更新。");
  Add(one, "（四）政府信息公开平台建设情况。优化政府网站政务公开专栏，加强政务新媒体管理，完善检索和下载功能。");
  Add(one, "（五）监督保障情况。将政务公开纳入年度绩效考核，开展社会评议，对工作不力的单位实施责任追究，全年组织业务培训" +
               N(2 + static_cast<int64_t>(rng() % 6)) + "次。");
  Add(r.sections[1], "本年度主动公开政府信息情况见下表。");
  Add(r.sections[2], "本年度收到和处理政府信息公开申请情况见下表。");
  Add(r.sections[3], "本年度发生政府信息公开行政复议" + N(*t4.at(0, 4).value) + "件，行政诉讼" +
                         N(*t4.at(1, 4).value + *t4.at(2, 4).value) + "件，具体情况见下表。");
  Add(r.sections[4], "上年度报告所列问题已全部整改到位。本年度仍存在政策解读形式较为单一、基层公开标准化水平有待提高等问题。下一步将丰富解读形式，加强对基层的业务指导。");
  const int64_t unpaid = *t3.cells[kR22][6].value;
  if (unpaid > 0) {
    Add(r.sections[5], "本年度依据《政府信息公开信息处理费管理办法》发出收费通知" +
                           N(unpaid + static_cast<int64_t>(rng() % 5)) + "份，收取信息处理费" +
                           N(100 * (1 + static_cast<int64_t>(rng() % 50))) + "元。");
  } else {
    Add(r.sections[5], "本年度未收取信息处理费。");
  }
}

}  // namespace

AnnualReport MakeSampleReport(uint64_t seed, const SampleOptions& options) {
  std::mt19937_64 rng(seed);
  AnnualReport r;
  r.agency = options.agency;
  r.year = options.year;
  r.agency_kind = ClassifyAgency(options.agency);
  r.title = options.agency + N(options.year) + "年政府信息公开工作年度报告";
  r.format = FormatVersion::kV2021;
  FillTables34(rng, options, r);
  Table2Figures(rng, r);
  WriteNarrative(rng, r);
  return r;
}

void FillSampleTable2(uint64_t seed, AnnualReport& r) {
  std::mt19937_64 rng(seed);
  Table2Figures(rng, r);
}

void WriteSampleNarrative(uint64_t seed, AnnualReport& r) {
  std::mt19937_64 rng(seed ^ 0x5eed);
  r.preamble.clear();
  r.sections.clear();
  WriteNarrative(rng, r);
}

}  // namespace gongkai::report
