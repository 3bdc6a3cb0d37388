// Table 4 (复议/诉讼):
//   H5  in each of the three blocks 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结
//   S8  复议后起诉 总计 is plausibly at most the 行政复议 cases of this year and
//       the year before (a lawsuit after review needs a review first).
#include "report/rules.h"

namespace gongkai::report::rules {
namespace {
std::string Num(int64_t v) { return std::to_string(v); }
}  // namespace

void CheckTable4Sums(const AnnualReport& r, std::vector<Finding>& out) {
  if (!r.table4.present) return;
  for (int block = 0; block < 3; ++block) {
    int64_t sum = 0;
    for (int c = 0; c < 4; ++c) sum += r.table4.at(block, c).or_zero();
    const int64_t total = r.table4.at(block, 4).or_zero();
    if (sum == total) continue;
    const std::string name(kT4Blocks[block]);
    Finding f;
    f.rule = "H5";
    f.severity = Severity::kError;
    f.where = Where{SectionName(4), kTable4, name, "总计", r.table4.at(block, 4).src};
    f.values = {{"总计", Num(total)},
                {"结果维持", Num(r.table4.at(block, 0).or_zero())},
                {"结果纠正", Num(r.table4.at(block, 1).or_zero())},
                {"其他结果", Num(r.table4.at(block, 2).or_zero())},
                {"尚未审结", Num(r.table4.at(block, 3).or_zero())}};
    f.message = std::string(kTable4) + "“" + name + "”：总计为" + Num(total) +
                "，但结果维持、结果纠正、其他结果、尚未审结之和为" + Num(sum) + "，两者应当相等。";
    out.push_back(std::move(f));
  }
}

void CheckReviewLitigation(const AnnualReport& r, const AnnualReport* previous,
                           std::vector<Finding>& out) {
  if (!r.table4.present) return;
  const int64_t after_review = r.table4.at(2, 4).or_zero();
  int64_t reviews = r.table4.at(0, 4).or_zero();
  std::string basis = "本年行政复议总计" + Num(reviews);
  if (previous != nullptr && previous->table4.present) {
    const int64_t prev = previous->table4.at(0, 4).or_zero();
    reviews += prev;
    basis += "与上年行政复议总计" + Num(prev) + "之和" + Num(reviews);
  }
  if (after_review <= reviews) return;
  Finding f;
  f.rule = "S8";
  f.severity = Severity::kWarning;
  f.where = Where{SectionName(4), kTable4, std::string(kT4Blocks[2]), "总计",
                  r.table4.at(2, 4).src};
  f.values = {{"复议后起诉总计", Num(after_review)}, {"行政复议总计", Num(reviews)}};
  f.message = std::string(kTable4) + "“复议后起诉”总计为" + Num(after_review) + "，大于" + basis +
              "。复议后起诉的案件应先经过行政复议，请核对是否填错栏目。";
  out.push_back(std::move(f));
}

}  // namespace gongkai::report::rules
