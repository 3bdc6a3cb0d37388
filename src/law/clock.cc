#include "law/clock.h"

#include <algorithm>

namespace gongkai::law {
namespace {

using K = ProcedureEventKind;

// The event that fixes 收到申请之日 for a channel (条例第三十一条).
ProcedureEventKind ReceiptEventFor(Channel c) {
  switch (c) {
    case Channel::kInPerson:
      return K::kHandedIn;
    case Channel::kRegisteredPost:
      return K::kSignedFor;
    case Channel::kOrdinaryPost:
    case Channel::kOnline:
    case Channel::kFax:
      return K::kReceiptConfirmed;
  }
  return K::kReceiptConfirmed;
}

const char* ReceiptRule(Channel c) {
  switch (c) {
    case Channel::kInPerson:
      return "以提交之日为收到申请之日（条例第三十一条第一项）";
    case Channel::kRegisteredPost:
      return "以签收之日为收到申请之日（条例第三十一条第二项）";
    case Channel::kOrdinaryPost:
      return "以与申请人确认之日为收到申请之日（条例第三十一条第二项）";
    case Channel::kOnline:
    case Channel::kFax:
      return "以双方确认之日为收到申请之日（条例第三十一条第三项）";
  }
  return "";
}

class Replay {
 public:
  Replay(const WorkdayCalendar& cal, Channel channel, const ClockSettings& settings)
      : cal_(cal), channel_(channel), settings_(settings) {}

  Status Apply(size_t index, const ProcedureEvent& e);
  Result<ClockResult> Finish();

 private:
  Status Fail(const std::string& what) const {
    return Status::InvalidInput(tag_ + "：" + what);
  }
  Status EnsureReceived(const ProcedureEvent& e);
  Status Close(ProcedureState state, CivilDate on, ReplyType reply);
  Result<DayCount> Count(CivilDate start, int days, bool start_day_counts) const {
    DayCountSettings s;
    s.start_day_counts = start_day_counts;
    Result<DayCount> count = cal_.AddWorkingDays(start, days, {}, s);
    if (!count.ok()) return count.status().WithContext(tag_);
    return count;
  }
  std::vector<DateRange> Pauses(bool& provisional) const;
  Result<DayCount> CountDue(bool& provisional) const;
  void UpdateState();
  Consultation* FindOpen(const ProcedureEvent& e, Status& status);
  std::string Explain() const;

  const WorkdayCalendar& cal_;
  Channel channel_;
  ClockSettings settings_;
  ClockResult r_;
  std::string tag_;
  std::optional<CivilDate> last_on_;
  std::optional<CivilDate> arrived_on_;
  std::optional<CivilDate> correction_sent_on_;
  bool correction_pending_ = false;
  bool answered_on_spot_ = false;
  bool reasons_pending_ = false;
  std::optional<CivilDate> reasons_deadline_;
  std::optional<CivilDate> fee_pause_start_;  // set while a fee is pending
  std::vector<DateRange> fee_pauses_;         // closed fee periods
};

void Replay::UpdateState() {
  if (IsTerminal(r_.state) || !r_.received_on) return;
  const bool consulting = std::any_of(r_.consultations.begin(), r_.consultations.end(),
                                      [](const Consultation& c) { return !c.ended_on; });
  if (correction_pending_) {
    r_.state = ProcedureState::kCorrectionRequested;
  } else if (fee_pause_start_) {
    r_.state = ProcedureState::kFeePending;
  } else if (consulting) {
    r_.state = ProcedureState::kConsulting;
  } else if (reasons_pending_) {
    r_.state = ProcedureState::kReasonsRequested;
  } else {
    r_.state = ProcedureState::kInReview;
  }
}

// A processing event before any receipt event: the agency evidently has the
// application. Use the physical receipt date and flag the case [I]
// (application-workflow.md §2).
Status Replay::EnsureReceived(const ProcedureEvent& e) {
  if (r_.received_on) return Status::Ok();
  std::optional<CivilDate> physical = arrived_on_;
  if (!physical && (channel_ == Channel::kOnline || channel_ == Channel::kFax)) {
    physical = r_.submitted_on;
  }
  if (!physical) {
    return Fail(std::string("尚未记录收到申请（应先记录“") +
                ProcedureEventKindName(ReceiptEventFor(channel_)) + "”或“arrived”），不能记录" +
                ProcedureEventKindLabel(e.kind));
  }
  r_.received_on = physical;
  r_.clock_start = physical;
  r_.receipt_unconfirmed = true;
  Result<DayCount> notice = Count(*physical, kCorrectionNoticeDays, settings_.counting.start_day_counts);
  if (!notice.ok()) return notice.status();
  r_.correction_notice_due = notice->end;
  UpdateState();
  return Status::Ok();
}

Status Replay::Close(ProcedureState state, CivilDate on, ReplyType reply) {
  for (Consultation& c : r_.consultations) {
    if (!c.ended_on) c.ended_on = std::min(on, c.window_end);
  }
  if (fee_pause_start_) {
    fee_pauses_.push_back({*fee_pause_start_, on});
    fee_pause_start_.reset();
  }
  r_.state = state;
  r_.closed_on = on;
  r_.reply = reply;
  r_.table3_row = Table3Row(reply);
  return Status::Ok();
}

std::vector<DateRange> Replay::Pauses(bool& provisional) const {
  std::vector<DateRange> out;
  // 条例第三十三条第三款: consultation time is not counted; from the day the
  // letter is sent through the reply or the window's end, inclusive [I].
  for (const Consultation& c : r_.consultations) {
    if (!c.ended_on) provisional = true;
    out.push_back({c.sent_on, c.ended_on.value_or(c.window_end)});
  }
  if (settings_.fee_pauses_clock) {
    for (const DateRange& p : fee_pauses_) out.push_back(p);
    if (fee_pause_start_ && r_.fee_payment_due) {
      provisional = true;
      out.push_back({*fee_pause_start_, *r_.fee_payment_due});
    }
  }
  return out;
}

Result<DayCount> Replay::CountDue(bool& provisional) const {
  const std::vector<DateRange> pauses = Pauses(provisional);
  Result<DayCount> count = cal_.AddWorkingDays(*r_.clock_start, kReplyDays + r_.extension_days,
                                               pauses, settings_.counting);
  if (!count.ok()) return count.status().WithContext(tag_);
  return count;
}

Consultation* Replay::FindOpen(const ProcedureEvent& e, Status& status) {
  std::vector<Consultation*> open;
  for (Consultation& c : r_.consultations) {
    if (!c.ended_on && (e.party.empty() || c.party == e.party)) open.push_back(&c);
  }
  if (open.empty()) {
    status = Fail(e.party.empty() ? "没有正在进行的征求意见"
                                  : "没有向“" + e.party + "”征求意见的记录");
    return nullptr;
  }
  if (open.size() > 1) {
    status = Fail("有多个正在进行的征求意见，请用party注明是哪一个");
    return nullptr;
  }
  return open.front();
}

Status Replay::Apply(size_t index, const ProcedureEvent& e) {
  tag_ = "第" + std::to_string(index + 1) + "个事件“" + ProcedureEventKindName(e.kind) + "”（" +
         ProcedureEventKindLabel(e.kind) + "，" + e.on.ToString() + "）";
  if (last_on_ && e.on < *last_on_) {
    return Fail("日期早于前一事件的日期" + last_on_->ToString() + "，事件应按发生顺序记录");
  }
  last_on_ = e.on;
  if (IsTerminal(r_.state)) {
    return Fail("申请已于" + r_.closed_on->ToString() + "办结（" + ProcedureStateLabel(r_.state) +
                "），不能再记录事件");
  }
  const bool before_receipt = !r_.received_on;
  switch (e.kind) {
    case K::kSubmitted:
      if (!before_receipt || r_.submitted_on) return Fail("提交申请只能记录一次，且应在收到申请之前");
      r_.submitted_on = e.on;
      return Status::Ok();
    case K::kArrived:
      if (!before_receipt || arrived_on_) return Fail("申请送达只能记录一次，且应在确认收到之前");
      arrived_on_ = e.on;
      return Status::Ok();
    case K::kReceiptConfirmed:
    case K::kSignedFor:
    case K::kHandedIn: {
      if (!before_receipt) return Fail("已于" + r_.received_on->ToString() + "收到申请，不能重复记录");
      const ProcedureEventKind expected = ReceiptEventFor(channel_);
      if (e.kind != expected) {
        return Fail(std::string(ChannelLabel(channel_)) + "的申请应记录“" +
                    ProcedureEventKindName(expected) + "”（" + ProcedureEventKindLabel(expected) +
                    "），" + ReceiptRule(channel_));
      }
      // 条例第三十一条第一项: handed in, it is received the day it is submitted.
      if (channel_ == Channel::kInPerson && r_.submitted_on && e.on != *r_.submitted_on) {
        return Fail("当面提交的申请，以提交之日为收到申请之日（条例第三十一条第一项），收到日期应为提交日期" +
                    r_.submitted_on->ToString());
      }
      r_.received_on = e.on;
      r_.clock_start = e.on;
      // 条例第三十条: the 补正 notice is due within 7 工作日 of receipt.
      Result<DayCount> notice = Count(e.on, kCorrectionNoticeDays, settings_.counting.start_day_counts);
      if (!notice.ok()) return notice.status();
      r_.correction_notice_due = notice->end;
      UpdateState();
      return Status::Ok();
    }
    case K::kWithdrawn:
      return Close(ProcedureState::kClosed, e.on, ReplyType::kOther);
    case K::kAnsweredOnSpot:
    case K::kCorrectionRequested:
    case K::kCorrectionReceived:
    case K::kCorrectionLapsed:
    case K::kConsultationSent:
    case K::kConsultationAnswered:
    case K::kConsultationLapsed:
    case K::kExtensionApproved:
    case K::kFeeNoticeReceived:
    case K::kFeePaid:
    case K::kFeeLapsed:
    case K::kReasonsRequested:
    case K::kReasonsAccepted:
    case K::kReplied:
      break;
  }
  if (Status s = EnsureReceived(e); !s.ok()) return s;
  if (correction_pending_ && e.kind != K::kCorrectionReceived && e.kind != K::kCorrectionLapsed) {
    return Fail("已发出补正通知，应先记录“correction_received”（收到补正）或“correction_lapsed”（逾期未补正）");
  }
  if (fee_pause_start_ && e.kind != K::kFeePaid && e.kind != K::kFeeLapsed &&
      e.kind != K::kExtensionApproved && e.kind != K::kConsultationAnswered &&
      e.kind != K::kConsultationLapsed) {
    return Fail("信息处理费尚未缴纳（缴费期限至" + r_.fee_payment_due->ToString() +
                "），应先记录“fee_paid”或“fee_lapsed”");
  }
  switch (e.kind) {
    case K::kAnsweredOnSpot:
      // 条例第三十三条第一款: answer on the spot when possible.
      if (!e.reply_type) return Fail("当场答复须注明答复类型reply_type");
      if (e.on != *r_.received_on) {
        return Fail("当场答复的日期应为收到申请之日" + r_.received_on->ToString());
      }
      answered_on_spot_ = true;
      r_.due_on = r_.received_on;
      return Close(ProcedureState::kDecided, e.on, *e.reply_type);
    case K::kCorrectionRequested: {
      // 条例第三十条: 一次性告知 — one notice only.
      if (correction_sent_on_) {
        return Fail("已于" + correction_sent_on_->ToString() +
                    "发出补正通知；补正应一次性告知（条例第三十条），不能再次要求补正");
      }
      if (r_.state != ProcedureState::kInReview) {
        return Fail(std::string("当前状态为") + ProcedureStateLabel(r_.state) + "，不能发出补正通知");
      }
      correction_sent_on_ = e.on;
      correction_pending_ = true;
      r_.correction_notice_late = e.on > *r_.correction_notice_due;
      if (e.days > 0) {
        const CivilDate from = e.received_on.value_or(e.on);
        if (from < e.on) return Fail("申请人收到补正通知的日期不能早于发出日期");
        Result<DayCount> deadline = Count(from, e.days, settings_.counting.start_day_counts);
        if (!deadline.ok()) return deadline.status();
        r_.correction_deadline = deadline->end;
      }
      UpdateState();
      return Status::Ok();
    }
    case K::kCorrectionReceived:
      if (!correction_pending_) return Fail("没有待补正的通知，不能记录收到补正后的申请");
      // 条例第三十条: the reply period runs again in full from the corrected request.
      correction_pending_ = false;
      r_.clock_start = e.on;
      UpdateState();
      return Status::Ok();
    case K::kCorrectionLapsed:
      if (!correction_pending_) return Fail("没有待补正的通知，不能记录逾期未补正");
      if (r_.correction_deadline && e.on <= *r_.correction_deadline) {
        return Fail("补正期限至" + r_.correction_deadline->ToString() + "尚未届满");
      }
      correction_pending_ = false;
      return Close(ProcedureState::kClosed, e.on, ReplyType::kCorrectionLapsed);
    case K::kConsultationSent: {
      for (const Consultation& c : r_.consultations) {
        if (!c.ended_on && c.party == e.party) {
          return Fail("已于" + c.sent_on.ToString() + "向“" + e.party + "”征求意见，尚未答复");
        }
      }
      const CivilDate got = e.received_on.value_or(e.on);
      if (got < e.on) return Fail("对方收到征求意见函的日期不能早于发出日期");
      // 条例第三十二条、第三十四条: 15 工作日 from the consultee's receipt.
      Result<DayCount> window = Count(got, kConsultationDays, settings_.counting.start_day_counts);
      if (!window.ok()) return window.status();
      r_.consultations.push_back({e.consultee, e.party, e.on, window->end, std::nullopt, false});
      UpdateState();
      return Status::Ok();
    }
    case K::kConsultationAnswered:
    case K::kConsultationLapsed: {
      Status status;
      Consultation* c = FindOpen(e, status);
      if (c == nullptr) return status;
      if (e.kind == K::kConsultationLapsed) {
        // 条例第三十二条: the consultee has the whole 15th 工作日 to answer.
        if (e.on <= c->window_end) {
          return Fail("征求意见期限至" + c->window_end.ToString() + "（第15个工作日）届满，对方当日仍可答复，" +
                      c->window_end.ToString() + "之后才能记录期限届满未答复");
        }
        c->lapsed = true;
        c->ended_on = c->window_end;
      } else {
        c->ended_on = std::min(e.on, c->window_end);
      }
      UpdateState();
      return Status::Ok();
    }
    case K::kExtensionApproved: {
      // 条例第三十三条第二款: consent of the 工作机构负责人, at most 20 工作日.
      if (e.approver.empty()) return Fail("延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人approver");
      if (r_.extensions >= settings_.max_extensions) {
        return Fail("已于" + r_.extension_approved_on->ToString() + "延长答复期限" +
                    std::to_string(r_.extension_days) + "个工作日；每件申请最多延长" +
                    std::to_string(settings_.max_extensions) +
                    "次（条例第三十三条第二款；设置max_extensions），如延期记录有误，请用 case correct 更正");
      }
      if (e.days < 1 || r_.extension_days + e.days > kMaxExtensionDays) {
        return Fail("延长的期限最长不得超过20个工作日（条例第三十三条第二款），已延长" +
                    std::to_string(r_.extension_days) + "个，本次申请" + std::to_string(e.days) + "个");
      }
      if (settings_.extension_before_due) {
        bool provisional = false;
        Result<DayCount> due = CountDue(provisional);
        if (!due.ok()) return due.status();
        if (e.on > due->end) {
          return Fail("延长答复期限应在答复期限届满（" + due->end.ToString() + "）前批准");
        }
      }
      r_.extension_days += e.days;
      ++r_.extensions;
      if (!r_.extension_approver.empty()) r_.extension_approver += "、";
      r_.extension_approver += e.approver;
      r_.extension_approved_on = e.on;
      return Status::Ok();
    }
    case K::kFeeNoticeReceived: {
      const CivilDate sent = e.sent_on.value_or(e.on);
      if (e.on < sent) return Fail("申请人收到收费通知的日期不能早于通知发出日期");
      // 109号 (provincial restatements): pay within 20 工作日 counted from the
      // day after receiving the notice — the receipt day never counts.
      Result<DayCount> due = Count(e.on, kFeePaymentDays, false);
      if (!due.ok()) return due.status();
      r_.fee_payment_due = due->end;
      fee_pause_start_ = sent;
      UpdateState();
      return Status::Ok();
    }
    case K::kFeePaid:
      if (!fee_pause_start_) return Fail("没有待缴费的收费通知");
      if (e.on > *r_.fee_payment_due) {
        return Fail("缴费期限已于" + r_.fee_payment_due->ToString() +
                    "届满，应记录“fee_lapsed”（逾期未缴费，视为放弃申请）");
      }
      fee_pauses_.push_back({*fee_pause_start_, e.on});
      fee_pause_start_.reset();
      UpdateState();
      return Status::Ok();
    case K::kFeeLapsed:
      if (!fee_pause_start_) return Fail("没有待缴费的收费通知");
      if (e.on <= *r_.fee_payment_due) {
        return Fail("缴费期限至" + r_.fee_payment_due->ToString() + "尚未届满");
      }
      return Close(ProcedureState::kClosed, e.on, ReplyType::kFeeUnpaid);
    case K::kReasonsRequested:
      if (reasons_pending_) return Fail("已要求说明理由，尚未处理");
      reasons_pending_ = true;
      UpdateState();
      return Status::Ok();
    case K::kReasonsAccepted:
      if (!reasons_pending_) return Fail("没有要求说明理由的记录（条例第三十五条）");
      if (e.deadline && *e.deadline < e.on) return Fail("告知的答复期限不能早于本事件日期");
      reasons_pending_ = false;
      if (e.deadline) reasons_deadline_ = e.deadline;
      UpdateState();
      return Status::Ok();
    case K::kReplied: {
      if (!e.reply_type) return Fail("答复须注明答复类型reply_type");
      if (*e.reply_type == ReplyType::kCorrectionLapsed) {
        return Fail("逾期未补正应记录“correction_lapsed”事件");
      }
      if (*e.reply_type == ReplyType::kFeeUnpaid) return Fail("逾期未缴费应记录“fee_lapsed”事件");
      return Close(ProcedureState::kDecided, e.on, *e.reply_type);
    }
    case K::kSubmitted:
    case K::kArrived:
    case K::kReceiptConfirmed:
    case K::kSignedFor:
    case K::kHandedIn:
    case K::kWithdrawn:
      break;  // handled above
  }
  return Status::Ok();
}

Result<ClockResult> Replay::Finish() {
  if (r_.clock_start && !answered_on_spot_ && !correction_pending_ &&
      !(r_.state == ProcedureState::kClosed && r_.reply == ReplyType::kCorrectionLapsed)) {
    if (reasons_deadline_) {
      // 条例第三十五条: a notified reasonable deadline replaces the 第三十三条 one.
      r_.due_on = reasons_deadline_;
    } else {
      bool provisional = false;
      Result<DayCount> due = CountDue(provisional);
      if (!due.ok()) return due.status();
      r_.due_on = due->end;
      r_.due_count = *due;
      r_.due_provisional = provisional && !IsTerminal(r_.state);
    }
  }
  bool ignored = false;
  r_.pauses = Pauses(ignored);
  r_.answered_late = r_.state == ProcedureState::kDecided && r_.due_on && r_.closed_on &&
                     *r_.closed_on > *r_.due_on;
  r_.explanation = Explain();
  return r_;
}

std::string Replay::Explain() const {
  if (!r_.received_on) return "尚未收到申请，答复期限尚未开始计算。";
  std::string out = "收到申请之日为" + r_.received_on->ToString() + "（" + ChannelLabel(channel_) +
                    "，" + ReceiptRule(channel_) + "）";
  if (r_.receipt_unconfirmed) out += "；未记录确认，暂按实际收到之日计算，请核实";
  out += "。";
  if (answered_on_spot_) return out + "已当场答复（条例第三十三条第一款）。";
  if (correction_sent_on_) {
    out += "已于" + correction_sent_on_->ToString() + "发出补正通知（条例第三十条，应于" +
           r_.correction_notice_due->ToString() + "前告知" +
           (r_.correction_notice_late ? "，已逾期" : "") + "）";
    if (r_.correction_deadline) out += "，补正期限至" + r_.correction_deadline->ToString();
    out += "。";
  }
  if (correction_pending_ || r_.reply == ReplyType::kCorrectionLapsed) {
    return out + "补正期间答复期限停止计算，自收到补正后的申请之日起重新计算20个工作日（条例第三十条）。";
  }
  if (*r_.clock_start != *r_.received_on) {
    out += r_.clock_start->ToString() + "收到补正后的申请，答复期限自该日起重新计算（条例第三十条）。";
  }
  if (reasons_deadline_) {
    return out + "经审查申请人说明的理由合理，已告知延迟答复期限至" + reasons_deadline_->ToString() +
           "（条例第三十五条）。";
  }
  out += "答复期限为20个工作日（条例第三十三条第二款）";
  if (r_.extension_days > 0) {
    out += "，经" + r_.extension_approver + "同意延长" + std::to_string(r_.extension_days) +
           "个工作日（条例第三十三条第二款）";
  }
  out += "。";
  for (const Consultation& c : r_.consultations) {
    out += std::string("征求") + ConsulteeLabel(c.consultee) + (c.party.empty() ? "" : "“" + c.party + "”") +
           "意见，" + c.sent_on.ToString() + "至" + c.ended_on.value_or(c.window_end).ToString() +
           "不计入答复期限（条例第三十三条第三款）";
    if (!c.ended_on) out += "，尚未答复，暂按征求意见期限届满日计算";
    if (c.lapsed) out += "，期限届满未答复";
    out += "。";
  }
  if (settings_.fee_pauses_clock) {
    for (const DateRange& p : fee_pauses_) {
      out += "收费通知至缴费期间" + p.first.ToString() + "至" + p.last.ToString() +
             "不计入答复期限（国办函〔2020〕109号）。";
    }
    if (fee_pause_start_) {
      out += "待缴信息处理费，缴费期限至" + r_.fee_payment_due->ToString() +
             "，自" + fee_pause_start_->ToString() + "起暂停计算，暂按缴费期限届满日计算。";
    }
  }
  if (r_.due_count) out += r_.due_count->Explain();
  if (r_.answered_late) out += "答复日期" + r_.closed_on->ToString() + "晚于答复期限。";
  return out;
}

}  // namespace

Result<ClockResult> ComputeClock(std::span<const ProcedureEvent> events,
                                 const WorkdayCalendar& calendar, Channel channel,
                                 const ClockSettings& settings) {
  Replay replay(calendar, channel, settings);
  for (size_t i = 0; i < events.size(); ++i) {
    if (Status s = replay.Apply(i, events[i]); !s.ok()) return s;
  }
  return replay.Finish();
}

}  // namespace gongkai::law
