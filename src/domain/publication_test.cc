#include <gtest/gtest.h>

#include "domain/catalogue_terms.h"
#include "domain/index_number.h"
#include "domain/publication.h"
#include "domain/publication_workflow.h"

namespace gongkai::domain {
namespace {

Publication InState(PublicationState s, PublicationKind kind = PublicationKind::kNormative) {
  Publication p;
  p.id = 7;
  p.kind = kind;
  p.state = s;
  if (s == PublicationState::kPublished || s == PublicationState::kWithdrawn) p.published_version = 1;
  return p;
}

TEST(PublicationWorkflow, TheReviewPath) {
  PublicationState s = PublicationState::kDraft;
  for (PublicationAction a : {PublicationAction::kSubmit, PublicationAction::kApprove,
                              PublicationAction::kPublish, PublicationAction::kWithdraw}) {
    Publication p = InState(s);
    ASSERT_TRUE(CheckPublicationAction(p, a).ok()) << PublicationActionName(a);
    s = StateAfter(s, a);
  }
  EXPECT_EQ(s, PublicationState::kWithdrawn);
}

TEST(PublicationWorkflow, NoPublishingWithoutReview) {
  Status st = CheckPublicationAction(InState(PublicationState::kDraft), PublicationAction::kPublish);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("先审后发"), std::string::npos);
  EXPECT_FALSE(CheckPublicationAction(InState(PublicationState::kSubmitted),
                                      PublicationAction::kPublish).ok());
}

TEST(PublicationWorkflow, WithdrawnIsFinal) {
  Publication p = InState(PublicationState::kWithdrawn);
  for (PublicationAction a : {PublicationAction::kEdit, PublicationAction::kSubmit,
                              PublicationAction::kPublish, PublicationAction::kAbolish}) {
    EXPECT_FALSE(CheckPublicationAction(p, a).ok()) << PublicationActionName(a);
  }
  EXPECT_FALSE(IsPublic(p));
  EXPECT_FALSE(IsInForce(p));
}

TEST(PublicationWorkflow, RevisionKeepsThePublishedVersionVisible) {
  Publication p = InState(PublicationState::kPublished);
  ASSERT_TRUE(CheckPublicationAction(p, PublicationAction::kRevise).ok());
  p.state = StateAfter(p.state, PublicationAction::kRevise);
  EXPECT_EQ(p.state, PublicationState::kDraft);
  EXPECT_TRUE(IsPublic(p));
  EXPECT_FALSE(CheckPublicationAction(p, PublicationAction::kWithdraw).ok());
}

TEST(PublicationWorkflow, OnlyRulesAndNormativeDocumentsAreAbolished) {
  EXPECT_TRUE(CheckPublicationAction(InState(PublicationState::kPublished),
                                     PublicationAction::kAbolish).ok());
  EXPECT_FALSE(CheckPublicationAction(
                   InState(PublicationState::kPublished, PublicationKind::kInformation),
                   PublicationAction::kAbolish).ok());
  EXPECT_FALSE(CheckPublicationAction(InState(PublicationState::kDraft),
                                      PublicationAction::kAbolish).ok());
  Publication abolished = InState(PublicationState::kPublished);
  abolished.validity = Validity::kAbolished;
  EXPECT_FALSE(CheckPublicationAction(abolished, PublicationAction::kExpire).ok());
  EXPECT_TRUE(IsPublic(abolished));
  EXPECT_FALSE(IsInForce(abolished));
}

TEST(IndexNumber, NationalScheme) {
  IndexNumberParts parts{"12345678X", CivilDate{2024, 3, 5}, "02"};
  Result<std::string> n = FormatIndexNumber(kDefaultIndexTemplate, parts, 110);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, "12345678X/2024-00110");
  EXPECT_EQ(*IndexScope(kDefaultIndexTemplate, parts), "12345678X/2024-{seq}");
}

TEST(IndexNumber, OtherTemplates) {
  IndexNumberParts parts{"11441700007280420Y", CivilDate{2021, 12, 1}, "02"};
  EXPECT_EQ(*FormatIndexNumber("{org}-{cat}-{date:YYYYMMDD}-{seq:3}", parts, 7),
            "11441700007280420Y-02-20211201-007");
  EXPECT_EQ(*IndexScope("{org}-{cat}-{date:YYYYMMDD}-{seq:3}", parts),
            "11441700007280420Y-02-20211201-{seq}");
}

TEST(IndexNumber, OverflowAndBadTemplates) {
  IndexNumberParts parts{"12345678X", CivilDate{2024, 1, 1}, ""};
  EXPECT_FALSE(FormatIndexNumber(kDefaultIndexTemplate, parts, 100000).ok());
  EXPECT_TRUE(ValidateIndexTemplate(kDefaultIndexTemplate).ok());
  EXPECT_FALSE(ValidateIndexTemplate("{org}/{year}").ok());
  EXPECT_FALSE(ValidateIndexTemplate("{org}/{seq}-{seq}").ok());
  EXPECT_FALSE(ValidateIndexTemplate("{org}/{yaer}-{seq}").ok());
  EXPECT_FALSE(ValidateIndexTemplate("{org}/{year-{seq}").ok());
}

TEST(IndexNumber, OrgCodes) {
  EXPECT_TRUE(PlausibleOrgCode("12345678X"));
  EXPECT_TRUE(PlausibleOrgCode("11441700007280420Y"));
  EXPECT_FALSE(PlausibleOrgCode("12345678-X"));
  EXPECT_FALSE(PlausibleOrgCode("1144170000728042OY"));  // O is not in GB 32100's alphabet
}

TEST(CatalogueTerms, Article20Items) {
  EXPECT_EQ(ParseArticle20Item("五"), 5);
  EXPECT_EQ(ParseArticle20Item("（十三）"), 13);
  EXPECT_EQ(ParseArticle20Item("第七项"), 7);
  EXPECT_EQ(ParseArticle20Item("15"), 15);
  EXPECT_FALSE(ParseArticle20Item("16"));
  EXPECT_FALSE(ParseArticle20Item("十六"));
  EXPECT_EQ(Article20ItemLabel(1), "（一）");
  EXPECT_EQ(std::string(Article20ItemText(7)), "财政预算、决算信息");
}

TEST(CatalogueTerms, Topics) {
  EXPECT_EQ(TopicClasses().size(), 22u);
  EXPECT_EQ(*TopicClassCode("综合政务"), "02");
  EXPECT_EQ(*NormalizeTopic("综合政务/政务公开"), "综合政务\\政务公开");
  EXPECT_FALSE(NormalizeTopic("政务公开"));
}

TEST(PublicationNames, RoundTrip) {
  for (PublicationKind k : {PublicationKind::kInformation, PublicationKind::kRegulation,
                            PublicationKind::kNormative, PublicationKind::kInterpretation,
                            PublicationKind::kMeeting}) {
    EXPECT_EQ(ParsePublicationKind(PublicationKindName(k)), k);
    EXPECT_EQ(ParsePublicationKind(PublicationKindLabel(k)), k);
  }
  EXPECT_EQ(ParsePublicationKind("规范性文件"), PublicationKind::kNormative);
  EXPECT_EQ(ParseValidity("废止"), Validity::kAbolished);
  EXPECT_EQ(ParsePublicationState("已发布"), PublicationState::kPublished);
}

}  // namespace
}  // namespace gongkai::domain
