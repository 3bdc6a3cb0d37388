#include "core/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace gongkai {
namespace {

TEST(StatusTest, DefaultIsOk) {
  const Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, OkFactoryIsOk) {
  const Status s = Status::Ok();
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, EachFactorySetsCodeAndMessage) {
  struct Case {
    Status status;
    StatusCode code;
  };
  const std::vector<Case> cases = {
      {Status::InvalidInput("输入有误"), StatusCode::kInvalidInput},
      {Status::NotFound("输入有误"), StatusCode::kNotFound},
      {Status::IoError("输入有误"), StatusCode::kIoError},
      {Status::Unsupported("输入有误"), StatusCode::kUnsupported},
      {Status::Damaged("输入有误"), StatusCode::kDamaged},
      {Status::Internal("输入有误"), StatusCode::kInternal},
      {Status::Conflict("输入有误"), StatusCode::kConflict},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(c.status.ok());
    EXPECT_EQ(c.status.code(), c.code);
    EXPECT_EQ(c.status.message(), "输入有误");
  }
}

TEST(StatusTest, ErrorWithEmptyMessageIsStillAnError) {
  const Status s = Status::Internal("");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInternal);
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, WithContextPrefixesWithFullWidthColon) {
  const Status s = Status::Damaged("缺少 word/document.xml");
  const Status c = s.WithContext("DOCX 文件已损坏");
  EXPECT_EQ(c.code(), StatusCode::kDamaged);
  EXPECT_EQ(c.message(), "DOCX 文件已损坏：缺少 word/document.xml");
  // The original is unchanged.
  EXPECT_EQ(s.message(), "缺少 word/document.xml");
}

TEST(StatusTest, WithContextNests) {
  const Status s = Status::NotFound("表三").WithContext("第二节").WithContext("a.docx");
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "a.docx：第二节：表三");
}

TEST(StatusTest, WithContextOnOkStaysOkWithoutMessage) {
  const Status s = Status::Ok().WithContext("a.docx");
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, CopyAndMovePreserveContents) {
  const Status a = Status::IoError("无法读取文件");
  Status b = a;
  EXPECT_EQ(b.code(), StatusCode::kIoError);
  EXPECT_EQ(b.message(), "无法读取文件");
  Status c = std::move(b);
  EXPECT_EQ(c.code(), StatusCode::kIoError);
  EXPECT_EQ(c.message(), "无法读取文件");
  c = Status::Ok();
  EXPECT_TRUE(c.ok());
  EXPECT_EQ(c.message(), "");
}

TEST(ResultTest, HoldsValue) {
  Result<int> r = 42;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 42);
  EXPECT_EQ(*r, 42);
  EXPECT_TRUE(r.status().ok());
  EXPECT_EQ(r.status().code(), StatusCode::kOk);
  EXPECT_EQ(r.status().message(), "");
}

TEST(ResultTest, HoldsError) {
  const Result<int> r = Status::InvalidInput("第 3 行：不是数字");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message(), "第 3 行：不是数字");
}

TEST(ResultTest, FunctionCanReturnEitherAlternative) {
  const auto half = [](int n) -> Result<int> {
    if (n % 2 != 0) return Status::InvalidInput("奇数");
    return n / 2;
  };
  const Result<int> good = half(8);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  const Result<int> bad = half(7);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(bad.status().message(), "奇数");
}

TEST(ResultTest, ValueIsMutableThroughAccessors) {
  Result<std::string> r = std::string("政务");
  r.value() += "公开";
  EXPECT_EQ(*r, "政务公开");
  *r += "平台";
  EXPECT_EQ(r.value(), "政务公开平台");
  r->append("！");
  EXPECT_EQ(r->size(), std::string("政务公开平台！").size());
  EXPECT_EQ(*r, "政务公开平台！");
}

TEST(ResultTest, ConstArrowAccessor) {
  const Result<std::string> r = std::string("abc");
  EXPECT_EQ(r->size(), 3u);
}

TEST(ResultTest, RvalueValueMovesOutMoveOnlyType) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r.ok());
  std::unique_ptr<int> p = std::move(r).value();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

TEST(ResultTest, ErrorResultOfMoveOnlyType) {
  const Result<std::unique_ptr<int>> r = Status::NotFound("没有找到");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(ResultTest, StatusReferenceOfOkResultIsStable) {
  const Result<int> a = 1;
  const Result<int> b = 2;
  // Both refer to one shared OK status; it must stay OK.
  EXPECT_EQ(&a.status(), &b.status());
  EXPECT_TRUE(a.status().ok());
}

TEST(ResultTest, CopyKeepsAlternative) {
  const Result<std::string> a = Status::Damaged("文件已损坏");
  const Result<std::string> b = a;
  EXPECT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(), "文件已损坏");
  const Result<std::string> c = std::string("x");
  const Result<std::string> d = c;
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, "x");
}

}  // namespace
}  // namespace gongkai
