// Renders an annual report as one standalone HTML5 document, for the portal
// and for printing.
//
// Contract (WriteHtml):
// - <html lang="zh-CN">, <meta charset="utf-8">, <title> and an inline
//   stylesheet (A4 page and margins for print, table borders, a CJK serif font
//   stack); no external resources, no scripts.
// - The title (report.title, or agency + year + "年政府信息公开工作年度报告"
//   when it is empty) as <h1>, the preamble paragraphs, then the six sections
//   in official order, each as <section> with an <h2> reading
//   SectionHeading(n) and its paragraphs ('\n' inside a paragraph becomes
//   <br>). Paragraphs of sections with the same number are written together;
//   sections numbered outside 1–6 follow at the end under their own heading.
// - Tables 2, 3 and 4 follow the paragraphs of sections 二, 三 and 四 when the
//   report has them (`present`), drawn from Table2Layout/3/4: real rowspan and
//   colspan, a <caption> (visually hidden: it repeats the heading), <thead>
//   for the header rows, <th scope="col"> for headers, <th scope="row"> for
//   row labels, <td class="num"> for values (blank stays blank).
// - Every text is escaped; invalid UTF-8 becomes U+FFFD and control
//   characters are dropped, so the output is always well-formed UTF-8.
#pragma once

#include <string>

#include "report/annual_report.h"

namespace gongkai::formats {

std::string WriteHtml(const report::AnnualReport& report);

// The <article> of WriteHtml alone (title, sections,
// tables; no document, no stylesheet), to place inside a portal page whose
// stylesheet draws it.
std::string WriteHtmlArticle(const report::AnnualReport& report);

}  // namespace gongkai::formats
