// The fixed vocabularies of the 政府信息公开目录: the items of 条例第二十条
// (what every body publishes proactively) and the 22 first-level classes of
// the 国务院公文主题分类 (portal-and-catalogue.md §1.4, §1.5).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::domain {

inline constexpr int kArticle20Items = 15;

// The text of 第二十条 item n (1–15), e.g. 5 → 办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果.
const char* Article20ItemText(int n);
// "（五）" for 5.
std::string Article20ItemLabel(int n);
// 5, "5", "五", "（五）", "(五)" and "第五项" all give 5; nullopt otherwise.
std::optional<int> ParseArticle20Item(std::string_view text);

// The first-level 主题分类 classes, in the official order.
const std::vector<std::string>& TopicClasses();
// The two-digit code of a first-level class ("01" …), for {cat} in 索引号.
std::optional<std::string> TopicClassCode(std::string_view first_level);
// OK when the first level of `path` (before the first "\" or "/") is one of
// TopicClasses(); the second level is free (local trees). Returns the path
// with "/" written as "\" or an error listing the classes.
std::optional<std::string> NormalizeTopic(std::string_view path);

}  // namespace gongkai::domain
