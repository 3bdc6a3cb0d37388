#include "formats/zip_archive.h"

#include <gtest/gtest.h>

#include <cstring>

namespace gongkai::formats {
namespace {

std::string MakeZip(std::initializer_list<std::pair<std::string, std::string>> entries,
                    bool compress = true) {
  ZipWriter w;
  for (const auto& [name, data] : entries) EXPECT_TRUE(w.Add(name, data, compress).ok());
  Result<std::string> bytes = w.Finish();
  EXPECT_TRUE(bytes.ok()) << bytes.status().message();
  return bytes.ok() ? *bytes : std::string();
}

TEST(ZipArchiveTest, RoundTripsEntriesInOrder) {
  const std::string bytes =
      MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "正文内容"}, {"empty", ""}});
  ASSERT_EQ(bytes.compare(0, 4, "PK\x03\x04"), 0);
  Result<ZipReader> zip = ZipReader::Open(bytes);
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  ASSERT_EQ(zip->Entries().size(), 3u);
  EXPECT_EQ(zip->Entries()[0].name, "[Content_Types].xml");
  EXPECT_EQ(zip->Entries()[1].name, "word/document.xml");
  EXPECT_EQ(zip->Entries()[1].size, std::string("正文内容").size());
  EXPECT_EQ(zip->Entries()[2].size, 0u);
  Result<std::string> doc = zip->Read("word/document.xml");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(*doc, "正文内容");
  Result<std::string> empty = zip->Read("empty");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST(ZipArchiveTest, NamesMatchIgnoringAsciiCase) {
  Result<ZipReader> zip = ZipReader::Open(MakeZip({{"Word/Document.xml", "x"}}));
  ASSERT_TRUE(zip.ok());
  EXPECT_TRUE(zip->Contains("word/document.xml"));
  EXPECT_FALSE(zip->Contains("word/styles.xml"));
  Result<std::string> r = zip->Read("word/document.xml");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "x");
}

TEST(ZipArchiveTest, MissingEntryIsNotFound) {
  Result<ZipReader> zip = ZipReader::Open(MakeZip({{"a", "1"}}));
  ASSERT_TRUE(zip.ok());
  Result<std::string> r = zip->Read("b");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "缺少b");
}

TEST(ZipArchiveTest, LargeEntriesRoundTripAndAreCapped) {
  const std::string big(3 << 20, 'a');
  Result<ZipReader> zip = ZipReader::Open(MakeZip({{"big", big}}));
  ASSERT_TRUE(zip.ok());
  Result<std::string> full = zip->Read("big");
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(*full, big);
  Result<std::string> capped = zip->Read("big", 1 << 20);
  ASSERT_FALSE(capped.ok());
  EXPECT_EQ(capped.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(capped.status().message(),
            "压缩包中的“big”解压后为 3145728 字节，超过上限 1 MiB，拒绝读取");
}

// Overwrites every little-endian 32-bit occurrence of `from` with `to`.
int Patch32(std::string& bytes, uint32_t from, uint32_t to) {
  int n = 0;
  char f[4], t[4];
  for (int i = 0; i < 4; ++i) {
    f[i] = static_cast<char>((from >> (8 * i)) & 0xFF);
    t[i] = static_cast<char>((to >> (8 * i)) & 0xFF);
  }
  for (size_t i = 0; i + 4 <= bytes.size(); ++i) {
    if (std::memcmp(bytes.data() + i, f, 4) == 0) {
      std::memcpy(bytes.data() + i, t, 4);
      ++n;
    }
  }
  return n;
}

TEST(ZipArchiveTest, LyingSizeDoesNotGetPastTheCap) {
  // A zip bomb in miniature: 2 MiB of zeros declared as 1000 bytes.
  const uint32_t size = 2u << 20;
  std::string bytes = MakeZip({{"bomb", std::string(size, '\0')}});
  ASSERT_EQ(Patch32(bytes, size, 1000), 2);  // local header and central directory
  Result<ZipReader> zip = ZipReader::Open(bytes);
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  EXPECT_EQ(zip->Entries()[0].size, 1000u);
  Result<std::string> r = zip->Read("bomb", 4096);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
}

TEST(ZipArchiveTest, CorruptDataFailsTheCrc) {
  std::string bytes = MakeZip({{"plain.txt", "abcdefghijklmnop"}}, /*compress=*/false);
  const size_t at = bytes.find("abcdefghijklmnop");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'X';
  Result<ZipReader> zip = ZipReader::Open(bytes);
  ASSERT_TRUE(zip.ok());
  Result<std::string> r = zip->Read("plain.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDamaged);
  EXPECT_EQ(r.status().message(), "压缩包中的“plain.txt”校验失败（CRC 错误）");
}

TEST(ZipArchiveTest, GarbageIsNotAZip) {
  for (std::string bytes : {std::string("hello, world"), std::string(), std::string(5000, 'x')}) {
    Result<ZipReader> zip = ZipReader::Open(bytes);
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.status().code(), StatusCode::kInvalidInput);
  }
  EXPECT_EQ(ZipReader::Open("hello").status().message(), "不是ZIP压缩包");
}

TEST(ZipArchiveTest, TruncatedZipIsDamaged) {
  const std::string bytes = MakeZip({{"a.xml", std::string(10000, 'q')}, {"b.xml", "b"}});
  for (size_t keep : {bytes.size() / 2, bytes.size() - 10, size_t{30}}) {
    Result<ZipReader> zip = ZipReader::Open(std::string_view(bytes).substr(0, keep));
    ASSERT_FALSE(zip.ok()) << keep;
    EXPECT_EQ(zip.status().code(), StatusCode::kDamaged) << keep;
    EXPECT_EQ(zip.status().message(), "ZIP压缩包不完整（找不到中央目录，文件可能被截断）");
  }
}

TEST(ZipArchiveTest, WriterRefusesDuplicateAndEmptyNames) {
  ZipWriter w;
  EXPECT_TRUE(w.Add("a", "1").ok());
  Status dup = w.Add("a", "2");
  EXPECT_EQ(dup.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(dup.message(), "压缩包条目“a”重复");
  EXPECT_EQ(w.Add("", "x").code(), StatusCode::kInvalidInput);
}

TEST(ZipArchiveTest, OutputIsDeterministic) {
  ZipWriter w;
  ASSERT_TRUE(w.Add("a.txt", "甲").ok());
  ASSERT_TRUE(w.Add("b.txt", std::string(1000, 'b')).ok());
  Result<std::string> one = w.Finish();
  Result<std::string> two = w.Finish();
  ASSERT_TRUE(one.ok() && two.ok());
  EXPECT_EQ(*one, *two);
}

TEST(ZipArchiveTest, EmptyArchiveOpens) {
  Result<std::string> bytes = ZipWriter().Finish();
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->size(), 22u);
  Result<ZipReader> zip = ZipReader::Open(*bytes);
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  EXPECT_TRUE(zip->Entries().empty());
}

}  // namespace
}  // namespace gongkai::formats
