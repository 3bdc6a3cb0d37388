// The headers every response carries (portal-and-catalogue.md §7, issue 9):
// a Content-Security-Policy without 'unsafe-inline' (pages load only this
// site's CSS, scripts and images; no frames), frame-ancestors 'none' and
// X-Frame-Options DENY, nosniff, a same-origin Referrer-Policy, and HSTS
// when the request came over TLS (directly or as told by a proxy's
// X-Forwarded-Proto: https).
#pragma once

#include "web/http.h"

namespace gongkai::web {

void AddSecurityHeaders(const Request& request, Response& response);

}  // namespace gongkai::web
