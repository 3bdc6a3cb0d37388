// The demo bodies that follow a form: 行政处罚决定公示, 招聘公告, 采购公告,
// 项目批复, 统计数据, 预决算, 名单公示, 机构职能和办事指南; and the sentences
// that carry planted personal data.
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

bool Has(const TextContext& c, const char* word) { return c.title.find(word) != std::string::npos; }

// 12.3 (one decimal), as text.
std::string Tenths(int tenths) {
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

// The firm's 统一社会信用代码 (made up; letters keep it apart from IDs and cards).
std::string Uscc(Dice& dice) {
  static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  std::string s = "91439900MA";
  for (int i = 0; i < 8; ++i) s += kAlphabet[dice.Below(31)];
  return s;
}

std::string PenaltyPrefix(const TextContext& c) {
  std::string p = PubProfiles()[static_cast<size_t>(c.agency)].doc_prefix;
  const std::string fa = "发";
  if (p.size() > fa.size() && p.compare(p.size() - fa.size(), fa.size(), fa) == 0)
    p.resize(p.size() - fa.size());
  return p + "罚";
}

struct Violation {
  const char* fact;
  const char* law;
};
// By agency index (0 and the townships use the last, generic row).
const Violation kViolations[] = {
    {"违反有关管理规定", "有关法律法规"},
    {"违反财政管理有关规定", "《财政违法行为处罚处分条例》"},
    {"未经批准擅自占用{p}集体土地建设厂房，占地面积约{n}平方米", "《中华人民共和国土地管理法》"},
    {"在生产过程中未采取有效措施防止废气无组织排放", "《中华人民共和国大气污染防治法》"},
    {"在{p}施工现场未按规定设置安全防护设施，存在安全隐患", "《建设工程安全生产管理条例》"},
    {"经营超过保质期的食品，货值金额{n}元", "《中华人民共和国食品安全法》"},
    {"在{p}一带酒后滋事，扰乱公共秩序", "《中华人民共和国治安管理处罚法》"},
    {"拖欠劳动者工资，经责令限期支付后逾期仍未支付", "《劳动保障监察条例》"},
    {"违反民办教育管理有关规定", "《中华人民共和国民办教育促进法实施条例》"},
    {"使用非卫生技术人员从事医疗卫生技术工作", "《医疗机构管理条例》"},
    {"驾驶货车超限运输，车货总质量超过规定限值", "《公路安全保护条例》"},
    {"违反有关管理规定", "有关法律法规"},
};

Paragraphs Penalty(Dice& dice, const TextContext& c) {
  const Violation& v = kViolations[c.agency < 11 ? c.agency : 11];
  std::string fact = FillText(v.fact, c);
  for (size_t at; (at = fact.find("{n}")) != std::string::npos;)
    fact.replace(at, 3, std::to_string(dice.Between(120, 2400)));
  const std::string no = PenaltyPrefix(c) + "〔" + std::to_string(c.date.year) + "〕" +
                         std::to_string(dice.Between(1, 480)) + "号";
  const bool person = c.agency == 6;
  Paragraphs body{"行政处罚决定书文号：" + no};
  if (person) {
    body.push_back("当事人：" + DrawPersonName(dice) + "，住址：青山市" + c.place + "。");
  } else {
    body.push_back("当事人名称：" + c.firm);
    body.push_back("统一社会信用代码：" + Uscc(dice));
    body.push_back("法定代表人（负责人）：" + DrawPersonName(dice));
  }
  body.push_back("主要违法事实：经查，当事人" + fact +
                 "。上述事实有现场检查笔录、询问笔录、照片等证据证实。");
  body.push_back("处罚依据：" + std::string(v.law) + "的有关规定。");
  const int yuan = dice.Between(2, 200) * 500;
  body.push_back(person ? "处罚内容：给予罚款人民币" + std::to_string(yuan / 10) + "元的行政处罚。"
                        : "处罚内容：责令改正，并处罚款人民币" + std::to_string(yuan) + "元。");
  body.push_back(
      "当事人如不服本处罚决定，可以在收到处罚决定书之日起六十日内依法申请行政复议，"
      "或者在六个月内依法向人民法院提起行政诉讼。");
  body.push_back("作出处罚决定的日期：" + ChineseDate(c.date));
  body.push_back("作出处罚决定的机关：" + c.agency_name);
  return body;
}

Paragraphs Recruit(Dice& dice, const TextContext& c) {
  const int people = dice.Between(2, 60);
  Paragraphs body{
      FillText("根据《事业单位人事管理条例》和国家、省关于公开招聘工作人员的有关规定，经研究，{a}"
               "决定面向社会公开招聘工作人员" +
                   std::to_string(people) + "名。现将有关事项公告如下：",
               c),
      "一、招聘岗位及人数",
      "本次招聘岗位、人数及具体条件详见附件《招聘岗位表》。",
      "二、报名条件",
      "（一）具有中华人民共和国国籍，遵守宪法和法律；（二）具有良好的品行和职业道德；"
      "（三）年龄一般为18周岁以上、35周岁以下；（四）具备岗位所需的专业、学历和其他条件；（五）身体"
      "健康。",
      "三、报名时间和方式",
      "报名采取网上报名方式，报名时间为公告发布之日起第5个工作日至第9个工作日。"
      "报考人员只能选择一个岗位报名，报名时所填信息须真实、准确、完整。",
      "四、考试",
      "考试分笔试和面试，笔试、面试成绩各占50%。笔试时间、地点以准考证为准。",
      "五、体检、考察和聘用",
      "根据总成绩由高到低，按岗位招聘人数1:1的比例确定体检、考察人选。"
      "体检、考察合格的，确定为拟聘用人员，在青山市人民政府门户网站公示5个工作日。",
      "六、咨询方式",
      FillText("咨询电话：{tel}（工作日上午8:30—12:00，下午14:30—17:30）。", c),
  };
  Sign(body, c);
  return body;
}

Paragraphs Procurement(Dice& dice, const TextContext& c) {
  if (Has(c, "意向")) {
    Paragraphs body{
        FillText("为便于供应商及时了解政府采购信息，根据财政部关于开展政府采购意向公开工作的有关要"
                 "求，现将{a}" +
                     std::to_string(c.date.year) + "年采购意向公开如下：",
                 c)};
    const int n = dice.Between(2, 6);
    for (int i = 1; i <= n; ++i) {
      const auto objects = PurchaseObjects();
      body.push_back(ChineseNumeral(i) + "、" +
                     objects[static_cast<size_t>(dice.Below(static_cast<int>(objects.size())))] +
                     "采购项目，预算金额" + Tenths(dice.Between(50, 9000)) + "万元，预计采购时间" +
                     std::to_string(dice.Between(3, 11)) + "月。");
    }
    body.push_back(
        "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件"
        "为准。");
    Sign(body, c);
    return body;
  }
  const std::string code =
      "QSCG-" + std::to_string(c.date.year) + "-" + std::to_string(dice.Between(1000, 9999));
  Paragraphs body{
      "一、项目编号：" + code,
      "二、项目名称：" + c.title.substr(0, c.title.find("中标")),
      "三、中标（成交）信息：供应商名称：" + c.firm + "；供应商地址：青山市" + c.place2 +
          "；中标（成交）金额：" + Tenths(dice.Between(80, 6000)) + "万元。",
      "四、主要标的信息：名称：" + c.object + "；数量：1批（项）；履约期限：合同签订后60日内完成。",
      "五、评审专家名单：" + DrawPersonName(dice) + "、" + DrawPersonName(dice) + "、" +
          DrawPersonName(dice) + "。",
      "六、公告期限：自本公告发布之日起1个工作日。",
      "七、凡对本次公告内容提出询问的，请按以下方式联系：采购人：" + c.agency_name +
          FillText("，联系电话：{tel}；采购代理机构：青山市公共资源交易中心。", c),
  };
  return body;
}

Paragraphs Approval(Dice& dice, const TextContext& c) {
  const int wan = dice.Between(300, 90000);
  Paragraphs body{
      (c.firm.empty() ? std::string("市有关部门") : c.firm) + "：",
      "你单位关于" + c.place + "建设项目的请示收悉。经研究，现批复如下：",
      "一、原则同意" + c.place + FillText("{w}相关项目实施。项目代码：", c) +
          std::to_string(c.date.year) + "-439900-48-01-" +
          std::to_string(dice.Between(100000, 999999)) + "。",
      "二、项目建设内容及规模：主要建设道路、给排水、照明、绿化等配套设施，具体以批准的设计文件为准"
      "。",
      "三、项目总投资约" + std::to_string(wan) + "万元，资金来源为" +
          (dice.Chance(0.5) ? "市级财政资金和上级补助资金" : "企业自筹资金") + "。",
      "四、请严格按照基本建设程序组织实施，落实项目法人责任制、招标投标制、工程监理制和合同管理制，"
      "确保工程质量和安全。",
      "五、项目建成后，请及时组织竣工验收，并按规定办理资产移交手续。",
      "此复。",
  };
  Sign(body, c);
  return body;
}

struct Indicator {
  const char* name;
  const char* unit;
  int lo, hi;   // range of the value
  bool tenths;  // value in tenths (one decimal shown)
};
// What the statistics of an agency report (index 0–10; townships use the last).
const Indicator kEconomy[] = {
    {"地区生产总值", "亿元", 1800, 4600, true},
    {"规模以上工业增加值", "亿元", 400, 1500, true},
    {"社会消费品零售总额", "亿元", 600, 1900, true},
    {"固定资产投资", "亿元", 700, 2600, true},
    {"城镇居民人均可支配收入", "元", 38000, 52000, false},
    {"农村居民人均可支配收入", "元", 18000, 26000, false},
};
const Indicator kFiscal[] = {
    {"一般公共预算收入", "亿元", 90, 420, true},   {"其中税收收入", "亿元", 60, 300, true},
    {"一般公共预算支出", "亿元", 200, 900, true},  {"民生支出", "亿元", 150, 700, true},
    {"政府性基金预算收入", "亿元", 30, 260, true},
};
const Indicator kAir[] = {
    {"空气质量优良天数比例", "%", 800, 990, true},
    {"细颗粒物（PM2.5）平均浓度", "微克/立方米", 180, 420, true},
    {"可吸入颗粒物（PM10）平均浓度", "微克/立方米", 300, 650, true},
    {"国控地表水断面水质达标率", "%", 900, 1000, true},
};
const Indicator kTraffic[] = {
    {"道路交通事故", "起", 20, 160, false},
    {"事故死亡人数", "人", 0, 12, false},
    {"查处酒驾醉驾", "起", 30, 260, false},
    {"查处超速行驶", "起", 300, 2600, false},
};
const Indicator kDisease[] = {
    {"甲乙类传染病报告病例", "例", 80, 600, false},
    {"其中死亡", "例", 0, 3, false},
    {"丙类传染病报告病例", "例", 200, 2600, false},
};
const Indicator kTown[] = {
    {"一般公共预算收入", "万元", 800, 9000, false},
    {"一般公共预算支出", "万元", 1500, 16000, false},
    {"其中民生支出", "万元", 900, 11000, false},
};

std::span<const Indicator> IndicatorsOf(int agency) {
  switch (agency) {
    case 1:
      return kFiscal;
    case 3:
      return kAir;
    case 6:
      return kTraffic;
    case 9:
      return kDisease;
    default:
      return agency >= 11 ? std::span<const Indicator>(kTown)
                          : std::span<const Indicator>(kEconomy);
  }
}

Paragraphs Statistics(Dice& dice, const TextContext& c) {
  Paragraphs body{"现将有关统计数据公布如下（数据为初步统计，最终以正式公布的数据为准）："};
  int n = 0;
  for (const Indicator& ind : IndicatorsOf(c.agency)) {
    const int v = dice.Between(ind.lo, ind.hi);
    const std::string value = ind.tenths ? Tenths(v) : std::to_string(v);
    std::string line = ChineseNumeral(++n) + "、" + ind.name + value + ind.unit;
    if (std::string(ind.unit) != "%") {
      line += std::string("，同比") + (dice.Chance(0.7) ? "增长" : "下降") +
              Tenths(dice.Between(1, 95)) + "%";
    }
    body.push_back(line + "。");
  }
  body.push_back("注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。");
  Sign(body, c);
  return body;
}

Paragraphs Budget(Dice& dice, const TextContext& c, int target) {
  const int income = dice.Between(800, 90000);
  Paragraphs body{
      "一、部门主要职责",
      FillText("{a}主要负责{w}等工作。", c),
      "二、收支总体情况",
      "本年度收入总计" + std::to_string(income) + "万元，支出总计" + std::to_string(income) +
          "万元。收入全部为一般公共预算拨款收入；支出中基本支出" + std::to_string(income * 6 / 10) +
          "万元，项目支出" + std::to_string(income - income * 6 / 10) + "万元。",
      "三、“三公”经费情况",
      "“三公”经费合计" + Tenths(dice.Between(20, 600)) + "万元，其中公务接待费" +
          Tenths(dice.Between(5, 80)) + "万元，公务用车运行维护费" + Tenths(dice.Between(10, 300)) +
          "万元，因公出国（境）费0万元。",
      "四、机关运行经费、政府采购和国有资产占用情况",
      "机关运行经费" + Tenths(dice.Between(100, 3000)) + "万元；政府采购预算" +
          Tenths(dice.Between(50, 5000)) + "万元；截至上年末，共有车辆" +
          std::to_string(dice.Between(1, 12)) + "辆。",
      "五、预算绩效管理情况",
      "按照全面实施预算绩效管理的要求，对所有项目支出设定了绩效目标，并开展绩效运行监控。",
      "六、名词解释",
      "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
      "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
      "具体数据详见附件。",
  };
  PadToLength(dice, body, c, target);
  Sign(body, c);
  return body;
}

Paragraphs List(const TextContext& c) {
  CivilDate until = CivilDate::FromDays(c.date.ToDays() + 7);
  Paragraphs body{
      FillText("根据国家和省有关政策规定，经个人申请、村（社区）初审、乡镇（街道）审核等程序，现将"
               "有关名单予以公示（见附件）。",
               c),
      "公示期：" + ChineseDate(c.date) + "至" + ChineseDate(until) + "。",
      FillText("公示期间，如有异议，可通过电话、信函或当面反映等方式向{a}反映。反映情况应实事求是，"
               "以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。",
               c),
      FillText("受理电话：{tel}；受理地址：{addr}。", c),
  };
  Sign(body, c);
  return body;
}

Paragraphs Info(Dice& dice, const TextContext& c) {
  const PubProfile& p = PubProfiles()[static_cast<size_t>(c.agency)];
  Paragraphs body;
  if (Has(c, "分工")) {
    body.push_back(DrawPersonName(dice) + "：主持全面工作。");
    for (size_t i = 0; i + 1 < p.work_items.size() && i < 3; ++i) {
      body.push_back(DrawPersonName(dice) + "：负责" + p.work_items[i] + "、" +
                     p.work_items[i + 1] + "等方面工作。");
    }
  } else if (Has(c, "指南")) {
    const char* const kParts[] = {"办理事项", "办理依据", "申请条件", "申请材料",
                                  "办理流程", "办理时限", "收费标准"};
    for (int i = 0; i < 7; ++i) {
      body.push_back(ChineseNumeral(i + 1) + "、" + kParts[i]);
      body.push_back(i == 6
                         ? "按国家和省规定的标准执行，无收费项目的不收取任何费用。"
                         : FillText("按照国家和省有关规定办理，具体以{a}窗口一次性告知为准。", c));
    }
  } else {
    body.push_back("一、主要职责");
    for (size_t i = 0; i < p.work_items.size(); ++i) {
      body.push_back("（" + ChineseNumeral(static_cast<int>(i) + 1) + "）负责" + p.work_items[i] +
                     "相关工作。");
    }
  }
  body.push_back("办公地址：" + std::string(p.address));
  body.push_back("办公时间：工作日上午8:30—12:00，下午14:30—17:30（夏季下午15:00—18:00）");
  body.push_back("联系电话：" + std::string(p.phone));
  return body;
}

}  // namespace

// Used by WriteBody (demo_texts.cc).
Paragraphs WriteForm(Dice& dice, Genre genre, const TextContext& c, int target) {
  switch (genre) {
    case Genre::kPenalty:
      return Penalty(dice, c);
    case Genre::kRecruit:
      return Recruit(dice, c);
    case Genre::kProcurement:
      return Procurement(dice, c);
    case Genre::kApproval:
      return Approval(dice, c);
    case Genre::kStatistics:
      return Statistics(dice, c);
    case Genre::kBudget:
      return Budget(dice, c, target);
    case Genre::kList:
      return List(c);
    case Genre::kInfo:
      return Info(dice, c);
    case Genre::kNotice:
    case Genre::kAnnouncement:
    case Genre::kPlan:
    case Genre::kReport:
      break;
  }
  return {};
}

std::string PlantedSentence(Dice& dice, PlantedKind kind, const std::string& number, bool statutory,
                            const TextContext& c) {
  const std::string name = DrawPersonName(dice);
  switch (kind) {
    case PlantedKind::kNone:
      return "";
    case PlantedKind::kResidentId:
      return "当事人：" + name + "（个体工商户经营者），公民身份号码：" + number +
             "，经营场所：青山市" + c.place + "。";
    case PlantedKind::kMobile:
      if (statutory)
        return "工作联系人：" + name + "，工作手机：" + number + "（工作日8:30—17:30）。";
      return "联系人：" + name + "，联系电话：" + number + "。";
    case PlantedKind::kBankCard:
      if (statutory) {
        return "缴款账户名称：青山市财政局非税收入汇缴结算户；开户银行：青山农村商业银行营业部；账"
               "号：" +
               number + "。";
      }
      return name + "的补贴资金已发放至其社会保障卡金融账户（卡号：" + number + "）。";
  }
  return "";
}

std::string ContractNumberSentence(Dice& dice, const std::string& number, const TextContext& c) {
  const char* const kLabels[] = {"合同编号", "受理编号", "档案编号"};
  return FillText(std::string("本事项") + Pick(dice, kLabels) + "为" + number +
                      "，相关材料存放于{a}档案室备查。",
                  c);
}

}  // namespace gongkai::app::demo
