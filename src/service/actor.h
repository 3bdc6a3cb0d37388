// Who performs a use case: every service call that changes something takes
// the acting user, and what it writes records the name. (Roles and the
// agency scope that one policy function checks come with the back office,
// DESIGN.md "The web layer"; until then the name is what is known.)
#pragma once

#include <string>

namespace gongkai::service {

struct Actor {
  std::string name;  // 经办人 / 操作人 as recorded in the logs; never empty for a write
};

}  // namespace gongkai::service
