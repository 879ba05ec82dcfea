// The stages between Normalize() and the finished Document, shared by
// extract.cc and the tests. Not part of the public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule_data.h"
#include "vbtool/document.h"
#include "vbtool/text.h"

namespace vbtool::internal {

/// A document number found in the normalized text.
struct NumberHit {
  size_t begin = 0;  ///< normalized offsets of the number itself
  size_t end = 0;
  DocNumber number;
  /// Other serials sharing this number's symbol ("154 & 201/KH-X"): offset, serial.
  std::vector<std::pair<size_t, std::string>> shared;
  bool shares_next = false;  ///< expanded from shared serials: date/issuer come from the next
};

/// A date found in the normalized text.
struct DateHit {
  size_t begin = 0;
  size_t end = 0;
  DocDate date;
};

/// Every document number in text[from, to), non-overlapping, in text order.
std::vector<NumberHit> FindNumbers(std::string_view text, const RuleData& rules, size_t from = 0,
                                   size_t to = std::string_view::npos);
/// A serial as number ids write it: no leading zeros, two digits at least ("05").
std::string CanonicalSerial(std::string_view serial);
/// A number cited by its serial alone ("Kế hoạch số 155", "Thông báo số 159-TB"):
/// id the canonical serial, with "-" and the type code when it was written
/// (`code_written`); not canonical, fix "no_symbol".
DocNumber BareSerialNumber(std::string_view serial, const std::string& type_code, bool code_written);
/// Parses a number that starts exactly at `pos` (after optional spaces).
std::optional<NumberHit> NumberAt(std::string_view text, size_t pos, const RuleData& rules);
/// Builds the canonical DocNumber from a rule's captures.
std::optional<DocNumber> BuildNumber(const std::string& family, std::string_view serial, std::string_view year,
                                     std::string_view type, std::string_view symbol, const RuleData& rules);

/// "445-KL/TƯ" of a Tỉnh ủy: OCR and typists write Ư for U. When the
/// number's one issuer code, written without its marks, is the code of the
/// body the text names as its issuer, the number takes that code. True when changed.
bool RecodeByIssuer(DocNumber* n, const Issuer& issuer, const RuleData& rules);

/// A date that starts at `pos` (after spaces and a comma) when `anchored`,
/// else the first date in text[pos, to). Invalid dates (31/02) are skipped.
/// When `invalid` is given, it receives the span of a date-shaped text that
/// does not exist (31/02/2024), if one was met.
std::optional<DateHit> DateAt(std::string_view text, size_t pos, const RuleData& rules, bool anchored,
                              size_t to = std::string_view::npos,
                              std::optional<std::pair<size_t, size_t>>* invalid = nullptr);
/// Builds a date from captures; nullopt when it does not exist.
std::optional<DocDate> MakeDate(std::string_view day, std::string_view month, std::string_view year,
                                std::string_view quarter);

/// True when the code point before `pos` / at `pos` is not a letter or digit.
bool BoundaryBefore(std::string_view text, size_t pos);
bool BoundaryAfter(std::string_view text, size_t pos);

/// Resolves a document type for a number and/or a type word.
std::optional<DocType> ResolveType(const DocNumber* number, std::string_view type_word, const RuleData& rules);
/// The document type whose name ends right before `pos` ("Luật" in "Luật sửa
/// đổi, bổ sung ..."), looked up over the last one to four words.
std::optional<DocType> TypeRightBefore(std::string_view text, size_t pos, const RuleData& rules);

/// Resolves an issuer name as written.
Issuer ResolveIssuer(std::string_view written, const RuleData& rules);

/// The identity stage: own number, type, date, place, issuer, title,
/// signers, addressees, recipients. Adds diagnostics to `doc`.
void ExtractIdentity(const NormalizedText& text, const RuleData& rules, Document* doc);

/// The reference stage: references, edges, back-references. Returns where
/// the document's own text ends: a web site's notice to its readers copied
/// after it (rule site_notice), else the text's end.
size_t ExtractReferences(const NormalizedText& text, const RuleData& rules, Document* doc);

/// The target stage (targets.cc), over text[0, text_end).
void ExtractTargets(const NormalizedText& text, const RuleData& rules, Document* doc,
                    size_t text_end = std::string::npos);

/// Citations of the document itself (its own number in a page title or a
/// metadata line) are not references; what they state about another
/// document becomes the document's relation to it (resolve.cc).
void ResolveSelf(Document* doc, const RuleData& rules);

}  // namespace vbtool::internal
