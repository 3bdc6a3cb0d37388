// The demo bodies of policies: 行政规范性文件 and 规章 in articles, their
// 政策解读, and meeting minutes.
#include <iterator>
#include <span>
#include <string>

#include "app/demo_texts.h"
#include "core/chinese_number.h"

namespace gongkai::app::demo {
namespace {

template <typename T, size_t N>
const T& Pick(Dice& dice, const T (&items)[N]) {
  return items[dice.Below(static_cast<int>(N))];
}

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = 0; (at = text.find(key, at)) != std::string::npos; at += value.size()) {
    text.replace(at, key.size(), value);
  }
  return text;
}

std::string Article(int n) { return "第" + ChineseNumeral(n) + "条　"; }

const char* const kPurposes[] = {
    "保障公共利益和当事人合法权益", "提高行政效能",   "优化营商环境",
    "促进经济社会高质量发展",       "加强和规范管理",
};

// {s}: the subject; {a}: the agency.
const char* const kMiddleArticles[] = {
    "{s}实行目录管理。目录由{a}制定，并向社会公布；目录内容发生变化的，应当及时调整并公布。",
    "申请办理有关事项的，应当提交下列材料：（一）申请书；（二）申请人主体资格证明材料；（三）法律、"
    "法规、规章规定的其他材料。",
    "{a}"
    "应当自受理申请之日起二十个工作日内作出决定；不予批准的，应当书面说明理由，并告知申请人享有依法"
    "申请行政复议或者提起行政诉讼的权利。",
    "有关部门应当建立健全{s}信息公开制度，依法公开办理依据、条件、程序和结果，接受社会监督。",
    "{a}应当加强对{s}"
    "的事中事后监管，采取“双随机、一公开”方式开展监督检查，检查结果依法向社会公开。",
    "建立{s}信用管理制度，将有关主体的违法违规信息依法归集至市公共信用信息平台，实施分级分类监管。",
    "任何单位和个人有权对违反本办法的行为进行投诉举报。有关部门应当及时核实处理，并依法保护投诉举报"
    "人的合法权益。",
    "相关资金实行专款专用，任何单位和个人不得截留、挤占、挪用。",
    "各镇人民政府、街道办事处应当协助做好辖区内的{s}相关工作，并将有关情况及时报告市有关部门。",
    "{a}应当每年对{s}工作情况进行评估，评估结果作为调整完善相关政策的重要依据。",
    "办理{s}相关事项，除法律、法规另有规定外，不得收取任何费用。",
    "推行{s}事项网上办理，依托一体化政务服务平台实现申请、受理、审查、决定全流程网上运行。",
};

const char* const kMeetingPoints[] = {
    "会议指出，{w}事关全市发展大局和群众切身利益，各地各部门要切实增强责任感，抓好各项任务落实。",
    "会议强调，要坚持问题导向，聚焦重点领域和关键环节，拿出务实管用的举措，确保取得实实在在的成效"
    "。",
    "会议要求，各牵头单位要细化任务分工，明确时间节点，加强跟踪问效，定期向市人民政府报告进展情况"
    "。",
    "会议同意将有关方案按程序提请审议，并要求相关部门进一步征求意见、完善内容后印发实施。",
    "会议研究了{p}有关项目建设推进情况，要求有关部门加快前期工作，强化要素保障，确保项目早日开工。",
};

}  // namespace

Paragraphs WriteNormativeBody(Dice& dice, const TextContext& c, const std::string& subject,
                              bool regulation, int target) {
  const auto fill = [&](const std::string& s) { return Replace(FillText(s, c), "{s}", subject); };
  Paragraphs body;
  const std::string name =
      c.title.find("《") != std::string::npos
          ? c.title.substr(c.title.find("《"), c.title.find("》") + 3 - c.title.find("《"))
          : "《" + c.title + "》";
  if (regulation) {
    body.push_back(name + "已经" + ChineseDate(c.date) +
                   "市人民政府常务会议审议通过，现予公布，自公布之日起三十日后施行。");
    body.push_back(std::string("市长　") + kMayor);
    body.push_back(ChineseDate(c.date));
    body.push_back("第一章　总则");
  } else {
    body.push_back("各镇人民政府、街道办事处，市直各有关单位：");
    body.push_back("现将" + name + "印发给你们，请认真贯彻执行。");
    Sign(body, c);
  }
  int n = 1;
  body.push_back(Article(n++) + fill("为了规范{s}工作，") + Pick(dice, kPurposes) +
                 "，根据有关法律、法规和国家、省有关规定，结合本市实际，制定本办法。");
  body.push_back(Article(n++) +
                 fill("本市行政区域内的{s}相关活动，适用本办法。法律、法规另有规定的，从其规定。"));
  body.push_back(Article(n++) + fill("{a}负责全市{s}"
                                     "工作的统筹协调和监督管理。发展改革、财政、自然资源和规划等有"
                                     "关部门按照各自职责，做好相关工作。"));
  body.push_back(Article(n++) + fill("{s}应当遵循依法依规、公开透明、权责统一、便民高效的原则。"));
  if (regulation) body.push_back("第二章　管理规范");
  // In their natural order, as many as the length asks for (at least four).
  const int middle = static_cast<int>(std::size(kMiddleArticles));
  for (int i = 0; i < middle && (i < 4 || BodyLength(body) < target - 250); ++i) {
    if (regulation && i == 4) body.push_back("第三章　监督管理");
    body.push_back(Article(n++) + fill(kMiddleArticles[i]));
  }
  if (regulation) body.push_back("第四章　法律责任");
  body.push_back(
      Article(n++) + "有关部门及其工作人员在" + subject +
      "工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任；构成犯罪的，依法追究刑事责任。");
  if (regulation) body.push_back("第五章　附则");
  body.push_back(Article(n++) + (regulation ? "本办法具体应用中的问题由" : "本办法由") +
                 c.agency_name + "负责解释。");
  body.push_back(Article(n) + (regulation
                                   ? std::string("本办法自公布之日起三十日后施行。")
                                   : "本办法自" + ChineseDate(c.date) + "起施行，有效期5年。"));
  // 办法, 细则 or 规定, as the title names it.
  const std::string kind = name.find("细则》") != std::string::npos   ? "细则"
                           : name.find("规定》") != std::string::npos ? "规定"
                           : name.find("规程》") != std::string::npos ? "规程"
                                                                      : "办法";
  for (std::string& p : body) p = Replace(p, "本办法", "本" + kind);
  return body;
}

Paragraphs WriteInterpretationBody(Dice& dice, const TextContext& c,
                                   const std::string& policy_title,
                                   const std::string& policy_doc_no, const std::string& subject) {
  Paragraphs body{
      "近日，" + c.agency_name + "印发了《" + policy_title + "》（" + policy_doc_no +
          "）。为便于社会公众准确理解和把握文件内容，现解读如下：",
      "一、起草背景",
      "近年来，我市" + subject +
          "工作取得积极进展，但也存在制度不够健全、程序不够规范、监管不够有力等问题。"
          "为贯彻落实国家和省有关部署要求，回应社会关切，有必要制定出台相关文件。",
      "二、制定依据",
      "主要依据有关法律、法规和国家、省有关规定，并充分借鉴了先进地区的经验做法。文件起草过程中，通"
      "过门户网站公开征求了社会公众意见，"
      "经合法性审核和集体讨论决定。",
      "三、主要内容",
      "文件共分为总则、管理规范、监督管理和附则等部分，明确了" + subject +
          "的适用范围、职责分工、办理程序、监督管理和责任追究等内容。",
      "（一）明确职责分工。" + c.agency_name +
          "负责统筹协调和监督管理，有关部门按职责分工做好相关工作。",
      "（二）规范办理程序。对申请材料、办理时限、信息公开等作出规定，推行网上办理，方便群众和企业办"
      "事。",
      "（三）强化监督管理。建立信用管理和投诉举报制度，实行“双随机、一公开”监管。",
      "四、施行时间",
      "文件自印发之日起施行，有效期5年。",
      "五、解读机关及联系方式",
      "解读机关：" + c.agency_name + "；解读人：" + DrawPersonName(dice) +
          FillText("；联系电话：{tel}。", c),
  };
  return body;
}

Paragraphs WriteMeetingBody(Dice& dice, const TextContext& c, const std::string& chair) {
  Paragraphs body;
  if (c.title.find("发布会") != std::string::npos) {
    body.push_back(ChineseDate(c.date) + "上午，青山市人民政府新闻办公室举行新闻发布会，" +
                   c.agency_name + FillText("负责同志介绍了{w}有关情况，并回答记者提问。", c));
    body.push_back(
        FillText("据介绍，{y}年以来，{t}围绕{w}出台了一系列务实举措，相关工作取得积极成效。", c));
    body.push_back(
        "发布会上，相关负责同志就社会关注的办理流程、政策兑现、服务保障等问题逐一作了回答。");
    PadToLength(dice, body, c, 600);
    return body;
  }
  body.push_back(ChineseDate(c.date) + "，" + chair + "主持召开" +
                 c.title.substr(0, c.title.find("纪要")) + "，" +
                 FillText("研究部署{w}等工作。会议议定事项如下：", c));
  // One item per topic, each about another work of the agency.
  const std::span<const char* const> works =
      PubProfiles()[static_cast<size_t>(c.agency)].work_items;
  const int topics = dice.Between(2, 4);
  const int first = dice.Below(static_cast<int>(works.size()));
  const int points = static_cast<int>(std::size(kMeetingPoints));
  for (int i = 1; i <= topics; ++i) {
    TextContext about = c;
    about.work = works[static_cast<size_t>(first + i) % works.size()];
    std::string s = ChineseNumeral(i) + "、会议听取了" + FillText("有关部门关于{w}", about) +
                    "工作情况的汇报。";
    const int a = dice.Below(points);
    const int b = (a + 1 + dice.Below(points - 1)) % points;
    s += FillText(kMeetingPoints[a], about) + FillText(kMeetingPoints[b], about);
    body.push_back(std::move(s));
  }
  body.push_back("会议还研究了其他事项。");
  body.push_back("出席：" + DrawPersonName(dice) + "、" + DrawPersonName(dice) + "、" +
                 DrawPersonName(dice) + "；列席：市直有关部门主要负责同志。");
  return body;
}

}  // namespace gongkai::app::demo
