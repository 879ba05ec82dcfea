// vbtool/document.h — what vbtool knows about one document.
//
// A Document is the result of Extract(): the document's own identity (số hiệu,
// loại, ngày, nơi ban hành, cơ quan ban hành, người ký, nơi nhận), every
// document it cites (References), relations the text states between two other
// documents (Edges), quantified targets (chỉ tiêu) and diagnostics.
//
//   Document doc = Extract(bytes, rules, {}).value();
//   for (const Reference& r : doc.references)
//     std::cout << r.id << " " << RelationName(r.relation) << "\n";
//
// Every extracted item keeps its place in the ORIGINAL input (Mention).
// Field names of the JSON output are documented in docs/output-format.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vbtool {

/// The three numbering grammars (see DOMAIN.md).
enum class Family {
  kUnknown,
  kState,      ///< hành chính: 153/KH-UBND, 5588/BGDĐT-GDPT
  kNormative,  ///< VBQPPL: 27/2023/TT-BYT, 80/2015/QH13
  kParty,      ///< văn bản của Đảng: 25-CT/TW
};
const char* FamilyName(Family f);  ///< "state", "normative", "party", "unknown"

/// How a citing document relates to a cited one. Ordered weakest first: when
/// a document is cited several times, the strongest relation wins.
enum class Relation {
  kMentions,    ///< dẫn chiếu, theo, tại ...
  kBasis,       ///< căn cứ
  kGuides,      ///< hướng dẫn, quy định chi tiết
  kImplements,  ///< thực hiện, triển khai thực hiện
  kAmends,      ///< sửa đổi, bổ sung
  kReplaces,    ///< thay thế
  kRepeals,     ///< bãi bỏ
};
const char* RelationName(Relation r);  ///< "mentions", "basis", ... (stable)
std::optional<Relation> ParseRelation(std::string_view name);

/// A span of the original input.
struct Mention {
  size_t line = 0;    ///< 1-based
  size_t column = 0;  ///< 1-based, in code points
  size_t offset = 0;  ///< 0-based byte offset in the original bytes
  size_t length = 0;  ///< bytes in the original
  std::string text;   ///< the original text of the span, white space folded
};

/// A calendar date, possibly partial (năm 2024, tháng 6/2024, quý IV năm 2024).
struct DocDate {
  int year = 0;
  int month = 0;    ///< 0 = unknown
  int day = 0;      ///< 0 = unknown
  int quarter = 0;  ///< 1..4 when given as a quarter
  /// "day", "month", "quarter" or "year".
  std::string Precision() const;
  /// "2024-01-28", "2024-06", "2024-Q4" or "2024".
  std::string Iso() const;
  bool operator==(const DocDate&) const = default;
};

/// A parsed số hiệu (document number and symbol).
struct DocNumber {
  std::string text;                      ///< as written (white space folded)
  std::string id;                        ///< canonical: "25-CT/TW", "27/2023/TT-BYT"
  std::string serial;                    ///< "25", "05" (two digits below 10)
  int year = 0;                          ///< year inside the number (VBQPPL), else 0
  std::string type_code;                 ///< "CT", "QĐ", "TT"; empty for công văn/laws
  std::vector<std::string> issuer_codes; ///< "TW"; joint: {"BTC","BNV"}; công văn: {"BGDĐT","GDPT"}
  Family family = Family::kUnknown;
  bool canonical = true;                 ///< false when written with spaces, TƯ, missing hyphen...
  std::vector<std::string> fixes;        ///< why it is not canonical ("spaces", "missing_hyphen")
};

/// A type of document ("KH" / "Kế hoạch").
struct DocType {
  std::string code;  ///< "KH", "CT", "Luật", "CV"
  std::string name;  ///< "Kế hoạch"
};

/// An issuing body as written and, where the issuer table knows it, resolved.
struct Issuer {
  std::string name;  ///< as written: "Ban Thường vụ Tỉnh ủy", "Bộ trưởng Bộ Y tế"
  std::string code;  ///< resolved code ("TU", "BYT"), empty when unknown
  std::string canonical_name;  ///< the table's name for `code`, empty when unknown
};

/// One signature block entry: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đỗ Thị Hòa".
struct Signer {
  std::string mark;      ///< "TM", "KT", "TL", "TUQ", "Q" (state) or "T/M", "K/T", "T/L" (party)
  std::string on_behalf; ///< the collective or head after the mark: "ỦY BAN NHÂN DÂN"
  std::string role;      ///< "PHÓ GIÁM ĐỐC"
  std::string name;      ///< "Đỗ Thị Hòa"; empty when the block has no name
  size_t line = 0;
};

/// A cited document, merged over all its mentions.
struct Reference {
  std::string id;                   ///< canonical number (DocNumber::id)
  DocNumber number;
  std::optional<DocType> type;
  std::optional<DocDate> date;      ///< from any mention; first one wins
  std::optional<Issuer> issuer;     ///< from a "của ..." phrase
  std::string term;                 ///< khóa of the issuing body ("XII"), empty when not written
  Relation relation = Relation::kMentions;  ///< strongest over all mentions
  std::vector<Mention> mentions;    ///< every mention, in text order
};

/// A relation the text states between two OTHER documents, or (when `from`
/// is empty) from this document to one that has no number of its own.
struct Edge {
  std::string from;  ///< reference id
  std::string to;    ///< reference id
  Relation relation = Relation::kMentions;
  size_t line = 0;
  std::string quote; ///< the original text from `from` to `to`
};

/// A later short mention ("Chỉ thị", "Kế hoạch này") and what it resolved to.
struct BackReference {
  Mention mention;
  std::string resolved_to;  ///< reference id, "self", or empty when unresolved
};

/// A quantified goal ("đến năm 2030, trên 95% dân số tham gia BHYT").
struct Target {
  std::string indicator;   ///< the noun phrase the value is about
  std::string comparator;  ///< ">", ">=", "=", "<", "<=", "range"
  double value = 0;        ///< the value (lower bound for ranges)
  std::optional<double> value_max;  ///< upper bound of a range
  std::string unit;        ///< "%", "bác sĩ", "giường", "tỷ đồng"...
  std::optional<int> year; ///< deadline year
  std::string period;      ///< "2026-2030", "2024-Q4", "" when none
  std::string scope;       ///< base or scope: "dân số", "so với năm 2020"
  std::string quote;       ///< the original sentence part
  size_t line = 0;
  size_t column = 0;
  size_t offset = 0;
};

/// A document-level problem: not a failure, a note attached to the document.
struct Diagnostic {
  std::string severity;  ///< "error", "warning", "info"
  std::string code;      ///< stable, e.g. "blank_number", "non_canonical_number"
  std::string message;   ///< plain words
  size_t line = 0;
  size_t column = 0;
  size_t offset = 0;
};

/// Where the document came from.
struct Source {
  std::string path;      ///< as given; "-" for stdin
  size_t bytes = 0;
  std::string encoding;  ///< "utf-8", "utf-8-bom", "utf-16le", ...
};

/// The document's own identity.
struct Identity {
  std::optional<DocNumber> number;
  std::optional<DocType> type;
  std::optional<DocDate> date;
  std::string place;
  std::optional<Issuer> issuer;
  std::string title;
  std::vector<Signer> signers;
  std::vector<std::string> addressees;  ///< "Kính gửi:" list (công văn)
  std::vector<std::string> recipients;  ///< "Nơi nhận:" list, without the "Lưu" line
  std::optional<Mention> number_at;     ///< where the own number was read
  std::optional<Mention> date_at;       ///< where the own date was read
  /// Where the document's own text starts when a web page's lead and note
  /// precede it ("Ngày 28/5, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số
  /// 49-NQ/TU ... Nội dung như sau:"); unset when the text is the document's
  /// from its start. What the lead cites, the page cites: only mentioned.
  std::optional<Mention> text_at;
  /// The text reports on documents (a news item on a web page): it has no
  /// number, date, type title or signature of its own, and it tells that a
  /// body issued a cited document ("UBND tỉnh đã ban hành Kế hoạch số ...").
  /// Its references are then only mentioned: what they carry out is told as
  /// edges between them.
  bool report = false;
};

/// Everything Extract() found in one input.
struct Document {
  Source source;
  Identity self;
  std::vector<Reference> references;  ///< sorted by first mention
  std::vector<Edge> edges;            ///< in text order
  std::vector<BackReference> back_references;
  std::vector<Target> targets;        ///< in text order
  std::vector<Diagnostic> diagnostics;
};

}  // namespace vbtool
