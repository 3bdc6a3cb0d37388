// The agencies' publishing profiles. The titles are in demo_pub_titles.cc.
#include "app/demo_pub_profiles.h"

#include <cstring>

namespace gongkai::app::demo {

namespace {

using W = const char* const;

W kCityWork[] = {"优化营商环境", "重点项目建设", "政务服务“一网通办”",  "安全生产专项整治",
                 "防汛抗旱",     "乡村振兴",     "城乡环境综合整治",    "民生实事项目",
                 "招商引资",     "法治政府建设", "政务公开标准化规范化"};
W kCityNormative[] = {"市级储备粮管理",       "政府投资项目管理",       "重大行政决策程序",
                      "行政执法公示",         "政府合同管理",           "促进民营经济高质量发展",
                      "城市道路占用挖掘管理", "国有土地上房屋征收补偿", "人才引进",
                      "招商引资优惠政策兑现"};
W kCityRegulations[] = {"青山市城市绿化管理办法",     "青山市电梯安全管理办法",
                        "青山市历史文化街区保护办法", "青山市养犬管理规定",
                        "青山市公共停车场管理办法",   "青山市烟花爆竹燃放管理规定",
                        "青山市城市供水用水管理办法", "青山市地下管线管理办法"};

W kFinanceWork[] = {"预算绩效管理",
                    "政府采购监督管理",
                    "国库集中支付",
                    "非税收入征收管理",
                    "政府债务管理",
                    "财会监督",
                    "惠民惠农财政补贴资金“一卡通”管理",
                    "行政事业单位国有资产管理"};
W kFinanceNormative[] = {"市级财政专项资金管理", "政府购买服务管理",
                         "预算绩效管理",         "行政事业单位国有资产处置管理",
                         "政府采购内部控制管理", "惠民惠农财政补贴资金发放管理"};
W kLandWork[] = {"国土空间规划实施", "耕地保护",     "不动产登记便民服务",
                 "土地节约集约利用", "地质灾害防治", "自然资源执法监察",
                 "林长制",           "建设用地审批"};
W kLandNormative[] = {"国有建设用地使用权出让管理", "不动产登记", "城乡规划管理技术规定",
                      "耕地占补平衡管理", "地质灾害危险性评估管理"};
W kEcoWork[] = {"大气污染防治", "水污染防治",       "土壤污染防治",       "排污许可管理",
                "生态环境执法", "突发环境事件应急", "入河排污口排查整治", "噪声污染防治"};
W kEcoNormative[] = {"建设项目环境影响评价分级审批", "生态环境行政处罚自由裁量权基准",
                     "重污染天气应急管理", "排污权有偿使用和交易管理"};
W kHousingWork[] = {"老旧小区改造", "保障性住房建设", "建筑施工安全生产", "住宅专项维修资金管理",
                    "物业服务管理", "城镇燃气安全",   "建筑市场秩序整治", "城市更新"};
W kHousingNormative[] = {"住宅专项维修资金管理", "物业服务收费管理", "公共租赁住房管理",
                         "房屋建筑工程质量安全管理", "城镇燃气经营许可管理"};
W kMarketWork[] = {"食品安全监督抽检", "特种设备安全监察", "药品零售企业监管", "价格监督检查",
                   "知识产权保护",     "经营主体登记注册", "产品质量监督抽查", "消费维权"};
W kMarketNormative[] = {"市场监管行政处罚裁量权适用", "食品小作坊登记管理", "企业信用风险分类管理",
                        "小微企业名录管理"};
W kPoliceWork[] = {"道路交通安全管理",       "户籍管理便民服务", "电信网络诈骗防范",
                   "大型群众性活动安全管理", "出入境管理服务",   "校园周边治安整治",
                   "危险物品安全管理"};
W kPoliceNormative[] = {"居住证申领管理", "机动车临时停放管理", "户口迁移登记"};
W kHrWork[] = {"稳岗就业", "职业技能培训",     "根治欠薪", "城乡居民养老保险",
               "工伤保险", "事业单位公开招聘", "人才服务", "劳动人事争议调解仲裁"};
W kHrNormative[] = {"就业创业补贴申领管理", "职业技能培训补贴管理", "事业单位公开招聘管理",
                    "工程建设领域农民工工资保证金管理"};
W kEduWork[] = {"义务教育优质均衡发展", "学前教育普及普惠", "校园安全", "“双减”工作", "学生资助",
                "教师队伍建设",         "校外培训机构监管"};
W kEduNormative[] = {"义务教育阶段学校招生入学管理", "民办学校办学行为管理", "校外培训机构管理",
                     "中小学教师交流轮岗管理"};
W kHealthWork[] = {"传染病防控",       "基层医疗卫生服务能力提升",
                   "家庭医生签约服务", "医疗机构依法执业监管",
                   "妇幼健康服务",     "爱国卫生运动",
                   "老年健康服务"};
W kHealthNormative[] = {"医疗机构设置规划管理", "家庭医生签约服务管理", "院前医疗急救管理"};
W kTransportWork[] = {"农村公路建设", "城市公共交通",     "道路运输安全监管",    "治超治限",
                      "水上交通安全", "出租汽车行业管理", "交通建设工程质量监管"};
W kTransportNormative[] = {"网络预约出租汽车经营服务管理", "农村公路养护管理",
                           "道路运输行政处罚裁量基准"};
W kTownWork[] = {"人居环境整治", "防汛抗旱", "森林防火",         "社会救助", "村级集体经济发展",
                 "耕地保护",     "安全生产", "矛盾纠纷排查化解", "乡村振兴"};
W kStreetWork[] = {"社区网格化管理", "老旧小区改造",     "文明城市创建", "社会救助",
                   "安全生产",       "矛盾纠纷排查化解", "养老服务",     "垃圾分类"};

W kCityPlaces[] = {"白沙镇石桥村",   "青溪镇柳塘村", "城关街道新河社区", "东湖街道湖滨社区",
                   "白沙镇王家坝村", "青溪镇枫林村", "城关街道南门社区", "青山经济开发区",
                   "高铁新区",       "滨江新城",     "东湖片区",         "城北工业园"};
W kTownPlaces[4][4] = {
    {"石桥村", "王家坝村", "白沙社区", "杨柳湾村"},
    {"柳塘村", "枫林村", "青溪社区", "茶园村"},
    {"新河社区", "南门社区", "北街社区", "文庙社区"},
    {"湖滨社区", "东湖社区", "樟树村", "望湖社区"},
};

// The order of CityAgencies(): 市政府, ten departments, four townships/streets.
const PubProfile kProfiles[] = {
    {"市政府", "00761010", "吴静", "罗海涛", "林国平", "青政规", "青政发", "0739-88210001",
     "青山市人民中路1号市民服务中心", 320, kCityWork, kCityNormative},
    {"市财政局", "00761022", "李晓燕", "王志强", "陈国平", "青财规", "青财发", "0739-88210312",
     "青山市人民中路1号市民服务中心B座", 170, kFinanceWork, kFinanceNormative},
    {"市自然资源和规划局", "00761039", "张文军", "刘丽华", "赵建国", "青自然资规", "青自然资发",
     "0739-88211206", "青山市建设北路18号", 230, kLandWork, kLandNormative},
    {"市生态环境局", "00761047", "黄敏", "周伟", "孙海涛", "青环规", "青环发", "0739-88213025",
     "青山市环城西路66号", 170, kEcoWork, kEcoNormative},
    {"市住房和城乡建设局", "00761055", "郭志强", "何桂兰", "马国平", "青建规", "青建发",
     "0739-88214117", "青山市建设北路20号", 210, kHousingWork, kHousingNormative},
    {"市市场监督管理局", "00761063", "朱晓燕", "胡勇", "高文军", "青市监规", "青市监发",
     "0739-88215230", "青山市五一东路9号", 230, kMarketWork, kMarketNormative},
    {"市公安局", "00761071", "林静", "罗建国", "徐志强", "青公规", "青公发", "0739-88216110",
     "青山市解放路100号", 140, kPoliceWork, kPoliceNormative},
    {"市人力资源和社会保障局", "0076108X", "杨芳", "陈磊", "王海涛", "青人社规", "青人社发",
     "0739-88217012", "青山市人民中路1号市民服务中心C座", 190, kHrWork, kHrNormative},
    {"市教育局", "00761098", "赵丽华", "吴伟", "李国平", "青教规", "青教发", "0739-88218201",
     "青山市文昌路2号", 160, kEduWork, kEduNormative},
    {"市卫生健康委员会", "00761102", "刘洁", "张勇", "周文军", "青卫健规", "青卫健发",
     "0739-88219020", "青山市健康路5号", 150, kHealthWork, kHealthNormative},
    {"市交通运输局", "00761119", "孙秀英", "黄磊", "郭建国", "青交规", "青交发", "0739-88220108",
     "青山市迎宾大道88号", 140, kTransportWork, kTransportNormative},
    {"白沙镇",
     "00762016",
     "王秀英",
     "李建国",
     "张海涛",
     nullptr,
     "白政发",
     "0739-88310011",
     "青山市白沙镇白沙社区白沙街12号",
     90,
     kTownWork,
     {}},
    {"青溪镇",
     "00762024",
     "陈芳",
     "杨志强",
     "刘国平",
     nullptr,
     "青溪政发",
     "0739-88320016",
     "青山市青溪镇青溪社区溪东路3号",
     80,
     kTownWork,
     {}},
    {"城关街道",
     "00762032",
     "周静",
     "赵伟",
     "吴海涛",
     nullptr,
     "城办发",
     "0739-88230019",
     "青山市城关街道南门社区府前街6号",
     90,
     kStreetWork,
     {}},
    {"东湖街道",
     "00762040",
     "徐晓燕",
     "孙勇",
     "胡文军",
     nullptr,
     "东湖办发",
     "0739-88240021",
     "青山市东湖街道东湖社区湖光路30号",
     80,
     kStreetWork,
     {}},
};

W kPhases[] = {"春季", "汛期",   "夏季",     "秋冬季",       "岁末年初", "节假日期间",
               "近期", "下半年", "第二阶段", "集中攻坚阶段", "全年"};
W kRoads[] = {"人民路", "解放路", "建设北路", "五一东路", "迎宾大道", "环城西路", "文昌路",
              "健康路", "湖光路", "溪东路",   "府前街",   "滨江大道", "青山大道", "高铁大道"};
W kEstates[] = {"机械厂宿舍", "粮食局宿舍", "纺织厂生活区", "建设新村", "幸福里小区", "向阳小区",
                "东风小区",   "红旗小区",   "丰收小区",     "和平小区", "南苑小区",   "电业局宿舍"};
W kObjects[] = {"学校食堂设备", "办公家具",     "公务用车", "信息化系统运维服务",
                "物业管理服务", "绿化养护服务", "医疗设备", "图书",
                "课桌椅",       "路灯维修服务", "印刷服务", "保安服务"};
W kFirmWords[] = {"恒达", "鑫源", "华兴", "宏远", "瑞丰", "金石", "青禾", "长盛", "永兴", "佳和",
                  "天成", "汇丰", "明诚", "润泽", "兴旺", "福顺", "嘉禾", "正泰", "康宁", "百川"};
W kTrades[] = {"建材", "置业", "贸易",     "物流",     "食品", "科技",
               "农资", "餐饮", "建筑工程", "环保科技", "医药", "运输"};
W kFirmForms[] = {"有限公司", "有限公司", "有限公司", "有限责任公司", "经营部", "商行"};

template <typename T, size_t N>
const T& Of(Dice& dice, const T (&items)[N]) {
  return items[dice.Below(static_cast<int>(N))];
}

int OrgCharValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 0;
}

}  // namespace

std::span<const PubProfile> PubProfiles() { return kProfiles; }
std::span<const char* const> RegulationSubjects() { return kCityRegulations; }

std::span<const char* const> PlacesOf(int agency) {
  if (agency >= 11 && agency <= 14) return kTownPlaces[agency - 11];
  return kCityPlaces;
}

std::span<const char* const> Phases() { return kPhases; }
std::span<const char* const> Roads() { return kRoads; }
std::span<const char* const> Estates() { return kEstates; }
std::span<const char* const> PurchaseObjects() { return kObjects; }

// Drawn in order: the name must not depend on the compiler's choice.
std::string DrawFirm(Dice& dice) {
  std::string name = "青山市";
  name += Of(dice, kFirmWords);
  name += Of(dice, kTrades);
  return name + Of(dice, kFirmForms);
}

std::string OrgCode(const char* base) {
  static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  std::string code(base, std::strlen(base) < 8 ? std::strlen(base) : 8);
  int sum = 0;
  for (size_t i = 0; i < code.size(); ++i) sum += OrgCharValue(code[i]) * kWeights[i];
  const int c = 11 - sum % 11;
  code += c == 10 ? 'X' : c == 11 ? '0' : static_cast<char>('0' + c);
  return code;
}

}  // namespace gongkai::app::demo
