// The generated corpus of search_bench (see the header).
#include "bench/search_corpus.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

#include "bench/search_corpus_words.h"
#include "core/utf8.h"

namespace gongkai::bench {
namespace {

// splitmix64 as a stream: small, fast, and the same everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  bool Chance(double p) { return Uniform() < p; }
  double Normal() {
    const double u = std::max(Uniform(), 1e-300);
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * Uniform());
  }

 private:
  uint64_t s_;
};

size_t Pick(const std::vector<double>& cdf, Rng& rng) {
  const double u = rng.Uniform() * cdf.back();
  const auto it = std::upper_bound(cdf.begin(), cdf.end(), u);
  return std::min(static_cast<size_t>(it - cdf.begin()), cdf.size() - 1);
}

// Zipf (s = 1) weights over `n` items whose ranks are a fixed shuffle.
std::vector<double> ZipfCdf(size_t n, uint64_t shuffle_seed, size_t fixed_prefix = 0) {
  std::vector<size_t> rank(n);
  std::iota(rank.begin(), rank.end(), size_t{1});
  Rng rng(shuffle_seed);
  // The first `fixed_prefix` items keep ranks 1…prefix among themselves
  // (shuffled), the rest are shuffled after them.
  auto shuffle = [&](size_t from, size_t to) {
    for (size_t i = to; i > from + 1; --i) {
      std::swap(rank[i - 1], rank[from + rng.Next() % (i - from)]);
    }
  };
  shuffle(0, fixed_prefix);
  shuffle(fixed_prefix, n);
  std::vector<double> cdf(n);
  double sum = 0;
  for (size_t i = 0; i < n; ++i) cdf[i] = (sum += 1.0 / static_cast<double>(rank[i]));
  return cdf;
}

std::string ChineseNumber(int n) {  // 1–99
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return kDigits[n];
  std::string out = n >= 20 ? std::string(kDigits[n / 10]) + "十" : std::string("十");
  return out + kDigits[n % 10];
}

bool AllHan(const std::string& s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t c = utf8::Next(s, pos);
    if (c < 0x4E00 || c > 0x9FFF) return false;
  }
  return !s.empty();
}

}  // namespace

const char* QueryKindName(QueryKind k) {
  switch (k) {
    case QueryKind::kTwoChar:
      return "2-char";
    case QueryKind::kFourChar:
      return "4-char";
    case QueryKind::kTwoWords:
      return "two words";
    case QueryKind::kFiltered:
      return "filtered";
  }
  return "?";
}

std::string CorpusQuery::FilterText() const {
  if (agency) return "agency " + std::to_string(*agency);
  if (year) return "year " + std::to_string(*year);
  if (in_force_only) return "in force";
  return "";
}

uint32_t SearchCorpus::Intern(const std::string& text) {
  for (uint32_t i = 0; i < vocab_.size(); ++i) {
    if (vocab_[i].text == text) return i;
  }
  vocab_.push_back({text, static_cast<int>(utf8::Length(text))});
  return static_cast<uint32_t>(vocab_.size() - 1);
}

SearchCorpus::List SearchCorpus::MakeList(const std::vector<const char*>& texts,
                                          uint64_t shuffle_seed) {
  List l;
  for (const char* t : texts) l.ids.push_back(Intern(t));
  l.cdf = ZipfCdf(l.ids.size(), shuffle_seed);
  return l;
}

SearchCorpus::SearchCorpus() {
  domains_ = MakeList(words::Domains(), 11);
  heads_ = MakeList(words::Heads(), 12);
  verbs_ = MakeList(words::Verbs(), 13);
  adverbs_ = MakeList(words::Adverbs(), 14);
  nouns_ = MakeList(words::Nouns(), 15);
  subjects_ = MakeList(words::Subjects(), 16);
  openers_ = MakeList(words::Openers(), 17);
  // Compounds: the set phrases rank first, then every domain × head.
  std::unordered_map<std::string, uint32_t> seen;
  for (const Entry& e : vocab_) seen.emplace(e.text, static_cast<uint32_t>(&e - vocab_.data()));
  auto intern = [&](const std::string& text) {
    auto [it, added] = seen.emplace(text, static_cast<uint32_t>(vocab_.size()));
    if (added) vocab_.push_back({text, static_cast<int>(utf8::Length(text))});
    return it->second;
  };
  for (const char* p : words::Phrases()) {
    compounds_.ids.push_back(intern(p));
    compounds_.parts.emplace_back(UINT32_MAX, UINT32_MAX);
  }
  const size_t phrases = compounds_.ids.size();
  for (uint32_t d : domains_.ids) {
    for (uint32_t h : heads_.ids) {
      const std::string text = vocab_[d].text + vocab_[h].text;
      if (vocab_[d].text == vocab_[h].text) continue;
      compounds_.ids.push_back(intern(text));
      compounds_.parts.emplace_back(d, h);
    }
  }
  compounds_.cdf = ZipfCdf(compounds_.ids.size(), 18, phrases);
  for (const char* a : words::Agencies()) agencies_.emplace_back(a);
  agency_cdf_.resize(agencies_.size());
  double sum = 0;
  for (size_t i = 0; i < agencies_.size(); ++i) {
    agency_cdf_[i] = (sum += 1.0 / static_cast<double>(i + 1));
  }
  for (const char* t : words::Topics()) topics_.emplace_back(t);
  for (const char* t : words::PlanKinds()) plans_.emplace_back(t);
  for (const char* t : words::NoticeKinds()) notices_.emplace_back(t);
  for (const char* t : words::Measures()) measures_.emplace_back(t);

  // Slots: {S} subject, {A} adverb, {V} verb, {N} noun, {C} compound or set
  // phrase, {D} subject area, {H} head, {O} opener (each Zipf over its
  // list); {M} a measure word, {plan}, {notice} (uniform); {agency} the
  // document's agency; {Y} its year, {Y-1}, {Y-3..Y} a year in that range;
  // {2..980} a number.
  Add(sentences_, "{S}{A}{V}{C}{N}，{V}{C}{N}。", 2);
  Add(sentences_, "{O}{C}的{N}，{S}要{V}{D}{H}，{A}{V}{N}。", 2);
  Add(sentences_, "{Y-1..Y}年{1..12}月，{S}共{V}{C}{N}{2..980}{M}，{V}资金{10..9800}.{1..9}万元。",
      2);
  Add(sentences_, "{A}{V}{C}，{V}{C}{N}，{V}{N}的{N}。", 2);
  Add(sentences_, "截至{Y-1..Y}年底，全市{C}{N}达到{3..5000}{M}，同比增长{1..30}.{0..9}%。", 2);
  Add(sentences_, "{S}要{A}{V}{C}{N}，确保{C}{N}{V}到位。", 2);
  Add(sentences_, "对{C}中发现的{N}，{V}整改，{A}{V}{N}。", 2);
  Add(sentences_, "联系电话：0571-8{1000000..9999999}。", 1);
  Add(sentences_, "详见www.linjiang.gov.cn或拨打12345政务服务热线。", 1);
  Add(sentences_, "{O}《{C}{N}》（临政办发〔{Y-3..Y}〕{1..60}号），{V}本{D}{H}工作，{A}{V}{C}。",
      2);
  Add(sentences_, "全年{V}{C}{N}{2..300}{M}，{V}{D}{N}{1..90}{M}。", 2);
  Add(sentences_, "以{C}为{N}，{V}{C}，{V}{C}，{A}{V}{D}{H}{N}。", 2);
  Add(sentences_, "{S}在{C}中{A}{V}{N}和{N}，{V}{D}{H}等{N}。", 2);

  Add(info_titles_, "关于{V}{C}{N}的{notice}", 3);
  Add(info_titles_, "关于印发《临江市{C}{plan}》的通知", 1);
  Add(info_titles_, "{agency}关于{Y-1}年{C}{N}情况的报告", 1);
  Add(info_titles_, "关于{C}{N}的公示", 1);
  Add(info_titles_, "{agency}{Y-1}年政府信息公开工作年度报告", 0.2);
  Add(info_titles_, "{agency}{Y-1}年{C}工作总结", 0.8);
  Add(info_titles_, "关于对{C}{N}进行{V}的通知", 1);
  Add(info_titles_, "关于公布{Y}年{C}名单的公告", 0.5);
  Add(info_titles_, "关于公布{Y}年{C}清单的公告", 0.5);
  Add(info_titles_, "关于{C}的{notice}", 1);
  Add(normative_titles_, "关于印发《临江市{C}{plan}》的通知", 1);
  Add(normative_titles_, "临江市{C}{plan}", 1);
  Add(meeting_titles_, "临江市人民政府第{1..60}次常务会议纪要", 1);
  Add(meeting_titles_, "{agency}{C}专题会议纪要", 1);
  interpretation_title_ = Compile("《临江市{C}{plan}》政策解读");
  Add(keywords_, "{C} {C} {N}", 1);
}

SearchCorpus::Template SearchCorpus::Compile(const std::string& spec) const {
  Template t;
  auto text = [&](const std::string& s) {
    if (s.empty()) return;
    if (!t.empty() && t.back().kind == Op::Kind::kText) {
      t.back().text += s;
    } else {
      t.push_back(Op{});
      t.back().text = s;
    }
    t.back().chars = static_cast<int>(utf8::Length(t.back().text));
  };
  const std::map<std::string, const List*> lists = {
      {"S", &subjects_},  {"A", &adverbs_}, {"V", &verbs_}, {"N", &nouns_},
      {"C", &compounds_}, {"D", &domains_}, {"H", &heads_}, {"O", &openers_}};
  size_t at = 0;
  while (at < spec.size()) {
    const size_t open = spec.find('{', at);
    text(spec.substr(at, open == std::string::npos ? std::string::npos : open - at));
    if (open == std::string::npos) break;
    const size_t close = spec.find('}', open);
    const std::string slot = spec.substr(open + 1, close - open - 1);
    at = close + 1;
    Op op;
    if (const auto it = lists.find(slot); it != lists.end()) {
      op.kind = Op::Kind::kWord;
      op.list = it->second;
    } else if (slot == "M" || slot == "plan" || slot == "notice") {
      op.kind = Op::Kind::kPick;
      op.pick = slot == "M" ? &measures_ : slot == "plan" ? &plans_ : &notices_;
    } else if (slot == "agency") {
      op.kind = Op::Kind::kAgency;
    } else if (slot[0] == 'Y') {  // Y, Y-1, Y-3..Y
      op.kind = Op::Kind::kYear;
      const size_t dots = slot.find("..");
      op.lo = slot.size() > 1 && slot[1] == '-' ? -std::atoi(slot.c_str() + 2) : 0;
      op.hi = dots == std::string::npos ? op.lo : 0;
    } else {  // lo..hi
      op.kind = Op::Kind::kNumber;
      op.lo = std::atoi(slot.c_str());
      op.hi = std::atoi(slot.c_str() + slot.find("..") + 2);
    }
    t.push_back(std::move(op));
  }
  return t;
}

void SearchCorpus::Add(Templates& set, const char* spec, double weight) const {
  set.items.push_back(Compile(spec));
  set.cdf.push_back((set.cdf.empty() ? 0 : set.cdf.back()) + weight);
}

// Writes templates into one string of a document, counting its characters
// and (optionally) the words used.
class SearchCorpus::Writer {
 public:
  Writer(const SearchCorpus& c, Rng& rng, std::vector<uint32_t>* words, int year,
         const std::string& agency)
      : c_(c), rng_(rng), words_(words), year_(year), agency_(agency) {}

  void Into(std::string& out) {
    out_ = &out;
    chars_ = 0;
  }
  int64_t chars() const { return chars_; }

  void Text(const std::string& s, int chars) {
    out_->append(s);
    chars_ += chars;
  }
  void Emit(const Templates& set) { Emit(set.items[Pick(set.cdf, rng_)]); }
  void Emit(const Template& t) {
    for (const Op& op : t) {
      switch (op.kind) {
        case Op::Kind::kText:
          Text(op.text, op.chars);
          break;
        case Op::Kind::kWord:
          Word(*op.list);
          break;
        case Op::Kind::kPick: {
          const std::string& w = (*op.pick)[rng_.Next() % op.pick->size()];
          Text(w, static_cast<int>(utf8::Length(w)));
          break;
        }
        case Op::Kind::kNumber:
          Ascii(std::to_string(op.lo + rng_.Below(op.hi - op.lo + 1)));
          break;
        case Op::Kind::kYear:
          Ascii(std::to_string(year_ + op.lo + rng_.Below(op.hi - op.lo + 1)));
          break;
        case Op::Kind::kAgency:
          Text(agency_, static_cast<int>(utf8::Length(agency_)));
          break;
      }
    }
  }

 private:
  void Ascii(const std::string& s) { Text(s, static_cast<int>(s.size())); }
  void Word(const List& l) {
    const size_t i = Pick(l.cdf, rng_);
    const uint32_t id = l.ids[i];
    Text(c_.vocab_[id].text, c_.vocab_[id].chars);
    if (!words_) return;
    words_->push_back(id);
    if (!l.parts.empty() && l.parts[i].first != UINT32_MAX) {
      words_->push_back(l.parts[i].first);
      words_->push_back(l.parts[i].second);
    }
  }

  const SearchCorpus& c_;
  Rng& rng_;
  std::vector<uint32_t>* words_;
  int year_;
  const std::string& agency_;
  std::string* out_ = nullptr;
  int64_t chars_ = 0;
};

CorpusDoc SearchCorpus::Doc(int64_t seq, std::vector<uint32_t>* words) const {
  Rng rng(static_cast<uint64_t>(seq) * 0x2545F4914F6CDD1DULL + 2024);
  CorpusDoc d;
  d.agency = static_cast<int>(Pick(agency_cdf_, rng));
  const double kind = rng.Uniform();
  using domain::PublicationKind;
  d.kind = kind < 0.80   ? PublicationKind::kInformation
           : kind < 0.88 ? PublicationKind::kNormative
           : kind < 0.90 ? PublicationKind::kRegulation
           : kind < 0.96 ? PublicationKind::kInterpretation
                         : PublicationKind::kMeeting;
  // 发布日期: year weight (year − 2014), any day of it.
  static const std::vector<double> kYearCdf = [] {
    std::vector<double> cdf;
    double sum = 0;
    for (int y = kCorpusFirstYear; y <= kCorpusLastYear; ++y) cdf.push_back(sum += y - 2014);
    return cdf;
  }();
  const int year = kCorpusFirstYear + static_cast<int>(Pick(kYearCdf, rng));
  const int64_t first = CivilDate{year, 1, 1}.ToDays();
  const int64_t last = CivilDate{year, 12, 31}.ToDays();
  d.published_on = CivilDate::FromDays(first + rng.Below(static_cast<int>(last - first + 1)));
  d.formed_on = CivilDate::FromDays(d.published_on.ToDays() - rng.Below(15));
  if (domain::HasValidity(d.kind)) {
    const double v = rng.Uniform();
    if (v >= 0.7) {
      d.validity = v < 0.9 ? domain::Validity::kExpired : domain::Validity::kAbolished;
      d.validity_changed_on = CivilDate::FromDays(d.published_on.ToDays() + 30 + rng.Below(1500));
    }
  }
  d.topic = topics_[rng.Next() % topics_.size()];
  d.article20_item = rng.Chance(0.6) ? 1 + rng.Below(15) : 0;
  if (domain::HasValidity(d.kind) || rng.Chance(0.4)) {
    static const char* const kPrefixes[] = {"临政发", "临政办发", "临政规", "临政办函", "临财预",
                                            "临教发", "临卫健发", "临环发", "临农发",   "临建发"};
    d.doc_no = std::string(kPrefixes[rng.Below(10)]) + "〔" + std::to_string(year) + "〕" +
               std::to_string(1 + rng.Below(80)) + "号";
  }

  Writer w(*this, rng, words, year, agencies_[static_cast<size_t>(d.agency)]);
  w.Into(d.title);
  switch (d.kind) {
    case PublicationKind::kInformation:
      w.Emit(info_titles_);
      break;
    case PublicationKind::kRegulation:
    case PublicationKind::kNormative:
      w.Emit(normative_titles_);
      break;
    case PublicationKind::kInterpretation:
      w.Emit(interpretation_title_);
      break;
    case PublicationKind::kMeeting:
      w.Emit(meeting_titles_);
      break;
  }
  w.Into(d.keywords);
  w.Emit(keywords_);

  // Body: lognormal length, median 1,000 characters, σ 0.85, cut to
  // 200…19,900 (the last sentence may add up to about 80).
  const double len = std::exp(std::log(1000.0) + 0.85 * rng.Normal());
  const int64_t target = std::clamp<int64_t>(static_cast<int64_t>(len), 200, 19900);
  d.body.reserve(static_cast<size_t>(target) * 3 + 256);
  w.Into(d.body);
  const bool articles = domain::HasValidity(d.kind);
  int article = 0;
  while (w.chars() < target) {
    if (w.chars() > 0) w.Text("\n", 1);
    if (articles) {  // 第一条　… in 规章 and 规范性文件
      const std::string number = ChineseNumber(std::min(++article, 99));
      w.Text("第" + number + "条　", static_cast<int>(utf8::Length(number)) + 2);
    } else if (d.kind == PublicationKind::kMeeting && rng.Chance(0.5)) {
      w.Text(rng.Chance(0.5) ? "会议指出，" : "会议强调，", 5);
    }
    const int sentences = 2 + rng.Below(5);
    for (int i = 0; i < sentences && w.chars() < target; ++i) w.Emit(sentences_);
  }
  d.body_chars = w.chars();
  return d;
}

std::vector<double> SearchCorpus::WordCounts(int64_t sample_docs) const {
  std::vector<double> count(vocab_.size(), 0);
  std::vector<uint32_t> used;
  for (int64_t seq = 1; seq <= sample_docs; ++seq) {
    used.clear();
    Doc(seq, &used);
    for (uint32_t id : used) count[id] += 1;
  }
  return count;
}

std::vector<CorpusQuery> SearchCorpus::Queries(int n, int64_t sample_docs, uint64_t seed) const {
  const std::vector<double> count = WordCounts(sample_docs);
  // Pools of words users type: all Han, weighted by use.
  struct Pool {
    std::vector<uint32_t> ids;
    std::vector<double> cdf;
    void Add(uint32_t id, double w) {
      ids.push_back(id);
      cdf.push_back((cdf.empty() ? 0 : cdf.back()) + w);
    }
  } two, four, any;
  for (uint32_t id = 0; id < vocab_.size(); ++id) {
    if (count[id] == 0 || !AllHan(vocab_[id].text)) continue;
    if (vocab_[id].chars == 2) two.Add(id, count[id]);
    if (vocab_[id].chars == 4) four.Add(id, count[id]);
    if (vocab_[id].chars >= 2) any.Add(id, count[id]);
  }
  Rng rng(seed);
  auto draw = [&](const Pool& p) { return vocab_[p.ids[Pick(p.cdf, rng)]].text; };
  std::vector<QueryKind> kinds;
  const int n2 = n * 4 / 10, n4 = n * 3 / 10, nw = n * 2 / 10;
  kinds.insert(kinds.end(), static_cast<size_t>(n2), QueryKind::kTwoChar);
  kinds.insert(kinds.end(), static_cast<size_t>(n4), QueryKind::kFourChar);
  kinds.insert(kinds.end(), static_cast<size_t>(nw), QueryKind::kTwoWords);
  kinds.insert(kinds.end(), static_cast<size_t>(n - n2 - n4 - nw), QueryKind::kFiltered);
  for (size_t i = kinds.size(); i > 1; --i) std::swap(kinds[i - 1], kinds[rng.Next() % i]);
  std::vector<CorpusQuery> out;
  int filters = 0;
  for (QueryKind k : kinds) {
    CorpusQuery q;
    q.kind = k;
    switch (k) {
      case QueryKind::kTwoChar:
        q.text = draw(two);
        break;
      case QueryKind::kFourChar:
        q.text = draw(four);
        break;
      case QueryKind::kTwoWords: {
        std::string a = draw(any), b = draw(any);
        while (b == a) b = draw(any);
        q.text = a + " " + b;
        break;
      }
      case QueryKind::kFiltered:
        q.text = rng.Chance(0.5) ? draw(two) : draw(four);
        switch (filters++ % 3) {
          case 0:
            q.agency = static_cast<int>(Pick(agency_cdf_, rng));
            break;
          case 1:
            q.year = kCorpusFirstYear + rng.Below(kCorpusLastYear - kCorpusFirstYear + 1);
            break;
          default:
            q.in_force_only = true;
            break;
        }
        break;
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace gongkai::bench
