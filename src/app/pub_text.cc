#include "app/pub_text.h"

#include "domain/catalogue_terms.h"

namespace gongkai::app {
namespace {

std::string Ids(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) out += (out.empty() ? "" : "、") + std::to_string(id);
  return out;
}

std::string Size(int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " 字节";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
  return std::to_string(bytes / (1024 * 1024)) + "." + std::to_string(bytes % (1024 * 1024) * 10 / (1024 * 1024)) + " MB";
}

std::string ValidityText(const domain::Publication& p) {
  if (!domain::HasValidity(p.kind)) return "";
  std::string s = domain::ValidityLabel(p.validity);
  if (p.validity_changed_on) s += "（" + p.validity_changed_on->ToString() + "）";
  return s;
}

}  // namespace

std::string PublicationLine(const domain::Publication& p) {
  std::string state = domain::PublicationStateLabel(p.state);
  if (domain::IsPublic(p) && p.state != domain::PublicationState::kPublished) {
    state = "已发布（修订中：" + state + "）";
  }
  return std::to_string(p.id) + "\t" + (p.index_no.empty() ? "-" : p.index_no) + "\t" + state +
         "\t" + (domain::HasValidity(p.kind) ? domain::ValidityLabel(p.validity) : "-") + "\t" +
         (p.published_on ? p.published_on->ToString() : "-") + "\t" +
         domain::PublicationKindLabel(p.kind) + "\t" + p.content.title;
}

std::string PublicationText(const service::PublicationView& v) {
  const domain::Publication& p = v.publication;
  const domain::PublicationContent& c = p.content;
  std::string out;
  if (domain::HasValidity(p.kind) && p.validity != domain::Validity::kValid) {
    out += "【此文件已" + std::string(domain::ValidityLabel(p.validity)) + "】\n";
  }
  if (p.state == domain::PublicationState::kWithdrawn) out += "【已撤回，不再公开】\n";
  auto row = [&](const char* label, const std::string& value) {
    if (!value.empty()) out += std::string(label) + "：" + value + "\n";
  };
  row("编号", std::to_string(p.id));
  row("索引号", p.index_no.empty() ? "（发布时编制）" : p.index_no);
  row("信息名称", c.title);
  row("发布机构", c.publisher);
  row("文号", c.doc_no);
  row("成文日期", c.formed_on ? c.formed_on->ToString() : "");
  row("发布日期", p.published_on ? p.published_on->ToString() : "");
  row("主题分类", c.topic);
  row("类别", domain::PublicationKindLabel(p.kind));
  if (c.article20_item > 0) {
    row("公开依据", "条例第二十条第" + domain::Article20ItemLabel(c.article20_item) + "项 " +
                        domain::Article20ItemText(c.article20_item));
  }
  row("有效性", ValidityText(p));
  row("施行日期", p.effective_on ? p.effective_on->ToString() : "");
  row("统一登记号", c.reg_no);
  row("主题词", c.keywords);
  row("内容概述", c.summary);
  row("状态", domain::PublicationStateLabel(p.state));
  row("版本", "第 " + std::to_string(p.latest_version) + " 版" +
                 (p.published_version ? "（公开的是第 " + std::to_string(*p.published_version) + " 版）"
                                      : std::string()));
  row("所解读的政策", Ids(v.interprets));
  row("政策解读", Ids(v.interpreted_by));
  row("替代了", Ids(v.replaces));
  row("被替代", Ids(v.replaced_by));
  if (domain::HasValidity(p.kind) && domain::IsPublic(p) && v.interpreted_by.empty()) {
    out += "提示：未关联政策解读（谁起草谁解读）\n";
  }
  out += "\n" + c.body_text + "\n";
  if (!c.attachments.empty()) {
    out += "\n附件：\n";
    int n = 0;
    for (const domain::PublicationAttachment& a : c.attachments) {
      out += "  " + std::to_string(++n) + ". " + a.filename + "（" + a.type + "，" + Size(a.size) +
             "，SHA-256 " + a.sha256.substr(0, 16) + "…）\n";
    }
  }
  out += "\n审核记录：\n";
  for (const domain::PublicationLogEntry& e : v.log) {
    out += "  " + e.at + "  " + e.actor + "  " + domain::PublicationActionLabel(e.action) +
           "（第 " + std::to_string(e.version) + " 版）" + (e.reason.empty() ? "" : "：" + e.reason) +
           "\n";
  }
  return out;
}

}  // namespace gongkai::app
