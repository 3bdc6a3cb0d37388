// The review workflow of a publication as pure rules: which action the
// current state allows, and the state it leads to.
//
//   draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published
//     ▲                  │                     │                     │
//     └─────return───────┴─────────────────────┘        withdraw ◀───┤
//     ▲                                                              │
//     └──────────────────────────revise (new version)────────────────┘
//
// A withdrawn publication is never deleted and takes no further action.
// 废止/失效 (abolish, expire) apply to a public 规章 or 规范性文件 that is
// 有效, and do not change the review state.
#pragma once

#include "core/status.h"
#include "domain/publication.h"

namespace gongkai::domain {

// OK when `action` is allowed on `p` now; else kInvalidInput with a zh-CN
// message that names the state and what is allowed instead.
Status CheckPublicationAction(const Publication& p, PublicationAction action);

// The state after `action` (which CheckPublicationAction allowed).
PublicationState StateAfter(PublicationState state, PublicationAction action);

}  // namespace gongkai::domain
