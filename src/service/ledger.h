// The Excel ledgers (台账) agencies keep today, as records to import: one row
// per application, columns found by their Chinese headers in any order.
// Parsing is all-or-nothing: every bad row is reported with its row number
// and the reason, and nothing is imported while any remains.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/applicant.h"
#include "law/channel.h"
#include "law/reply_type.h"

namespace gongkai::service {

// One row of a sheet or CSV file: its cells and its 1-based row number.
struct LedgerSourceRow {
  std::vector<std::string> cells;
  int row = 0;
};

struct LedgerEntry {
  int row = 0;                    // where it came from, for messages
  std::string external_id;        // 申请编号 as the agency wrote it (may be empty)
  std::string agency;             // 办理机关 (code or full name; empty: the import's default)
  domain::ApplicantKind applicant_kind = domain::ApplicantKind::kNaturalPerson;
  domain::ApplicantContact contact;
  law::Channel channel = law::Channel::kOnline;
  CivilDate received_on;          // 收到申请之日
  std::string subject;            // 申请内容
  std::optional<CivilDate> closed_on;         // 答复日期
  std::optional<law::ReplyType> outcome;      // 答复类型, with closed_on
};

struct LedgerParse {
  std::vector<LedgerEntry> entries;
  std::vector<std::string> errors;  // "第7行“收到申请日期”：…"; empty when all rows are good
};

// `rows[0]` is the header row. Recognised headers (spaces ignored):
//   申请编号/编号; 办理机关/机关/受理机关; 申请人类型/申请人性质; 申请人/申请人姓名/姓名或名称;
//   证件号码/身份证号码/统一社会信用代码; 联系电话/电话; 申请方式/申请渠道;
//   收到申请日期/收到日期/受理日期 (required); 申请内容/申请事项 (required);
//   答复日期/办结日期; 答复类型/办理结果.
// Unknown headers are ignored (ledgers carry local columns) and listed in
// `ignored_columns` for the report to the user.
LedgerParse ParseLedger(const std::vector<LedgerSourceRow>& rows,
                        std::vector<std::string>* ignored_columns = nullptr);

// A reply type from what ledgers write: the Table 3 row labels (予以公开,
// 本机关不掌握相关政府信息 …), gongkai's own names and labels.
std::optional<law::ReplyType> ParseLedgerOutcome(const std::string& text);
// A channel from what ledgers write (当面, 现场, 邮寄, EMS, 平信, 网上, 政府网站, 电子邮件, 传真 …).
std::optional<law::Channel> ParseLedgerChannel(const std::string& text);

}  // namespace gongkai::service
