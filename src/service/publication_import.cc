// Import of publications already published elsewhere (pub import): every
// row or none, in one transaction.
#include "domain/index_number.h"
#include "service/json_text.h"
#include "service/publication_service.h"
#include "service/report_lock_rule.h"
#include "service/write_use_case.h"

namespace gongkai::service {

Result<std::vector<int64_t>> PublicationService::Import(
    const Actor& actor, const std::vector<ImportedPublication>& rows,
    const std::string& override_reason, const Moment& now) {
  if (actor.name.empty()) return Status::InvalidInput("未指定操作人（--actor 或 GONGKAI_USER）");
  if (rows.empty()) return Status::InvalidInput("没有要导入的信息");
  // Check and screen every row first (attachments go to the file store
  // here), so that the refusal lists all bad rows at once.
  std::vector<domain::PublicationContent> contents;
  std::vector<std::vector<ScreenFinding>> findings;
  std::string errors;
  int bad = 0;
  auto fail = [&](const std::string& where, const std::string& m) {
    ++bad;
    if (bad <= 200) errors += "\n  " + where + "：" + m;
  };
  for (const ImportedPublication& row : rows) {
    Result<domain::PublicationContent> c = ContentOf(row.input, nullptr);
    if (!c.ok()) {
      fail(row.where, c.status().message());
      contents.emplace_back();
      findings.emplace_back();
      continue;
    }
    if (row.validity != domain::Validity::kValid) {
      if (!domain::HasValidity(row.input.kind)) {
        fail(row.where, std::string("只有规章和行政规范性文件有“有效性”，") +
                            domain::PublicationKindLabel(row.input.kind) + "不能标为" +
                            domain::ValidityLabel(row.validity));
      } else if (!row.validity_changed_on) {
        fail(row.where, std::string("标为") + domain::ValidityLabel(row.validity) +
                            "的文件须填写废止/失效日期");
      }
    }
    if (row.published_on < *row.input.formed_on) {
      fail(row.where, "发布日期 " + row.published_on.ToString() + " 早于成文日期 " +
                          row.input.formed_on->ToString());
    }
    if (!row.index_no.empty()) {
      for (size_t j = 0; j < contents.size(); ++j) {
        if (rows[j].index_no == row.index_no) {
          fail(row.where, "索引号“" + row.index_no + "”与" + rows[j].where + "重复");
        }
      }
    }
    Result<std::vector<ScreenFinding>> hits = ScreenContent(*c);
    if (!hits.ok()) {
      fail(row.where, hits.status().message());
    } else if (!hits->empty() && override_reason.empty()) {
      std::string list;
      for (const ScreenFinding& f : *hits) {
        list += (list.empty() ? "" : "；") + f.where + " " + ScreenHitKindName(f.hit.kind) + " " +
                f.hit.masked;
      }
      fail(row.where, "个人信息和敏感词筛查发现 " + std::to_string(hits->size()) + " 处（" + list +
                          "），请遮盖后重新导入，或说明理由（--override）");
    }
    contents.push_back(std::move(*c));
    findings.push_back(hits.ok() ? std::move(*hits) : std::vector<ScreenFinding>{});
  }
  if (bad > 0) {
    return Status::InvalidInput("有 " + std::to_string(bad) + " 行有误，未导入任何信息：" + errors);
  }
  return RunWriteUseCase<std::vector<int64_t>>(db_, [&]() -> Result<std::vector<int64_t>> {
    PublicationStore& store = db_.publications();
    std::vector<int64_t> ids;
    for (size_t i = 0; i < rows.size(); ++i) {
      const ImportedPublication& row = rows[i];
      domain::Publication p;
      p.agency_id = row.input.agency_id;
      p.kind = row.input.kind;
      p.effective_on = row.input.effective_on;
      p.content = contents[i];
      Result<std::vector<int>> locked = db_.locks().LockedYears(p.agency_id);
      if (!locked.ok()) return locked.status();
      if (domain::HasValidity(p.kind)) {
        Status lock = CheckTable2Write(*locked, row.input.formed_on->year,
                                       "导入" + std::string(domain::PublicationKindLabel(p.kind)));
        if (!lock.ok()) return lock.WithContext(row.where);
      }
      domain::PublicationLogEntry first;
      first.action = domain::PublicationAction::kImport;
      first.actor = actor.name;
      first.at = now.utc;
      first.data = JsonObject({{"source", JsonString(row.where)}});
      Result<int64_t> id = store.Create(p, actor.name, first);
      if (!id.ok()) return id.status().WithContext(row.where);
      p.id = *id;
      if (!findings[i].empty()) {
        domain::PublicationLogEntry o;
        o.action = domain::PublicationAction::kOverride;
        o.actor = actor.name;
        o.at = now.utc;
        o.reason = override_reason;
        o.data = JsonObject({{"step", JsonString("导入")},
                             {"hits", std::to_string(findings[i].size())}});
        Result<int64_t> logged = store.AppendLog(p.id, o);
        if (!logged.ok()) return logged.status();
      }
      if (!row.index_no.empty()) {
        Status free = store.ReserveIndexNumber(row.index_no);
        if (!free.ok()) return free.WithContext(row.where);
        p.index_no = row.index_no;
      } else {
        Result<std::string> n = AllocateIndexNumber(p, row.published_on);
        if (!n.ok()) return n.status().WithContext(row.where);
        p.index_no = *n;
      }
      p.state = domain::PublicationState::kPublished;
      p.published_version = 1;
      p.published_on = row.published_on;
      // The original time of day is not known: noon in China, as UTC.
      p.published_at = row.published_on.ToString() + "T04:00:00Z";
      p.validity = row.validity;
      p.validity_changed_on = row.validity == domain::Validity::kValid
                                  ? std::nullopt
                                  : row.validity_changed_on;
      Status header = store.UpdateHeader(p, *p.published_at);
      if (!header.ok()) return header.WithContext(row.where);
      Status links = SetLinks(actor, p.id, row.input, now);
      if (!links.ok()) return links.WithContext(row.where);
      Status indexed = store.Index(p.id);
      if (!indexed.ok()) return indexed;
      ids.push_back(p.id);
    }
    return ids;
  });
}

}  // namespace gongkai::service
