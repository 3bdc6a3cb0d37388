#include "report/finding.h"

namespace gongkai::report {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
  }
  return "error";
}

std::string Where::Describe() const {
  std::string out;
  if (!table.empty()) {
    out += table;
  } else if (!section.empty()) {
    out += section;
  }
  if (!row.empty()) out += "“" + row + "”行";
  if (!column.empty()) out += "“" + column + "”列";
  return out;
}

}  // namespace gongkai::report
