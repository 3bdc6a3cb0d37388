// Throughput of the personal-information screen (search::PiiScreen::Scan)
// on one core, over ~64 MB of generated Chinese government text (replies,
// notices, tables with full-width punctuation, dates, document numbers, a
// few planted IDs, mobile numbers, bank cards, e-mail addresses and words of
// the list), beside baselines run in the same process over the same buffer:
//   count   std::count of '\n' (one plain pass over the bytes)
//   nfkc    search::NormalizeNfkcRuns alone, in the screen's 256 KiB pieces
//   nfkc-dense  search::NormalizeNfkc (the per-byte map) over the whole buffer
//   screen-no-words  the screen with an empty word list
//   screen  the screen with data/sensitive-words.txt
// and, to show why unbroken digit runs are found outside vectorscan
// (search/pii_digit_runs.h), vectorscan alone over the NFKC form of the text:
//   hs-screen-db   the screen's database (grouped digits, e-mail, the words)
//   hs-with-digit-classes  the same plus the five digit-class expressions a
//                  database-only screen would need
// Each pass runs --runs times; the best CPU time of this thread is reported
// in MB/s (10^6 bytes of the original text, for every pass) and as a ratio
// of its time to the count pass.
//
//   build/bench/screen_bench [--mb 64] [--runs 5] [--words data/sensitive-words.txt]
//                            [--only PASS]   (e.g. --only screen, for a profiler)
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <hs.h>

#include "search/normalized_text.h"
#include "search/pii_patterns.h"
#include "search/pii_screen.h"

namespace gongkai::bench {
namespace {

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "screen_bench: %s\n", what.c_str());
  std::exit(1);
}

double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Sentences of the kinds found in disclosure replies, notices and annual
// reports; {n} is replaced by a number, {d} by a date.
const char* const kSentences[] = {
    "根据《中华人民共和国政府信息公开条例》第三十六条第（三）项的规定，现将有关情况答复如下：",
    "您于{d}通过在线平台提交的政府信息公开申请收悉。",
    "经查，您申请公开的信息属于本机关公开职责权限范围，现予以公开。",
    "该信息已于{d}在本机关门户网站“政府信息公开”专栏主动公开，请自行查阅。",
    "经检索，本机关未制作或者获取该政府信息，依据条例第三十六条第（四）项告知您该信息不存在。",
    "您所申请的内容不明确，请于收到本告知书之日起15个工作日内补正。",
    "本年度共收到政府信息公开申请{n}件，其中自然人{n}件，法人或其他组织{n}件。",
    "因行政复议被纠错{n}件，因行政诉讼被纠错{n}件，较上年减少{n}%。",
    "市人民政府办公室关于印发《{n}年政务公开工作要点》的通知（政办发〔{n}〕{n}号）",
    "各区县人民政府，市政府各部门、各直属机构：现将《工作要点》印发给你们，请认真贯彻执行。",
    "如对本答复不服，可以在收到本答复之日起60日内向市人民政府申请行政复议，或者在6个月内向人民法院"
    "提起行政诉讼。",
    "联系人：王老师，联系电话：0991-{n}，地址：人民路{n}号政务服务中心{n}楼。",
    "附件：1. 政府信息公开申请表（PDF，{n}KB）；2. 答复告知书。",
    "（一）主动公开政府信息情况：本年新制发规章{n}件，现行有效规范性文件{n}件。",
    "表二 主动公开政府信息情况｜第二十条第（一）项｜信息内容｜本年制发件数｜{n}｜",
    "Inquiry No. GK-{n}, received {d}; status: replied within 20 working days.",
};

const char* const kPlanted[] = {
    "申请人身份证号码11010519491231002X，",
    "联系电话13812345678。",
    "电话：+86 139 1234 5678，",
    "收款账号6222020200001234562。",
    "邮箱zhangsan@example.gov.cn。",
    "本件为内部资料，不得外传。",
    "身份证１１０１０５１９４９１２３１００２Ｘ",
};

std::string GenerateText(size_t bytes) {
  std::mt19937 rng(20240501);
  std::uniform_int_distribution<int> sentence(0, static_cast<int>(std::size(kSentences)) - 1);
  std::uniform_int_distribution<int> planted(0, static_cast<int>(std::size(kPlanted)) - 1);
  std::uniform_int_distribution<int> number(1, 2023);
  std::uniform_int_distribution<int> percent(0, 999);
  std::string text;
  text.reserve(bytes + 4096);
  int in_paragraph = 0;
  while (text.size() < bytes) {
    for (const char* p = kSentences[sentence(rng)]; *p != '\0'; ++p) {
      if (p[0] == '{' && p[1] == 'n' && p[2] == '}') {
        text += std::to_string(number(rng));
        p += 2;
      } else if (p[0] == '{' && p[1] == 'd' && p[2] == '}') {
        text += std::to_string(2019 + number(rng) % 6) + "年" +
                std::to_string(1 + number(rng) % 12) + "月" + std::to_string(1 + number(rng) % 28) +
                "日";
        p += 2;
      } else {
        text += *p;
      }
    }
    if (percent(rng) < 8) text += kPlanted[planted(rng)];  // about one in 12 sentences
    if (++in_paragraph == 4) {
      text += '\n';
      in_paragraph = 0;
    }
  }
  return text;
}

struct Args {
  size_t mb = 64;
  int runs = 5;
  std::string words = std::string(GONGKAI_SOURCE_DIR) + "/data/sensitive-words.txt";
  std::string only;  // run this pass (and the count baseline) only
};

Args Parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Die(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--mb") {
      a.mb = static_cast<size_t>(std::atol(value().c_str()));
    } else if (arg == "--runs") {
      a.runs = std::atoi(value().c_str());
    } else if (arg == "--words") {
      a.words = value();
    } else if (arg == "--only") {
      a.only = value();
    } else {
      Die("unknown argument " + arg +
          " (usage: screen_bench [--mb 64] [--runs 5] [--words FILE] [--only PASS])");
    }
  }
  if (a.mb == 0 || a.runs <= 0) Die("--mb and --runs must be positive");
  return a;
}

// A vectorscan block database of `set` plus `extra` expressions; the
// callback counts matches.
struct HsDatabase {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
  ~HsDatabase() {
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
};

void Compile(const search::pii::PatternSet& set, const std::vector<std::string>& extra,
             HsDatabase& out) {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags = set.flags;
  std::vector<unsigned> ids = set.ids;
  for (const std::string& e : set.expressions) expressions.push_back(e.c_str());
  for (const std::string& e : extra) {
    expressions.push_back(e.c_str());
    flags.push_back(0);
    ids.push_back(1000);
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &out.db,
                       &error) != HS_SUCCESS) {
    Die(std::string("hs_compile_multi: ") + (error != nullptr ? error->message : "?"));
  }
  if (hs_alloc_scratch(out.db, &out.scratch) != HS_SUCCESS) Die("hs_alloc_scratch failed");
}

size_t HsCount(const HsDatabase& db, const std::string& text) {
  size_t matches = 0;
  const auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned,
                           void* context) -> int {
    ++*static_cast<size_t*>(context);
    return 0;
  };
  for (size_t start = 0; start < text.size(); start += size_t{256} << 10) {
    const size_t length = std::min(text.size() - start, size_t{256} << 10);
    hs_scan(db.db, text.data() + start, static_cast<unsigned>(length), 0, db.scratch, on_match,
            &matches);
  }
  return matches;
}

// Best CPU time of `runs` calls of `pass`; `pass` returns a count that is
// printed so the work cannot be optimised away.
double Best(int runs, const std::function<size_t()>& pass, size_t& result) {
  double best = 1e300;
  for (int r = 0; r < runs; ++r) {
    const double t0 = ThreadSeconds();
    result = pass();
    best = std::min(best, ThreadSeconds() - t0);
  }
  return best;
}

int Main(int argc, char** argv) {
  const Args args = Parse(argc, argv);
  const std::string text = GenerateText(args.mb * 1000 * 1000);
  auto words = search::LoadSensitiveWords(args.words);
  if (!words.ok()) Die(words.status().message());
  auto screen = search::PiiScreen::Create(*words);
  if (!screen.ok()) Die(screen.status().message());
  auto bare = search::PiiScreen::Create({});
  if (!bare.ok()) Die(bare.status().message());

  const std::string nfkc = search::NormalizeNfkc(text).text;
  const search::pii::PatternSet patterns = search::pii::BuildPatterns(*words);
  HsDatabase screen_db;
  HsDatabase digit_db;
  Compile(patterns, {}, screen_db);
  Compile(patterns,
          {"[0-9]{17}[0-9Xx]", "1[3-9][0-9]{9}", "1[3-9][0-9][ \\-][0-9]{4}[ \\-][0-9]{4}",
           "[0-9]{16}", "[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}"},
          digit_db);

  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("text: %.1f MB of generated Chinese text, %zu words in the list, best of %d runs\n",
              mb, (*screen)->word_count(), args.runs);
  std::printf("%-22s %8s %8s %8s %10s\n", "pass", "CPU s", "MB/s", "÷ count", "result");

  struct Pass {
    const char* name;
    std::function<size_t()> run;
  };
  const std::vector<Pass> passes = {
      {"count", [&] { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }},
      {"nfkc",
       [&] {
         size_t total = 0;
         const std::string_view all(text);
         search::NormalizedRuns runs;
         for (size_t start = 0; start < all.size(); start += size_t{256} << 10) {
           const std::string_view piece = all.substr(start, size_t{256} << 10);
           search::NormalizeNfkcRuns(piece, runs);
           total += runs.Text(piece).size();
         }
         return total;
       }},
      {"nfkc-dense", [&] { return search::NormalizeNfkc(text).origin.size(); }},
      {"screen-no-words", [&] { return (*bare)->Scan(text).size(); }},
      {"screen", [&] { return (*screen)->Scan(text).size(); }},
      {"hs-screen-db", [&] { return HsCount(screen_db, nfkc); }},
      {"hs-with-digit-classes", [&] { return HsCount(digit_db, nfkc); }},
  };
  double count_seconds = 0;
  for (const Pass& pass : passes) {
    if (!args.only.empty() && args.only != pass.name && count_seconds != 0) continue;
    size_t result = 0;
    const double seconds = Best(args.runs, pass.run, result);
    if (count_seconds == 0) count_seconds = seconds;
    std::printf("%-22s %8.4f %8.0f %8.1f %10zu\n", pass.name, seconds, mb / seconds,
                seconds / count_seconds, result);
  }
  return 0;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) { return gongkai::bench::Main(argc, argv); }
