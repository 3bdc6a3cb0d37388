// The visitor cookie: a random id the portal gives a browser when it shows
// a form, so the form's token (service/form_guard.h) can only come back
// from that browser. It identifies nothing else: no account, no tracking
// across sites (SameSite=Strict, HttpOnly, this site's path only).
#pragma once

#include <string>

#include "web/http.h"

namespace gongkai::web {

inline constexpr const char* kVisitorCookie = "gk_v";

// The visitor id the request's Cookie header carries, or "" when there is
// none or it is not one this site makes (32 characters of [0-9A-Z]).
std::string VisitorOf(const Request& request);

// Whether the request came over TLS (directly or as a proxy says).
bool OverTls(const Request& request);

// Sets the cookie on `response` (a year, so a form left open stays valid).
void SetVisitorCookie(const Request& request, Response& response, const std::string& id);

}  // namespace gongkai::web
