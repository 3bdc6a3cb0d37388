#include "law/procedure_event.h"

#include <nlohmann/json.hpp>

#include "law/calendar_data.h"

namespace gongkai::law {
namespace {

using nlohmann::json;

// The data keys an event kind may carry.
enum Field : unsigned {
  kReplyField = 1u << 0,       // "reply_type"
  kApproverField = 1u << 1,    // "approver"
  kDaysField = 1u << 2,        // "days"
  kReceivedField = 1u << 3,    // "received_on"
  kSentField = 1u << 4,        // "sent_on"
  kDeadlineField = 1u << 5,    // "deadline"
  kConsulteeField = 1u << 6,   // "consultee"
  kPartyField = 1u << 7,       // "party"
  kFeeField = 1u << 8,         // "method", "quantity", "first_piece", "amount_fen"
};

struct KindEntry {
  ProcedureEventKind kind;
  const char* name;
  const char* label;
  unsigned fields;
};

constexpr KindEntry kKinds[kProcedureEventKindCount] = {
    {ProcedureEventKind::kSubmitted, "submitted", "提交申请", 0},
    {ProcedureEventKind::kArrived, "arrived", "申请送达（尚未确认）", 0},
    {ProcedureEventKind::kReceiptConfirmed, "receipt_confirmed", "确认收到申请", 0},
    {ProcedureEventKind::kSignedFor, "signed_for", "签收申请", 0},
    {ProcedureEventKind::kHandedIn, "handed_in", "当面提交申请", 0},
    {ProcedureEventKind::kAnsweredOnSpot, "answered_on_spot", "当场答复", kReplyField},
    {ProcedureEventKind::kCorrectionRequested, "correction_requested", "发出补正通知",
     kDaysField | kReceivedField},
    {ProcedureEventKind::kCorrectionReceived, "correction_received", "收到补正后的申请", 0},
    {ProcedureEventKind::kCorrectionLapsed, "correction_lapsed", "逾期未补正，视为放弃申请", 0},
    {ProcedureEventKind::kConsultationSent, "consultation_sent", "发出征求意见函",
     kConsulteeField | kPartyField | kReceivedField},
    {ProcedureEventKind::kConsultationAnswered, "consultation_answered", "收到征求意见答复",
     kPartyField},
    {ProcedureEventKind::kConsultationLapsed, "consultation_lapsed", "征求意见期限届满未答复",
     kPartyField},
    {ProcedureEventKind::kExtensionApproved, "extension_approved", "批准延长答复期限",
     kApproverField | kDaysField},
    {ProcedureEventKind::kFeeNoticeReceived, "fee_notice_received", "申请人收到收费通知",
     kSentField | kFeeField},
    {ProcedureEventKind::kFeePaid, "fee_paid", "缴纳信息处理费", 0},
    {ProcedureEventKind::kFeeLapsed, "fee_lapsed", "逾期未缴纳信息处理费，视为放弃申请", 0},
    {ProcedureEventKind::kReasonsRequested, "reasons_requested", "要求说明理由（第三十五条）", 0},
    {ProcedureEventKind::kReasonsAccepted, "reasons_accepted", "理由合理，继续办理", kDeadlineField},
    {ProcedureEventKind::kReplied, "replied", "作出答复", kReplyField},
    {ProcedureEventKind::kWithdrawn, "withdrawn", "申请人撤回申请", 0},
};

const KindEntry& Find(ProcedureEventKind k) {
  for (const KindEntry& e : kKinds) {
    if (e.kind == k) return e;
  }
  return kKinds[0];
}

Status ReadDate(const json& v, const std::string& at, std::optional<CivilDate>& out) {
  if (!v.is_string() || !ParseIsoDate(v.get<std::string>())) {
    return Status::InvalidInput(at + "应为日期，请使用YYYY-MM-DD格式");
  }
  out = ParseIsoDate(v.get<std::string>());
  return Status::Ok();
}

}  // namespace

const char* ProcedureEventKindName(ProcedureEventKind k) { return Find(k).name; }
const char* ProcedureEventKindLabel(ProcedureEventKind k) { return Find(k).label; }

std::optional<ProcedureEventKind> ParseProcedureEventKind(std::string_view name) {
  for (const KindEntry& e : kKinds) {
    if (name == e.name) return e.kind;
  }
  return std::nullopt;
}

const char* ConsulteeName(Consultee c) {
  switch (c) {
    case Consultee::kThirdParty:
      return "third_party";
    case Consultee::kOtherAgency:
      return "other_agency";
  }
  return "third_party";
}

const char* ConsulteeLabel(Consultee c) {
  switch (c) {
    case Consultee::kThirdParty:
      return "第三方（条例第三十二条）";
    case Consultee::kOtherAgency:
      return "其他机关（条例第三十四条）";
  }
  return "第三方（条例第三十二条）";
}

Result<ProcedureEvent> ParseProcedureEvent(std::string_view kind_name, CivilDate on,
                                           std::string_view data_json) {
  const std::optional<ProcedureEventKind> kind = ParseProcedureEventKind(kind_name);
  if (!kind) {
    return Status::InvalidInput("未知的事件类型“" + std::string(kind_name) + "”");
  }
  ProcedureEvent e;
  e.kind = *kind;
  e.on = on;
  const std::string where = std::string("事件“") + ProcedureEventKindName(*kind) + "”的数据";
  if (data_json.find_first_not_of(" \t\r\n") == std::string_view::npos) return e;
  json data;
  try {
    data = json::parse(data_json.begin(), data_json.end());
  } catch (const json::parse_error& err) {
    return Status::InvalidInput(where + "不是有效的JSON（第" + std::to_string(err.byte) + "字节附近）");
  }
  if (!data.is_object()) return Status::InvalidInput(where + "应为JSON对象");
  const unsigned fields = Find(*kind).fields;
  for (const auto& [key, v] : data.items()) {
    const std::string at = where + "中的“" + key + "”";
    if (key == "reply_type" && (fields & kReplyField)) {
      std::optional<ReplyType> t = v.is_string() ? ParseReplyType(v.get<std::string>()) : std::nullopt;
      if (!t) return Status::InvalidInput(at + "不是已知的答复类型（如disclosed、partly_disclosed）");
      e.reply_type = t;
    } else if (key == "approver" && (fields & kApproverField)) {
      if (!v.is_string()) return Status::InvalidInput(at + "应为字符串（批准人姓名）");
      e.approver = v.get<std::string>();
    } else if (key == "days" && (fields & kDaysField)) {
      if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > 1000) {
        return Status::InvalidInput(at + "应为0至1000之间的整数（工作日数）");
      }
      e.days = v.get<int>();
    } else if (key == "received_on" && (fields & kReceivedField)) {
      if (Status s = ReadDate(v, at, e.received_on); !s.ok()) return s;
    } else if (key == "sent_on" && (fields & kSentField)) {
      if (Status s = ReadDate(v, at, e.sent_on); !s.ok()) return s;
    } else if (key == "deadline" && (fields & kDeadlineField)) {
      if (Status s = ReadDate(v, at, e.deadline); !s.ok()) return s;
    } else if (key == "consultee" && (fields & kConsulteeField)) {
      if (v == ConsulteeName(Consultee::kThirdParty)) {
        e.consultee = Consultee::kThirdParty;
      } else if (v == ConsulteeName(Consultee::kOtherAgency)) {
        e.consultee = Consultee::kOtherAgency;
      } else {
        return Status::InvalidInput(at + "应为third_party或other_agency");
      }
    } else if (key == "party" && (fields & kPartyField)) {
      if (!v.is_string()) return Status::InvalidInput(at + "应为字符串（征求意见对象）");
      e.party = v.get<std::string>();
    } else if (key == "method" && (fields & kFeeField)) {
      e.fee_method = v.is_string() ? ParseFeeMethod(v.get<std::string>()) : std::nullopt;
      if (!e.fee_method) return Status::InvalidInput(at + "应为per_piece（按件）或per_page（按量）");
    } else if ((key == "quantity" || key == "first_piece") && (fields & kFeeField)) {
      if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > kMaxFeePages) {
        return Status::InvalidInput(at + "应为0至" + std::to_string(kMaxFeePages) + "之间的整数");
      }
      (key == "quantity" ? e.fee_quantity : e.fee_first_piece) = v.get<int64_t>();
    } else if (key == "amount_fen" && (fields & kFeeField)) {
      if (!v.is_number_integer() || v.get<int64_t>() < 0) {
        return Status::InvalidInput(at + "应为非负整数（单位：分）");
      }
      e.fee_fen = v.get<int64_t>();
    } else {
      return Status::InvalidInput(where + "不应包含“" + key + "”");
    }
  }
  return e;
}

std::string ProcedureEventDataJson(const ProcedureEvent& e) {
  const unsigned fields = Find(e.kind).fields;
  json data = json::object();
  if ((fields & kReplyField) && e.reply_type) data["reply_type"] = ReplyTypeName(*e.reply_type);
  if ((fields & kApproverField) && !e.approver.empty()) data["approver"] = e.approver;
  if ((fields & kDaysField) && e.days != 0) data["days"] = e.days;
  if ((fields & kReceivedField) && e.received_on) data["received_on"] = e.received_on->ToString();
  if ((fields & kSentField) && e.sent_on) data["sent_on"] = e.sent_on->ToString();
  if ((fields & kDeadlineField) && e.deadline) data["deadline"] = e.deadline->ToString();
  if (fields & kConsulteeField) data["consultee"] = ConsulteeName(e.consultee);
  if ((fields & kPartyField) && !e.party.empty()) data["party"] = e.party;
  if ((fields & kFeeField) && e.fee_method) data["method"] = FeeMethodName(*e.fee_method);
  if ((fields & kFeeField) && e.fee_quantity != 0) data["quantity"] = e.fee_quantity;
  if ((fields & kFeeField) && e.fee_first_piece != 0) data["first_piece"] = e.fee_first_piece;
  if ((fields & kFeeField) && e.fee_fen != 0) data["amount_fen"] = e.fee_fen;
  return data.dump();
}

}  // namespace gongkai::law
