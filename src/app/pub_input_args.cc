#include "app/pub_input_args.h"

#include <filesystem>

#include "app/file_io.h"
#include "core/encoding.h"
#include "domain/catalogue_terms.h"

namespace gongkai::app {
namespace {

constexpr size_t kMaxAttachmentRead = size_t{64} << 20;

Result<CivilDate> Date(const std::string& option, const std::string& value) {
  std::optional<CivilDate> d = CivilDate::Parse(value);
  if (!d) return Status::InvalidInput(option + " 的日期“" + value + "”无效，应为 YYYY-MM-DD");
  return *d;
}

bool LooksLikeHtml(const std::string& s) {
  return s.find('<') != std::string::npos && s.find('>') != std::string::npos;
}

}  // namespace

void AddPubInputOptions(CLI::App& cmd, PubInputArgs& a, bool for_new) {
  if (for_new) {
    cmd.add_option("--agency", a.agency, "发布机关编号")->required();
    cmd.add_option("--kind", a.kind,
                   "类别：一般信息（默认）、规章、行政规范性文件、政策解读、会议");
  }
  cmd.add_option("--title", a.title, "信息名称");
  cmd.add_option("--publisher", a.publisher, "发布机构全称（默认：机关全称）");
  cmd.add_option("--doc-no", a.doc_no, "文号，如 某政规〔2024〕3号");
  cmd.add_option("--formed-on", a.formed_on, "成文日期 YYYY-MM-DD");
  cmd.add_option("--topic", a.topic, "主题分类，如 综合政务\\政务公开");
  cmd.add_option("--item", a.item, "条例第二十条事项：1–15 或 （五）");
  cmd.add_option("--summary", a.summary, "内容概述");
  cmd.add_option("--keywords", a.keywords, "主题词");
  cmd.add_option("--reg-no", a.reg_no, "统一登记号（规范性文件）");
  cmd.add_option("--body", a.body, "正文（纯文本或HTML）");
  cmd.add_option("--body-file", a.body_file, "正文文件（HTML或纯文本，UTF-8或GBK）");
  cmd.add_option("--effective-on", a.effective_on, "施行日期 YYYY-MM-DD");
  cmd.add_option("--attach", a.attach, "附件文件（可多次）");
  cmd.add_option("--interprets", a.interprets, "政策解读所解读的政策文件编号（可多次）");
  cmd.add_option("--replaces", a.replaces, "本文件替代的文件编号（可多次）");
  if (!for_new) {
    cmd.add_flag("--replace-attachments", a.replace_attachments,
                 "用 --attach 的文件替换原有附件（默认保留原有附件并追加）");
  }
}

std::string TextToHtml(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) {
      out += "<p>";
      for (char c : line) {
        switch (c) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          default: out += c;
        }
      }
      out += "</p>\n";
    }
    start = end + 1;
  }
  return out;
}

Result<service::PublicationInput> ToPublicationInput(const PubInputArgs& a,
                                                     const service::PublicationInput& base) {
  service::PublicationInput in = base;
  if (a.agency > 0) in.agency_id = a.agency;
  if (!a.kind.empty()) {
    std::optional<domain::PublicationKind> kind = domain::ParsePublicationKind(a.kind);
    if (!kind) {
      return Status::InvalidInput("--kind “" + a.kind +
                                  "”无法识别：应为 一般信息、规章、行政规范性文件、政策解读 或 会议");
    }
    in.kind = *kind;
  }
  auto set = [](std::string& field, const std::string& value) {
    if (!value.empty()) field = value;
  };
  set(in.title, a.title);
  set(in.publisher, a.publisher);
  set(in.doc_no, a.doc_no);
  set(in.topic, a.topic);
  set(in.summary, a.summary);
  set(in.keywords, a.keywords);
  set(in.reg_no, a.reg_no);
  if (!a.formed_on.empty()) {
    Result<CivilDate> d = Date("--formed-on", a.formed_on);
    if (!d.ok()) return d.status();
    in.formed_on = *d;
  }
  if (!a.effective_on.empty()) {
    Result<CivilDate> d = Date("--effective-on", a.effective_on);
    if (!d.ok()) return d.status();
    in.effective_on = *d;
  }
  if (!a.item.empty()) {
    std::optional<int> item = domain::ParseArticle20Item(a.item);
    if (!item) return Status::InvalidInput("--item “" + a.item + "”应为第二十条的 1–15 项，如 5 或 （五）");
    in.article20_item = *item;
  }
  if (!a.body.empty() && !a.body_file.empty()) {
    return Status::InvalidInput("--body 和 --body-file 只能给一个");
  }
  std::string body = a.body;
  if (!a.body_file.empty()) {
    Result<std::string> bytes = ReadWholeFile(a.body_file, size_t{32} << 20);
    if (!bytes.ok()) return bytes.status().WithContext("--body-file");
    encoding::Decoded decoded = encoding::ToUtf8(*bytes);
    if (decoded.replaced) {
      return Status::InvalidInput("--body-file " + a.body_file +
                                  " 既不是 UTF-8 也不是 GBK/GB18030 文本，请另存为 UTF-8 后重试");
    }
    body = std::move(decoded.text);
  }
  if (!body.empty()) in.body_html = LooksLikeHtml(body) ? body : TextToHtml(body);
  in.attachments.clear();
  in.keep_attachments = !a.replace_attachments;
  for (const std::string& path : a.attach) {
    Result<std::string> bytes = ReadWholeFile(path, kMaxAttachmentRead);
    if (!bytes.ok()) return bytes.status().WithContext("--attach");
    in.attachments.push_back(
        {std::filesystem::path(path).filename().string(), std::move(*bytes)});
  }
  in.interprets = a.interprets;
  in.replaces = a.replaces;
  return in;
}

}  // namespace gongkai::app
