// What every public form page shares: a token issued to the visitor's
// browser (and the visitor cookie when it has none), the values sent back
// into the fields when a form is refused, the message next to each field
// and a summary at the top that links to them, and no caching of pages that
// hold a form or someone's answers.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "domain/online_application_form.h"
#include "web/backend.h"
#include "web/form_data.h"
#include "web/http.h"
#include "web/view.h"

namespace gongkai::web {
class Site;
}

namespace gongkai::web {

struct FormTicket {
  std::string visitor;  // the browser's id (new when it had none)
  bool new_visitor = false;
  std::string token;
};

// Issues a token for a form of `purpose` to the request's browser.
Result<FormTicket> IssueForm(Backend& backend, service::FormGuard& guard, const Request& request,
                             const std::string& purpose);

// Sets the visitor cookie when it is new, and Cache-Control: no-store.
void FinishFormPage(const Request& request, const FormTicket& ticket, Response& response);
// Cache-Control: no-store (pages with a query code or an answer).
void NoStore(Response& response);

// The guard of a look-up form (by query code and phone): the token checked
// and used, and the look-up counted against the client's limit — also when
// sent quickly (a code pasted from the receipt takes a second): the limit,
// counted for every look-up, is what stops guessing.
Result<service::GuardVerdict> AdmitLookUp(Backend& backend, service::FormGuard& guard,
                                          const Request& request, const FormData& form);

// A page holding a form of `purpose`: a token issued and set as `token`,
// `view` rendered with `name` in the layout, the visitor cookie set when
// new, no caching. `column` names the 47号 ColumnName (ColumnType `type`).
Response FormPage(Site& site, const Request& request, service::FormGuard& guard,
                  const std::string& purpose, View view, int status, const std::string& name,
                  const std::string& title, const std::string& column, const std::string& type);

// The agencies of the database for a select (id, name, selected).
Result<std::vector<View>> AgencyChoices(service::Database& db, const std::string& chosen);

// Sets v_NAME for every field in `names` from `form` (what the visitor typed,
// shown again), and sel_NAME_VALUE for the choices made.
void EchoFields(const FormData& form, const std::vector<std::string>& names, View& view);

// err_FIELD (the message next to the field) for each error, `errors` (the
// summary list: field, message) and `has_errors`.
void SetFieldErrors(const std::vector<domain::FieldError>& errors, View& view);

}  // namespace gongkai::web
