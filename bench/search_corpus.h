// The corpus of search_bench: generated publications of a city government
// and its departments with realistic Chinese text, deterministic in the
// document number (document k is the same in every run and for every
// engine, so no corpus is ever written to disk).
//
// Vocabulary: the set phrases, morphemes and function words of
// search_corpus_words.h plus every compound of a subject area and a head
// (乡村 + 振兴, 财政 + 资金 …): about 5,400 distinct words. Every slot of a
// sentence template draws from its own list with Zipf frequencies (weight
// 1/rank, s = 1.0, the ranks a fixed shuffle of the list), so a few words
// of each kind are very common and most are rare.
//
// A document: a title built like those of real notices (关于…的通知,
// 关于印发《…》的通知, …年…工作总结, …), a body of 200–20,000 characters
// (code points; lognormal, median 1,000, σ 0.85, cut at both ends: most
// short, a long tail; the mean is about 1,400, printed by the driver), in
// paragraphs of sentences from a dozen templates (numbers, dates, 万元
// amounts, 第X条 articles in normative documents, the odd Latin word), and
// the metadata the filters use: one of 54 agencies (Zipf: the city
// government and a few bureaus publish most), the 发布日期 in 2015–2025
// (more in recent years), the kind (一般信息 80 %, 规范性文件 8 %,
// 规章 2 %, 解读 6 %, 会议 4 %), the validity of 规章/规范性文件 (有效 70 %,
// 失效 20 %, 废止 10 %), the 第二十条 item (1–15, or none for 40 %),
// the 主题分类 and a 文号 for half of them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "domain/publication.h"

namespace gongkai::bench {

inline constexpr int kCorpusFirstYear = 2015;
inline constexpr int kCorpusLastYear = 2025;

struct CorpusDoc {
  int agency = 0;  // index into SearchCorpus::Agencies()
  domain::PublicationKind kind = domain::PublicationKind::kInformation;
  domain::Validity validity = domain::Validity::kValid;
  CivilDate published_on;
  CivilDate formed_on;
  std::optional<CivilDate> validity_changed_on;  // set when not valid
  std::string title;
  std::string doc_no;  // 文号, may be empty
  std::string topic;   // 主题分类 path
  int article20_item = 0;
  std::string keywords;
  std::string body;        // paragraphs separated by '\n'
  int64_t body_chars = 0;  // code points of body
};

enum class QueryKind { kTwoChar, kFourChar, kTwoWords, kFiltered };
const char* QueryKindName(QueryKind k);  // 2-char, 4-char, two words, filtered

// One query of the mix and the filter it carries (kFiltered only).
struct CorpusQuery {
  QueryKind kind = QueryKind::kTwoChar;
  std::string text;                // what the user types: 乡村振兴, 财政 资金 …
  std::optional<int> agency;       // index into Agencies()
  std::optional<int> year;         // 发布日期 year
  bool in_force_only = false;      // 有效 only
  std::string FilterText() const;  // "agency 3", "year 2023", "in force" or ""
};

class SearchCorpus {
 public:
  SearchCorpus();
  // The templates point into the word lists: not copyable.
  SearchCorpus(const SearchCorpus&) = delete;
  SearchCorpus& operator=(const SearchCorpus&) = delete;

  // Document `seq` (1-based). When `words` is given, the vocabulary ids of
  // every word written are appended (a compound also counts its two halves).
  CorpusDoc Doc(int64_t seq, std::vector<uint32_t>* words = nullptr) const;

  size_t VocabularySize() const { return vocab_.size(); }
  const std::string& Word(uint32_t id) const { return vocab_[id].text; }
  int WordChars(uint32_t id) const { return vocab_[id].chars; }
  const std::vector<std::string>& Agencies() const { return agencies_; }

  // How often each vocabulary word occurs in documents 1…sample_docs
  // (indexed by word id).
  std::vector<double> WordCounts(int64_t sample_docs) const;

  // `n` queries drawn from the word frequencies of documents 1…sample_docs
  // (a word is drawn with probability proportional to how often the corpus
  // uses it): 40 % 2-character words, 30 % 4-character words, 20 % two
  // words, 10 % a 2- or 4-character word with a filter (agency, year or
  // in force, a third each). Deterministic in (n, sample_docs, seed).
  std::vector<CorpusQuery> Queries(int n, int64_t sample_docs, uint64_t seed) const;

 private:
  struct Entry {
    std::string text;
    int chars = 0;
  };
  // One slot of the templates: vocabulary ids and their Zipf CDF.
  struct List {
    std::vector<uint32_t> ids;
    std::vector<double> cdf;
    // For compounds: the ids of the two halves (same order as ids).
    std::vector<std::pair<uint32_t, uint32_t>> parts;
  };
  // One step of a compiled template (see Compile in search_corpus.cc).
  struct Op {
    enum class Kind { kText, kWord, kPick, kNumber, kYear, kAgency };
    Kind kind = Kind::kText;
    std::string text;                                // kText
    int chars = 0;                                   // kText: code points
    const List* list = nullptr;                      // kWord
    const std::vector<std::string>* pick = nullptr;  // kPick: one at random
    int lo = 0, hi = 0;  // kNumber: the range; kYear: offsets from the year
  };
  using Template = std::vector<Op>;
  struct Templates {
    std::vector<Template> items;
    std::vector<double> cdf;  // by weight
  };
  class Writer;

  uint32_t Intern(const std::string& text);
  List MakeList(const std::vector<const char*>& texts, uint64_t shuffle_seed);
  Template Compile(const std::string& spec) const;
  void Add(Templates& set, const char* spec, double weight) const;

  std::vector<Entry> vocab_;
  std::vector<std::string> agencies_;
  std::vector<double> agency_cdf_;
  std::vector<std::string> topics_, plans_, notices_, measures_;
  List domains_, heads_, verbs_, adverbs_, nouns_, subjects_, openers_;
  List compounds_;  // set phrases first, then domain × head
  Templates sentences_, info_titles_, normative_titles_, meeting_titles_, keywords_;
  Template interpretation_title_;
};

}  // namespace gongkai::bench
