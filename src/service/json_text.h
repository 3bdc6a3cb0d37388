// Small JSON text builders for the data column of logs (service/ has no
// JSON library): values are passed as JSON text already.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::service {

// "text" with quotes, backslashes and control characters escaped.
std::string JsonString(std::string_view text);
// {"key": value, …} from (key, JSON text) pairs, in order.
std::string JsonObject(const std::vector<std::pair<std::string, std::string>>& members);
// [a, b, …] from JSON texts.
std::string JsonArray(const std::vector<std::string>& items);

}  // namespace gongkai::service
