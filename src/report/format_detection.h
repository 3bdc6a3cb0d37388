// Tells the 2019 trial format (60号) from the 2021 format (30号) by the labels
// of the tables (format §7), never by the documents the preamble cites.
#pragma once

#include <string>
#include <vector>

#include "report/annual_report.h"

namespace gongkai::report {

// `labels`: the texts of table cells and headings found in the document, in
// any form (they are normalised here: width folded, white space removed).
FormatVersion DetectFormat(const std::vector<std::string>& labels);
// The same for labels already passed through NormalizeLabel.
FormatVersion DetectFormatNormalized(const std::vector<std::string>& labels);

// Label normalisation used for every label comparison: full-width forms
// folded to ASCII except the brackets and punctuation the format writes in
// full width (（）、“”), white space removed, 、/．/. after item numbers made ".".
std::string NormalizeLabel(std::string_view text);

}  // namespace gongkai::report
