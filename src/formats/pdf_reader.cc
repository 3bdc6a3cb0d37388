#include "formats/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "formats/pdf_layout.h"

namespace gongkai::formats {
namespace {

constexpr size_t kMaxPdfBytes = size_t{256} << 20;
constexpr int kMaxPages = 2000;
constexpr size_t kMaxWords = 2000000;  // in the whole document
constexpr size_t kHeaderWindow = 1024;  // "%PDF-" may follow a little junk

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
}

PdfPage ReadPage(poppler::page& page) {
  PdfPage out;
  const poppler::rectf box = page.page_rect();
  out.width = box.width();
  out.height = box.height();
  for (const poppler::text_box& t : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf b = t.bbox();
    const poppler::byte_array utf8 = t.text().to_utf8();
    PdfWord w;
    w.x0 = b.left();
    w.y0 = b.top();
    w.x1 = b.right();
    w.y1 = b.bottom();
    w.font_size = t.has_font_info() ? t.get_font_size() : 0;
    w.text.assign(utf8.begin(), utf8.end());
    out.words.push_back(std::move(w));
  }
  return out;
}

// Opens the document with the checks both readers share.
Result<std::unique_ptr<poppler::document>> Open(std::string_view bytes) {
  if (bytes.empty()) return Status::InvalidInput("PDF文件为空");
  if (bytes.find("%PDF-") > kHeaderWindow) {
    return Status::InvalidInput("不是PDF文件（文件开头没有%PDF-标记）");
  }
  if (bytes.size() > kMaxPdfBytes || bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput("PDF文件过大（超过256MB），拒绝读取");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::Damaged("PDF文件已损坏或无法解析");
  if (doc->is_locked()) return Status::Unsupported("PDF文件已加密（需要密码），无法读取");
  const int count = doc->pages();
  if (count <= 0) return Status::Damaged("PDF文件已损坏或无法解析：没有页面");
  if (count > kMaxPages) {
    return Status::Unsupported("PDF页数过多（" + std::to_string(count) + "页，上限2000页）");
  }
  return doc;
}

Result<Document> Read(std::string_view bytes) {
  // poppler reads the bytes in place; they outlive `doc`.
  Result<std::unique_ptr<poppler::document>> opened = Open(bytes);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<poppler::document>& doc = *opened;
  const int count = doc->pages();
  std::vector<PdfPage> pages;
  pages.reserve(static_cast<size_t>(count));
  size_t words = 0;
  for (int i = 0; i < count && words < kMaxWords; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    pages.push_back(page ? ReadPage(*page) : PdfPage{});
    words += pages.back().words.size();
  }
  if (words == 0) {
    return Status::Unsupported("PDF没有文字层（可能是扫描件），无法读取表格");
  }
  Document out = LayoutPdfPages(pages);
  {
    const poppler::byte_array title = doc->info_key("Title").to_utf8();
    const std::string text = utf8::CollapseSpaces(utf8::Trim(
        utf8::Sanitize(std::string_view(title.data(), std::min<size_t>(title.size(), 1024)))));
    if (!text.empty()) out.title_hints.push_back({"PDF文档信息中的标题", text});
  }
  if (pages.size() < static_cast<size_t>(count)) {
    out.notes.push_back({SourceRef{0, static_cast<int>(pages.size())},
                         "PDF文字过多，只读取了前" + std::to_string(pages.size()) + "页"});
  }
  if (out.blocks.empty()) {
    return Status::Unsupported("PDF没有文字层（可能是扫描件），无法读取表格");
  }
  return out;
}

}  // namespace

Result<Document> ReadPdfDocument(std::string_view bytes) {
  try {
    return Read(bytes);
  } catch (const std::bad_alloc&) {
    return Status::Damaged("PDF文件已损坏或无法解析：内存不足");
  } catch (const std::exception&) {
    return Status::Damaged("PDF文件已损坏或无法解析");
  } catch (...) {
    return Status::Damaged("PDF文件已损坏或无法解析");
  }
}

Result<std::vector<std::string>> ReadPdfPageTexts(std::string_view bytes) {
  try {
    // poppler reads the bytes in place; they outlive `doc`.
    Result<std::unique_ptr<poppler::document>> doc = Open(bytes);
    if (!doc.ok()) return doc.status();
    std::vector<std::string> pages;
    size_t total = 0;
    bool any = false;
    for (int i = 0; i < (*doc)->pages() && total < kMaxPdfBytes; ++i) {
      std::unique_ptr<poppler::page> page((*doc)->create_page(i));
      std::string text;
      if (page) {
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        text = utf8::Sanitize(std::string_view(utf8.data(), utf8.size()));
      }
      any = any || !utf8::Trim(text).empty();
      total += text.size();
      pages.push_back(std::move(text));
    }
    if (!any) return Status::Unsupported("PDF没有文字层（可能是扫描件），无法检查其中的文字");
    return pages;
  } catch (const std::exception& e) {
    return Status::Damaged(std::string("PDF文件无法读取：") + e.what());
  }
}

}  // namespace gongkai::formats
