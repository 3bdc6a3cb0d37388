// The phrase bank of the demo bodies: notices, announcements, plans and
// reports; the shared helpers. Forms (公示, 招聘, 采购 …) are in
// demo_texts_forms.cc, policies and meetings in demo_texts_policy.cc.
#include "app/demo_texts.h"

#include <algorithm>
#include <iterator>

#include "core/chinese_number.h"
#include "core/utf8.h"

namespace gongkai::app::demo {
namespace {

template <typename T, size_t N>
const T& Pick(Dice& dice, const T (&items)[N]) {
  return items[dice.Below(static_cast<int>(N))];
}

const char* const kAddressees[] = {
    "各镇人民政府、街道办事处，市政府各部门，各有关单位：",
    "各镇人民政府、街道办事处，市直各有关单位：",
    "各有关单位：",
    "各镇（街道）、各有关部门：",
    "局机关各科室、各二级机构：",
};

const char* const kNoticeOpenings[] = {
    "为深入贯彻落实国家和省有关决策部署，进一步做好{w}工作，经研究，现就有关事项通知如下：",
    "为切实加强{w}"
    "，推动各项任务落地见效，根据国家和省有关规定，结合我市实际，现将有关事项通知如下：",
    "根据全年工作安排，{y}年将继续组织开展{w}工作。为确保工作有序推进，现将有关要求通知如下：",
    "近期，{w}工作取得阶段性进展，但部分地方和单位仍存在责任落实不到位、工作进度不平衡等问题。"
    "为进一步压实责任、加快进度，现就有关事项通知如下：",
    "为认真落实市委、市政府工作要求，扎实做好{w}"
    "工作，不断提升群众获得感和满意度，现就有关事项通知如下：",
};

const char* const kHeadings[] = {
    "提高思想认识", "明确工作目标", "突出工作重点", "压实工作责任", "强化督促检查", "加强宣传引导",
    "严格时间节点", "做好信息报送", "加强组织保障", "注重统筹协调", "规范工作程序", "强化要素保障",
};

const char* const kWorkSentences[] = {
    "各单位要充分认识{w}的重要意义，把思想和行动统一到上级决策部署上来，切实增强责任感和紧迫感。",
    "要坚持问题导向和目标导向，聚焦群众反映强烈的突出问题，逐项制定整改措施，明确责任单位和完成时限"
    "。",
    "{y}年底前，基本建立覆盖全市的{w}工作机制，重点领域和关键环节的制度短板得到有效补齐。",
    "各镇（街道）、各有关部门要按照职责分工，加强沟通协作，形成工作合力，确保各项任务按期完成。",
    "要建立健全工作台账，实行清单化管理、项目化推进，每月底前将工作进展情况报送{t}。",
    "{t}将会同有关部门适时开展督导检查，对工作推进不力、措施落实不到位的单位予以通报。",
    "要充分利用政府网站、政务新媒体等渠道，加强政策宣传解读，及时回应社会关切，营造良好氛围。",
    "坚持依法依规、公开透明，严格执行有关程序规定，自觉接受社会监督。",
    "要加强经费保障和人员配备，对工作中遇到的困难和问题及时研究解决，重大事项及时向市人民政府报告"
    "。",
    "对标先进地区经验做法，创新工作方式方法，着力提升{w}的规范化、标准化、便利化水平。",
    "要统筹发展和安全，落实防范化解风险的各项措施，坚决守住安全底线。",
    "各牵头单位要发挥统筹作用，定期召开调度会议，协调解决跨部门、跨区域的重点难点问题。",
    "要深入基层一线开展调查研究，摸清底数、找准症结，做到底数清、情况明、措施实。",
    "要注重总结推广典型经验，以点带面推动{w}工作整体提升。",
    "对群众反映的问题，要建立受理、办理、反馈、回访的闭环机制，做到件件有着落、事事有回音。",
    "要严格落实工作责任制，主要负责同志亲自抓、负总责，分管负责同志具体抓、抓落实。",
    "要把{w}纳入年度绩效考核内容，考核结果作为评先评优的重要依据。",
    "要加强业务培训，提高工作人员的政策水平和业务能力，确保各项政策执行不走样。",
    "{p}等地要发挥示范带动作用，率先完成各项任务，为全市面上工作积累经验。",
    "要强化数据共享和信息互通，依托一体化政务服务平台，推动更多事项网上办、掌上办、就近办。",
    "各单位要于每季度结束后5个工作日内，将工作推进情况、存在问题及下一步打算书面报送{t}。",
    "要坚持勤俭节约，严格执行财经纪律，确保资金使用安全、规范、高效。",
    "要坚持以人民为中心的发展思想，把群众满意不满意作为检验工作成效的根本标准。",
    "对排查发现的问题，要建立问题清单、责任清单和整改清单，实行销号管理，整改一个、销号一个。",
    "要加强与上级业务部门的沟通对接，积极争取政策、资金和项目支持。",
    "要严格落实属地管理责任和行业监管责任，做到守土有责、守土负责、守土尽责。",
    "要把{w}与优化营商环境、改善民生福祉等工作统筹推进，做到相互促进、协调发展。",
    "要建立健全长效管理机制，防止问题反弹回潮，巩固提升工作成果。",
    "要畅通群众监督渠道，公布监督电话，主动接受人大代表、政协委员和社会各界的监督。",
    "各单位主要负责同志是第一责任人，要亲自研究部署，及时协调解决工作推进中的重大问题。",
    "要加强对基层工作人员的业务指导，编印工作指引，统一工作标准和办理流程。",
    "要充分发挥村（社区）和网格员作用，做到情况早发现、问题早解决、矛盾早化解。",
    "要强化资金绩效管理，对资金使用情况开展跟踪问效，确保资金发挥最大效益。",
    "{p}要结合本地实际，制定具体实施方案，明确路线图、时间表和责任人。",
    "要统筹安排好工作力量，实行专班推进、挂图作战，确保各项工作有序衔接。",
    "各单位要严格执行信息报送制度，重要情况随时报告，不得迟报、漏报、瞒报。",
    "要积极运用大数据等信息化手段，提升{w}的精准化、智能化水平。",
    "要坚持边查边改、立行立改，对能够立即整改的问题，要迅速整改到位。",
    "要认真总结工作中的好经验好做法，及时形成制度成果，为持续深化{w}提供制度保障。",
    "要组织开展满意度测评，广泛听取服务对象意见建议，不断改进工作作风。",
};

const char* const kAnnouncementOpenings[] = {
    "根据国家和省有关法律法规及政策规定，现将有关事项公告如下：",
    "为保障{w}工作顺利实施，维护公共利益和群众合法权益，现将有关事项公告如下：",
    "经{a}研究决定，现将有关事项予以公告。具体如下：",
};

const char* const kAnnouncementItems[] = {
    "实施范围：{p}及周边区域，具体以现场设置的标志标线和公示图为准。",
    "实施时间：自本公告发布之日起至相关工作完成之日止，届时将另行公告。",
    "在此期间，请相关单位和个人积极支持配合，按照现场工作人员的指引有序办理有关事项。",
    "{p}范围内的各类经营主体应当遵守本公告的各项规定，自觉接受监督管理。",
    "对拒不配合、妨碍工作正常开展的，由有关部门依法依规处理。",
    "本公告所涉及的具体事项，以有关部门的批准文件为准。",
    "有关单位和个人对本公告内容有异议的，可在公告发布之日起10个工作日内向{a}书面反映。",
    "咨询地址：{addr}；咨询电话：{tel}（工作日上午8:30—12:00，下午14:30—17:30）。",
};

const char* const kPlanOpenings[] = {
    "{y}年是“十四五”规划收官之年。为扎实做好全年{w}工作，结合工作实际，制定本方案（要点）。",
    "为全面落实上级关于{w}的部署要求，推动各项工作提质增效，现制定如下工作安排。",
};

const char* const kPlanTargets[] = {
    "到{y}年底，{w}工作机制进一步健全，重点任务按期完成，群众满意度明显提升。",
    "全年力争完成{w}重点任务清单所列事项，主要指标保持全省同类地区前列。",
};

const char* const kReportOpenings[] = {
    "{y}年以来，{a}在市委、市政府的坚强领导下，紧紧围绕中心工作，扎实推进{w}"
    "等各项工作，取得了明显成效。现将有关情况报告如下：",
    "按照有关工作要求，现将{a}{w}工作开展情况报告如下：",
};

const char* const kReportSections[] = {
    "主要工作开展情况",
    "取得的成效",
    "存在的问题和不足",
    "下一步工作打算",
};

const char* const kReportFacts[] = {
    "全年共组织开展{w}专项检查{n1}次，发现并整改问题{n2}个，整改完成率{pct}%。",
    "累计举办业务培训{n1}期，培训人员{n2}人次，工作人员业务能力进一步提升。",
    "通过政府网站和政务新媒体发布相关信息{n2}条，及时回应社会关切。",
    "受理群众咨询和投诉{n2}件，按时办结率{pct}%，群众满意度持续提高。",
    "但也要看到，工作中还存在基层力量相对薄弱、部门协同不够顺畅等问题，需要在今后工作中加以解决。",
    "下一步，将继续坚持问题导向，完善工作机制，加强督促检查，推动{w}工作再上新台阶。",
};

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = 0; (at = text.find(key, at)) != std::string::npos; at += value.size()) {
    text.replace(at, key.size(), value);
  }
  return text;
}

std::string WithNumbers(Dice& dice, std::string s) {
  s = Replace(s, "{n1}", std::to_string(dice.Between(3, 40)));
  s = Replace(s, "{n2}", std::to_string(dice.Between(40, 900)));
  return Replace(s, "{pct}", std::to_string(dice.Between(92, 100)));
}

// A work sentence that `body` does not have yet (after a few tries, any).
std::string FreshSentence(Dice& dice, const Paragraphs& body, const std::string& more,
                          const TextContext& c) {
  std::string s;
  for (int attempt = 0; attempt < 12; ++attempt) {
    s = FillText(Pick(dice, kWorkSentences), c);
    bool seen = more.find(s) != std::string::npos;
    for (size_t i = 0; i < body.size() && !seen; ++i) seen = body[i].find(s) != std::string::npos;
    if (!seen) break;
  }
  return s;
}

// A point heading 一、… and one to three sentences (`sub`: as （一）（二） items).
void NumberedPoint(Dice& dice, int n, bool sub, Paragraphs& body, const TextContext& c) {
  std::string s = ChineseNumeral(n) + "、" + Pick(dice, kHeadings);
  if (!sub) {
    s += "。";
    const int sentences = dice.Between(1, 3);
    for (int i = 0; i < sentences; ++i) s += FreshSentence(dice, body, s, c);
    body.push_back(std::move(s));
    return;
  }
  body.push_back(std::move(s));
  const int items = dice.Between(2, 3);
  for (int i = 1; i <= items; ++i) {
    std::string item = "（" + ChineseNumeral(i) + "）";
    item += FreshSentence(dice, body, "", c);
    item += FreshSentence(dice, body, item, c);
    body.push_back(std::move(item));
  }
}

Paragraphs Notice(Dice& dice, const TextContext& c, int target) {
  Paragraphs body{FillText(Pick(dice, kAddressees), c), FillText(Pick(dice, kNoticeOpenings), c)};
  const bool sub = target > 1500;
  for (int n = 1; n <= 9 && (n <= 3 || BodyLength(body) < target); ++n)
    NumberedPoint(dice, n, sub, body, c);
  if (dice.Chance(0.5)) body.push_back(FillText("联系电话：{tel}。", c));
  Sign(body, c);
  return body;
}

Paragraphs Announcement(Dice& dice, const TextContext& c) {
  Paragraphs body{FillText(Pick(dice, kAnnouncementOpenings), c)};
  // In their natural order: range, time, cooperation, sanctions, objections,
  // contact; some announcements leave some out.
  const size_t items = std::size(kAnnouncementItems);
  int n = 0;
  for (size_t i = 0; i < items; ++i) {
    if (n >= 2 && i + 1 < items && dice.Chance(0.3)) continue;
    body.push_back(ChineseNumeral(++n) + "、" + FillText(kAnnouncementItems[i], c));
  }
  body.push_back("特此公告。");
  Sign(body, c);
  return body;
}

Paragraphs Plan(Dice& dice, const TextContext& c, int target) {
  Paragraphs body{FillText(Pick(dice, kPlanOpenings), c), "一、总体目标",
                  FillText(Pick(dice, kPlanTargets), c), "二、重点任务"};
  for (int n = 1; n <= 12 && (n <= 3 || BodyLength(body) < target - 200); ++n) {
    std::string s = "（" + ChineseNumeral(n) + "）" + Pick(dice, kHeadings) + "。";
    s += FreshSentence(dice, body, s, c);
    if (target > 2500) s += FreshSentence(dice, body, s, c);
    body.push_back(std::move(s));
  }
  body.push_back("三、保障措施");
  body.push_back(FillText(kWorkSentences[15], c) + FillText(kWorkSentences[5], c));
  Sign(body, c);
  return body;
}

Paragraphs Report(Dice& dice, const TextContext& c, int target) {
  Paragraphs body{FillText(Pick(dice, kReportOpenings), c)};
  for (int s = 0; s < 4; ++s) {
    body.push_back(ChineseNumeral(s + 1) + "、" + kReportSections[s]);
    // 工作情况 and 成效 quote figures; 问题 and 打算 have one sentence each.
    const int facts = s == 0 ? 3 : 1;
    for (int i = 0; i < facts; ++i) {
      const int k = s < 2 ? dice.Below(4) : s + 2;
      body.push_back(WithNumbers(dice, FillText(kReportFacts[k], c)));
    }
    if (s == 0) PadToLength(dice, body, c, target - 300);
  }
  Sign(body, c);
  return body;
}

}  // namespace

// Defined in demo_texts_forms.cc.
Paragraphs WriteForm(Dice& dice, Genre genre, const TextContext& c, int target);

Paragraphs WriteBody(Dice& dice, Genre genre, const TextContext& c, int target) {
  target = std::clamp(target, 200, 4800);
  Paragraphs body;
  switch (genre) {
    case Genre::kNotice:
      body = Notice(dice, c, target);
      break;
    case Genre::kAnnouncement:
      body = Announcement(dice, c);
      break;
    case Genre::kPlan:
      body = Plan(dice, c, target);
      break;
    case Genre::kReport:
      body = Report(dice, c, target);
      break;
    case Genre::kBudget:
    case Genre::kRecruit:
    case Genre::kProcurement:
    case Genre::kApproval:
    case Genre::kPenalty:
    case Genre::kStatistics:
    case Genre::kList:
    case Genre::kInfo:
      body = WriteForm(dice, genre, c, target);
      break;
  }
  if (BodyLength(body) < 200) PadToLength(dice, body, c, 220);
  while (BodyLength(body) > 5000 && body.size() > 4) body.erase(body.end() - 3);
  return body;
}

std::string FillText(const std::string& tmpl, const TextContext& c) {
  const PubProfile& p = PubProfiles()[static_cast<size_t>(c.agency)];
  std::string s = tmpl;
  s = Replace(s, "{a}", c.agency_name);
  s = Replace(s, "{t}", p.short_name);
  s = Replace(s, "{w}", c.work);
  s = Replace(s, "{p2}", c.place2);
  s = Replace(s, "{p}", c.place);
  s = Replace(s, "{f}", c.firm);
  s = Replace(s, "{k}", c.phase);
  s = Replace(s, "{r}", c.road);
  s = Replace(s, "{x}", c.estate);
  s = Replace(s, "{o}", c.object);
  s = Replace(s, "{py}", std::to_string(c.date.year - 1));
  s = Replace(s, "{ny}", std::to_string(c.date.year + 1));
  s = Replace(s, "{y}", std::to_string(c.date.year));
  s = Replace(s, "{tel}", p.phone);
  s = Replace(s, "{addr}", p.address);
  return Replace(s, "{doc}", c.doc_no);
}

void Sign(Paragraphs& body, const TextContext& c) {
  body.push_back(c.agency_name);
  body.push_back(ChineseDate(c.date));
}

void PadToLength(Dice& dice, Paragraphs& body, const TextContext& c, int target) {
  // Inserted before the 落款 when there is one (the last paragraph a date).
  const bool signed_off = body.size() >= 2 && body.back() == ChineseDate(c.date);
  const size_t tail = signed_off ? 2 : 0;
  for (int guard = 0; BodyLength(body) < target && guard < 60; ++guard) {
    std::string s = FreshSentence(dice, body, "", c);
    if (dice.Chance(0.5)) s += FreshSentence(dice, body, s, c);
    body.insert(body.end() - static_cast<std::ptrdiff_t>(tail), std::move(s));
  }
}

void InsertBeforeSignature(Paragraphs& body, const std::string& sentence) {
  const size_t at = body.size() >= 2 ? body.size() - 2 : body.size();
  body.insert(body.begin() + static_cast<std::ptrdiff_t>(at), sentence);
}

std::string ChineseDate(CivilDate d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

std::string ParagraphsHtml(const Paragraphs& body) {
  std::string html;
  for (const std::string& p : body) {
    html += "<p>";
    for (char ch : p) {
      switch (ch) {
        case '&':
          html += "&amp;";
          break;
        case '<':
          html += "&lt;";
          break;
        case '>':
          html += "&gt;";
          break;
        default:
          html += ch;
      }
    }
    html += "</p>\n";
  }
  return html;
}

int BodyLength(const Paragraphs& body) {
  size_t n = 0;
  for (const std::string& p : body) n += utf8::Length(p);
  return static_cast<int>(n);
}

}  // namespace gongkai::app::demo
