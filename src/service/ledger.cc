#include "service/ledger.h"

#include <array>
#include <map>

#include "core/utf8.h"

namespace gongkai::service {
namespace {

enum class Column {
  kExternalId, kAgency, kKind, kName, kIdDocument, kPhone, kChannel, kReceived, kSubject,
  kClosed, kOutcome,
};

struct Header {
  Column column;
  const char* label;  // the name used in messages
  std::array<const char*, 4> aliases;
};

constexpr std::array<Header, 11> kHeaders = {{
    {Column::kExternalId, "申请编号", {"申请编号", "编号", "申请号", nullptr}},
    {Column::kAgency, "办理机关", {"办理机关", "机关", "受理机关", "承办单位"}},
    {Column::kKind, "申请人类型", {"申请人类型", "申请人性质", "申请人类别", nullptr}},
    {Column::kName, "申请人", {"申请人", "申请人姓名", "姓名或名称", "申请人名称"}},
    {Column::kIdDocument, "证件号码", {"证件号码", "身份证号码", "统一社会信用代码", "身份证号"}},
    {Column::kPhone, "联系电话", {"联系电话", "电话", "手机号码", nullptr}},
    {Column::kChannel, "申请方式", {"申请方式", "申请渠道", "渠道", "提交方式"}},
    {Column::kReceived, "收到申请日期", {"收到申请日期", "收到日期", "受理日期", "收到申请之日"}},
    {Column::kSubject, "申请内容", {"申请内容", "申请事项", "申请公开的信息", "申请公开内容"}},
    {Column::kClosed, "答复日期", {"答复日期", "办结日期", "答复时间", nullptr}},
    {Column::kOutcome, "答复类型", {"答复类型", "办理结果", "答复结果", "处理结果"}},
}};

std::string Clean(const std::string& s) { return utf8::StripSpaces(s); }

std::string Cell(const LedgerSourceRow& r, const std::map<Column, size_t>& at, Column c) {
  const auto it = at.find(c);
  if (it == at.end() || it->second >= r.cells.size()) return "";
  return utf8::Trim(r.cells[it->second]);
}

std::string Where(int row, const char* column) {
  return "第" + std::to_string(row) + "行“" + column + "”：";
}

// Dates as ledgers hold them: 2024-03-05, 2024/3/5, 2024年3月5日, 2024.3.5,
// and Excel serial day numbers (days since 1899-12-30) from XLSX cells.
std::optional<CivilDate> ParseLedgerDate(const std::string& text) {
  if (auto d = CivilDate::Parse(text)) return d;
  const std::string t = utf8::StripSpaces(text);
  if (!t.empty() && t.size() <= 6 && t.find_first_not_of("0123456789") == std::string::npos) {
    const long serial = std::stol(t);
    if (serial > 36526 && serial < 73051) {  // 2000-01-01 … 2099-12-31
      return CivilDate::FromDays(CivilDate{1899, 12, 30}.ToDays() + serial);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<law::Channel> ParseLedgerChannel(const std::string& raw) {
  const std::string t = Clean(raw);
  law::Channel c;
  if (ParseChannel(t.c_str(), c)) return c;
  struct Word {
    const char* word;
    law::Channel channel;
  };
  static constexpr Word kWords[] = {
      {"当面", law::Channel::kInPerson},       {"现场", law::Channel::kInPerson},
      {"窗口", law::Channel::kInPerson},       {"口头", law::Channel::kInPerson},
      {"平信", law::Channel::kOrdinaryPost},   {"平常信函", law::Channel::kOrdinaryPost},
      {"挂号", law::Channel::kRegisteredPost}, {"EMS", law::Channel::kRegisteredPost},
      {"快递", law::Channel::kRegisteredPost}, {"邮寄", law::Channel::kRegisteredPost},
      {"信函", law::Channel::kRegisteredPost}, {"传真", law::Channel::kFax},
      {"网上", law::Channel::kOnline},         {"网站", law::Channel::kOnline},
      {"在线", law::Channel::kOnline},         {"互联网", law::Channel::kOnline},
      {"平台", law::Channel::kOnline},         {"电子邮件", law::Channel::kOnline},
      {"邮箱", law::Channel::kOnline},         {"网络", law::Channel::kOnline},
  };
  for (const Word& w : kWords) {
    if (t.find(w.word) != std::string::npos) return w.channel;
  }
  return std::nullopt;
}

std::optional<law::ReplyType> ParseLedgerOutcome(const std::string& raw) {
  const std::string t = Clean(raw);
  if (t.empty()) return std::nullopt;
  if (auto r = law::ParseReplyType(t)) return r;
  for (int i = 0; i < law::kReplyTypeCount; ++i) {
    const auto type = static_cast<law::ReplyType>(i);
    if (t == Clean(law::ReplyTypeLabel(type))) return type;
  }
  // Table 3 labels and the words ledgers use, most specific first.
  struct Word {
    const char* word;
    law::ReplyType type;
  };
  static constexpr Word kWords[] = {
      {"部分公开", law::ReplyType::kPartlyDisclosed},
      {"国家秘密", law::ReplyType::kStateSecret},
      {"其他法律行政法规禁止公开", law::ReplyType::kOtherLawForbids},
      {"三安全一稳定", law::ReplyType::kThreeSafetiesStability},
      {"第三方", law::ReplyType::kThirdPartyRights},
      {"内部事务", law::ReplyType::kInternalAffairs},
      {"过程性信息", law::ReplyType::kProcessInformation},
      {"行政执法案卷", law::ReplyType::kEnforcementFile},
      {"行政查询", law::ReplyType::kQueryProcedure},
      {"不掌握", law::ReplyType::kDoesNotExist},
      {"信息不存在", law::ReplyType::kDoesNotExist},
      {"非本机关", law::ReplyType::kNotThisAgency},
      {"另行制作", law::ReplyType::kNeedsProcessing},
      {"仍不明确", law::ReplyType::kStillUnclear},
      {"信访", law::ReplyType::kPetition},
      {"重复申请", law::ReplyType::kRepeated},
      {"公开出版物", law::ReplyType::kPublication},
      {"大量反复", law::ReplyType::kExcessive},
      {"重新出具", law::ReplyType::kConfirmObtained},
      {"不补正", law::ReplyType::kCorrectionLapsed},
      {"逾期未补正", law::ReplyType::kCorrectionLapsed},
      {"缴纳费用", law::ReplyType::kFeeUnpaid},
      {"未缴费", law::ReplyType::kFeeUnpaid},
      {"已主动公开", law::ReplyType::kAlreadyPublic},
      {"予以公开", law::ReplyType::kDisclosed},
      {"同意公开", law::ReplyType::kDisclosed},
      {"撤回", law::ReplyType::kOther},
      {"其他", law::ReplyType::kOther},
  };
  for (const Word& w : kWords) {
    if (t.find(w.word) != std::string::npos) return w.type;
  }
  return std::nullopt;
}

LedgerParse ParseLedger(const std::vector<LedgerSourceRow>& rows,
                        std::vector<std::string>* ignored_columns) {
  LedgerParse out;
  if (rows.empty()) {
    out.errors.push_back("台账是空的：第一行应为表头（如“申请人类型”“收到申请日期”“申请内容”）。");
    return out;
  }
  std::map<Column, size_t> at;
  const LedgerSourceRow& header = rows.front();
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const std::string name = Clean(header.cells[i]);
    bool known = false;
    for (const Header& h : kHeaders) {
      for (const char* alias : h.aliases) {
        if (alias != nullptr && name == alias && at.count(h.column) == 0) {
          at[h.column] = i;
          known = true;
        }
      }
    }
    if (!known && !name.empty() && ignored_columns != nullptr) ignored_columns->push_back(name);
  }
  for (Column required : {Column::kReceived, Column::kSubject, Column::kKind}) {
    if (at.count(required) == 0) {
      for (const Header& h : kHeaders) {
        if (h.column == required) {
          out.errors.push_back(std::string("第") + std::to_string(header.row) + "行表头缺少“" +
                               h.label + "”列。");
        }
      }
    }
  }
  if (!out.errors.empty()) return out;

  for (size_t k = 1; k < rows.size(); ++k) {
    const LedgerSourceRow& r = rows[k];
    LedgerEntry e;
    e.row = r.row;
    std::vector<std::string> problems;
    e.external_id = Cell(r, at, Column::kExternalId);
    e.agency = Cell(r, at, Column::kAgency);
    const std::string kind = Clean(Cell(r, at, Column::kKind));
    if (!domain::ParseApplicantKind(kind, e.applicant_kind)) {
      if (kind == "个人" || kind == "公民") {
        e.applicant_kind = domain::ApplicantKind::kNaturalPerson;
      } else {
        problems.push_back(Where(r.row, "申请人类型") + (kind.empty() ? "为空" : "“" + kind + "”无法识别") +
                           "，应为自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他。");
      }
    }
    e.contact.name = Cell(r, at, Column::kName);
    e.contact.id_document = Cell(r, at, Column::kIdDocument);
    e.contact.phone = Cell(r, at, Column::kPhone);
    const std::string channel = Cell(r, at, Column::kChannel);
    if (!channel.empty()) {
      if (auto c = ParseLedgerChannel(channel)) {
        e.channel = *c;
      } else {
        problems.push_back(Where(r.row, "申请方式") + "“" + channel +
                           "”无法识别，应为当面提交、邮寄、平常信函、互联网或传真。");
      }
    }
    const std::string received = Cell(r, at, Column::kReceived);
    if (auto d = ParseLedgerDate(received)) {
      e.received_on = *d;
    } else {
      problems.push_back(Where(r.row, "收到申请日期") +
                         (received.empty() ? "为空" : "“" + received + "”不是有效日期") +
                         "，应为YYYY-MM-DD。");
    }
    e.subject = Cell(r, at, Column::kSubject);
    if (e.subject.empty()) problems.push_back(Where(r.row, "申请内容") + "为空。");
    const std::string closed = Cell(r, at, Column::kClosed);
    const std::string outcome = Cell(r, at, Column::kOutcome);
    if (!closed.empty()) {
      if (auto d = ParseLedgerDate(closed)) {
        e.closed_on = *d;
        if (problems.empty() && *d < e.received_on) {
          problems.push_back(Where(r.row, "答复日期") + closed + "早于收到申请日期" + received + "。");
        }
      } else {
        problems.push_back(Where(r.row, "答复日期") + "“" + closed + "”不是有效日期，应为YYYY-MM-DD。");
      }
      if (auto o = ParseLedgerOutcome(outcome)) {
        e.outcome = *o;
      } else {
        problems.push_back(Where(r.row, "答复类型") +
                           (outcome.empty() ? "已填答复日期，但答复类型为空"
                                            : "“" + outcome + "”无法对应年度报告表三的任何一项") +
                           "。");
      }
    } else if (!outcome.empty()) {
      problems.push_back(Where(r.row, "答复日期") + "已填答复类型“" + outcome + "”，但答复日期为空。");
    }
    if (problems.empty()) {
      out.entries.push_back(std::move(e));
    } else {
      out.errors.insert(out.errors.end(), problems.begin(), problems.end());
    }
  }
  if (!out.errors.empty()) out.entries.clear();  // all or nothing
  return out;
}

}  // namespace gongkai::service
