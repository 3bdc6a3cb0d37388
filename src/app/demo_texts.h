// The bodies of the demo publications, assembled from a phrase bank written
// for this project (no text is taken from real government sites): a notice
// has its 主送机关, an opening, points 一、二、三 … and a 落款 with the date;
// a 规范性文件 has its articles (第一条 …), a meeting its 议定事项, an
// interpretation its 起草背景 / 主要内容 / 解读机关. Used by demo_pub_plan.cc.
#pragma once

#include <string>
#include <vector>

#include "app/demo_city.h"
#include "app/demo_personal_data.h"
#include "app/demo_pub_profiles.h"
#include "core/civil_date.h"

namespace gongkai::app::demo {

// What a body is about; the fills of its phrases.
struct TextContext {
  int agency = 0;           // index into CityAgencies() / PubProfiles()
  std::string agency_name;  // full name (落款)
  std::string title;
  CivilDate date;  // 成文日期 (落款)
  std::string place, place2, firm, work;
  std::string phase, road, estate, object;  // {k} {r} {x} {o} of titles
  std::string doc_no;                       // this document's 文号, if any
};

using Paragraphs = std::vector<std::string>;

// A general publication of `genre`, about `target` characters long (at
// least 200, at most 5 000).
Paragraphs WriteBody(Dice& dice, Genre genre, const TextContext& c, int target);
// A 行政规范性文件 or (regulation) a 规章 on `subject`, in articles.
Paragraphs WriteNormativeBody(Dice& dice, const TextContext& c, const std::string& subject,
                              bool regulation, int target);
// The 政策解读 of the document titled `policy_title` (文号 `policy_doc_no`).
Paragraphs WriteInterpretationBody(Dice& dice, const TextContext& c,
                                   const std::string& policy_title,
                                   const std::string& policy_doc_no, const std::string& subject);
// The minutes of a meeting chaired by `chair`, or a press conference's
// summary (a title with 发布会).
Paragraphs WriteMeetingBody(Dice& dice, const TextContext& c, const std::string& chair);

// A sentence that carries `number` (the planted personal data): a 公示's
// 当事人 with an ID, a contact's mobile, a subsidy's card. `statutory`: the
// wording of the cases a reviewer lets stay (a published work phone, a
// unit's collection account).
std::string PlantedSentence(Dice& dice, PlantedKind kind, const std::string& number, bool statutory,
                            const TextContext& c);
// A sentence with an 18-digit number that is not an ID (合同编号 …).
std::string ContractNumberSentence(Dice& dice, const std::string& number, const TextContext& c);
// Inserts `sentence` as its own paragraph before the 落款 (the last two).
void InsertBeforeSignature(Paragraphs& body, const std::string& sentence);

// 2025年3月12日
std::string ChineseDate(CivilDate d);
// One <p> per paragraph, text escaped.
std::string ParagraphsHtml(const Paragraphs& body);
// Characters (code points) in all paragraphs.
int BodyLength(const Paragraphs& body);

// Shared by the demo_texts*.cc files: `tmpl` with {a} {t} {w} {p} {p2} {f}
// {k} {r} {x} {o} {y} {py} {ny} {tel} {addr} {doc} filled from `c`.
std::string FillText(const std::string& tmpl, const TextContext& c);
// The 落款: agency and date.
void Sign(Paragraphs& body, const TextContext& c);
// Adds generic work sentences about c.work (not yet in `body`) before the
// 落款 until `body` reaches `target`.
void PadToLength(Dice& dice, Paragraphs& body, const TextContext& c, int target);

}  // namespace gongkai::app::demo
