// 统一社会信用代码 (GB 32100-2015), the identity of a 法人或者其他组织 on an
// application (第二十九条). Pure.
#pragma once

#include <string_view>

namespace gongkai::domain {

// 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V):
// 登记管理部门码, 机构类别码, 6-digit 登记管理机关行政区划码, the 9-character
// 主体标识码 and a check character: with the characters' values a_i (their
// position in that alphabet) and weights w_i = 3^(i-1) mod 31 (1 3 9 27 19
// 26 16 17 20 29 25 13 8 24 10 30 28), check = 31 − (Σ a_i·w_i mod 31),
// where 31 is written as 0. Upper case only: callers fold case first.
bool ValidCreditCode(std::string_view code18);

}  // namespace gongkai::domain
