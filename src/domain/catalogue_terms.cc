// 第二十条 items and 主题分类 classes.
#include "domain/catalogue_terms.h"



namespace gongkai::domain {
namespace {

constexpr const char* kItems[kArticle20Items] = {
    "行政法规、规章和规范性文件",
    "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
    "国民经济和社会发展规划、专项规划、区域规划及相关政策",
    "国民经济和社会发展统计信息",
    "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
    "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
    "财政预算、决算信息",
    "行政事业性收费项目及其依据、标准",
    "政府集中采购项目的目录、标准及实施情况",
    "重大建设项目的批准和实施情况",
    "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
    "突发公共事件的应急预案、预警信息及应对情况",
    "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
    "公务员招考的职位、名额、报考条件等事项以及录用结果",
    "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
};

constexpr const char* kNumerals[kArticle20Items] = {"一", "二", "三", "四",   "五",
                                                    "六", "七", "八", "九",   "十",
                                                    "十一", "十二", "十三", "十四", "十五"};

std::string_view Strip(std::string_view s, std::string_view prefix, std::string_view suffix) {
  if (s.starts_with(prefix) && s.ends_with(suffix) && s.size() >= prefix.size() + suffix.size()) {
    return s.substr(prefix.size(), s.size() - prefix.size() - suffix.size());
  }
  return s;
}

}  // namespace

const char* Article20ItemText(int n) {
  if (n < 1 || n > kArticle20Items) return "";
  return kItems[n - 1];
}

std::string Article20ItemLabel(int n) {
  if (n < 1 || n > kArticle20Items) return "";
  return std::string("（") + kNumerals[n - 1] + "）";
}

std::optional<int> ParseArticle20Item(std::string_view text) {
  std::string_view s = text;
  s = Strip(s, "第", "项");
  s = Strip(s, "（", "）");
  s = Strip(s, "(", ")");
  if (s.empty()) return std::nullopt;
  int ascii = 0;
  bool digits = true;
  for (char c : s) {
    if (c < '0' || c > '9') {
      digits = false;
      break;
    }
    ascii = ascii * 10 + (c - '0');
    if (ascii > 100) break;
  }
  if (digits) {
    if (ascii >= 1 && ascii <= kArticle20Items) return ascii;
    return std::nullopt;
  }
  for (int i = 0; i < kArticle20Items; ++i) {
    if (s == kNumerals[i]) return i + 1;
  }
  return std::nullopt;
}

const std::vector<std::string>& TopicClasses() {
  static const std::vector<std::string> kClasses = {
      "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计",
      "国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游",
      "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版",
      "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法",
      "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
  };
  return kClasses;
}

std::optional<std::string> TopicClassCode(std::string_view first_level) {
  const std::vector<std::string>& classes = TopicClasses();
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] == first_level) {
      const size_t n = i + 1;  // 1–22
      return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
    }
  }
  return std::nullopt;
}

std::optional<std::string> NormalizeTopic(std::string_view path) {
  std::string p(path);
  for (char& c : p) {
    if (c == '/') c = '\\';
  }
  const std::string first = p.substr(0, p.find('\\'));
  if (!TopicClassCode(first)) return std::nullopt;
  return p;
}

}  // namespace gongkai::domain
