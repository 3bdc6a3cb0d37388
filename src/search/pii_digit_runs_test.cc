#include "search/pii_digit_runs.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace gongkai::search::pii {
namespace {

std::vector<DigitRun> Reference(std::string_view text) {
  std::vector<DigitRun> runs;
  for (size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    if (j - i >= kMinDigitRun) runs.push_back({i, j});
    i = j;
  }
  return runs;
}

TEST(LongDigitRuns, FindsRunsOfElevenOrMore) {
  const std::string text = "电话13812345678，编号1234567890，卡号6222020200001234562";
  const auto runs = LongDigitRuns(text);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(text.substr(runs[0].begin, runs[0].end - runs[0].begin), "13812345678");
  EXPECT_EQ(text.substr(runs[1].begin, runs[1].end - runs[1].begin), "6222020200001234562");
  EXPECT_TRUE(LongDigitRuns("").empty());
  EXPECT_TRUE(LongDigitRuns("1234567890").empty());
  EXPECT_EQ(LongDigitRuns("12345678901").size(), 1u);
}

TEST(LongDigitRuns, AgreesWithTheByteByByteScanAtEveryAlignment) {
  std::mt19937 rng(11);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const size_t n = rng() % 300;
    while (text.size() < n) {
      // Digit runs of 0–40 around the length that matters, between other bytes.
      const size_t run = rng() % 4 == 0 ? 8 + rng() % 8 : rng() % 40;
      for (size_t i = 0; i < run; ++i) text.push_back(static_cast<char>('0' + rng() % 10));
      const char others[] = {'a', ' ', '/', ':', '\xE5', '\x80', '\xFF', '-'};
      text.push_back(others[rng() % sizeof(others)]);
    }
    ASSERT_EQ(LongDigitRuns(text), Reference(text)) << "round " << round;
  }
  const std::string long_run(100000, '7');
  const auto runs = LongDigitRuns("x" + long_run + "y");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].begin, 1u);
  EXPECT_EQ(runs[0].end, 100001u);
}

}  // namespace
}  // namespace gongkai::search::pii
