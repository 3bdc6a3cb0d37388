#include "web/multipart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

using ::testing::HasSubstr;

std::string Body() {
  return "--B0uNd\r\n"
         "Content-Disposition: form-data; name=\"person_name\"\r\n\r\n"
         "张三\r\n"
         "--B0uNd\r\n"
         "Content-Disposition: form-data; name=\"proof\"; filename=\"C:\\\\扫描\\\\身份证.jpg\"\r\n"
         "Content-Type: image/jpeg\r\n\r\n"
         "\xFF\xD8\xFF\r\n--not-a-boundary\r\n\r\n"
         "--B0uNd\r\n"
         "Content-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n"
         "Content-Type: application/octet-stream\r\n\r\n"
         "\r\n"
         "--B0uNd--\r\n";
}

TEST(Multipart, TextFieldsAndFiles) {
  Result<PostedForm> f = ParseMultipart("B0uNd", Body());
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->fields.GetOr("person_name", ""), "张三");
  ASSERT_EQ(f->files.size(), 2u);
  EXPECT_EQ(f->files[0].filename, "身份证.jpg");  // the path the browser sent is dropped
  EXPECT_EQ(f->files[0].bytes, "\xFF\xD8\xFF\r\n--not-a-boundary\r\n");
  ASSERT_NE(f->File("proof"), nullptr);
  EXPECT_EQ(f->File("empty"), nullptr);  // a file field left empty
}

TEST(Multipart, BoundaryFromTheContentType) {
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=B0uNd"), "B0uNd");
  EXPECT_EQ(MultipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b");
  EXPECT_EQ(MultipartBoundary("application/x-www-form-urlencoded"), "");
  EXPECT_EQ(MultipartBoundary("multipart/form-data"), "");
}

TEST(Multipart, BrokenBodiesAreRefusedWithAReason) {
  EXPECT_THAT(ParseMultipart("B", "no delimiter").status().message(), HasSubstr("找不到分隔符"));
  EXPECT_THAT(ParseMultipart("B", "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx")
                  .status().message(),
              HasSubstr("没有结束分隔符"));
  EXPECT_THAT(ParseMultipart("B", "--B\r\nX: y\r\n\r\nx\r\n--B--").status().message(),
              HasSubstr("Content-Disposition"));
  std::string many;
  for (int i = 0; i < 70; ++i) many += "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
  EXPECT_THAT(ParseMultipart("B", many + "--B--").status().message(), HasSubstr("过多"));
}

TEST(Multipart, APostedFormByItsType) {
  Request r;
  r.headers.Add("Content-Type", "application/x-www-form-urlencoded");
  r.body = "code=ABC&phone=138";
  Result<PostedForm> f = ParsePostedForm(r);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->fields.GetOr("code", ""), "ABC");
  r.headers.Set("Content-Type", "text/plain");
  EXPECT_FALSE(ParsePostedForm(r).ok());
}

}  // namespace
}  // namespace gongkai::web
