// Normalize(): ICU NFC, then the fold table of the rules, keeping a map from
// every normalized byte back to the decoded text (and so to the original).
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

#include "rule_data.h"
#include "vbtool/rules.h"
#include "vbtool/text.h"

namespace vbtool {

namespace internal {

std::string BareName(std::string_view s) { return vbtool::CollapseSpace(WithoutMarks(FoldCase(s), true)); }

std::string WithoutMarks(std::string_view s, bool dee) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size())), status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    if (dee && (c == 0x0110 || c == 0x0111)) c = c == 0x0110 ? UChar32('D') : UChar32('d');
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  std::string r;
  return out.toUTF8String(r);
}

std::string FoldCase(std::string_view s) {
  // ASCII fast path: most codes are ASCII.
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string out;
  if (ascii) {
    out.assign(s);
    for (auto& c : out) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    return out;
  }
  // Latin text (Vietnamese is): ICU's simple fold per code point, which is
  // its full fold there but for the few letters that fold to two (ß, ŉ, ǰ,
  // İ, ẖ-ẞ); those, and any other script, take the whole-string fold.
  auto simple = [](UChar32 c) {
    return c >= 0 && ((c < 0x250 && c != 0xDF && c != 0x130 && c != 0x149 && c != 0x1F0) ||
                      (c >= 0x1E00 && c < 0x1F00 && !(c >= 0x1E96 && c <= 0x1E9E)));
  };
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (!simple(c)) {
      out.clear();
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
      u.foldCase();
      u.toUTF8String(out);
      return out;
    }
    char buf[U8_MAX_LENGTH];
    int32_t k = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), k, u_foldCase(c, U_FOLD_CASE_DEFAULT));
    out.append(buf, k);
  }
  return out;
}

std::string TitleCase(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString titled(u);
  titled.toTitle(nullptr);
  // A word without a vowel is an abbreviation ("ĐHBK", "TNCS"): kept as written.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  for (int32_t b = 0; b < u.length() && U_SUCCESS(err);) {
    int32_t e = b;
    while (e < u.length() && !u_isspace(u.char32At(e))) e += U16_LENGTH(u.char32At(e));
    icu::UnicodeString word = nfd->normalize(u.tempSubString(b, e - b), err);
    bool vowel = false;
    for (int32_t i = 0; i < word.length() && !vowel; ++i) vowel = u_strchr(u"AEIOUYaeiouy", word.charAt(i)) != nullptr;
    if (!vowel && e > b && titled.length() == u.length()) titled.replace(b, e - b, u, b, e - b);
    b = e;
    while (b < u.length() && u_isspace(u.char32At(b))) ++b;
  }
  std::string out;
  titled.toUTF8String(out);
  return out;
}

std::string Nfc(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, icu::StringPiece(s.data(), s.size()), sink, nullptr, err);
  if (U_FAILURE(err)) return std::string(s);
  return out;
}

namespace {

bool IsLetterAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isalpha(c);
}

bool IsLetterBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, k, c);
  return c >= 0 && u_isalpha(c);
}

// Applies the folds to `in` (whose bytes map through `in_map`) into `out`/`out_map`.
// `text`: folds for texts only (between_letters) apply too.
void ApplyFolds(std::string_view in, const std::vector<uint32_t>* in_map, const RuleData& rules, std::string* out,
                std::vector<uint32_t>* out_map, bool text) {
  out->reserve(in.size());
  if (out_map) out_map->reserve(in.size() + 1);
  auto src = [&](size_t i) { return in_map ? (*in_map)[i] : uint32_t(i); };
  auto fold_may_start = [&](size_t i) {
    unsigned char a = in[i];
    if (!rules.fold_first[a]) return false;
    unsigned char b = i + 1 < in.size() ? in[i + 1] : 0;
    return rules.fold_pairs[a * 256 + b] != 0;
  };
  for (size_t i = 0; i < in.size();) {
    // Fast path: copy the run of bytes where no fold starts (most text) at once.
    if (!fold_may_start(i)) {
      size_t j = i + 1;
      while (j < in.size() && !fold_may_start(j)) ++j;
      out->append(in.data() + i, j - i);
      if (out_map) {
        if (in_map)
          out_map->insert(out_map->end(), in_map->begin() + i, in_map->begin() + j);
        else {
          size_t at = out_map->size();
          out_map->resize(at + (j - i));
          std::iota(out_map->begin() + at, out_map->end(), uint32_t(i));
        }
      }
      i = j;
      continue;
    }
    unsigned char a = in[i], b = i + 1 < in.size() ? in[i + 1] : 0;
    const auto& cands = rules.fold_buckets[rules.fold_pairs[a * 256 + b]];
    const Fold* hit = nullptr;
    for (const Fold* f : cands) {
      if (in.compare(i, f->from.size(), f->from) != 0) continue;
      if (f->word_end && IsLetterAt(in, i + f->from.size())) continue;
      if (f->between_letters && (!text || !IsLetterBefore(in, i) || !IsLetterAt(in, i + f->from.size()))) continue;
      hit = f;
      break;
    }
    // A raw HTML tag left in a web copy ("<p style=...>", "</span>"): gone;
    // one that breaks a line or a cell ("<br>", "</p>", "<td>") is a line break.
    if (!hit && text && in[i] == '<' && i + 1 < in.size() &&
        (isalpha(static_cast<unsigned char>(in[i + 1])) || in[i + 1] == '/' || in[i + 1] == '!')) {
      size_t close = in.find_first_of("<>", i + 1);
      if (close != std::string_view::npos && in[close] == '>' && close - i <= 2000) {
        size_t n = i + 1 + (in[i + 1] == '/');
        size_t ne = n;
        while (ne < close && isalnum(static_cast<unsigned char>(in[ne]))) ++ne;
        std::string name(in.substr(n, ne - n));
        for (auto& ch : name) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
        static const std::array<std::string_view, 16> kBreaks = {"p",  "br", "div", "tr", "td", "th", "li", "h1",
                                                                 "h2", "h3", "h4",  "h5", "h6", "table", "title", "ul"};
        bool tag = ne > n || in[i + 1] == '!';
        if (tag) {
          if (std::find(kBreaks.begin(), kBreaks.end(), name) != kBreaks.end() && !out->empty() && out->back() != '\n') {
            out->push_back('\n');
            if (out_map) out_map->push_back(src(i));
          }
          i = close + 1;
          continue;
        }
      }
    }
    // A numeric HTML character reference left in a web copy: "&#7889;", "&#x1ED1;",
    // also without its ';' before a letter or space ("&#272O&Agrave;N", "H&#7890 CH").
    if (!hit && text && in[i] == '&' && i + 3 < in.size() && in[i + 1] == '#') {
      bool hex = in[i + 2] == 'x' || in[i + 2] == 'X';
      size_t j = i + (hex ? 3 : 2), digits = 0;
      UChar32 cp = 0;
      while (j < in.size() && digits < 7 && (hex ? isxdigit(static_cast<unsigned char>(in[j])) : isdigit(static_cast<unsigned char>(in[j])))) {
        cp = cp * (hex ? 16 : 10) + (isdigit(static_cast<unsigned char>(in[j])) ? in[j] - '0' : (tolower(in[j]) - 'a' + 10));
        ++j, ++digits;
      }
      bool closed = j < in.size() && in[j] == ';';
      bool open_end = !hex && digits >= 2;  // a decimal reference ends at its last digit
      if (digits > 0 && (closed || open_end) && cp > 0 && cp <= 0x10FFFF && U_IS_UNICODE_CHAR(cp) && cp >= 0x20) {
        char buf[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), n, cp);
        out->append(buf, n);
        if (out_map)
          for (int32_t k = 0; k < n; ++k) out_map->push_back(src(i));
        i = closed ? j + 1 : j;
        continue;
      }
    }
    if (!hit) {
      out->push_back(in[i]);
      if (out_map) out_map->push_back(src(i));
      ++i;
      continue;
    }
    // Each output byte maps to the source of the corresponding input byte when
    // lengths allow, else to the fold's start: spans starting inside stay exact.
    for (size_t k = 0; k < hit->to.size(); ++k) {
      out->push_back(hit->to[k]);
      if (out_map) out_map->push_back(src(i + std::min(k, hit->from.size() - 1)));
    }
    i += hit->from.size();
  }
  if (out_map) out_map->push_back(src(in.size()));
}

// ---- scrambled marks ------------------------------------------------------------
// Some web pages scramble the tone marks of their text against copying ("KẾT
// LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ", "ngàỷ 24/01/2025 củà Bạn Chấp hành"):
// many words then carry two tone marks, which no Vietnamese syllable does.
// Such a text is read with every mark dropped and the known words restored,
// as a text written without marks is.
constexpr size_t kScrambleProbe = 2048;  // bytes looked at (such pages scramble all)
constexpr size_t kScrambledWords = 8;     // at least this many words with two tone marks,
constexpr size_t kScrambledShare = 10;    // and one in ten of the words with one at least

// Per code point below kMarkTableEnd: whether it is a letter, the a-z letter it
// is written on (0: none) and whether it carries a tone mark (grave, acute,
// tilde, hook above or dot below), from ICU's decompositions.
constexpr UChar32 kMarkTableEnd = 0x1F00;
struct MarkTable {
  std::array<bool, kMarkTableEnd> letter{};
  std::array<char, kMarkTableEnd> base{};
  std::array<uint8_t, kMarkTableEnd> tone{};
};

const MarkTable& Marks() {
  static const MarkTable table = [] {
    MarkTable m;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (UChar32 c = 0; c < kMarkTableEnd; ++c) {
      m.letter[c] = u_isalpha(c);
      icu::UnicodeString d;
      if (U_FAILURE(status) || !nfd->getDecomposition(c, d)) continue;
      UChar32 b = d.char32At(0);
      if (b < 0x80 && std::isalpha(static_cast<int>(b))) m.base[c] = static_cast<char>(b);
      for (int32_t i = 1; i < d.length(); ++i)
        if (UChar ch = d[i]; ch == 0x300 || ch == 0x301 || ch == 0x303 || ch == 0x309 || ch == 0x323) m.tone[c] = 1;
    }
    m.base[0x110] = 'D', m.base[0x111] = 'd';  // no decomposition: a letter of its own
    return m;
  }();
  return table;
}

bool ScrambledMarks(std::string_view t) {
  // Only the toned letters are decoded: two in one word when only letters
  // stand between them (a syllable is a few letters long).
  const MarkTable& m = Marks();
  const auto* p = reinterpret_cast<const uint8_t*>(t.data());
  const int32_t n = static_cast<int32_t>(std::min(t.size(), kScrambleProbe));
  auto letters = [&](int32_t b, int32_t e) {
    while (b < e) {
      UChar32 c = p[b];
      if (c < 0x80) {
        if (!std::isalpha(static_cast<int>(c))) return false;
        ++b;
        continue;
      }
      U8_NEXT(p, b, e, c);
      if (c < 0 || c >= kMarkTableEnd || !m.letter[c]) return false;
    }
    return true;
  };
  size_t toned = 0, twice = 0;
  int32_t prev_end = -1;     // of the last toned letter
  bool prev_twice = false;   // its word counted as having two
  for (int32_t i = 0; i < n;) {
    while (i < n && p[i] < 0x80) ++i;
    if (i >= n) break;
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || c >= kMarkTableEnd || !m.tone[c]) continue;
    if (prev_end >= 0 && at - prev_end <= 8 && letters(prev_end, at)) {
      if (!prev_twice) ++twice, prev_twice = true;
    } else {
      ++toned, prev_twice = false;
    }
    prev_end = i;
  }
  return twice >= kScrambledWords && twice * kScrambledShare >= toned;
}

// The text with every letter of the table written without its marks.
void DropMarks(std::string* text, std::vector<uint32_t>* map) {
  const MarkTable& m = Marks();
  const std::string& t = *text;
  std::string out;
  std::vector<uint32_t> out_map;
  out.reserve(t.size());
  out_map.reserve(t.size() + 1);
  const auto* p = reinterpret_cast<const uint8_t*>(t.data());
  int32_t n = static_cast<int32_t>(t.size());
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0x80 && c < kMarkTableEnd && m.base[c]) {
      out.push_back(m.base[c]);
      out_map.push_back((*map)[at]);
      continue;
    }
    for (int32_t k = at; k < i; ++k) {
      out.push_back(t[k]);
      out_map.push_back((*map)[k]);
    }
  }
  out_map.push_back(map->back());
  *text = std::move(out);
  *map = std::move(out_map);
}

// Restores the marks of known words in lines written without them ("Can cu
// Quyet dinh so 12/QD-UBND ngay 5/3/2020" -> "Căn cứ Quyết định số ... ngày"):
// a line is bare when its first kBareLead words hold no letter beyond ASCII
// and fewer than one word in ten does (so most lines are read no further
// than their first marked letter).
// Only whole words written in a-z are looked up, longest phrase first; each
// letter keeps its case and its byte map (a marked letter maps to its bare one).
constexpr size_t kBareLead = 12;

void RestoreAccents(std::string* text, std::vector<uint32_t>* map, const RuleData& rules,
                    std::vector<std::pair<uint32_t, uint32_t>>* restored, bool every_line) {
  if (rules.accents.empty()) return;
  const std::string& t = *text;
  auto ascii_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::string out;
  std::vector<uint32_t> out_map;
  size_t copied = 0;  // t[0, copied) is in `out` (once something changed)
  bool changed = false;
  std::string key;
  std::vector<std::pair<size_t, size_t>> words;  // of the phrase being looked up
  // Whether t[ls, le) is bare: count words of letters and letters beyond ASCII.
  auto bare = [&](size_t ls, size_t le) {
    size_t nwords = 0, marked = 0;
    bool in_word = false;
    for (size_t i = ls; i < le;) {
      auto c = static_cast<unsigned char>(t[i]);
      if (c < 0x80) {
        bool letter = ascii_letter(static_cast<char>(c));
        if (letter && !in_word) ++nwords;
        in_word = letter;
        ++i;
        continue;
      }
      UChar32 cp;
      int32_t k = static_cast<int32_t>(i);
      U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), k, static_cast<int32_t>(le), cp);
      bool letter = cp >= 0 && u_isalpha(cp);
      if (letter) {
        ++marked;
        if (!in_word) ++nwords;
        if (nwords <= kBareLead) return false;  // most lines: a marked letter among the first words
      }
      in_word = letter;
      i = static_cast<size_t>(k);
    }
    return nwords > 0 && marked * 10 < nwords;
  };
  auto line_end = [&](size_t ls) {
    size_t le = t.find('\n', ls);
    return le == std::string::npos ? t.size() : le;
  };
  for (size_t ls = 0; ls < t.size();) {
    size_t le = line_end(ls);
    if (!every_line && !bare(ls, le)) {
      ls = le + 1;
      continue;
    }
    // Bare lines in a row are read as one: a phrase may wrap ("cua Quoc" / "hoi").
    while (le < t.size() && (every_line || bare(le + 1, line_end(le + 1)))) le = line_end(le + 1);
    // Whole a-z words: no letter (of any script) or digit on either side, nor
    // a code's joints ("389/DA-CP", "BNN-TY" are no words).
    auto word_end = [&](size_t b) {
      size_t e = b;
      while (e < le && ascii_letter(t[e])) ++e;
      return e;
    };
    auto apart = [&](size_t p) {
      auto c = static_cast<unsigned char>(t[p]);
      return c < 0x80 && !isalnum(c) && !std::strchr("/-&_@", c);
    };
    auto bounded = [&](size_t e) { return e >= le || apart(e); };
    for (size_t i = ls; i < le;) {
      bool starts = ascii_letter(t[i]) && (i == ls || apart(i - 1));
      if (!starts) {
        ++i;
        continue;
      }
      words.clear();
      for (size_t b = i; words.size() < rules.accent_words;) {
        size_t e = word_end(b);
        if (!bounded(e)) break;
        words.push_back({b, e});
        size_t n = e;
        while (n < le && (t[n] == ' ' || t[n] == '\t' || t[n] == '\n')) ++n;
        if (n == e || n >= le || !ascii_letter(t[n])) break;
        b = n;
      }
      if (words.empty()) {
        i = word_end(i);
        continue;
      }
      const std::string* found = nullptr;
      size_t used = 0;
      for (size_t n = words.size(); n > 0 && !found; --n) {
        key.clear();
        for (size_t w = 0; w < n; ++w) {
          if (w) key.push_back(' ');
          for (size_t c = words[w].first; c < words[w].second; ++c)
            key.push_back(static_cast<char>(tolower(static_cast<unsigned char>(t[c]))));
        }
        auto it = rules.accents.find(key);
        if (it != rules.accents.end()) found = &it->second, used = n;
      }
      size_t end = words[used ? used - 1 : 0].second;
      if (!found) {
        i = words[0].second;
        continue;
      }
      if (!changed) {
        out.reserve(t.size() + 64);
        out_map.reserve(t.size() + 65);
        changed = true;
      }
      out.append(t, copied, i - copied);
      out_map.insert(out_map.end(), map->begin() + copied, map->begin() + i);
      size_t restored_begin = out.size();
      // Letter by letter: the marked letter, in the case of the bare one.
      const auto* m = reinterpret_cast<const uint8_t*>(found->data());
      int32_t mi = 0, mn = static_cast<int32_t>(found->size());
      for (size_t c = i; c < end; ++c) {
        if (!ascii_letter(t[c])) {
          out.push_back(t[c]);
          out_map.push_back((*map)[c]);
          continue;
        }
        UChar32 cp;
        do U8_NEXT(m, mi, mn, cp);
        while (cp == ' ' && mi < mn);
        if (isupper(static_cast<unsigned char>(t[c]))) cp = u_toupper(cp);
        char buf[U8_MAX_LENGTH];
        int32_t k = 0;
        U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), k, cp);
        out.append(buf, k);
        for (int32_t b = 0; b < k; ++b) out_map.push_back((*map)[c]);
      }
      restored->push_back({uint32_t(restored_begin), uint32_t(out.size())});
      copied = end;
      i = end;
    }
    ls = le + 1;
  }
  if (!changed) return;
  out.append(t, copied, std::string::npos);
  out_map.insert(out_map.end(), map->begin() + copied, map->end());
  *text = std::move(out);
  *map = std::move(out_map);
}

}  // namespace

std::string NormalizeWith(std::string_view s, const RuleData& rules) {
  std::string nfc = Nfc(s);
  std::string out;
  ApplyFolds(nfc, nullptr, rules, &out, nullptr, /*text=*/false);
  return out;
}

}  // namespace internal

std::string NormalizeString(std::string_view s, const RuleSet& rules) {
  std::string nfc = internal::Nfc(s), out;
  internal::ApplyFolds(nfc, nullptr, rules.data(), &out, nullptr, /*text=*/true);
  return out;
}

std::string CollapseSpace(std::string_view s) {
  // Bytes that may start white space: ASCII spaces, and 0xC2 of a no-break
  // space (C2 A0). Runs of other bytes are copied whole (this is called on
  // every phrase and mention, so per-byte appends showed in profiles).
  static constexpr auto kMaySpace = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
    t[0xC2] = true;
    return t;
  }();
  // The length of the white space at i: 0, 1 or 2 (no-break space).
  auto space_at = [&](size_t i) -> size_t {
    if (static_cast<unsigned char>(s[i]) != 0xC2) return kMaySpace[static_cast<unsigned char>(s[i])] ? 1 : 0;
    return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0 ? 2 : 0;
  };
  std::string out;
  out.reserve(s.size());
  bool space = false;  // white space since the last byte kept, after some byte
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && (!kMaySpace[static_cast<unsigned char>(s[j])] || space_at(j) == 0)) ++j;
    if (j > i) {
      if (space) out.push_back(' ');
      out.append(s.data() + i, j - i);
      space = false;
      i = j;
    }
    for (size_t n; i < s.size() && (n = space_at(i)) > 0; i += n) space = !out.empty();
  }
  return out;
}

NormalizedText Normalize(const DecodedText& decoded, const RuleSet& rules) {
  NormalizedText n;
  n.decoded_ = &decoded;
  const std::string& in = decoded.utf8;

  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  std::string nfc_text;
  std::vector<uint32_t> nfc_map;
  bool normalized = U_SUCCESS(err) && nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err);
  if (!normalized) {
    err = U_ZERO_ERROR;
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&nfc_text);
    nfc->normalizeUTF8(0, piece, sink, &edits, err);
    nfc_map.reserve(nfc_text.size() + 1);
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(err)) {
      if (!it.hasChange()) {
        for (int32_t k = 0; k < it.newLength(); ++k) nfc_map.push_back(uint32_t(it.sourceIndex() + k));
      } else {
        for (int32_t k = 0; k < it.newLength(); ++k) nfc_map.push_back(uint32_t(it.sourceIndex()));
      }
    }
    nfc_map.push_back(uint32_t(in.size()));
  }
  const std::string& base = normalized ? in : nfc_text;
  internal::ApplyFolds(base, normalized ? nullptr : &nfc_map, rules.data(), &n.text_, &n.to_decoded_, /*text=*/true);
  n.scrambled_marks_ = internal::ScrambledMarks(n.text_);
  if (n.scrambled_marks_) internal::DropMarks(&n.text_, &n.to_decoded_);
  internal::RestoreAccents(&n.text_, &n.to_decoded_, rules.data(), &n.restored_, n.scrambled_marks_);

  n.line_starts_.push_back(0);
  for (const char* p = in.data(), *end = in.data() + in.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr;)
    n.line_starts_.push_back(uint32_t(++p - in.data()));
  return n;
}

size_t NormalizedText::LineOf(size_t pos) const {
  size_t d = to_decoded_[std::min(pos, to_decoded_.size() - 1)];
  return std::upper_bound(line_starts_.begin(), line_starts_.end(), d) - line_starts_.begin();
}

std::string NormalizedText::OriginalText(size_t begin, size_t end) const {
  size_t d0 = to_decoded_[std::min(begin, to_decoded_.size() - 1)];
  size_t d1 = to_decoded_[std::min(end, to_decoded_.size() - 1)];
  if (d1 < d0) d1 = d0;
  return CollapseSpace(std::string_view(decoded_->utf8).substr(d0, d1 - d0));
}

std::string NormalizedText::Phrase(size_t begin, size_t end) const {
  auto it = std::upper_bound(restored_.begin(), restored_.end(), std::pair<uint32_t, uint32_t>(uint32_t(begin), ~0u));
  bool touched = (it != restored_.begin() && std::prev(it)->second > begin) || (it != restored_.end() && it->first < end);
  if (!touched) return OriginalText(begin, end);
  end = std::min(end, text_.size());
  return CollapseSpace(std::string_view(text_).substr(begin, end > begin ? end - begin : 0));
}

Mention NormalizedText::Locate(size_t begin, size_t end) const {
  Mention m;
  size_t d0 = to_decoded_[std::min(begin, to_decoded_.size() - 1)];
  size_t d1 = to_decoded_[std::min(end, to_decoded_.size() - 1)];
  if (d1 < d0) d1 = d0;
  size_t line = std::upper_bound(line_starts_.begin(), line_starts_.end(), d0) - line_starts_.begin();
  m.line = line;
  size_t ls = line_starts_[line - 1];
  size_t from = ls;
  m.column = 1;
  if (cache_line_ == line && cache_pos_ <= d0 && cache_pos_ >= ls) from = cache_pos_, m.column = cache_col_;
  const std::string& u = decoded_->utf8;
  for (size_t i = from; i < d0; ++i)
    if ((static_cast<unsigned char>(u[i]) & 0xC0) != 0x80) ++m.column;
  cache_line_ = line, cache_pos_ = d0, cache_col_ = m.column;
  m.offset = decoded_->OriginalOffset(d0);
  m.length = decoded_->OriginalOffset(d1) - m.offset;
  m.text = CollapseSpace(std::string_view(u).substr(d0, d1 - d0));
  return m;
}

}  // namespace vbtool
