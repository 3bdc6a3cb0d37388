// Internal: gongkai mail … — the leader's mailbox (领导信箱) on the command line:
// mail_commands.cc (new, assign, reply, extend, transfer, close, publish)
// and mail_view_commands.cc (show, track, list, remind, stats).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "app/workspace.h"
#include "core/status.h"
#include "service/message_service.h"

namespace gongkai::app {

// AddMailCommands is declared in case_command_parts.h; internal to the mail
// commands:
void AddMailViewCommands(CLI::App& mail, int& exit_code);

// The database opened for use, the calendars, the mailbox settings of the
// data directory and the MessageService over them; `with_screen` builds the
// personal-information screen (only publishing needs it).
struct MailDesk {
  std::unique_ptr<service::Database> db;
  DataCalendars calendars;
  std::unique_ptr<service::MessageService> mail;
};
// Fails like OpenWorkspaceDatabase (exit 2 for the caller).
Result<std::unique_ptr<MailDesk>> OpenMailDesk(const std::string& db_flag, bool with_screen);

// The moment of a command: now, on `on` (YYYY-MM-DD) when given. nullopt
// (after printing why) when `on` is not a date.
std::optional<service::Moment> MomentArg(const std::string& on);

}  // namespace gongkai::app
