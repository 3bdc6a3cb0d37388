#include "law/procedure_state.h"

namespace gongkai::law {
namespace {

constexpr ProcedureState kAll[] = {
    ProcedureState::kSubmitted,   ProcedureState::kInReview,   ProcedureState::kCorrectionRequested,
    ProcedureState::kReasonsRequested, ProcedureState::kConsulting, ProcedureState::kFeePending,
    ProcedureState::kDecided,     ProcedureState::kClosed,
};

}  // namespace

const char* ProcedureStateName(ProcedureState s) {
  switch (s) {
    case ProcedureState::kSubmitted:
      return "submitted";
    case ProcedureState::kInReview:
      return "in_review";
    case ProcedureState::kCorrectionRequested:
      return "correction_requested";
    case ProcedureState::kReasonsRequested:
      return "reasons_requested";
    case ProcedureState::kConsulting:
      return "consulting";
    case ProcedureState::kFeePending:
      return "fee_pending";
    case ProcedureState::kDecided:
      return "decided";
    case ProcedureState::kClosed:
      return "closed";
  }
  return "submitted";
}

const char* ProcedureStateLabel(ProcedureState s) {
  switch (s) {
    case ProcedureState::kSubmitted:
      return "待确认收到";
    case ProcedureState::kInReview:
      return "办理中";
    case ProcedureState::kCorrectionRequested:
      return "待补正";
    case ProcedureState::kReasonsRequested:
      return "待说明理由";
    case ProcedureState::kConsulting:
      return "征求意见中";
    case ProcedureState::kFeePending:
      return "待缴费";
    case ProcedureState::kDecided:
      return "已答复";
    case ProcedureState::kClosed:
      return "已终止";
  }
  return "待确认收到";
}

std::optional<ProcedureState> ParseProcedureState(std::string_view name) {
  for (ProcedureState s : kAll) {
    if (name == ProcedureStateName(s)) return s;
  }
  return std::nullopt;
}

bool IsTerminal(ProcedureState s) {
  switch (s) {
    case ProcedureState::kDecided:
    case ProcedureState::kClosed:
      return true;
    case ProcedureState::kSubmitted:
    case ProcedureState::kInReview:
    case ProcedureState::kCorrectionRequested:
    case ProcedureState::kReasonsRequested:
    case ProcedureState::kConsulting:
    case ProcedureState::kFeePending:
      return false;
  }
  return false;
}

}  // namespace gongkai::law
