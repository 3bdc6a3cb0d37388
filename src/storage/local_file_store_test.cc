#include "storage/local_file_store.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::storage {
namespace {

namespace fs = std::filesystem;

class LocalFileStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "gongkai-files-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  std::unique_ptr<LocalFileStore> OpenStore(int64_t max_bytes = LocalFileStore::kDefaultMaxBytes) {
    Result<std::unique_ptr<LocalFileStore>> store =
        LocalFileStore::Open(root_ + "/附件/2024", max_bytes);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // Every regular file under the store, relative to its folder.
  std::set<std::string> Files(const LocalFileStore& store) {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(store.dir())) {
      if (e.is_regular_file()) out.insert(fs::relative(e.path(), store.dir()).string());
    }
    return out;
  }

  std::string root_;
};

TEST_F(LocalFileStoreTest, PutThenGetReturnsTheBytes) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  const Result<service::StoredFile> abc = store->Put("abc");
  ASSERT_TRUE(abc.ok()) << abc.status().message();
  EXPECT_EQ(abc->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(abc->size, 3);
  ASSERT_EQ(abc->id.size(), 32u);
  EXPECT_EQ(abc->id.find_first_not_of("0123456789abcdef"), std::string::npos);

  const std::string text = "关于公布政府信息公开目录的通知\n身份证号见附件。";
  const Result<service::StoredFile> notice = store->Put(text);
  ASSERT_TRUE(notice.ok());
  EXPECT_NE(notice->id, abc->id);

  Result<std::string> back = store->Get(abc->id, abc->sha256);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, "abc");
  back = store->Get(notice->id, "");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, text);

  // ab/cdef…: two-level fan-out, no temporary files left, owner-only mode.
  EXPECT_EQ(Files(*store),
            (std::set<std::string>{abc->id.substr(0, 2) + "/" + abc->id.substr(2),
                                   notice->id.substr(0, 2) + "/" + notice->id.substr(2)}));
  struct stat st;
  ASSERT_EQ(
      ::stat((store->dir() + "/" + abc->id.substr(0, 2) + "/" + abc->id.substr(2)).c_str(), &st),
      0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(LocalFileStoreTest, SameContentTwiceGetsTwoIds) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  const auto a = store->Put("同一内容");
  const auto b = store->Put("同一内容");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->id, b->id);
  EXPECT_EQ(a->sha256, b->sha256);
}

TEST_F(LocalFileStoreTest, EmptyAndLimitSizedContent) {
  auto store = OpenStore(1000);
  ASSERT_NE(store, nullptr);
  const auto empty = store->Put("");
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(empty->sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(*store->Get(empty->id, empty->sha256), "");
  EXPECT_TRUE(store->Put(std::string(1000, 'x')).ok());
  const auto over = store->Put(std::string(1536, 'x'));
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(over.status().message(), "附件大小 1.5 KB，超过上限 1000 字节");
}

TEST_F(LocalFileStoreTest, RefusesContentOverTheDefaultLimit) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  const std::string big(static_cast<size_t>(60.2 * 1024 * 1024), 'x');
  const auto over = store->Put(big);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(over.status().message(), "附件大小 60.2 MB，超过上限 50 MB");
  EXPECT_TRUE(Files(*store).empty());
  const auto just_over = store->Put(std::string(LocalFileStore::kDefaultMaxBytes + 1, 'x'));
  ASSERT_FALSE(just_over.ok());
  EXPECT_EQ(just_over.status().message(),
            "附件大小 50 MB（52428801 字节），超过上限 50 MB（52428800 字节）");
}

TEST_F(LocalFileStoreTest, SizeText) {
  EXPECT_EQ(LocalFileStore::SizeText(0), "0 字节");
  EXPECT_EQ(LocalFileStore::SizeText(1023), "1023 字节");
  EXPECT_EQ(LocalFileStore::SizeText(1024), "1 KB");
  EXPECT_EQ(LocalFileStore::SizeText(50 << 20), "50 MB");
  EXPECT_EQ(LocalFileStore::SizeText(int64_t{3} << 30), "3 GB");
}

TEST_F(LocalFileStoreTest, UnknownAndMalformedIds) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  const auto missing = store->Get("0123456789abcdef0123456789abcdef", "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("0123456789abcdef0123456789abcdef"), std::string::npos);

  const std::vector<std::string> bad_ids = {"",
                                            "../../../../etc/passwd",
                                            "0123456789ABCDEF0123456789ABCDEF",
                                            "0123456789abcdef0123456789abcde",
                                            "0123456789abcdef0123456789abcdef0",
                                            "01/3456789abcdef0123456789abcdef",
                                            "..23456789abcdef0123456789abcdef",
                                            std::string("0123456789abcdef\0"
                                                        "123456789abcde",
                                                        32)};
  for (const std::string& bad : bad_ids) {
    const auto r = store->Get(bad, "");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << bad;
    EXPECT_NE(r.status().message().find("32 位小写十六进制"), std::string::npos);
  }
}

TEST_F(LocalFileStoreTest, ChangedContentIsDamaged) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  const auto stored = store->Put("原始内容");
  ASSERT_TRUE(stored.ok());
  const std::string path =
      store->dir() + "/" + stored->id.substr(0, 2) + "/" + stored->id.substr(2);
  ::chmod(path.c_str(), 0600);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << "被改过的内容";
  const auto damaged = store->Get(stored->id, stored->sha256);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.status().code(), StatusCode::kDamaged);
  EXPECT_NE(damaged.status().message().find("已损坏"), std::string::npos);
  EXPECT_NE(damaged.status().message().find(stored->sha256), std::string::npos);
  // Without a hash to compare, the bytes are returned as they are.
  EXPECT_EQ(*store->Get(stored->id, ""), "被改过的内容");
  const auto bad_hash = store->Get(stored->id, "xyz");
  ASSERT_FALSE(bad_hash.ok());
  EXPECT_EQ(bad_hash.status().code(), StatusCode::kInvalidInput);
}

TEST_F(LocalFileStoreTest, OpenNamesTheFolderItCannotUse) {
  const std::string file = root_ + "/普通文件";
  std::ofstream(file) << "x";
  const auto store = LocalFileStore::Open(file);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find(file), std::string::npos) << store.status().message();

  const auto nested = LocalFileStore::Open(file + "/下级");
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.status().message().find("附件目录"), std::string::npos);

  EXPECT_FALSE(LocalFileStore::Open(root_ + "/x", 0).ok());
  EXPECT_FALSE(LocalFileStore::Open("").ok());
}

TEST_F(LocalFileStoreTest, ReopenedStoreReadsEarlierFiles) {
  std::string id, sha;
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    const auto stored = store->Put("持久");
    ASSERT_TRUE(stored.ok());
    id = stored->id;
    sha = stored->sha256;
  }
  auto again = OpenStore();
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(*again->Get(id, sha), "持久");
}

}  // namespace
}  // namespace gongkai::storage
