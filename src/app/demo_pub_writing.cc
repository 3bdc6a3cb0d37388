// Pass two of the demo publication plan: titles, numbers, bodies.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "app/demo_pub_plan.h"
#include "app/demo_texts.h"
#include "core/chinese_number.h"
#include "core/utf8.h"

namespace gongkai::app::demo {
namespace {

using domain::PublicationKind;

// The 主题分类 of the 规范性文件 of agencies 0–10.
constexpr const char* kPolicyTopics[11] = {
    "综合政务\\其他",
    "财政、金融、审计\\财政",
    "国土资源、能源\\土地",
    "城乡建设、环境保护\\环境监测、保护与治理",
    "城乡建设、环境保护\\城乡建设",
    "市场监管、安全生产监管\\市场监管",
    "公安、安全、司法\\公安",
    "劳动、人事、监察\\劳动就业",
    "科技、教育\\教育",
    "卫生、体育\\卫生",
    "工业、交通\\道路运输",
};

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = 0; (at = text.find(key, at)) != std::string::npos; at += value.size()) {
    text.replace(at, key.size(), value);
  }
  return text;
}

template <typename T>
const T& Of(Dice& dice, std::span<T> items) {
  return items[static_cast<size_t>(dice.Below(static_cast<int>(items.size())))];
}

std::string Cut(const std::string& text, size_t max_chars) {
  std::u32string s = utf8::Decode(text);
  if (s.size() > max_chars) s = s.substr(0, max_chars) + U"…";
  return utf8::Encode(s);
}

// What a 规章 regulates: its name without 青山市 and 办法/规定.
std::string RegulationSubject(const std::string& name) {
  std::string s = name;
  const std::string city = "青山市";
  if (s.rfind(city, 0) == 0) s = s.substr(city.size());
  for (const std::string form : {"办法", "规定"}) {
    if (s.size() > form.size() && s.compare(s.size() - form.size(), form.size(), form) == 0) {
      s.resize(s.size() - form.size());
      break;
    }
  }
  return s;
}

int BodyTarget(Dice& dice) {
  switch (dice.Weighted<int>({{0, 40}, {1, 35}, {2, 20}, {3, 5}})) {
    case 0:
      return dice.Between(200, 600);
    case 1:
      return dice.Between(600, 1500);
    case 2:
      return dice.Between(1500, 3000);
    default:
      return dice.Between(3000, 4800);
  }
}

class Writer {
 public:
  Writer(Dice& dice, std::vector<Draft>& drafts) : dice_(dice), d_(drafts), fills_(drafts.size()) {}

  void Titles();
  void Numbers();
  void Bodies();
  void Reasons(std::vector<LaterStep>& later);

 private:
  // The policy's own name, as quoted: 青山市某某管理办法.
  std::string PolicyName(const Draft& d) const {
    if (d.p.kind == PublicationKind::kRegulation) return d.subject;
    std::string form = d.form;
    if (d.temporary) form = form == "办法" ? "暂行办法" : "暂行" + form;
    std::string name = "青山市" + d.subject + form;
    if (d.replaces >= 0) name += "（" + std::to_string(d.year) + "年修订）";
    return name;
  }
  std::string Name(int agency) const { return CityAgencies()[static_cast<size_t>(agency)].name; }
  // The shared numbered title (工作动态第{n}期), which never repeats.
  static const TitleTemplate* Fallback() {
    for (const TitleTemplate& t : SharedTitles()) {
      if (std::string_view(t.title).find("{n}期") != std::string_view::npos) return &t;
    }
    return &SharedTitles().back();
  }
  // A general item's title from its template, `n` for {n}.
  static std::string GeneralTitle(const Draft& d, const TextContext& c, int n) {
    const int month = d.p.published_on.month;
    std::string title = d.tmpl->title;
    title = Replace(title, "{n}", std::to_string(n));
    title = Replace(title, "{m}", std::to_string(std::max(1, month - 1)));
    title = Replace(title, "{q}", ChineseNumeral(std::max(1, (month - 1) / 3)));
    TextContext at_publication = c;
    at_publication.date = d.p.published_on;
    return FillText(title, at_publication);
  }

  Dice& dice_;
  std::vector<Draft>& d_;
  std::vector<TextContext> fills_;
  std::set<std::string> titles_;
};

void Writer::Titles() {
  std::map<std::tuple<int, const void*, int>, int> batches;  // {n} per agency, title and year
  for (size_t i = 0; i < d_.size(); ++i) {
    Draft& d = d_[i];
    const PubProfile& prof = PubProfiles()[static_cast<size_t>(d.p.agency)];
    TextContext& c = fills_[i];
    c.agency = d.p.agency;
    c.agency_name = Name(d.p.agency);
    c.date = *d.p.input.formed_on;
    const std::span<const char* const> places = PlacesOf(d.p.agency);
    c.place = Of(dice_, places);
    do {
      c.place2 = Of(dice_, places);
    } while (c.place2 == c.place);
    c.firm = DrawFirm(dice_);
    c.work = prof.work_items.empty() ? "" : Of(dice_, prof.work_items);
    c.phase = Of(dice_, Phases());
    c.road = Of(dice_, Roads());
    c.estate = Of(dice_, Estates());
    c.object = Of(dice_, PurchaseObjects());
    std::string& title = d.p.input.title;
    switch (d.p.kind) {
      case PublicationKind::kInformation: {
        // Titles are unique: a repeat draws other places, firms and work; one
        // that still repeats (a 月/季度 title twice) becomes a numbered 工作动态
        // (unless its attachment must list people: a planted number is there).
        for (int attempt = 0;; ++attempt) {
          const int n = batches[{d.p.agency, d.tmpl, d.year}] + 1;
          title = GeneralTitle(d, c, n);
          if (!titles_.count(title) || attempt >= 12) {
            batches[{d.p.agency, d.tmpl, d.year}] = n;
            break;
          }
          c.place = Of(dice_, places);
          c.firm = DrawFirm(dice_);
          if (!prof.work_items.empty()) c.work = Of(dice_, prof.work_items);
          c.phase = Of(dice_, Phases());
          c.road = Of(dice_, Roads());
          c.estate = Of(dice_, Estates());
          c.object = Of(dice_, PurchaseObjects());
          if (attempt >= 3 && !d.p.planted_in_attachment) d.tmpl = Fallback();
        }
        d.p.input.topic = d.tmpl->topic;
        d.p.input.article20_item = d.tmpl->item;
        break;
      }
      case PublicationKind::kNormative:
        title = c.agency_name + "关于印发《" + PolicyName(d) + "》的通知";
        break;
      case PublicationKind::kRegulation:
        title = d.subject;
        break;  // 青山市某某管理办法
      case PublicationKind::kInterpretation: {
        const std::string name = "《" + PolicyName(d_[static_cast<size_t>(d.p.interprets)]) + "》";
        title = dice_.Weighted<std::string>(
            {{name + "政策解读", 50}, {"关于" + name + "的解读", 30}, {"一图读懂" + name, 20}});
        break;
      }
      case PublicationKind::kMeeting:
        if (d.press) {
          title = "青山市人民政府新闻办公室“" + c.work + "”新闻发布会";
        } else if (d.p.agency == 0) {
          title = "青山市人民政府" + std::to_string(d.year) + "年第" +
                  std::to_string(++batches[{0, nullptr, d.year}]) + "次常务会议纪要";
        } else {
          title = c.agency_name + std::to_string(d.year) + "年第" +
                  std::to_string(++batches[{d.p.agency, nullptr, d.year}]) + "次办公会议纪要";
        }
        d.p.input.topic = d.press ? "综合政务\\政务公开" : "综合政务\\其他";
        d.p.input.article20_item = 15;
        break;
    }
    if (domain::HasValidity(d.p.kind)) {
      d.p.input.topic = kPolicyTopics[d.p.agency];
      d.p.input.article20_item = 1;
      d.p.input.keywords = d.subject;
    }
    if (d.p.kind == PublicationKind::kInterpretation) {
      const Draft& policy = d_[static_cast<size_t>(d.p.interprets)];
      d.p.input.topic = kPolicyTopics[policy.p.agency];
      d.p.input.article20_item = 1;
      d.p.input.keywords = policy.subject;
    }
    if (d.p.kind == PublicationKind::kInformation) d.p.input.keywords = c.work;
    c.title = title;
    titles_.insert(title);
  }
}

void Writer::Numbers() {
  // 文号 numbered per prefix and year in 成文日期 order.
  std::vector<size_t> order(d_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return *d_[a].p.input.formed_on < *d_[b].p.input.formed_on;
  });
  std::map<std::pair<std::string, int>, int> serial;
  int decree = 100;  // 市人民政府令 numbers run on across years
  for (size_t i : order) {
    Draft& d = d_[i];
    service::PublicationInput& in = d.p.input;
    const PubProfile& prof = PubProfiles()[static_cast<size_t>(d.p.agency)];
    const int year = in.formed_on->year;
    if (d.p.kind == PublicationKind::kRegulation) {
      in.doc_no = "青山市人民政府令第" + std::to_string(++decree) + "号";
      in.effective_on = CivilDate::FromDays(d.p.published_on.ToDays() + 30);
    } else if (d.p.kind == PublicationKind::kNormative) {
      const int n = ++serial[{prof.normative_prefix, year}];
      in.doc_no = std::string(prof.normative_prefix) + "〔" + std::to_string(year) + "〕" +
                  std::to_string(n) + "号";
      char reg[32];
      std::snprintf(reg, sizeof reg, "QSCR-%d-%02d%03d", year, d.p.agency + 1, n);
      in.reg_no = reg;
      in.effective_on = d.p.published_on;
    } else if (d.with_doc_no) {
      std::string prefix = prof.doc_prefix;
      if (d.p.agency == 0 && in.title.find("办公室") != std::string::npos) {
        prefix = "青政办发";
        in.publisher = "青山市人民政府办公室";
      }
      in.doc_no = prefix + "〔" + std::to_string(year) + "〕" +
                  std::to_string(++serial[{prefix, year}]) + "号";
    }
    fills_[i].doc_no = in.doc_no;
  }
}

void Writer::Bodies() {
  for (size_t i = 0; i < d_.size(); ++i) {
    Draft& d = d_[i];
    const TextContext& c = fills_[i];
    Paragraphs body;
    switch (d.p.kind) {
      case PublicationKind::kInformation:
        body = WriteBody(dice_, d.tmpl->genre, c, BodyTarget(dice_));
        break;
      case PublicationKind::kNormative:
      case PublicationKind::kRegulation: {
        const bool regulation = d.p.kind == PublicationKind::kRegulation;
        body = WriteNormativeBody(
            dice_, c, regulation ? RegulationSubject(d.subject) : d.subject, regulation,
            regulation ? dice_.Between(2500, 4800) : dice_.Between(1200, 4200));
        if (d.temporary) {
          for (std::string& p : body) p = Replace(p, "有效期5年", "有效期1年");
        }
        if (d.replaces >= 0) {
          const Draft& old = d_[static_cast<size_t>(d.replaces)];
          body.back() += "原《" + PolicyName(old) + "》（" + old.p.input.doc_no + "）同时废止。";
        }
        break;
      }
      case PublicationKind::kInterpretation: {
        const Draft& policy = d_[static_cast<size_t>(d.p.interprets)];
        body = WriteInterpretationBody(dice_, c, PolicyName(policy), policy.p.input.doc_no,
                                       policy.subject);
        break;
      }
      case PublicationKind::kMeeting: {
        const std::string chair = d.p.agency == 0
                                      ? "市长" + std::string(kMayor)
                                      : PubProfiles()[static_cast<size_t>(d.p.agency)].leader;
        body = WriteMeetingBody(dice_, c, chair);
        break;
      }
    }
    // 内容概述 (≤100 字) for some: the first real paragraph, before anything is planted.
    if (d.p.kind == PublicationKind::kInformation && dice_.Chance(0.3)) {
      for (const std::string& p : body) {
        if (utf8::Length(p) < 24) continue;
        d.p.input.summary = Cut(p, 80);
        break;
      }
    }
    if (d.p.planted != PlantedKind::kNone && !d.p.planted_in_attachment) {
      InsertBeforeSignature(
          body, PlantedSentence(dice_, d.p.planted, d.p.planted_text, d.p.statutory, c));
    }
    if (d.p.bad_checksum)
      InsertBeforeSignature(body, ContractNumberSentence(dice_, DrawBadChecksumId(dice_), c));
    d.p.input.body_html = ParagraphsHtml(body);
    if (d.with_attachment) {
      const Attach kind =
          d.tmpl && d.tmpl->attach != Attach::kNone ? d.tmpl->attach : Attach::kSheet;
      const bool planted = d.p.planted_in_attachment;
      d.p.attachment = MakeAttachment(dice_, d.tmpl ? d.tmpl->genre : Genre::kList, kind, c,
                                      planted ? d.p.planted : PlantedKind::kNone,
                                      planted ? d.p.planted_text : std::string());
    }
  }
}

void Writer::Reasons(std::vector<LaterStep>& later) {
  for (LaterStep& s : later) {
    const Draft& t = d_[static_cast<size_t>(s.target)];
    switch (s.kind) {
      case StepKind::kAbolish:
        if (s.other >= 0) {
          const Draft& n = d_[static_cast<size_t>(s.other)];
          s.reason = "《" + PolicyName(n) + "》（" + n.p.input.doc_no + "）自" + ChineseDate(s.on) +
                     "起施行，原《" + PolicyName(t) + "》（" + t.p.input.doc_no + "）同时废止";
        } else {
          s.reason = "根据" + std::to_string(s.on.year) + "年规范性文件清理结果，经" +
                     Name(t.p.agency) + "研究决定废止";
        }
        break;
      case StepKind::kExpire:
        s.reason =
            "《" + PolicyName(t) + "》有效期1年，已于" + ChineseDate(s.on) + "届满，自动失效";
        break;
      case StepKind::kWithdraw:
        s.reason = dice_.Weighted<std::string>(
            {{"信息内容有误，撤回后更正重新发布", 40},
             {"该信息已由上级机关统一发布，本机关重复发布，予以撤回", 30},
             {"发布栏目有误，撤回后调整至相应栏目", 30}});
        break;
      case StepKind::kRevise:
        s.reason = "（" + ChineseDate(s.on) + "更新：" +
                   dice_.Weighted<std::string>({{"补充了咨询电话和办理地点", 40},
                                                {"更正了第二部分中的时间表述", 30},
                                                {"根据工作进展补充了有关内容", 30}}) +
                   "。）";
        break;
      case StepKind::kLink:
        break;
    }
  }
}

}  // namespace

void WritePlan(Dice& dice, std::vector<Draft>& drafts, std::vector<LaterStep>& later) {
  Writer w(dice, drafts);
  w.Titles();
  w.Numbers();
  w.Bodies();
  w.Reasons(later);
}

}  // namespace gongkai::app::demo
