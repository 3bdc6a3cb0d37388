// The "mailbox" section of <data dir>/settings.json (docs/mailbox.md):
//
//   {"mailbox": {"ack_wd": 2,            // [I] 受理 within N 工作日
//                "reply_wd": 10,         // [I] reply within N 工作日
//                "extend_wd": 10,        // [I] one extension of N 工作日
//                "alert_ratio": 0.8,     // [I] "due soon" from this share of the limit
//                "veto_risk_days": 60}}  // [I] open longer: 3-month veto risk
//
// Every key is optional (the defaults are domain::MailboxSettings'); unknown
// keys, wrong types and values out of range are errors naming the file and
// the key.
#pragma once

#include <string>

#include "core/status.h"
#include "domain/message_workflow.h"

namespace gongkai::app {

Result<domain::MailboxSettings> ParseMailboxSettings(const std::string& text,
                                                     const std::string& path);
Result<domain::MailboxSettings> LoadMailboxSettings(const std::string& data_dir);

}  // namespace gongkai::app
