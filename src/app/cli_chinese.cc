#include "app/cli_chinese.h"

#include <string>

namespace gongkai::app {
namespace {

// "X is required" → X; the error classes carry no structured fields.
std::string Before(const std::string& text, const std::string& marker) {
  const size_t at = text.find(marker);
  return at == std::string::npos ? text : text.substr(0, at);
}

std::string After(const std::string& text, const std::string& marker) {
  const size_t at = text.find(marker);
  return at == std::string::npos ? text : text.substr(at + marker.size());
}

std::string ChineseFailure(const CLI::App* app, const CLI::Error& e) {
  const std::string what = e.what();
  std::string message;
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    message = what.find("subcommand") != std::string::npos
                  ? "缺少子命令。"
                  : "缺少必需的参数：" + Before(what, " is required") + "。";
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    message = "无法识别的参数：" + After(what, ": ") + "。";
  } else if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    message = "参数值的类型不对（" + what + "），请检查数字或日期的写法。";
  } else if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    message = "参数值超出允许范围：" + what + "。";
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    message = "参数个数不对：" + what + "。";
  } else {
    message = "命令行参数错误：" + what + "。";
  }
  const std::string name = app == nullptr ? "gongkai" : app->get_display_name();
  return "错误：" + message + "\n运行 " + name + " --help 查看用法。\n";
}

}  // namespace

void UseChinese(CLI::App& app) {
  auto f = app.get_formatter();
  f->label("Usage", "用法");
  f->label("OPTIONS", "选项");
  f->label("SUBCOMMAND", "子命令");
  f->label("SUBCOMMANDS", "子命令");
  f->label("REQUIRED", "（必需）");
  f->label("Positionals", "位置参数");
  f->label("TEXT", "文本");
  f->label("INT", "整数");
  f->label("UINT", "整数");
  f->label("FLOAT", "数值");
  f->label("Env", "环境变量");
  f->label("Needs", "需要");
  f->label("Excludes", "不能同时使用");
  app.option_defaults()->group("选项");  // before the help flag, which takes the default group
  app.set_help_flag("-h,--help", "显示帮助并退出");
  app.failure_message(ChineseFailure);
}

void NameSubcommandGroups(CLI::App& app) {
  // Help flags are copied into subcommands before their option defaults.
  for (CLI::Option* opt : app.get_options([](CLI::Option* o) { return o->get_group() == "Options"; })) {
    opt->group("选项");
  }
  for (CLI::App* sub : app.get_subcommands({})) {
    sub->group("子命令");
    NameSubcommandGroups(*sub);
  }
}

}  // namespace gongkai::app
