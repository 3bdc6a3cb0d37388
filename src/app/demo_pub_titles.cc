// The titles each demo agency publishes under (placeholders: demo_pub_profiles.h).
#include "app/demo_pub_profiles.h"

#include <iterator>

namespace gongkai::app::demo {
namespace {

using T = TitleTemplate;
constexpr Genre kNotice = Genre::kNotice, kAnnouncement = Genre::kAnnouncement,
                kPlan = Genre::kPlan, kReport = Genre::kReport, kBudget = Genre::kBudget,
                kRecruit = Genre::kRecruit, kProcurement = Genre::kProcurement,
                kApproval = Genre::kApproval, kPenalty = Genre::kPenalty,
                kStatistics = Genre::kStatistics, kList = Genre::kList, kInfo = Genre::kInfo;
constexpr Attach kNone = Attach::kNone, kSheet = Attach::kSheet, kText = Attach::kText;

constexpr const char* kTopicOpenGov = "综合政务\\政务公开";
constexpr const char* kTopicGeneral = "综合政务\\其他";
constexpr const char* kTopicFinance = "财政、金融、审计\\财政";
constexpr const char* kTopicLand = "国土资源、能源\\土地";
constexpr const char* kTopicPlanning = "城乡建设、环境保护\\城乡规划";
constexpr const char* kTopicEcology = "城乡建设、环境保护\\环境监测、保护与治理";
constexpr const char* kTopicMarket = "市场监管、安全生产监管\\市场监管";
constexpr const char* kTopicFood = "市场监管、安全生产监管\\食品药品监管";
constexpr const char* kTopicSafety = "市场监管、安全生产监管\\安全生产监管";
constexpr const char* kTopicPolice = "公安、安全、司法\\公安";
constexpr const char* kTopicPersonnel = "劳动、人事、监察\\人事工作";
constexpr const char* kTopicJobs = "劳动、人事、监察\\劳动就业";
constexpr const char* kTopicSocial = "劳动、人事、监察\\社会保障";
constexpr const char* kTopicEducation = "科技、教育\\教育";
constexpr const char* kTopicHealth = "卫生、体育\\卫生";
constexpr const char* kTopicRoads = "工业、交通\\公路";
constexpr const char* kTopicTransport = "工业、交通\\道路运输";
constexpr const char* kTopicRelief = "民政、扶贫、救灾\\社会救助";
constexpr const char* kTopicFarming = "农业、林业、水利\\农业";
constexpr const char* kTopicBuilding = "城乡建设、环境保护\\城乡建设";
constexpr const char* kTopicHousing = "城乡建设、环境保护\\住房保障";

const T kShared[] = {
    {"{a}{py}年政府信息公开工作年度报告", kTopicOpenGov, 15, kReport, 0, 1, 1, kNone},
    {"{a}{y}年部门预算公开", kTopicFinance, 7, kBudget, 0, 2, 3, kSheet},
    {"{a}{py}年部门决算公开", kTopicFinance, 7, kBudget, 0, 7, 8, kSheet},
    {"{a}{y}年政务公开工作要点", kTopicOpenGov, 15, kPlan, 0, 3, 5, kNone},
    {"{a}关于{py}年度法治政府建设情况的报告", kTopicGeneral, 15, kReport, 0, 1, 3, kNone},
    {"{a}{y}年上半年工作总结", kTopicGeneral, 15, kReport, 0, 7, 7, kNone},
    {"{a}机构职能", "综合政务\\机构职能", 2, kInfo, 0, 1, 2, kNone},
    {"{a}{y}年政府采购意向公开（第{n}批）", kTopicFinance, 9, kProcurement, 3, 2, 11, kSheet},
    {"{a}关于{k}{w}工作情况的通报", "综合政务\\政务督查", 15, kNotice, 4, 1, 12, kNone},
    {"{a}{y}年第{q}季度政府网站和政务新媒体自查情况", kTopicOpenGov, 15, kReport, 1, 4, 12, kNone},
    {"{a}关于开展{k}{w}专项行动的通知", kTopicGeneral, 15, kNotice, 2, 2, 11, kNone},
    {"{a}{y}年第{n}批公开招聘编外合同制工作人员公告", kTopicPersonnel, 14, kRecruit, 1, 3, 10,
     kSheet},
    {"{a}领导分工调整情况（{y}年第{n}次）", "综合政务\\机构职能", 2, kInfo, 1, 1, 12, kNone},
    // Numbered, so never a repeat: what a title that would repeat becomes.
    {"{a}{w}工作动态（{y}年第{n}期）", kTopicGeneral, 15, kReport, 3, 1, 12, kNone},
};

const T kCity[] = {
    {"青山市人民政府关于{p}{w}有关事项的批复", kTopicBuilding, 10, kApproval, 8, 1, 12, kNone},
    {"青山市人民政府办公室关于做好{k}{w}工作的通知", kTopicGeneral, 15, kNotice, 12, 1, 12, kNone},
    {"青山市人民政府关于印发青山市{y}年重点建设项目计划的通知",
     "国民经济管理、国有资产监管\\发展规划", 10, kPlan, 0, 2, 3, kSheet},
    {"青山市{py}年国民经济和社会发展统计公报", "国民经济管理、国有资产监管\\统计", 4, kStatistics,
     0, 3, 4, kNone},
    {"青山市人民政府关于{p}片区{y}年第{n}批次土地征收的公告", kTopicLand, 15, kAnnouncement, 4, 1,
     12, kSheet},
    {"青山市人民政府关于表扬{py}年度{w}先进集体和先进个人的通报", kTopicGeneral, 15, kNotice, 2, 1,
     4, kNone},
    {"青山市{y}年{m}月经济运行情况", "国民经济管理、国有资产监管\\统计", 4, kStatistics, 2, 2, 12,
     kNone},
    {"青山市突发事件总体应急预案（{y}年修订）", "综合政务\\应急管理", 12, kPlan, 0, 4, 6, kNone},
    {"青山市{y}年十大民生实事项目进展情况（第{q}季度）", kTopicGeneral, 11, kReport, 1, 4, 12,
     kNone},
    {"青山市人民政府关于{p}{f}项目用地的批复", kTopicLand, 15, kApproval, 5, 1, 12, kNone},
    {"青山市人民政府关于公布{y}年度重大行政决策事项目录的公告", kTopicGeneral, 15, kAnnouncement, 0,
     2, 3, kNone},
    {"青山市人民政府关于启动{p}防汛四级应急响应的通告", "综合政务\\应急管理", 12, kAnnouncement, 2,
     5, 8, kNone},
};

const T kFinance[] = {
    {"青山市{y}年{m}月财政收支情况", kTopicFinance, 7, kStatistics, 3, 2, 12, kNone},
    {"青山市财政局关于下达{y}年{w}补助资金（第{n}批）的通知", kTopicFinance, 7, kNotice, 10, 1, 12,
     kSheet},
    {"青山市{py}年全市和市本级决算", kTopicFinance, 7, kBudget, 0, 8, 9, kSheet},
    {"青山市{y}年全市和市本级预算", kTopicFinance, 7, kBudget, 0, 1, 2, kSheet},
    {"青山市{y}年政府集中采购目录及限额标准", kTopicFinance, 9, kNotice, 0, 1, 2, kNone},
    {"{p}{o}采购项目中标（成交）结果公告", kTopicFinance, 9, kProcurement, 8, 1, 12, kText},
    {"青山市{y}年地方政府专项债券发行使用情况（第{n}批）", kTopicFinance, 7, kReport, 3, 3, 11,
     kSheet},
    {"关于公布青山市{y}年行政事业性收费目录清单的通知", kTopicFinance, 8, kNotice, 0, 1, 3, kSheet},
    {"青山市{y}年度惠民惠农财政补贴资金发放情况公示（第{n}批）", kTopicFinance, 11, kList, 3, 3, 12,
     kSheet},
};

const T kLand[] = {
    {"青山市国有建设用地使用权挂牌出让公告（{p}{y}-{n}号地块）", kTopicLand, 15, kAnnouncement, 10,
     1, 12, kNone},
    {"{f}{p}项目建设工程规划许可批前公示", kTopicPlanning, 5, kAnnouncement, 8, 1, 12, kNone},
    {"青山市{y}年建设用地规划许可证核发结果公示（第{n}批）", kTopicPlanning, 5, kList, 6, 1, 12,
     kSheet},
    {"关于{f}违法占用土地案的行政处罚决定公示", kTopicLand, 6, kPenalty, 6, 1, 12, kNone},
    {"{p}集体土地征收补偿安置方案公告（{y}年第{n}批次）", kTopicLand, 15, kAnnouncement, 4, 1, 12,
     kSheet},
    {"青山市{y}年度土地利用计划执行情况", kTopicLand, 3, kReport, 0, 12, 12, kNone},
    {"青山市{y}年地质灾害防治方案", "国土资源、能源\\地质矿产", 12, kPlan, 0, 3, 4, kNone},
    {"青山市不动产登记办事指南（{y}年版）", kTopicLand, 5, kInfo, 0, 2, 4, kNone},
};

const T kEcology[] = {
    {"{f}{p}建设项目环境影响报告表审批决定公告", kTopicEcology, 5, kAnnouncement, 10, 1, 12, kNone},
    {"青山市{y}年{m}月环境空气质量状况", kTopicEcology, 13, kStatistics, 3, 2, 12, kNone},
    {"{f}环境违法行为行政处罚决定公示", kTopicEcology, 6, kPenalty, 8, 1, 12, kNone},
    {"青山市{py}年生态环境状况公报", kTopicEcology, 13, kStatistics, 0, 5, 6, kNone},
    {"青山市{y}年重点排污单位名录", kTopicEcology, 13, kList, 0, 3, 4, kSheet},
    {"青山市{y}年第{q}季度集中式饮用水水源地水质状况", kTopicEcology, 13, kStatistics, 1, 4, 12,
     kNone},
    {"关于{k}{w}专项执法检查情况的通报", kTopicEcology, 13, kNotice, 4, 2, 12, kNone},
};

const T kHousing[] = {
    {"{f}{p}商品房项目预售许可公示", "城乡建设、环境保护\\房地产业", 5, kAnnouncement, 8, 1, 12,
     kNone},
    {"{p}{x}老旧小区改造项目实施方案公示", kTopicBuilding, 11, kPlan, 5, 2, 10, kNone},
    {"{p}{x}棚户区改造项目房屋征收决定公告", kTopicBuilding, 15, kAnnouncement, 3, 1, 12, kNone},
    {"青山市{y}年保障性租赁住房配租结果公示（第{n}批）", kTopicHousing, 11, kList, 4, 2, 12,
     kSheet},
    {"{f}建筑施工安全生产违法行为行政处罚决定公示", kTopicSafety, 6, kPenalty, 6, 1, 12, kNone},
    {"关于{y}年{m}月全市建筑施工安全生产检查情况的通报", kTopicSafety, 13, kNotice, 2, 2, 12,
     kNone},
};

const T kMarket[] = {
    {"青山市市场监督管理局{y}年第{n}期食品安全监督抽检信息公告", kTopicFood, 13, kList, 8, 2, 12,
     kSheet},
    {"{f}行政处罚决定公示", kTopicMarket, 6, kPenalty, 14, 1, 12, kNone},
    {"关于{k}{w}专项检查情况的通报", kTopicMarket, 13, kNotice, 5, 2, 12, kNone},
    {"青山市{y}年第{q}季度产品质量监督抽查结果公告", kTopicMarket, 13, kList, 1, 4, 12, kSheet},
    {"关于{f}等经营主体列入经营异常名录的公告", kTopicMarket, 6, kAnnouncement, 4, 1, 12, kSheet},
    {"青山市市场监督管理局{y}年“双随机、一公开”抽查计划", kTopicMarket, 6, kPlan, 0, 2, 3, kSheet},
};

const T kPolice[] = {
    {"关于{r}部分路段实施交通管制的通告（{y}年第{n}号）", kTopicPolice, 12, kAnnouncement, 10, 1,
     12, kNone},
    {"青山市公安局关于{k}{w}的通告", kTopicPolice, 15, kAnnouncement, 5, 1, 12, kNone},
    {"青山市{y}年{m}月交通事故多发路段公示", kTopicPolice, 6, kStatistics, 3, 2, 12, kNone},
    {"关于{p}派出所办公地址变更的公告", kTopicPolice, 2, kInfo, 1, 1, 12, kNone},
    {"青山市公安局户籍业务办事指南（{y}年版）", kTopicPolice, 5, kInfo, 0, 2, 3, kNone},
    {"关于{p}违反治安管理行为的行政处罚决定公示（第{n}号）", kTopicPolice, 6, kPenalty, 3, 1, 12,
     kNone},
};

const T kHr[] = {
    {"青山市{y}年事业单位公开招聘工作人员公告", kTopicPersonnel, 14, kRecruit, 0, 3, 4, kSheet},
    {"青山市{y}年事业单位公开招聘拟聘用人员名单公示（第{n}批）", kTopicPersonnel, 14, kList, 4, 5,
     12, kSheet},
    {"关于调整{y}年城乡居民基础养老金标准的通知", kTopicSocial, 11, kNotice, 0, 6, 7, kNone},
    {"青山市{y}年{m}月就业见习岗位信息", kTopicJobs, 11, kList, 2, 2, 12, kSheet},
    {"关于{f}拖欠劳动报酬案的行政处理决定公示", kTopicJobs, 6, kPenalty, 4, 1, 12, kNone},
    {"青山市{y}年职业技能培训补贴发放名单公示（第{n}批）", kTopicJobs, 11, kList, 5, 2, 12, kSheet},
    {"青山市人力资源和社会保障局关于做好{k}{w}工作的通知", kTopicJobs, 11, kNotice, 5, 1, 12,
     kNone},
};

const T kEducation[] = {
    {"青山市{y}年义务教育阶段学校招生工作方案", kTopicEducation, 11, kPlan, 0, 5, 6, kNone},
    {"{p}小学{y}年秋季招生划片范围公告", kTopicEducation, 11, kAnnouncement, 2, 6, 7, kNone},
    {"青山市{y}年公开招聘中小学教师公告", kTopicEducation, 14, kRecruit, 0, 4, 5, kSheet},
    {"青山市{y}年学生资助资金发放情况公示（第{n}批）", kTopicEducation, 11, kList, 4, 3, 12,
     kSheet},
    {"关于公布青山市{py}年度民办学校年度检查结果的通知", kTopicEducation, 5, kNotice, 0, 3, 5,
     kSheet},
    {"青山市教育局关于做好{k}{w}工作的通知", kTopicEducation, 11, kNotice, 8, 1, 12, kNone},
};

const T kHealth[] = {
    {"青山市{y}年{m}月法定传染病疫情概况", kTopicHealth, 13, kStatistics, 3, 2, 12, kNone},
    {"医疗机构执业登记公示（{y}年第{n}批）", kTopicHealth, 5, kAnnouncement, 6, 1, 12, kNone},
    {"青山市{py}年卫生健康事业发展统计公报", kTopicHealth, 4, kStatistics, 0, 5, 6, kNone},
    {"关于{k}{w}监督检查情况的通报", kTopicHealth, 13, kNotice, 5, 2, 12, kNone},
    {"{p}卫生院医疗机构行政处罚决定公示（第{n}号）", kTopicHealth, 6, kPenalty, 4, 1, 12, kNone},
    {"青山市卫生健康委员会关于做好{k}{w}工作的通知", kTopicHealth, 11, kNotice, 6, 1, 12, kNone},
};

const T kTransport[] = {
    {"{p}至{p2}公路改扩建工程项目批复", kTopicRoads, 10, kApproval, 4, 1, 12, kNone},
    {"关于{y}年{m}月城市公交线路调整的公告", kTopicTransport, 15, kAnnouncement, 3, 2, 12, kNone},
    {"{f}道路运输经营许可公示", kTopicTransport, 5, kAnnouncement, 5, 1, 12, kNone},
    {"关于{r}（{p}段）施工期间交通组织的通告", kTopicRoads, 12, kAnnouncement, 5, 1, 12, kNone},
    {"{f}超限运输违法行为行政处罚决定公示", kTopicTransport, 6, kPenalty, 5, 1, 12, kNone},
    {"青山市{y}年农村公路建设计划", kTopicRoads, 10, kPlan, 0, 2, 3, kSheet},
};

const T kTown[] = {
    {"{t}{y}年第{q}季度最低生活保障对象公示", kTopicRelief, 11, kList, 1, 4, 12, kSheet},
    {"{t}{p}{y}年第{q}季度村务财务公开", kTopicFarming, 15, kReport, 3, 4, 12, kSheet},
    {"{t}{y}年耕地地力保护补贴发放公示", kTopicFarming, 11, kList, 0, 5, 7, kSheet},
    {"{t}{p}农村危房改造对象公示", kTopicHousing, 11, kList, 2, 3, 11, kSheet},
    {"{t}{y}年第{q}季度财政收支情况", kTopicFinance, 7, kStatistics, 1, 4, 12, kNone},
    {"{t}关于做好{k}{w}工作的通知", kTopicGeneral, 15, kNotice, 6, 1, 12, kNone},
    {"{t}{y}年防汛抗旱应急预案", "综合政务\\应急管理", 12, kPlan, 0, 4, 5, kNone},
    {"{t}{y}年农村宅基地审批情况公示（第{n}批）", kTopicLand, 15, kList, 3, 2, 12, kSheet},
    {"{t}{p}{w}工作情况通报", kTopicGeneral, 15, kNotice, 3, 1, 12, kNone},
};

const T kStreet[] = {
    {"{t}{y}年第{q}季度最低生活保障对象公示", kTopicRelief, 11, kList, 1, 4, 12, kSheet},
    {"{t}{p}{x}老旧小区改造工程公示", kTopicBuilding, 11, kAnnouncement, 3, 2, 11, kNone},
    {"{t}{y}年高龄津贴发放名单公示（第{n}批）", kTopicRelief, 11, kList, 3, 2, 12, kSheet},
    {"{t}{y}年第{q}季度财政收支情况", kTopicFinance, 7, kStatistics, 1, 4, 12, kNone},
    {"{t}关于做好{k}{w}工作的通知", kTopicGeneral, 15, kNotice, 6, 1, 12, kNone},
    {"{t}{y}年防汛应急预案", "综合政务\\应急管理", 12, kPlan, 0, 4, 5, kNone},
    {"{t}{p}{w}工作情况通报", kTopicGeneral, 15, kNotice, 3, 1, 12, kNone},
    {"{t}{y}年临时救助发放情况公示（第{n}批）", kTopicRelief, 11, kList, 2, 2, 12, kSheet},
};

const std::span<const T> kByAgency[] = {kCity,      kFinance, kLand, kEcology,   kHousing,
                                        kMarket,    kPolice,  kHr,   kEducation, kHealth,
                                        kTransport, kTown,    kTown, kStreet,    kStreet};

}  // namespace

std::span<const TitleTemplate> SharedTitles() { return kShared; }

std::span<const TitleTemplate> AgencyTitles(int agency) {
  if (agency < 0 || agency >= static_cast<int>(std::size(kByAgency))) return {};
  return kByAgency[agency];
}

}  // namespace gongkai::app::demo
