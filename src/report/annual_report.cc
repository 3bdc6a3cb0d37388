#include "report/annual_report.h"

namespace gongkai::report {

std::string Section::Text() const {
  std::string out;
  for (const Paragraph& p : paragraphs) {
    if (!out.empty()) out.push_back('\n');
    out += p.text;
  }
  return out;
}

const Section* AnnualReport::FindSection(int number) const {
  for (const Section& s : sections) {
    if (s.number == number) return &s;
  }
  return nullptr;
}

AgencyKind ClassifyAgency(const std::string& agency) {
  if (agency.empty()) return AgencyKind::kUnknown;
  const auto ends_with = [&](std::string_view suffix) {
    return agency.size() >= suffix.size() &&
           agency.compare(agency.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with("人民政府") || ends_with("政府") || ends_with("街道办事处")) {
    return AgencyKind::kGovernment;
  }
  return AgencyKind::kDepartment;
}

const char* FormatVersionName(FormatVersion v) {
  switch (v) {
    case FormatVersion::kUnknown:
      return "unknown";
    case FormatVersion::kV2019:
      return "2019";
    case FormatVersion::kV2021:
      return "2021";
    case FormatVersion::kHybrid:
      return "hybrid";
    case FormatVersion::kLegacyPre2019:
      return "pre2019";
  }
  return "unknown";
}

std::string_view T3GroupLabel(T3Group group) {
  switch (group) {
    case T3Group::kNone:
      return "";
    case T3Group::kWithheld:
      return kT3GroupWithheld;
    case T3Group::kCannotProvide:
      return kT3GroupCannotProvide;
    case T3Group::kNotProcessed:
      return kT3GroupNotProcessed;
    case T3Group::kOther:
      return kT3GroupOther;
  }
  return "";
}

}  // namespace gongkai::report
