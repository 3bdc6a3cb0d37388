#include "app/event_args.h"

#include <iostream>

#include "app/cli_args.h"

namespace gongkai::app {
namespace {

using K = law::ProcedureEventKind;

bool Refuse(const std::string& message) {
  std::cerr << "错误：" << message << "\n";
  return false;
}

// A flag set for a kind that does not use it is a mistake, not something to drop.
bool Only(bool set, const char* flag, std::initializer_list<K> kinds, K kind, const char* which) {
  if (!set) return true;
  for (K k : kinds) {
    if (k == kind) return true;
  }
  return Refuse(std::string(flag) + " 只适用于" + which + "，不适用于“" + law::ProcedureEventKindName(kind) + "”");
}

}  // namespace

std::optional<law::ProcedureEventKind> EventKindArg(const std::string& word) {
  if (word == "fee_notice") return K::kFeeNoticeReceived;
  return law::ParseProcedureEventKind(word);
}

std::string EventKindChoices() {
  std::string out = "可用：";
  for (int i = 0; i < law::kProcedureEventKindCount; ++i) {
    out += std::string(i ? "、" : "") + law::ProcedureEventKindName(static_cast<K>(i));
  }
  return out + "（fee_notice 即 fee_notice_received）";
}

void AddEventOptions(CLI::App& c, EventArgs& a, bool on_optional) {
  CLI::Option* on = c.add_option("--on", a.on, "事项日期 YYYY-MM-DD");
  if (!on_optional) on->required();
  c.add_option("--reply", a.reply, "答复类型（replied、answered_on_spot），如 disclosed");
  c.add_option("--approver", a.approver, "延期的批准人（工作机构负责人）");
  c.add_option("--days", a.days, "延期或补正期限的工作日数");
  c.add_option("--party", a.party, "征求意见的对象");
  c.add_option("--consultee", a.consultee, "third_party（第三方）或 other_agency（其他机关）");
  c.add_option("--letter-received", a.letter_received, "对方或申请人收到通知的日期");
  c.add_option("--sent", a.sent, "收费通知的发出日期（--on 为申请人收到之日）");
  c.add_option("--deadline", a.deadline, "reasons_accepted：告知申请人的合理延迟答复期限（条例第三十五条）");
  c.add_option("--method", a.method, "收费方式：per_piece（按件计收）或 per_page（按量计收）");
  c.add_option("--pieces", a.pieces, "按件计收：本申请计为几件（默认1件）");
  c.add_option("--pages", a.pages, "按量计收：页数");
}

std::optional<law::ProcedureEvent> EventFromArgs(const EventArgs& a) {
  const std::optional<K> kind = EventKindArg(a.kind);
  if (!kind) {
    Refuse("未知的办理事项“" + a.kind + "”。" + EventKindChoices() + "。");
    return std::nullopt;
  }
  law::ProcedureEvent e;
  e.kind = *kind;
  const auto on = DateArg("--on", a.on);
  if (!on) return std::nullopt;
  e.on = *on;
  const bool ok =
      Only(!a.reply.empty(), "--reply", {K::kReplied, K::kAnsweredOnSpot}, e.kind, "replied、answered_on_spot") &&
      Only(!a.approver.empty(), "--approver", {K::kExtensionApproved}, e.kind, "extension_approved") &&
      Only(a.days != 0, "--days", {K::kExtensionApproved, K::kCorrectionRequested}, e.kind,
           "extension_approved、correction_requested") &&
      Only(!a.party.empty(), "--party", {K::kConsultationSent, K::kConsultationAnswered, K::kConsultationLapsed},
           e.kind, "consultation_*") &&
      Only(!a.consultee.empty(), "--consultee", {K::kConsultationSent}, e.kind, "consultation_sent") &&
      Only(!a.letter_received.empty(), "--letter-received", {K::kConsultationSent, K::kCorrectionRequested},
           e.kind, "consultation_sent、correction_requested") &&
      Only(!a.sent.empty() || !a.method.empty() || a.pieces != 0 || a.pages != 0,
           "--sent/--method/--pieces/--pages", {K::kFeeNoticeReceived}, e.kind, "fee_notice_received") &&
      Only(!a.deadline.empty(), "--deadline", {K::kReasonsAccepted}, e.kind, "reasons_accepted");
  if (!ok) return std::nullopt;
  if (!a.reply.empty()) {
    e.reply_type = law::ParseReplyType(a.reply);
    if (!e.reply_type) {
      std::string choices;
      for (int i = 0; i < law::kReplyTypeCount; ++i) {
        choices += std::string(i ? "、" : "") + law::ReplyTypeName(static_cast<law::ReplyType>(i));
      }
      Refuse("--reply “" + a.reply + "”无效。可用：" + choices + "。");
      return std::nullopt;
    }
  }
  e.approver = a.approver;
  e.days = a.days;
  e.party = a.party;
  if (a.consultee == "other_agency" || a.consultee == "其他机关") {
    e.consultee = law::Consultee::kOtherAgency;
  } else if (a.consultee.empty() || a.consultee == "third_party" || a.consultee == "第三方") {
    e.consultee = law::Consultee::kThirdParty;
  } else {
    Refuse("--consultee “" + a.consultee + "”无效，应为 third_party（第三方）或 other_agency（其他机关）。");
    return std::nullopt;
  }
  const std::pair<const std::string*, std::optional<CivilDate>*> dates[] = {
      {&a.letter_received, &e.received_on}, {&a.sent, &e.sent_on}, {&a.deadline, &e.deadline}};
  const char* names[] = {"--letter-received", "--sent", "--deadline"};
  for (int i = 0; i < 3; ++i) {
    if (dates[i].first->empty()) continue;
    const auto d = DateArg(names[i], *dates[i].first);
    if (!d) return std::nullopt;
    *dates[i].second = d;
  }
  if (a.pieces < 0 || a.pages < 0) {
    Refuse("--pieces 和 --pages 应为正整数。");
    return std::nullopt;
  }
  if (a.pieces > 0 && a.pages > 0) {
    Refuse("同一申请只能选择按件或按量一种方式计收（国办函〔2020〕109号第三条），不能同时给出 --pieces 和 --pages。");
    return std::nullopt;
  }
  if (!a.method.empty()) {
    e.fee_method = law::ParseFeeMethod(a.method);
    if (!e.fee_method) {
      Refuse("--method “" + a.method + "”无效，应为 per_piece（按件计收）或 per_page（按量计收）。");
      return std::nullopt;
    }
  } else if (a.pieces > 0 || a.pages > 0) {
    e.fee_method = a.pages > 0 ? law::FeeMethod::kPerPage : law::FeeMethod::kPerItem;
  }
  if (e.fee_method == law::FeeMethod::kPerPage && a.pieces > 0) {
    Refuse("按量计收（per_page）应给出 --pages（页数），不是 --pieces。");
    return std::nullopt;
  }
  if (e.fee_method == law::FeeMethod::kPerItem && a.pages > 0) {
    Refuse("按件计收（per_piece）应给出 --pieces（件数），不是 --pages。");
    return std::nullopt;
  }
  e.fee_quantity = a.pages > 0 ? a.pages : a.pieces;
  return e;
}

}  // namespace gongkai::app
