#include "app/calendar_commands.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <system_error>

#include "app/calendar_settings_file.h"
#include "app/data_paths.h"
#include "app/cli_args.h"
#include "app/workspace.h"
#include "service/integrity_service.h"
#include "app/file_io.h"
#include "app/report_commands.h"
#include "law/calendar_data.h"

namespace gongkai::app {
namespace {

namespace fs = std::filesystem;

struct CalendarArgs {
  std::string date;
  std::string count;
  std::string file;
  std::string overlay;
  std::string db;
  std::string actor;
  bool start_day_counts = false;
  bool explain = false;
};

int Fail(const std::string& message) {
  std::cerr << "错误：" << message << "\n";
  return kExitUnreadable;
}

Result<CivilDate> ParseDateArg(const std::string& text) {
  std::optional<CivilDate> d = CivilDate::Parse(text);
  if (!d) return Status::InvalidInput("日期“" + text + "”无效，请使用YYYY-MM-DD格式");
  return *d;
}

Result<int> ParseCountArg(const std::string& text) {
  const bool digits = !text.empty() && text.size() <= 6 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return Status::InvalidInput("工作日数“" + text + "”无效，应为非负整数");
  return std::stoi(text);
}

Result<law::WorkdayCalendar> LoadFor(const CalendarArgs& args) {
  return LoadCalendar(DataDir(), args.overlay);
}

int RunAddWorkdays(const CalendarArgs& args) {
  Result<CivilDate> start = ParseDateArg(args.date);
  if (!start.ok()) return Fail(start.status().message());
  Result<int> n = ParseCountArg(args.count);
  if (!n.ok()) return Fail(n.status().message());
  Result<law::WorkdayCalendar> cal = LoadFor(args);
  if (!cal.ok()) return Fail(cal.status().message());
  law::DayCountSettings settings;
  settings.start_day_counts = args.start_day_counts;
  Result<law::DayCount> count = cal->AddWorkingDays(*start, *n, {}, settings);
  if (!count.ok()) return Fail(count.status().message());
  std::cout << count->end.ToString() << "\n";
  if (args.explain) std::cout << count->Explain() << "\n";
  return 0;
}

int RunIsWorkday(const CalendarArgs& args) {
  Result<CivilDate> date = ParseDateArg(args.date);
  if (!date.ok()) return Fail(date.status().message());
  Result<law::WorkdayCalendar> cal = LoadFor(args);
  if (!cal.ok()) return Fail(cal.status().message());
  Result<law::DayInfo> info = cal->Describe(*date);
  if (!info.ok()) return Fail(info.status().message());
  std::cout << (info->working ? "yes" : "no") << "\n";
  if (args.explain) {
    std::cout << date->ToString() << " " << law::WeekdayLabel(date->Weekday()) << " "
              << law::DayKindLabel(info->kind) << (info->name.empty() ? "" : "（" + info->name + "）")
              << "\n";
    if (info->provisional) std::cout << law::ProvisionalYearNote(date->year) << "\n";
  }
  return 0;
}

// The stored due dates of registered applications follow the new calendar
// (a case page replays its log and shows the new date at once; the queue
// reads the stored summary). Mailbox deadlines promised at receipt stay.
int RecomputeStoredDeadlines(const CalendarArgs& args) {
  if (args.db.empty()) {
    std::cout << "已登记的申请在办理页面即按新日历显示期限；请运行 gongkai db check --repair "
                 "（或在导入时加 --db）按新日历重写存储的答复期限。\n";
    return 0;
  }
  Result<std::unique_ptr<CaseDesk>> desk = OpenCaseDesk(args.db);
  if (!desk.ok()) return FailToStart(desk.status());
  service::IntegrityService integrity(*(*desk)->db, (*desk)->calendars, (*desk)->settings);
  Result<service::IntegrityReport> report = integrity.Repair(CliActor(args.actor));
  if (!report.ok()) return Fail(report.status().message());
  std::cout << "已按新日历重新计算：" << report->summaries_rewritten << "件申请的存储期限已更新。\n";
  for (const std::string& p : report->problems) std::cout << "  " << p << "\n";
  return report->problems.empty() ? 0 : 1;
}

int RunImport(const CalendarArgs& args) {
  Result<std::string> text = ReadWholeFile(args.file, size_t{4} << 20);
  if (!text.ok()) return Fail(text.status().message());
  Result<std::vector<law::CalendarYear>> years = law::ParseCalendarYears(*text, args.file);
  if (!years.ok()) return Fail(years.status().message());
  const std::string data_dir = DataDir();
  std::error_code ec;
  fs::create_directories(ImportedCalendarDir(data_dir), ec);
  if (ec) {
    return Fail("无法创建目录" + ImportedCalendarDir(data_dir) + "：" + ec.message());
  }
  for (const law::CalendarYear& y : *years) {
    const std::string path = ImportedCalendarPath(data_dir, y.year);
    if (Status s = WriteFileAtomically(path, law::CalendarYearToJson(y)); !s.ok()) {
      return Fail(s.message());
    }
    Result<law::WorkdayCalendar> one = law::WorkdayCalendar::FromYears({y});
    const int working = one.ok() ? *one->WorkingDaysInYear(y.year) : 0;
    int weekday_holidays = 0;
    for (const CivilDate& d : y.holidays) weekday_holidays += d.Weekday() <= 5 ? 1 : 0;
    std::cout << "已导入" << y.year << "年工作日历：节假日" << y.holidays.size() << "天，调休上班日"
              << y.workdays.size() << "天，全年工作日" << working << "天，保存至" << path << "\n";
    // 《全国年节及纪念日放假办法》 (2024 revision, from 2025): 13 statutory days
    // off; weekday days off minus make-up days equals it unless a festival falls
    // on a weekend or the year was changed by a later notice.
    const int net = weekday_holidays - static_cast<int>(y.workdays.size());
    if (y.year >= 2025 && net != 13) {
      std::cerr << "提示：" << y.year << "年工作日放假" << weekday_holidays << "天减调休上班"
                << y.workdays.size() << "天为" << net
                << "天，不等于全体公民放假的13天，请核对通知原文。\n";
    }
  }
  return RecomputeStoredDeadlines(args);
}

void AddOverlayOption(CLI::App* cmd, CalendarArgs& args) {
  cmd->add_option("--overlay", args.overlay,
                  "叠加地方节假日（数据目录下calendar-overlays/NAME.json，如本地区的少数民族节日）");
}

}  // namespace

Result<law::WorkdayCalendar> LoadCalendar(const std::string& data_dir, const std::string& overlay) {
  const std::string shipped = ShippedCalendarPath(data_dir);
  Result<std::string> text = ReadWholeFile(shipped, size_t{16} << 20);
  if (!text.ok()) return text.status();
  Result<law::WorkdayCalendar> cal = law::WorkdayCalendar::FromJson(*text, shipped);
  if (!cal.ok()) return cal.status();
  std::vector<std::string> imported;
  std::error_code ec;
  if (fs::is_directory(ImportedCalendarDir(data_dir), ec)) {
    for (const fs::directory_entry& e : fs::directory_iterator(ImportedCalendarDir(data_dir), ec)) {
      if (e.path().extension() == ".json") imported.push_back(e.path().string());
    }
  }
  std::sort(imported.begin(), imported.end());
  for (const std::string& path : imported) {
    Result<std::string> more = ReadWholeFile(path, size_t{4} << 20);
    if (!more.ok()) return more.status();
    Result<law::WorkdayCalendar> later = law::WorkdayCalendar::FromJson(*more, path);
    if (!later.ok()) return later.status();
    cal->Merge(*later);
  }
  if (!overlay.empty()) {
    const bool safe = std::all_of(overlay.begin(), overlay.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    if (!safe) {
      return Status::InvalidInput("地方节假日名称“" + overlay + "”无效，应由小写字母、数字、-或_组成");
    }
    const std::string path = CalendarOverlayPath(data_dir, overlay);
    Result<std::string> o_text = ReadWholeFile(path, size_t{4} << 20);
    if (!o_text.ok()) return o_text.status();
    Result<law::RegionalOverlay> o = law::ParseRegionalOverlay(*o_text, path);
    if (!o.ok()) return o.status();
    if (o->name.empty()) o->name = overlay;
    if (Status s = cal->ApplyOverlay(*o); !s.ok()) return s.WithContext(path);
  }
  Result<CalendarSettings> settings = LoadCalendarSettings(data_dir);
  if (!settings.ok()) return settings.status();
  cal->EnableProvisionalYears(settings->YearsAhead());
  return cal;
}

void AddCalendarCommands(CLI::App& calendar, int& exit_code) {
  calendar.require_subcommand(1);
  auto args = std::make_shared<CalendarArgs>();

  CLI::App* add = calendar.add_subcommand(
      "add-workdays", "计算DATE之后第N个工作日（默认起算日不计入），输出YYYY-MM-DD");
  add->add_option("DATE", args->date, "起算日期，YYYY-MM-DD")->required();
  add->add_option("N", args->count, "工作日数")->required();
  add->add_flag("--start-day-counts", args->start_day_counts, "起算日为工作日时计入第1日");
  add->add_flag("--explain", args->explain, "另起一行说明跳过的节假日和计入的调休上班日");
  AddOverlayOption(add, *args);
  add->callback([args, &exit_code] { exit_code = RunAddWorkdays(*args); });

  CLI::App* is = calendar.add_subcommand("is-workday", "DATE是否为工作日，输出yes或no");
  is->add_option("DATE", args->date, "日期，YYYY-MM-DD")->required();
  is->add_flag("--explain", args->explain, "另起一行说明该日的类型");
  AddOverlayOption(is, *args);
  is->callback([args, &exit_code] { exit_code = RunIsWorkday(*args); });

  CLI::App* import = calendar.add_subcommand(
      "import", "导入国务院办公厅部分节假日安排的通知（与data/cn-workdays.json格式相同的JSON）");
  import->add_option("FILE", args->file, "JSON文件")->required();
  import->add_option("--db", args->db, "导入后按新日历重写该数据库中已登记申请的答复期限");
  import->add_option("--actor", args->actor, "记录重写的经办人（默认当前系统用户）");
  import->callback([args, &exit_code] { exit_code = RunImport(*args); });
}

}  // namespace gongkai::app
