// gongkai fee per-page PAGES | per-piece COUNT [--from K] — 信息处理费 by
// 国办函〔2020〕109号, worked out bracket by bracket.
#include <iostream>
#include <memory>

#include "app/case_command_parts.h"
#include "law/fee_calculation.h"

namespace gongkai::app {
namespace {

struct FeeArgs {
  int64_t quantity = 0;
  int64_t from = 1;
};

int Print(const Result<law::FeeCalculation>& c) {
  if (!c.ok()) {
    std::cerr << "错误：" << c.status().message() << "\n";
    return 2;
  }
  std::cout << "应收信息处理费：" << law::FormatYuan(c->amount_fen) << "\n" << c->Explain() << "\n";
  return 0;
}

}  // namespace

void AddFeeCommands(CLI::App& fee, int& exit_code) {
  fee.require_subcommand(1);
  auto a = std::make_shared<FeeArgs>();
  CLI::App* page = fee.add_subcommand("per-page", "按量计收（109号第五条）：按页数计算");
  page->add_option("PAGES", a->quantity, "页数")->required();
  page->callback([a, &exit_code] { exit_code = Print(law::CalculatePerPage(a->quantity)); });
  CLI::App* piece = fee.add_subcommand("per-piece", "按件计收（109号第四条）：同一申请人一个自然月内的件数");
  piece->add_option("COUNT", a->quantity, "件数")->required();
  piece->add_option("--from", a->from, "从本月第几件起算（默认第1件；例如此前已有10件则为11）");
  piece->callback([a, &exit_code] { exit_code = Print(law::CalculatePerPiece(a->from, a->quantity)); });
}

}  // namespace gongkai::app
