#include "search/sensitive_words.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace gongkai::search {

Result<std::vector<std::string>> ParseSensitiveWords(std::string_view contents,
                                                     const std::string& name) {
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);
  std::vector<std::string> words;
  int line_number = 0;
  while (!contents.empty()) {
    const size_t newline = contents.find('\n');
    const std::string_view line = contents.substr(0, newline);
    contents.remove_prefix(newline == std::string_view::npos ? contents.size() : newline + 1);
    ++line_number;
    if (!utf8::IsValid(line)) {
      return Status::InvalidInput("敏感词表 " + name + " 第 " + std::to_string(line_number) +
                                  " 行不是有效的 UTF-8 文本，请以 UTF-8 编码保存该文件");
    }
    std::string word = utf8::Trim(line);
    if (word.empty() || word.front() == '#') continue;
    words.push_back(std::move(word));
  }
  return words;
}

Result<std::vector<std::string>> LoadSensitiveWords(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidInput("敏感词表 " + path + " 是一个目录，应为文本文件");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("无法打开敏感词表 " + path);
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::IoError("读取敏感词表 " + path + " 时出错");
  return ParseSensitiveWords(contents.str(), path);
}

}  // namespace gongkai::search
