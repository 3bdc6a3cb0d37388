// Visual lines of a PDF page, built from positioned words, and the text rules
// shared by the paragraph and table layout (pdf_layout.cc, pdf_table.cc).
// Internal to the PDF reader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/pdf_layout.h"

namespace gongkai::formats {

// Adjacent words of one line with no column gap between them.
struct PdfCell {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;       // largest font size of its words
  std::string text;      // words joined by AppendPdfText
  bool numeric = false;  // exactly one word, and that word is a number
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
};

struct PdfLine {
  int page = 0;    // 1-based
  int number = 0;  // 1-based visual line on its page, top to bottom
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;   // largest font size on the line
  size_t chars = 0;  // code points
  std::vector<PdfCell> cells;  // left to right
  bool all_numeric = false;    // every cell is a number (a row of figures)
  double cy() const { return (y0 + y1) / 2; }
  std::string Text() const;  // cells joined by AppendPdfText
  SourceRef src() const { return SourceRef{number, page}; }
};

// Groups the page's words into lines (top to bottom) and each line's words
// into cells. Words with non-finite coordinates or no visible text are
// dropped; at most `max_words` words are read.
std::vector<PdfLine> BuildPdfLines(const PdfPage& page, int page_number, size_t max_words);

// The font size of a word: its own, else estimated from the box height.
double PdfWordSize(const PdfWord& w);

// Appends `piece` to `out`: white space inside is tidied (TidyPdfSpaces) and a
// space is put between them only when both sides are ASCII letters or digits.
void AppendPdfText(std::string& out, std::string_view piece);

// Removes white space except single spaces between two ASCII letters/digits
// ("申请 3119 件" → "申请3119件", "WPS Office" stays).
std::string TidyPdfSpaces(std::string_view text);

// "3119", "96171.6", "3,985,758", "-2" (full-width digits accepted).
bool IsPdfNumber(std::string_view text);
// A dash or slash written in a value cell ("-", "—", "/", …).
bool IsPdfPlaceholder(std::string_view text);
// "-3-", "- 3 -", "—3—", "3", "第3页", "第 3 页 共 6 页", "3/6".
bool IsPdfPageNumber(std::string_view text);
// Starts with a numbered heading marker: "一、", "（二）", "(2)", "3、", "3." (not "3.5").
bool StartsWithPdfHeading(std::string_view text);
// Starts with a section marker "一、" … "十、".
bool StartsWithPdfSectionHeading(std::string_view text);

}  // namespace gongkai::formats
