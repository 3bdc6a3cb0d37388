// The word lists of search_corpus (project-written): morphemes the
// generator combines into compound words, whole phrases of government
// writing, and the pieces of titles and metadata. Each list is in no
// particular order; the generator gives every list its own Zipf ranking.
#pragma once

#include <vector>

namespace gongkai::bench::words {

// 2-character subject areas (乡村, 财政, 安全 …): the first half of a compound.
const std::vector<const char*>& Domains();
// 2-character heads (振兴, 预算, 生产 …): the second half of a compound.
const std::vector<const char*>& Heads();
// Whole set phrases of government writing (政府信息公开, 营商环境 …), 3–7
// characters; they rank above the generated compounds.
const std::vector<const char*>& Phrases();
// 2-character verbs (加强, 推进 …).
const std::vector<const char*>& Verbs();
// Adverbs and modifiers (进一步, 切实 …).
const std::vector<const char*>& Adverbs();
// 2-character general nouns (工作, 措施 …).
const std::vector<const char*>& Nouns();
// Who does it (各级各部门, 市政府 …).
const std::vector<const char*>& Subjects();
// Connectives that open a clause (按照, 根据 …).
const std::vector<const char*>& Openers();
// Kinds of plans in titles (实施方案, 管理办法 …).
const std::vector<const char*>& PlanKinds();
// Kinds of notices in titles (通知, 公告 …).
const std::vector<const char*>& NoticeKinds();
// Publishing agencies of the generated city (市财政局 …) and townships.
const std::vector<const char*>& Agencies();
// 主题分类 paths.
const std::vector<const char*>& Topics();
// Measure words after numbers (项, 个, 家 …).
const std::vector<const char*>& Measures();

}  // namespace gongkai::bench::words
