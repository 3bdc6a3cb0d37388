// The flags that describe one procedure event on the command line, shared by
// `case event` and `case correct`.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "law/procedure_event.h"

namespace gongkai::app {

struct EventArgs {
  std::string kind;  // snake_case name; "fee_notice" is fee_notice_received
  std::string on, reply, approver, party, consultee, letter_received, sent, deadline, method;
  int days = 0;
  int64_t pieces = 0;
  int64_t pages = 0;
};

// --on (required unless `on_optional`), --reply, --approver, --days, --party,
// --consultee, --letter-received, --sent, --deadline, --method, --pieces, --pages.
void AddEventOptions(CLI::App& command, EventArgs& args, bool on_optional = false);

// The event the flags describe. Prints a Chinese message naming the flag and
// returns none when a flag is malformed or does not belong to the kind.
std::optional<law::ProcedureEvent> EventFromArgs(const EventArgs& args);

// The kind a command-line word names (aliases included), or none.
std::optional<law::ProcedureEventKind> EventKindArg(const std::string& word);

// "可用：submitted、arrived、…" for messages.
std::string EventKindChoices();

}  // namespace gongkai::app
