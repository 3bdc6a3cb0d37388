// Review workflow rules of a publication.
#include "domain/publication_workflow.h"

#include <string>

namespace gongkai::domain {
namespace {

std::string Where(const Publication& p) {
  return "信息 " + std::to_string(p.id) + "（" + PublicationStateLabel(p.state) + "）";
}

Status Refuse(const Publication& p, const std::string& what) {
  return Status::InvalidInput(Where(p) + what);
}

}  // namespace

Status CheckPublicationAction(const Publication& p, PublicationAction action) {
  const PublicationState s = p.state;
  if (s == PublicationState::kWithdrawn && action != PublicationAction::kLink) {
    return Refuse(p, "已撤回，不能再修改、审核或发布；撤回的信息保留备查，如需重新公开请新建");
  }
  switch (action) {
    case PublicationAction::kCreate:
    case PublicationAction::kImport:
      return Status::Internal("新建、导入不是对已有信息的操作");
    case PublicationAction::kEdit:
      if (s == PublicationState::kDraft) return Status::Ok();
      if (s == PublicationState::kPublished) return Status::Ok();  // becomes kRevise
      return Refuse(p, "正在审核中，不能修改；请审核人先退回修改");
    case PublicationAction::kRevise:
      if (s == PublicationState::kPublished) return Status::Ok();
      return Refuse(p, "尚未发布，直接修改草稿即可，不必新建版本");
    case PublicationAction::kSubmit:
      if (s == PublicationState::kDraft) return Status::Ok();
      return Refuse(p, "不是草稿，不能提交审核");
    case PublicationAction::kReturn:
      if (s == PublicationState::kSubmitted || s == PublicationState::kApproved) return Status::Ok();
      return Refuse(p, "不在审核中，无可退回");
    case PublicationAction::kApprove:
      if (s == PublicationState::kSubmitted) return Status::Ok();
      return Refuse(p, "未提交审核，不能审核通过");
    case PublicationAction::kPublish:
      if (s == PublicationState::kApproved) return Status::Ok();
      return Refuse(p, "未经审核通过，不能发布（先审后发）");
    case PublicationAction::kWithdraw:
      if (s == PublicationState::kPublished) return Status::Ok();
      if (IsPublic(p)) return Refuse(p, "有正在修订的新版本，请先发布或退回该版本再撤回");
      return Refuse(p, "尚未发布，无可撤回");
    case PublicationAction::kAbolish:
    case PublicationAction::kExpire:
      if (!HasValidity(p.kind)) {
        return Refuse(p, std::string("是") + PublicationKindLabel(p.kind) +
                             "，只有规章和行政规范性文件有“有效/失效/废止”");
      }
      if (!IsPublic(p)) return Refuse(p, "尚未公开，不能宣布废止或失效");
      if (p.validity != Validity::kValid) {
        return Refuse(p, std::string("已") + ValidityLabel(p.validity) + "，不能再次变更有效性");
      }
      return Status::Ok();
    case PublicationAction::kOverride:
    case PublicationAction::kLink:
      return Status::Ok();
  }
  return Status::Internal("未知的操作");
}

PublicationState StateAfter(PublicationState state, PublicationAction action) {
  switch (action) {
    case PublicationAction::kRevise:
    case PublicationAction::kReturn:
      return PublicationState::kDraft;
    case PublicationAction::kSubmit:
      return PublicationState::kSubmitted;
    case PublicationAction::kApprove:
      return PublicationState::kApproved;
    case PublicationAction::kPublish:
      return PublicationState::kPublished;
    case PublicationAction::kWithdraw:
      return PublicationState::kWithdrawn;
    case PublicationAction::kEdit:
      return state == PublicationState::kPublished ? PublicationState::kDraft : state;
    case PublicationAction::kCreate:
      return PublicationState::kDraft;
    case PublicationAction::kImport:
      return PublicationState::kPublished;
    case PublicationAction::kAbolish:
    case PublicationAction::kExpire:
    case PublicationAction::kOverride:
    case PublicationAction::kLink:
      return state;
  }
  return state;
}

}  // namespace gongkai::domain
