// The fields of an application derived from its events by law/ (state,
// 收到申请之日, due date, closing date, outcome). The store writes them in the
// same transaction as the event that changed them.
#pragma once

#include <optional>

#include "core/civil_date.h"
#include "core/status.h"
#include "domain/application.h"
#include "law/reply_type.h"

namespace gongkai::service {

struct ApplicationSummary {
  domain::ApplicationState state = domain::ApplicationState::kSubmitted;
  std::optional<CivilDate> received_on;
  std::optional<CivilDate> due_on;
  std::optional<CivilDate> closed_on;
  std::optional<law::ReplyType> outcome;
};

ApplicationSummary SummaryOf(const domain::Application& a);
void ApplySummary(const ApplicationSummary& s, domain::Application& a);

// Checks the invariants every store enforces: a closed application has a
// closing date and an outcome (and only a closed one has them); it was
// received, and not after it was closed. Messages say which field is wrong.
Status ValidateSummary(const ApplicationSummary& s);

}  // namespace gongkai::service
