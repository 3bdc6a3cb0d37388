// What each agency of the demo city (demo_city.h, same order) publishes:
// its 组织机构代码, the clerk, reviewer and leader who handle its
// publications, its 文号 prefixes, the work it writes about and the titles
// of its notices. Used by demo_pub_plan.cc and demo_texts*.cc only.
//
// Title placeholders: {a} the agency's full name, {t} its short name, {y}
// the year, {py} the year before, {ny} the year after, {p} and {p2} places,
// {f} a firm, {m} the month before publication, {q} the quarter before it
// (一 … 四), {n} a running number (第{n}批), {w} one of the agency's work items,
// {k} a phase (汛期, 岁末年初 …), {r} a road, {x} a housing estate, {o} what is
// bought (办公家具 …).
#pragma once

#include <span>
#include <string>

#include "app/demo_city.h"

namespace gongkai::app::demo {

// How the body of a general publication is laid out (demo_texts.h).
enum class Genre {
  kNotice,        // 通知、通报: 主送机关, 一、二、三, 落款
  kAnnouncement,  // 公告、通告
  kPlan,          // 工作要点、方案、计划
  kReport,        // 总结、报告、年度报告
  kBudget,        // 部门预算、决算公开
  kRecruit,       // 招聘公告
  kProcurement,   // 政府采购意向、结果公告
  kApproval,      // 项目批复
  kPenalty,       // 行政处罚决定公示
  kStatistics,    // 统计公报、月度数据
  kList,          // 名单公示（补贴、低保、拟聘用）
  kInfo,          // 机构职能、办公地址、领导分工
};

// What attachment an item of a title usually carries.
enum class Attach { kNone, kSheet, kText };

struct TitleTemplate {
  const char* title;
  const char* topic;  // 主题分类 path under one of the 22 first-level classes
  int item;           // 条例第二十条 item, 1–15
  Genre genre;
  int weight;      // relative frequency within the agency; 0: once a year
  int month_from;  // published in these months (1–12)
  int month_to;
  Attach attach;
};

struct PubProfile {
  const char* short_name;        // 市财政局, 白沙镇
  const char* org_base;          // the first 8 characters of the 组织机构代码
  const char* clerk;             // 经办人: drafts, submits, masks
  const char* reviewer;          // 审核人: approves and publishes
  const char* leader;            // 分管负责人: approves what the reviewer submitted
  const char* normative_prefix;  // 文号 of 行政规范性文件, e.g. 青财规; nullptr: issues none
  const char* doc_prefix;        // 文号 of its ordinary documents, e.g. 青财发
  const char* phone;             // the office's landline (no mobile: the screen would stop it)
  const char* address;           // 办公地址
  int weight;                    // share of the general publications
  std::span<const char* const> work_items;          // {w}
  std::span<const char* const> normative_subjects;  // what its 规范性文件 regulate
};

// The mayor (市长) who chairs the 常务会议 and signs the 规章.
inline constexpr const char* kMayor = "周建华";

// One per agency of CityAgencies(), in the same order.
std::span<const PubProfile> PubProfiles();
// The titles of the agency at `agency` (demo_pub_titles.cc).
std::span<const TitleTemplate> AgencyTitles(int agency);
// Titles every agency uses (预决算, 年度报告, 招聘, 采购意向 …).
std::span<const TitleTemplate> SharedTitles();
// Subjects of the city government's 规章.
std::span<const char* const> RegulationSubjects();
// Places in the city ({p}); the township at `agency` (≥ 11) has its own.
std::span<const char* const> PlacesOf(int agency);

// The fills of {k}, {r}, {x} and {o}.
std::span<const char* const> Phases();
std::span<const char* const> Roads();
std::span<const char* const> Estates();
std::span<const char* const> PurchaseObjects();
// A firm of the city ({f}): 青山市恒达建材有限公司, 青山市白沙镇鑫源农资经营部 …
std::string DrawFirm(Dice& dice);

// The 9-character 组织机构代码: `base` (8 digits/letters) and its check
// character (GB 11714: weights 3 7 9 10 5 8 4 2, C9 = 11 − S mod 11, 10 → X).
std::string OrgCode(const char* base);

}  // namespace gongkai::app::demo
