// The "forms" section of <data dir>/settings.json (docs/settings.md): the
// public forms' guard and the online application's upload limit ([I]: the
// spec sets no figures; these are the defaults of service/form_guard.h and
// domain/online_application_form.h).
//
//   {"forms": {"min_fill_seconds": 3, "max_age_seconds": 7200,
//              "apply_limit": {"count": 5, "seconds": 3600},
//              "mail_limit": {"count": 5, "seconds": 3600},
//              "track_limit": {"count": 20, "seconds": 600},
//              "max_proof_bytes": 5242880}}
//
// Every key is optional; unknown keys and values out of range are errors
// naming the file and the key.
#pragma once

#include <string>

#include "core/status.h"
#include "domain/online_application_form.h"
#include "service/form_guard.h"

namespace gongkai::app {

struct FormsSettings {
  service::FormGuardSettings guard;
  domain::FormLimits limits;
};

Result<FormsSettings> ParseFormsSettings(const std::string& text, const std::string& path);
Result<FormsSettings> LoadFormsSettings(const std::string& data_dir);

}  // namespace gongkai::app
