// Where an application stands in the procedure (application-workflow.md §3).
// Domain-neutral: the domain layer maps these onto its ApplicationState.
#pragma once

#include <optional>
#include <string_view>

namespace gongkai::law {

enum class ProcedureState {
  kSubmitted,            // not yet received: the clock has not started
  kInReview,             // received, the clock runs (RECEIVED and IN_REVIEW of the spec:
                         // no event separates them)
  kCorrectionRequested,  // 补正 notice sent: the clock stops (第三十条)
  kReasonsRequested,     // reasons of excessive requests asked (第三十五条): clock runs [I]
  kConsulting,           // a third party / other agency is asked: clock paused (第三十三条第三款)
  kFeePending,           // fee notice received, not paid: clock paused by default [R]
  kDecided,              // answered (on the spot or in writing): terminal
  kClosed,               // deemed abandoned or withdrawn: terminal
};

const char* ProcedureStateName(ProcedureState s);   // "in_review" …
const char* ProcedureStateLabel(ProcedureState s);  // 办理中 …
std::optional<ProcedureState> ParseProcedureState(std::string_view name);
bool IsTerminal(ProcedureState s);

}  // namespace gongkai::law
