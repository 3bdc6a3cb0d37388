#include "app/demo_mailbox.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "app/demo_city.h"
#include "app/demo_personal_data.h"
#include "app/demo_pub_profiles.h"
#include "service/message_service.h"

namespace gongkai::app {
namespace {

using demo::Dice;
using domain::MessageCategory;

struct Topic {
  const char* title;    // {p} a place, {r} a road, {f} a firm
  const char* issue;    // what the writer says
  const char* finding;  // what the 受理单位 found or did
  MessageCategory category;
};

// By the 受理单位 (index into CityAgencies(); the townships share the last row).
const Topic kTopics[12][2] = {
    {{"关于进一步优化{p}营商环境的建议", "建议进一步简化企业开办和项目审批流程，减少企业跑腿次数",
      "我市已推行企业开办“一网通办”，全流程压缩至1个工作日内，下一步将继续推进“高效办成一件事”",
      MessageCategory::kSuggestion},
     {"关于{p}交通拥堵问题的建议", "上下班高峰期道路拥堵严重，建议优化信号灯配时",
      "市公安局交警支队已对相关路口信号灯配时进行优化调整", MessageCategory::kSuggestion}},
    {{"咨询{p}惠民惠农补贴发放时间", "我家的耕地地力保护补贴今年还没有到账，想问问什么时候发放",
      "今年的补贴资金已于近期下达，将通过惠民惠农财政补贴资金“一卡通”发放到户",
      MessageCategory::kConsultation},
     {"关于政府采购项目付款进度的反映", "我公司承接的政府采购项目已验收合格，但货款迟迟未支付",
      "经核实，该项目资金已进入支付流程，采购单位将在合同约定期限内支付",
      MessageCategory::kComplaint}},
    {{"{p}宅基地建房审批咨询", "我想在自家宅基地上翻建房屋，需要办理哪些手续",
      "农村村民建房需向村集体经济组织提出申请，经乡镇人民政府审核批准后办理乡村建设规划许可",
      MessageCategory::kConsultation},
     {"{p}商品房不动产权证办理问题", "购买的商品房已交房两年，至今办不了不动产权证",
      "经核实，该项目开发企业尚未完成首次登记所需手续，我局已督促其限期办理",
      MessageCategory::kComplaint}},
    {{"{p}附近工厂夜间排放异味", "最近晚上经常闻到刺鼻气味，怀疑附近工厂排放废气",
      "执法人员已到现场检查，对该企业废气处理设施运行不正常问题依法立案查处",
      MessageCategory::kComplaint},
     {"{p}河道出现漂浮物", "河里出现大量漂浮物，夏天有异味",
      "经监测，该河段水质总体稳定，漂浮物系上游生活垃圾，已组织打捞清理并加强巡查",
      MessageCategory::kComplaint}},
    {{"{p}老旧小区改造什么时候开工", "我们小区被列入改造计划，想了解具体开工时间和改造内容",
      "该小区改造项目已完成设计和施工招标，预计下月进场施工，改造内容将在小区公示",
      MessageCategory::kConsultation},
     {"{p}小区物业服务问题", "小区电梯经常故障，向物业反映多次没有解决",
      "我局已约谈物业服务企业负责人，责令其限期完成电梯维修保养", MessageCategory::kComplaint}},
    {{"{p}超市销售过期食品", "在超市购买的牛奶已经过了保质期",
      "执法人员已对该超市进行检查，依法下架过期食品并立案调查", MessageCategory::kComplaint},
     {"开办餐馆需要办理哪些证照", "想开一家小餐馆，营业执照和食品经营许可证怎么办理",
      "可通过政务服务网“一件事一次办”同时申请营业执照和食品经营许可",
      MessageCategory::kConsultation}},
    {{"{r}夜间车辆噪音扰民", "每天深夜都有改装车辆在{r}高速行驶，噪音很大",
      "交警部门已在该路段加强夜间巡查，并开展非法改装车辆专项整治", MessageCategory::kComplaint},
     {"户口迁移办理咨询", "我在外地工作，想把户口迁回{p}，需要准备什么材料",
      "可携带居民身份证、户口簿等材料到迁入地派出所办理，符合条件的可申请“跨省通办”",
      MessageCategory::kConsultation}},
    {{"{f}拖欠工资", "我在{f}工作了半年，工资一直被拖欠",
      "劳动保障监察机构已介入调查，督促企业限期支付拖欠的工资", MessageCategory::kComplaint},
     {"灵活就业人员养老保险缴费咨询", "我是灵活就业人员，想咨询养老保险怎么缴费",
      "灵活就业人员可在户籍地或就业地参加企业职工基本养老保险，并可通过线上渠道缴费",
      MessageCategory::kConsultation}},
    {{"{p}小学入学划片咨询", "孩子今年上小学，不知道划片到哪所学校",
      "今年的招生划片范围已在市教育局网站公布，您所在区域对应的学校可在公告中查询",
      MessageCategory::kConsultation},
     {"建议{p}学校开通校车", "孩子上学路远，建议开通校车",
      "我局已将该建议纳入下一年度校车线路优化方案统筹研究", MessageCategory::kSuggestion}},
    {{"{p}卫生院服务态度问题", "在卫生院看病时个别医生态度冷淡",
      "已对相关人员进行批评教育，并开展医德医风专项整治", MessageCategory::kComplaint},
     {"家庭医生签约咨询", "家里老人想签约家庭医生，怎么办理",
      "可到所在社区卫生服务中心或村卫生室办理签约，65岁以上老年人每年可免费体检一次",
      MessageCategory::kConsultation}},
    {{"建议增开{p}公交班次", "{p}到市区的公交班次太少，出行不便",
      "我局已会同公交企业研究，计划增加早晚高峰班次", MessageCategory::kSuggestion},
     {"{r}路面破损积水", "{r}路面坑洼较多，下雨天积水严重",
      "已安排养护单位对该路段进行修补，预计两周内完成", MessageCategory::kComplaint}},
    {{"{p}路灯损坏", "村里的路灯坏了很久，晚上出行不安全",
      "已安排人员对路灯进行维修，目前已恢复照明", MessageCategory::kHelp},
     {"{p}低保申请咨询", "家里老人生病，生活困难，想申请最低生活保障",
      "可向所在村（社区）提出申请，经入户调查、民主评议和审核确认后符合条件的予以纳入",
      MessageCategory::kHelp}},
};

std::string Fill(std::string s, const std::string& place, const std::string& road,
                 const std::string& firm) {
  for (auto [key, value] : {std::pair<const char*, const std::string*>{"{p}", &place},
                            {"{r}", &road},
                            {"{f}", &firm}}) {
    for (size_t at; (at = s.find(key)) != std::string::npos;) s.replace(at, 3, *value);
  }
  return s;
}

service::Moment At(CivilDate d, int minute) {  // Beijing time ≥ 08:00: the UTC date is the same
  const int utc = minute - 8 * 60;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00Z", d.year, d.month, d.day, utc / 60,
                utc % 60);
  return service::Moment{buf, d};
}

class Mail {
 public:
  Mail(service::MessageService& mail, const std::vector<int64_t>& ids,
       const std::vector<CivilDate>& workdays, int year, Dice& dice, DemoMailSummary& s)
      : mail_(mail), ids_(ids), days_(workdays), end_{year, 12, 31}, dice_(dice), s_(s) {}

  Status One(CivilDate received);

 private:
  // The `n`-th 工作日 after `d` (0: d itself when it is one, else the next).
  // Negative n counts back. Past the calendar: a day after the year.
  CivilDate Work(CivilDate d, int n) const {
    const auto it = std::lower_bound(days_.begin(), days_.end(), d);
    const int64_t i = (it - days_.begin()) + n;
    if (i < 0) return days_.front();
    return i < static_cast<int64_t>(days_.size()) ? days_[static_cast<size_t>(i)]
                                                  : CivilDate{end_.year + 1, 12, 31};
  }
  // Still open on 31 December (overdue when past `due`).
  Status Open(CivilDate due) {
    ++s_.open;
    if (end_ > due) ++s_.overdue;
    return Status::Ok();
  }
  Status Finish(int64_t id, CivilDate due, const Topic& t, int handler, int mailbox);

  service::MessageService& mail_;
  const std::vector<int64_t>& ids_;
  const std::vector<CivilDate>& days_;
  CivilDate end_;
  Dice& dice_;
  DemoMailSummary& s_;
};

Status Mail::One(CivilDate received) {
  // 受理单位: a department or township (the city's own topics are rarer).
  const int handler = dice_.Weighted<int>({{0, 6},
                                           {1, 5},
                                           {2, 10},
                                           {3, 8},
                                           {4, 12},
                                           {5, 8},
                                           {6, 10},
                                           {7, 9},
                                           {8, 8},
                                           {9, 6},
                                           {10, 7},
                                           {11, 3},
                                           {12, 3},
                                           {13, 3},
                                           {14, 2}});
  const int mailbox = dice_.Chance(0.7) ? 0 : handler;
  const Topic& t = kTopics[std::min(handler, 11)][dice_.Below(2)];
  const std::span<const char* const> places = demo::PlacesOf(handler);
  const std::string place =
      places[static_cast<size_t>(dice_.Below(static_cast<int>(places.size())))];
  const std::string road =
      demo::Roads()[static_cast<size_t>(dice_.Below(static_cast<int>(demo::Roads().size())))];
  const std::string firm = demo::DrawFirm(dice_);
  service::NewMessage m;
  m.agency_id = ids_[static_cast<size_t>(mailbox)];
  m.category = t.category;
  m.title = Fill(t.title, place, road, firm);
  m.body = "您好！我是" + place + "的居民，" + Fill(t.issue, place, road, firm) +
           "。希望有关部门尽快帮助解决，谢谢！";
  m.contact.name = demo::DrawPersonName(dice_);
  m.contact.phone = demo::DrawMobile(dice_);
  // Some writers put their number in the text: published masked.
  if (dice_.Chance(0.06)) m.body += "如需核实情况，请联系我：" + m.contact.phone + "。";
  m.consent = dice_.Chance(0.75);
  const demo::PubProfile& box = demo::PubProfiles()[static_cast<size_t>(mailbox)];
  const demo::PubProfile& unit = demo::PubProfiles()[static_cast<size_t>(handler)];
  Result<service::SubmittedMessage> sub =
      mail_.Submit(m, service::Actor{}, At(received, dice_.Between(8 * 60, 23 * 60)));
  if (!sub.ok()) return sub.status();
  ++s_.received;
  const int64_t id = sub->id;
  const auto past_end = [&](CivilDate d) { return d > end_; };
  // Not a valid message, or a 信访 matter: settled without a reply.
  const int fate = dice_.Below(100);
  const CivilDate assign_on =
      Work(received, dice_.Chance(0.05) ? dice_.Between(3, 6) : dice_.Between(0, 1));
  if (past_end(assign_on)) return Open(sub->deadlines.reply_due_on);
  const service::Actor office{box.clerk}, clerk{unit.clerk};
  if (fate < 3) {
    ++s_.closed;
    return mail_.Close(office, id, "留言内容与政府工作无关，不属于本信箱受理范围",
                       At(assign_on, 10 * 60));
  }
  if (Status st =
          mail_.Assign(office, id, ids_[static_cast<size_t>(handler)], At(assign_on, 10 * 60));
      !st.ok()) {
    return st;
  }
  if (fate < 6) {
    ++s_.transferred;
    return mail_.Transfer(clerk, id, "反映事项属于信访事项，已转市信访局按照《信访工作条例》办理",
                          At(assign_on, 11 * 60));
  }
  CivilDate due = sub->deadlines.reply_due_on;
  if (fate < 11) {
    // The one extension, a few days before the deadline.
    const CivilDate on = std::max(assign_on, Work(due, -dice_.Between(1, 3)));
    if (past_end(on)) return Open(due);
    if (Status st = mail_.Extend(clerk, id, "需会同有关部门现场调查核实", At(on, 15 * 60));
        !st.ok())
      return st;
    ++s_.extended;
    Result<service::MessageView> v = mail_.Show(id);
    if (!v.ok()) return v.status();
    due = v->message.reply_due_on;
  }
  return Finish(id, due, t, handler, mailbox);
}

Status Mail::Finish(int64_t id, CivilDate due, const Topic& t, int handler, int mailbox) {
  Result<service::MessageView> v = mail_.Show(id);
  if (!v.ok()) return v.status();
  const domain::Message& m = v->message;
  const demo::PubProfile& unit = demo::PubProfiles()[static_cast<size_t>(handler)];
  const demo::PubProfile& box = demo::PubProfiles()[static_cast<size_t>(mailbox)];
  // Most replies inside the period, a few late.
  const bool late = dice_.Chance(0.06);
  CivilDate on = late ? Work(due, dice_.Between(1, 6)) : Work(*m.assigned_on, dice_.Between(1, 8));
  if (!late) on = std::min(on, due);
  on = std::max(on, *m.assigned_on);
  // A few of the last quarter's are still waiting for their answer at year end.
  const bool forgotten =
      m.received_on.year == end_.year && m.received_on.month >= 10 && dice_.Chance(0.08);
  if (on > end_ || forgotten) return Open(due);
  const std::string reply = "您好！您反映的问题已收悉。经" +
                            std::string(demo::CityAgencies()[static_cast<size_t>(handler)].name) +
                            "调查核实，" + t.finding + "。感谢您的关心和支持！如有疑问，请拨打" +
                            unit.phone + "咨询。";
  if (Status st = mail_.Reply(service::Actor{unit.clerk}, id, reply, At(on, 16 * 60)); !st.ok())
    return st;
  if (late) ++s_.late;
  const CivilDate next = Work(on, dice_.Between(0, 2));
  if (next > end_ || (m.consent && dice_.Chance(0.1))) {
    ++s_.replied;
    return Status::Ok();
  }
  if (!m.consent) {
    ++s_.closed;
    return mail_.Close(service::Actor{box.reviewer}, id, "写信人不同意公开，答复后办结",
                       At(next, 17 * 60));
  }
  Result<service::PublishedMessage> pub =
      mail_.Publish(service::Actor{box.reviewer}, id, "", At(next, 17 * 60));
  if (!pub.ok()) return pub.status();
  ++s_.published;
  return Status::Ok();
}

}  // namespace

Result<DemoMailSummary> SeedDemoMailbox(service::Database& db, service::CalendarProvider& calendars,
                                        const service::TextScreen* screen,
                                        const std::function<std::string()>& make_query_code,
                                        const DemoMailOptions& o, int64_t root_agency_id) {
  if (o.messages < 0 || o.messages > 20000) {
    return Status::InvalidInput("领导信箱留言条数应为0至20000，实为" + std::to_string(o.messages) +
                                "。");
  }
  domain::Agency probe;
  Result<const law::WorkdayCalendar*> cal = calendars.ForAgency(probe);
  if (!cal.ok()) return cal.status();
  std::vector<CivilDate> workdays;
  for (CivilDate d{o.year - 1, 1, 1}; d.year <= o.year + 1;
       d = CivilDate::FromDays(d.ToDays() + 1)) {
    if (!(*cal)->HasYear(d.year)) break;
    Result<bool> w = (*cal)->IsWorkingDay(d);
    if (!w.ok()) return w.status();
    if (*w) workdays.push_back(d);
  }
  Result<std::vector<domain::Agency>> all = db.agencies().List();
  if (!all.ok()) return all.status();
  std::map<std::string, int64_t> by_code;
  for (const domain::Agency& a : *all) by_code[a.code] = a.id;
  std::vector<int64_t> ids;
  for (const demo::AgencySpec& spec : demo::CityAgencies()) {
    if (!by_code.count(spec.code))
      return Status::InvalidInput(std::string("找不到演示机关“") + spec.name + "”");
    ids.push_back(by_code[spec.code]);
  }
  if (ids.front() != root_agency_id)
    return Status::InvalidInput("机关编号 " + std::to_string(root_agency_id) +
                                " 不是青山市人民政府");
  service::MessageService mail(db, calendars, make_query_code, screen);
  DemoMailSummary summary;
  Status st = db.Transaction([&]() -> Status {
    summary = DemoMailSummary{};
    Dice dice(o.seed * 0xD1B54A32D192ED03ULL + 0x6d61696cULL);
    Mail m(mail, ids, workdays, o.year, dice, summary);
    // 收到之日: any day of the two years (the portal never closes), in order.
    std::vector<CivilDate> days;
    const int first = static_cast<int>(CivilDate{o.year - 1, 1, 1}.ToDays());
    const int span = static_cast<int>(CivilDate{o.year, 12, 31}.ToDays()) - first + 1;
    for (int k = 0; k < 2 * o.messages; ++k)
      days.push_back(CivilDate::FromDays(first + dice.Below(span)));
    std::sort(days.begin(), days.end());
    for (size_t i = 0; i < days.size(); ++i) {
      if (Status one = m.One(days[i]); !one.ok()) {
        return one.WithContext("演示留言第" + std::to_string(i + 1) + "条（" + days[i].ToString() +
                               "收到）");
      }
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return summary;
}

std::string DemoMailSummaryText(const DemoMailSummary& s) {
  const auto n = [](int v) { return std::to_string(v); };
  if (s.received == 0) return "  领导信箱：未生成（--messages 0）\n";
  return "  领导信箱：留言" + n(s.received) + "条（两年），已答复并公开" + n(s.published) +
         "条、已答复未公开" + n(s.replied) + "条、办结不公开" + n(s.closed) + "条、转信访" +
         n(s.transferred) + "条；延期" + n(s.extended) + "条，超期答复" + n(s.late) +
         "条；年底未办结" + n(s.open) + "条（其中已超期" + n(s.overdue) + "条）\n";
}

}  // namespace gongkai::app
