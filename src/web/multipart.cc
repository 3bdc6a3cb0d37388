#include "web/multipart.h"

#include "core/utf8.h"

namespace gongkai::web {
namespace {

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The value of parameter `name` in a header value like
// `form-data; name="a"; filename="b"` (quoted or token), or nullopt.
std::optional<std::string> Param(std::string_view header, std::string_view name) {
  size_t pos = header.find(';');
  while (pos != std::string_view::npos) {
    std::string_view rest = TrimAscii(header.substr(pos + 1));
    const size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const std::string_view key = TrimAscii(rest.substr(0, eq));
    std::string_view value = rest.substr(eq + 1);
    std::string out;
    size_t used = 0;
    if (!value.empty() && value.front() == '"') {
      size_t i = 1;
      for (; i < value.size() && value[i] != '"'; ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) ++i;
        out.push_back(value[i]);
      }
      used = i + 1;
    } else {
      used = std::min(value.find(';'), value.size());
      out = std::string(TrimAscii(value.substr(0, used)));
    }
    if (EqualsIgnoreCase(key, name)) return out;
    const size_t next = value.find(';', std::min(used, value.size()));
    if (next == std::string_view::npos) return std::nullopt;
    pos = static_cast<size_t>(value.data() + next - header.data());
  }
  return std::nullopt;
}

// A browser's file name: the last path component, valid UTF-8, %22 as '"'.
std::string CleanFilename(std::string name) {
  if (const size_t slash = name.find_last_of("/\\"); slash != std::string::npos) {
    name = name.substr(slash + 1);
  }
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 3, "%22") == 0) {
      out.push_back('"');
      i += 2;
    } else if (static_cast<unsigned char>(name[i]) >= 0x20) {
      out.push_back(name[i]);
    }
  }
  return utf8::Sanitize(out);
}

}  // namespace

const UploadedFile* PostedForm::File(std::string_view field) const {
  for (const UploadedFile& f : files) {
    if (f.field == field && !f.bytes.empty()) return &f;
  }
  return nullptr;
}

std::string MultipartBoundary(std::string_view content_type) {
  const size_t semi = content_type.find(';');
  if (!EqualsIgnoreCase(TrimAscii(content_type.substr(0, semi)), "multipart/form-data")) return "";
  std::optional<std::string> b = Param(content_type, "boundary");
  if (!b || b->empty() || b->size() > 70) return "";
  return *b;
}

Result<PostedForm> ParseMultipart(std::string_view boundary, std::string_view body,
                                  size_t max_parts) {
  if (boundary.empty()) return Status::InvalidInput("表单格式错误：缺少分隔符（boundary）");
  const std::string delimiter = "--" + std::string(boundary);
  PostedForm form;
  std::vector<std::pair<std::string, std::string>> fields;
  size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) {
    return Status::InvalidInput("表单格式错误：找不到分隔符，表单可能不完整");
  }
  size_t parts = 0;
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") break;  // the closing delimiter
    if (body.substr(pos, 2) != "\r\n") {
      return Status::InvalidInput("表单格式错误：分隔符后应换行（第" + std::to_string(parts + 1) + "部分）");
    }
    pos += 2;
    if (++parts > max_parts) {
      return Status::InvalidInput("表单的部分过多：最多" + std::to_string(max_parts) + "个");
    }
    const size_t header_end = body.find("\r\n\r\n", pos);
    if (header_end == std::string_view::npos) {
      return Status::InvalidInput("表单格式错误：第" + std::to_string(parts) + "部分的头不完整");
    }
    const std::string_view headers = body.substr(pos, header_end - pos);
    const size_t content_start = header_end + 4;
    const size_t next = body.find("\r\n" + delimiter, content_start);
    if (next == std::string_view::npos) {
      return Status::InvalidInput("表单不完整：第" + std::to_string(parts) + "部分没有结束分隔符");
    }
    std::string disposition, type;
    size_t line = 0;
    while (line <= headers.size()) {
      size_t end = headers.find("\r\n", line);
      if (end == std::string_view::npos) end = headers.size();
      const std::string_view h = headers.substr(line, end - line);
      const size_t colon = h.find(':');
      if (colon != std::string_view::npos) {
        const std::string_view name = TrimAscii(h.substr(0, colon));
        const std::string_view value = TrimAscii(h.substr(colon + 1));
        if (EqualsIgnoreCase(name, "Content-Disposition")) disposition = std::string(value);
        if (EqualsIgnoreCase(name, "Content-Type")) type = std::string(value);
      }
      line = end + 2;
    }
    if (disposition.empty()) {
      return Status::InvalidInput("表单格式错误：第" + std::to_string(parts) + "部分缺少 Content-Disposition");
    }
    std::optional<std::string> name = Param(disposition, "name");
    if (!name || name->empty()) {
      return Status::InvalidInput("表单格式错误：第" + std::to_string(parts) + "部分缺少字段名");
    }
    const std::string_view content = body.substr(content_start, next - content_start);
    if (std::optional<std::string> filename = Param(disposition, "filename")) {
      UploadedFile f;
      f.field = utf8::Sanitize(*name);
      f.filename = CleanFilename(*filename);
      f.content_type = utf8::Sanitize(type);
      f.bytes = std::string(content);
      form.files.push_back(std::move(f));
    } else {
      fields.emplace_back(utf8::Sanitize(*name), utf8::Sanitize(content));
    }
    pos = next + 2;
  }
  form.fields = FormData::FromFields(std::move(fields));
  return form;
}

Result<PostedForm> ParsePostedForm(const Request& request) {
  const std::string_view type = request.headers.Get("Content-Type").value_or("");
  const std::string boundary = MultipartBoundary(type);
  if (!boundary.empty()) return ParseMultipart(boundary, request.body);
  const size_t semi = type.find(';');
  if (EqualsIgnoreCase(TrimAscii(type.substr(0, semi)), "application/x-www-form-urlencoded")) {
    PostedForm form;
    form.fields = FormData::Parse(request.body);
    return form;
  }
  return Status::InvalidInput("表单的提交格式无法识别（Content-Type 应为 multipart/form-data 或 "
                              "application/x-www-form-urlencoded）");
}

}  // namespace gongkai::web
