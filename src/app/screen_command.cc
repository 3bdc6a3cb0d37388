// gongkai screen FILE…: the personal-information and sensitive-word screen
// over files (txt, html, docx, pdf, xlsx); exit 1 when anything is found.
#include <iostream>
#include <memory>

#include "app/cli_args.h"
#include "app/file_io.h"
#include "app/pub_commands.h"
#include "app/text_tools.h"

namespace gongkai::app {
namespace {

int RunScreenFiles(const std::vector<std::string>& files) {
  Result<const service::TextScreen*> screen = SharedScreen();
  if (!screen.ok()) return FailToStart(screen.status());
  const service::AttachmentReader& reader = SharedAttachmentReader();
  int hits = 0;
  bool unreadable = false;
  for (const std::string& path : files) {
    Result<std::string> bytes = ReadWholeFile(path, size_t{256} << 20);
    if (!bytes.ok()) {
      std::cerr << "错误：" << bytes.status().message() << "\n";
      unreadable = true;
      continue;
    }
    Result<std::vector<service::TextPiece>> pieces = reader.Text(*bytes, path);
    if (!pieces.ok()) {
      std::cerr << "错误：" << path << "：" << pieces.status().message() << "\n";
      unreadable = true;
      continue;
    }
    for (const service::TextPiece& piece : *pieces) {
      for (const service::ScreenHit& h : (*screen)->Scan(piece.text)) {
        ++hits;
        std::cout << path << "\t" << piece.where << "\t" << service::ScreenHitKindName(h.kind)
                  << "\t" << h.masked << "\t…" << h.context << "…\n";
      }
    }
  }
  std::cerr << (hits == 0 ? "未发现个人信息或敏感词" : "共发现 " + std::to_string(hits) + " 处")
            << "\n";
  if (unreadable) return 2;
  return hits == 0 ? 0 : 1;
}

}  // namespace

void AddScreenCommand(CLI::App& cmd, int& exit_code) {
  auto files = std::make_shared<std::vector<std::string>>();
  cmd.add_option("FILE", *files, "要筛查的文件（txt、html、docx、pdf、xlsx）")->required();
  cmd.callback([files, &exit_code] { exit_code = RunScreenFiles(*files); });
}

}  // namespace gongkai::app
