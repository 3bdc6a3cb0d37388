#include "app/demo_city.h"

#include <array>
#include <cstddef>

namespace gongkai::app::demo {
namespace {

using law::ReplyType;

// Index 0 is the root; the rest are its children. 自然资源/住建/公安 get most
// applications, as they do in real cities.
const AgencySpec kAgencies[] = {
    {"青山市人民政府", "qs", domain::AgencyKind::kGovernment, 40},
    {"青山市财政局", "czj", domain::AgencyKind::kDepartment, 50},
    {"青山市自然资源和规划局", "zrzyj", domain::AgencyKind::kDepartment, 190},
    {"青山市生态环境局", "sthjj", domain::AgencyKind::kDepartment, 60},
    {"青山市住房和城乡建设局", "zjj", domain::AgencyKind::kDepartment, 160},
    {"青山市市场监督管理局", "scjgj", domain::AgencyKind::kDepartment, 70},
    {"青山市公安局", "gaj", domain::AgencyKind::kDepartment, 140},
    {"青山市人力资源和社会保障局", "rsj", domain::AgencyKind::kDepartment, 80},
    {"青山市教育局", "jyj", domain::AgencyKind::kDepartment, 50},
    {"青山市卫生健康委员会", "wjw", domain::AgencyKind::kDepartment, 50},
    {"青山市交通运输局", "jtj", domain::AgencyKind::kDepartment, 45},
    {"青山市白沙镇人民政府", "bsz", domain::AgencyKind::kGovernment, 25},
    {"青山市青溪镇人民政府", "qxz", domain::AgencyKind::kGovernment, 20},
    {"青山市城关街道办事处", "cgjd", domain::AgencyKind::kGovernment, 20},
    {"青山市东湖街道办事处", "dhjd", domain::AgencyKind::kGovernment, 15},
};
constexpr int kFirstTownship = 11;

// "{p}" a place, "{y}" a year; one row per agency above the townships.
const std::array<const char*, 4> kSubjects[] = {
    {"{p}片区旧城改造项目的批复文件", "青山市{y}年重点建设项目计划",
      "{p}行政区划调整的请示及批复", "青山市人民政府常务会议纪要中涉及{p}的内容"},
    {"青山市{y}年一般公共预算执行情况", "{p}{y}年度财政专项资金分配明细",
      "{p}学校食堂政府采购项目的中标结果及合同", "青山市{y}年政府债务限额及余额情况"},
    {"{p}集体土地征收批复文件及征地补偿安置方案", "{p}地块建设用地规划许可证及附图",
      "{p}违法占地的查处决定书", "青山市国土空间总体规划（2021—2035年）中{p}的部分"},
    {"{p}某企业建设项目环境影响评价批复", "{p}河段{y}年水质监测数据",
      "{p}养殖场环境违法行为的行政处罚决定书", "青山市{y}年生态环境状况公报"},
    {"{p}棚户区改造项目房屋征收决定及补偿方案", "{p}商品房项目预售许可证及竣工验收备案材料",
      "{p}小区住宅专项维修资金使用情况", "{p}老旧小区改造项目招标文件"},
    {"{p}某食品经营者的行政处罚决定书", "{p}某公司的企业登记档案",
      "青山市{y}年食品安全监督抽检结果", "{p}某药店的投诉举报处理结果"},
    {"{p}派出所对本人报警的处理结果", "{p}道路交通事故认定书及相关材料",
      "{p}房屋强制拆除中警力部署的文件", "本人户籍迁移的审批材料"},
    {"{p}某企业欠薪案件的处理结果", "青山市{y}年事业单位公开招聘成绩及拟聘用人员名单",
      "本人工伤认定的相关材料", "青山市{y}年城乡居民基本养老保险基金收支情况"},
    {"{p}小学{y}年招生划片范围", "青山市{y}年义务教育学校布局调整方案",
      "{p}某民办学校的办学许可审批材料", "青山市{y}年教师招聘考试成绩"},
    {"{p}卫生院{y}年医疗服务收费标准", "{p}某诊所的医疗机构执业许可证",
      "青山市{y}年卫生健康事业发展统计公报", "{p}医疗纠纷的调查处理结果"},
    {"{p}至市区道路改扩建工程的立项及征地文件", "青山市{y}年城市公交线路调整方案",
      "{p}某运输公司的道路运输经营许可", "{p}农村公路建设资金使用情况"},
};

const std::array<const char*, 4> kTownshipSubjects = {
    "{p}{y}年最低生活保障对象名单及发放标准", "{p}土地承包经营权确权登记资料",
    "{p}村集体资金使用及村务公开情况", "{p}农村危房改造补助资金发放名单"};
// Places of each township (index − kFirstTownship), and of the whole city.
const std::array<std::array<const char*, 3>, 4> kTownshipPlaces = {{
    {"白沙镇石桥村", "白沙镇王家坝村", "白沙镇白沙社区"},
    {"青溪镇柳塘村", "青溪镇枫林村", "青溪镇青溪社区"},
    {"城关街道新河社区", "城关街道南门社区", "城关街道北街社区"},
    {"东湖街道湖滨社区", "东湖街道东湖社区", "东湖街道樟树村"},
}};
const char* const kCityPlaces[] = {"白沙镇石桥村", "青溪镇柳塘村", "城关街道新河社区",
                                   "东湖街道湖滨社区", "白沙镇王家坝村", "青溪镇枫林村",
                                   "城关街道南门社区", "青山经济开发区", "高铁新区", "滨江新城"};

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
const char* const kGivenNames[] = {"建国", "秀英", "志强", "丽华", "国平", "晓燕", "海涛",
                                   "桂兰", "文军", "敏", "勇", "静", "伟", "芳", "磊", "洁"};
const char* const kFirmWords[] = {"恒达", "鑫源", "华兴", "宏远", "瑞丰", "金石", "青禾", "长盛"};
const char* const kTrades[] = {"建材", "置业", "贸易", "物流", "食品", "科技"};
const char* const kLawFirms[] = {"青山明理律师事务所", "青山正衡律师事务所", "湘青律师事务所",
                                 "青山公信律师事务所"};
const char* const kApprovers[] = {"周海涛", "陈丽华", "林国平", "孙文军"};
const char* const kOtherAgencies[] = {"青山市发展和改革委员会", "青山市水利局", "青山市农业农村局"};

template <typename T, size_t N>
const T& Of(Dice& dice, const T (&items)[N]) {
  return items[dice.Below(static_cast<int>(N))];
}

std::string Fill(std::string text, const std::string& place, int year) {
  for (size_t at; (at = text.find("{p}")) != std::string::npos;) text.replace(at, 3, place);
  for (size_t at; (at = text.find("{y}")) != std::string::npos;) text.replace(at, 3, std::to_string(year));
  return text;
}

}  // namespace

std::span<const AgencySpec> CityAgencies() { return kAgencies; }

std::string DrawSubject(Dice& dice, int index, int year, std::string& place) {
  if (index >= kFirstTownship) {
    place = kTownshipPlaces[index - kFirstTownship][dice.Below(3)];
    return Fill(kTownshipSubjects[dice.Below(4)], place, year);
  }
  place = Of(dice, kCityPlaces);
  return Fill(kSubjects[index][dice.Below(4)], place, year);
}

std::string DrawPersonName(Dice& dice) {
  std::string name = Of(dice, kSurnames);
  return name + Of(dice, kGivenNames);
}

// Evaluated in order: the names must not depend on the compiler's choice.
std::string DrawCompany(Dice& dice) {
  std::string name = "青山市";
  name += Of(dice, kFirmWords);
  name += Of(dice, kTrades);
  return name + "有限公司";
}

std::string DrawLawFirm(Dice& dice) { return Of(dice, kLawFirms); }
std::string DrawApprover(Dice& dice) { return Of(dice, kApprovers); }
std::string DrawOtherAgency(Dice& dice) { return Of(dice, kOtherAgencies); }

law::ReplyType DrawReply(Dice& dice) {
  // ‰: 予以公开 ~45%, 部分公开 ~15%, 本机关不掌握 ~20%, the rest spread.
  return dice.Weighted<ReplyType>({{ReplyType::kDisclosed, 410},
                                   {ReplyType::kAlreadyPublic, 40},
                                   {ReplyType::kPartlyDisclosed, 150},
                                   {ReplyType::kDoesNotExist, 160},
                                   {ReplyType::kNotThisAgency, 40},
                                   {ReplyType::kStateSecret, 3},
                                   {ReplyType::kOtherLawForbids, 7},
                                   {ReplyType::kThreeSafetiesStability, 5},
                                   {ReplyType::kThirdPartyRights, 20},
                                   {ReplyType::kInternalAffairs, 15},
                                   {ReplyType::kProcessInformation, 20},
                                   {ReplyType::kEnforcementFile, 10},
                                   {ReplyType::kQueryProcedure, 10},
                                   {ReplyType::kNeedsProcessing, 15},
                                   {ReplyType::kPetition, 30},
                                   {ReplyType::kRepeated, 30},
                                   {ReplyType::kPublication, 5},
                                   {ReplyType::kExcessive, 3},
                                   {ReplyType::kConfirmObtained, 10},
                                   {ReplyType::kOther, 17}});
}

}  // namespace gongkai::app::demo
