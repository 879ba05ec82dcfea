// The compiled contents of a RuleSet, for the library's own stages.
// Loaded by rule_loader.cc; read-only afterwards (thread-safe).
#pragma once

#include <array>
#include <map>
#include <unordered_map>
#include <set>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <vector>

#include "match.h"
#include "vbtool/document.h"
#include "vbtool/status.h"

namespace vbtool::internal {

/// One `examples:` entry of a rule.
struct Example {
  Location at;
  std::string text;                             ///< normalized
  std::optional<std::string> match;             ///< expected whole match, normalized
  std::map<std::string, std::string> captures;  ///< expected group texts, normalized
};

/// A rule with a regular expression (numbers, dates, cues, edges, header,
/// targets...). `attrs` holds the section's extra keys (relation, family...).
struct PatternRule {
  std::string section;
  std::string id;
  Location at;
  std::string source;   ///< pattern as written
  std::string pattern;  ///< after $var expansion and normalization
  std::shared_ptr<const Regex> re;
  std::map<std::string, std::string> attrs;
  std::vector<Example> examples;
  std::vector<std::pair<Location, std::string>> not_examples;

  const std::string& attr(const std::string& key) const {
    static const std::string empty;
    auto it = attrs.find(key);
    return it == attrs.end() ? empty : it->second;
  }
};

/// One fold: `from` is replaced by `to` before matching.
struct Fold {
  std::string from;
  std::string to;
  bool word_end = false;  ///< only when no letter follows (tone placement)
  /// Only between two letters ("Thực_hiện"), and in texts only: rule
  /// patterns keep their underscores (group names).
  bool between_letters = false;
  Location at;
};

/// One document type of doc_types.yaml.
struct TypeEntry {
  std::string code;                  ///< canonical code: "KH", "QyĐ", "Luật"
  std::string name;                  ///< "Kế hoạch"
  std::vector<Family> families;      ///< where the code is valid
  std::vector<std::string> names;    ///< names in running text (name included)
  std::vector<std::string> aliases;  ///< other spellings of the code: "QYĐ"
  std::string party_name;            ///< name when the family is party, if different ("Thông tri")
  bool coded = true;                 ///< its code appears in numbers ("KH" in 153/KH-UBND); Luật, công văn: no
  bool letter = false;               ///< the type of a letter: a V/v subject, a number without type code
  Location at;
};

/// One issuer of issuers.yaml.
struct IssuerEntry {
  std::string code;  ///< "BYT", "TW", "UBND"
  std::string name;  ///< "Bộ Y tế"
  Family family = Family::kUnknown;
  std::vector<std::string> names;    ///< names in running text (name included)
  std::vector<std::string> aliases;  ///< other spellings of the code: "TƯ"
  /// Names that name the body only where a phrase starts with them: "Trung
  /// ương" (the Party's) is a modifier at the end of "Hội đồng Thi đua -
  /// Khen thưởng Trung ương".
  std::vector<std::string> leading_names;
  std::string valid_from;            ///< "2025-03-01" or empty
  std::string valid_to;              ///< empty = still valid
  bool generic = false;              ///< names a kind of body (UBND, Tỉnh ủy), not one body
  bool party_too = false;            ///< the code also names Party bodies (BTC: Ban Tổ chức)
  Location at;
};

/// A section of pattern rules, searched in one pass (see Scan).
struct Section {
  std::vector<PatternRule> rules;
  /// One match of one rule of the section.
  struct RuleHit {
    int rule;  ///< index in `rules`
    Hit hit;   ///< the rule's own groups
  };
  /// Every match of every rule in text[from, to), in ONE pass over the text:
  /// the rules are joined into one alternation (earlier rules win at the same
  /// start), then each hit's own rule is re-run on its span for the captures.
  /// Leftmost-first, non-overlapping.
  std::vector<RuleHit> Scan(std::string_view text, size_t from = 0, size_t to = std::string_view::npos) const;
  /// Indices of the rules that match starting exactly at `pos` (one set pass).
  std::vector<int> MatchingAt(std::string_view text, size_t pos, size_t to = std::string_view::npos) const;

 private:
  void Prepare() const;  // builds joined_ and at_start_ once
  mutable std::once_flag scan_once_;
  mutable std::shared_ptr<const Regex> joined_;  ///< all rules as one alternation; null = one by one
  mutable std::unique_ptr<RegexSet> at_start_;   ///< the rules anchored: which of them match at a point
};

struct RuleData {
  std::vector<std::string> files;
  std::map<std::string, std::string> vars;  ///< expanded regex fragments
  std::vector<Fold> folds;
  /// The folds that may start with bytes a, b (a one-byte fold: with a, any
  /// b), longest `from` first: fold_buckets[fold_pairs[a*256+b]] (0: none);
  /// fold_first[a]: some pair starts with byte a (most bytes of a text start none).
  std::vector<std::vector<const Fold*>> fold_buckets = std::vector<std::vector<const Fold*>>(1);
  std::vector<uint32_t> fold_pairs = std::vector<uint32_t>(256 * 256);
  std::array<bool, 256> fold_first{};
  /// Words restored in lines written without marks ("can cu" -> "căn cứ"):
  /// bare spelling (a-z, single spaces) -> marked, lower case; the most words in one.
  std::unordered_map<std::string, std::string> accents;
  size_t accent_words = 0;
  std::vector<TypeEntry> types;
  std::vector<IssuerEntry> issuers;
  const TypeEntry* letter_type = nullptr;  ///< the type marked `letter` (công văn), if any
  std::map<std::string, Section> sections;

  /// Rules of a section (empty when the section is absent).
  const std::vector<PatternRule>& rules(const std::string& section) const;
  const Section* section(const std::string& name) const;
  /// Type by code or alias, case-insensitive when `fold_case`.
  const TypeEntry* FindType(std::string_view code, bool fold_case = true) const;
  /// Type whose running-text name equals `name` (case-insensitive).
  const TypeEntry* FindTypeByName(std::string_view name) const;
  /// Issuer by code or alias (case-insensitive when `fold_case`).
  const IssuerEntry* FindIssuer(std::string_view code, bool fold_case = true) const;
  /// Issuer whose name is the longest prefix of `text` (case-insensitive);
  /// sets *matched to the bytes of `text` consumed.
  /// `inside`: the text starts inside a longer phrase (leading_names do not count).
  const IssuerEntry* FindIssuerByName(std::string_view text, size_t* matched = nullptr, bool inside = false) const;

  // Indices built by the loader: case-folded key -> entry.
  std::map<std::string, const TypeEntry*, std::less<>> type_by_code, type_by_code_exact, type_by_name;
  std::map<std::string, const IssuerEntry*, std::less<>> issuer_by_code, issuer_by_code_exact, issuer_by_name;
  std::set<std::string, std::less<>> leading_names;  ///< folded keys of issuer_by_name that only lead
  std::map<std::string, const IssuerEntry*, std::less<>> issuer_by_bare;  ///< BareName(name) -> entry
  /// The folded name without its spaces -> entry, for copies that lost them ("Bộ Giaothông vận tải").
  std::map<std::string, const IssuerEntry*, std::less<>> issuer_by_glued;
  size_t max_issuer_name = 0;  ///< longest folded issuer name, bytes

  /// The rules of `section` whose attribute `attr` is `value`, as a Section
  /// of their own (for one-pass scans and anchored sets over that group).
  /// Built on first use; thread-safe; valid as long as this RuleData.
  const Section& Group(const std::string& section, const std::string& attr, const std::string& value) const;

  /// What a stage derives from these rules once (rule lookups, groups,
  /// indices): T is built as T(const RuleData&) on first use and lives as
  /// long as this RuleData. Thread-safe; T's constructor may call Derived().
  template <class T>
  const T& Derived() const {
    {
      std::lock_guard<std::mutex> lock(derived_mu_);
      auto it = derived_.find(std::type_index(typeid(T)));
      if (it != derived_.end()) return *static_cast<const T*>(it->second.get());
    }
    auto built = std::make_shared<const T>(*this);  // outside the lock: T may derive others
    std::lock_guard<std::mutex> lock(derived_mu_);
    auto [it, fresh] = derived_.emplace(std::type_index(typeid(T)), std::move(built));
    return *static_cast<const T*>(it->second.get());
  }

 private:
  mutable std::mutex groups_mu_;
  mutable std::map<std::string, std::unique_ptr<Section>> groups_;
  mutable std::mutex derived_mu_;
  mutable std::map<std::type_index, std::shared_ptr<const void>> derived_;
};

/// ICU NFC only.
std::string Nfc(std::string_view s);

/// ICU title case of every word ("TỈNH NGHỆ AN" → "Tỉnh Nghệ An").
std::string TitleCase(std::string_view s);

/// NFC + folds of a short string with the given rules.
std::string NormalizeWith(std::string_view s, const RuleData& rules);

/// Case-folds UTF-8 text with ICU (for vocabulary lookups).
std::string FoldCase(std::string_view s);
/// `s` case-folded, without its marks ("Tổng cục Thuế", "TỎNG CỤC THUÊ",
/// "TONG CUC THUE" -> "tong cuc thue"; đ -> d), white space collapsed: for
/// headers that OCR or a font lost the marks of.
std::string BareName(std::string_view s);
/// `s` without its combining marks, case kept ("TƯ" -> "TU"); with `dee`, Đ/đ too ("ĐA" -> "DA").
std::string WithoutMarks(std::string_view s, bool dee = false);

}  // namespace vbtool::internal
