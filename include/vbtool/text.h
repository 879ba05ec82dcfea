// vbtool/text.h — the first stages: bytes → DecodedText → NormalizedText.
//
// Decode() turns raw bytes (UTF-8 with or without BOM, UTF-16 with BOM, or a
// legacy encoding named by the caller) into UTF-8. Normalize() applies ICU NFC
// and the fold table of the rules (Ð→Đ, dash look-alikes, NBSP, zero-width
// characters, old/new tone placement "uỷ"→"ủy"), keeping an exact map from
// every normalized byte back to the ORIGINAL input, so that any span found in
// the normalized text reports its original line, column and byte offset.
//
//   DecodedText d = Decode(bytes, "plan.txt", {}).value();
//   NormalizedText n = Normalize(d, rules);
//   Mention m = n.Locate(begin, end);   // original line/column/offset + text
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/status.h"

namespace vbtool {

class RuleSet;

/// Options for Decode(). Default: strict UTF-8/UTF-16 detection.
struct DecodeOptions {
  bool lossy = false;        ///< replace invalid bytes with U+FFFD instead of failing. Default: false
  std::string encoding;      ///< force an encoding ("windows-1258", "tcvn3", "vni"); empty = detect
};

/// Input decoded to UTF-8, with a map back to the original bytes.
struct DecodedText {
  std::string path;          ///< as given, for messages
  std::string original;      ///< the input bytes, untouched
  std::string utf8;          ///< decoded text (no BOM)
  std::string encoding;      ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be", or the forced one
  /// to_original[i] = original byte offset of utf8 byte i (size utf8.size()+1).
  /// Empty when utf8 is the original minus a prefix of `shift` bytes.
  std::vector<uint32_t> to_original;
  size_t shift = 0;
  bool replaced = false;     ///< true when --lossy replaced invalid bytes
  /// Original byte offsets of the lines re-read as TCVN3: legacy text that a
  /// Latin-1 reading had turned into other letters before it was saved as UTF-8.
  std::vector<size_t> legacy_lines;

  size_t OriginalOffset(size_t utf8_offset) const {
    return to_original.empty() ? utf8_offset + shift : to_original[utf8_offset];
  }
};

/// Decodes `bytes`. Fails with kBinary on NUL bytes (unless UTF-16), with
/// kBadEncoding (naming the byte offset, line and column) on invalid UTF-8
/// unless options.lossy.
Result<DecodedText> Decode(std::string bytes, const std::string& path, const DecodeOptions& options);

/// The text that rules match against, and its map to the original input.
/// Not thread-safe (Locate() caches): one NormalizedText per thread.
class NormalizedText {
 public:
  NormalizedText() = default;
  const std::string& text() const { return text_; }
  const DecodedText& decoded() const { return *decoded_; }

  /// Byte offset in decoded().utf8 for normalized byte offset `pos`.
  size_t DecodedOffset(size_t pos) const { return to_decoded_[pos]; }
  /// Byte offset in the original input for normalized byte offset `pos`.
  size_t OriginalOffset(size_t pos) const { return decoded_->OriginalOffset(to_decoded_[pos]); }
  /// Original line, column, offset, length and text of normalized [begin, end).
  Mention Locate(size_t begin, size_t end) const;
  /// 1-based line of normalized offset `pos`.
  size_t LineOf(size_t pos) const;
  /// The original text of normalized [begin, end), white space folded to one space.
  std::string OriginalText(size_t begin, size_t end) const;
  /// OriginalText(), but where words written without marks got them back
  /// (rules/folds.yaml `accents`) the restored words: for names ("Bo Chinh
  /// tri" -> "Bộ Chính trị"), not for mentions (which quote the input).
  std::string Phrase(size_t begin, size_t end) const;
  /// Whether the input's tone marks looked scrambled (a web page's guard
  /// against copying: many words with two): then the text is read with every
  /// mark dropped and the known words restored (rules/folds.yaml `accents`).
  bool scrambled_marks() const { return scrambled_marks_; }

 private:
  friend NormalizedText Normalize(const DecodedText&, const RuleSet&);
  std::string text_;
  std::vector<uint32_t> to_decoded_;       ///< size text_.size()+1
  std::vector<uint32_t> line_starts_;      ///< decoded offsets where lines start
  std::vector<std::pair<uint32_t, uint32_t>> restored_;  ///< normalized spans of restored words, in order
  const DecodedText* decoded_ = nullptr;   ///< not owned; must outlive this
  bool scrambled_marks_ = false;
  // Column cache for Locate(): mentions come in text order, so counting goes
  // on from the last one on the same line (no rescans of long lines).
  mutable size_t cache_line_ = 0, cache_pos_ = 0, cache_col_ = 1;
};

/// NFC + folds. REQUIRES: `decoded` outlives the result.
NormalizedText Normalize(const DecodedText& decoded, const RuleSet& rules);

/// NFC + folds of a short string (rule patterns, examples): the text only.
std::string NormalizeString(std::string_view s, const RuleSet& rules);

/// Folds white space runs to one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace vbtool
