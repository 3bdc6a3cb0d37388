#include "web/publication_views.h"

#include "domain/catalogue_terms.h"
#include "web/urls.h"

namespace gongkai::web {
namespace {

std::string DateText(const std::optional<CivilDate>& d) { return d ? d->ToString() : ""; }

std::vector<View> Refs(const std::vector<service::PublicRef>& refs) {
  std::vector<View> out;
  for (const service::PublicRef& r : refs) {
    View v;
    v.Set("title", r.title);
    v.Set("url", ItemUrl(r.id, r.published_on));
    v.Set("date", DateText(r.published_on));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

View ListLine(const domain::Publication& p) {
  View v;
  v.Set("title", p.content.title);
  v.Set("url", ItemUrl(p));
  v.Set("date", DateText(p.published_on));
  v.Set("publisher", p.content.publisher);
  v.Set("kind", domain::PublicationKindLabel(p.kind));
  const bool has_validity = domain::HasValidity(p.kind);
  v.Set("not_valid", has_validity && p.validity != domain::Validity::kValid);
  v.Set("validity", domain::ValidityLabel(p.validity));
  return v;
}

std::vector<View> ListLines(const std::vector<domain::Publication>& list) {
  std::vector<View> out;
  out.reserve(list.size());
  for (const domain::Publication& p : list) out.push_back(ListLine(p));
  return out;
}

View ItemView(const service::PublicItem& item) {
  const domain::Publication& p = item.publication;
  const domain::PublicationContent& c = p.content;
  View v = ListLine(p);
  v.Set("index_no", p.index_no);
  v.Set("doc_no", c.doc_no);
  v.Set("formed_on", DateText(c.formed_on));
  v.Set("topic", c.topic);
  v.Set("item20", c.article20_item > 0 ? "条例第二十条第" + domain::Article20ItemLabel(c.article20_item) +
                                              "项：" + domain::Article20ItemText(c.article20_item)
                                        : std::string());
  v.Set("summary", c.summary);
  v.Set("keywords", c.keywords);
  v.Set("reg_no", c.reg_no);
  v.Set("agency", item.agency_name);
  const bool has_validity = domain::HasValidity(p.kind);
  v.Set("has_validity", has_validity);
  v.Set("valid", p.validity == domain::Validity::kValid);
  v.Set("effective_on", DateText(p.effective_on));
  v.Set("validity_changed_on", DateText(p.validity_changed_on));
  v.Set("body_html", SafeHtml::FromSanitizedBody(c.body_html));
  std::vector<View> files;
  const std::string url = ItemUrl(p);
  const std::string files_base = url.substr(0, url.size() - 5) + "/files/";
  for (const domain::PublicationAttachment& a : c.attachments) {
    View f;
    f.Set("url", files_base + std::to_string(files.size() + 1));
    f.Set("filename", a.filename);
    f.Set("size_kb", std::to_string((a.size + 1023) / 1024));
    files.push_back(std::move(f));
  }
  v.Set("has_attachments", !files.empty());
  v.Set("attachments", std::move(files));
  v.Set("has_links", !item.interpretations.empty() || !item.interprets.empty() ||
                         !item.replaces.empty() || !item.replaced_by.empty());
  v.Set("interpretations", Refs(item.interpretations));
  v.Set("interprets", Refs(item.interprets));
  v.Set("replaces", Refs(item.replaces));
  v.Set("replaced_by", Refs(item.replaced_by));
  return v;
}

}  // namespace gongkai::web
