// Extract(): the chain of stages, the way eyecite's get_citations chains
// clean → tokenize → extract → resolve.
#include "vbtool/extract.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "stages.h"

namespace vbtool {

Document ExtractNormalized(const NormalizedText& text, const RuleSet& rules, const ExtractOptions& options) {
  const internal::RuleData& data = rules.data();
  Document doc;
  const DecodedText& d = text.decoded();
  doc.source = {d.path, d.original.size(), d.encoding};
  if (d.replaced)
    doc.diagnostics.push_back(
        {"warning", "replaced_bytes", "invalid bytes were replaced with U+FFFD (--lossy)", 0, 0, 0});
  if (!d.legacy_lines.empty()) {
    // Where the first such line starts in the original input.
    size_t at = d.legacy_lines.front();
    size_t line = 1 + std::count(d.original.begin(), d.original.begin() + at, '\n');
    doc.diagnostics.push_back(
        {"info", "legacy_text",
         fmt::format("{} line(s) of TCVN3 text that a Latin-1 reading had garbled were read as TCVN3, the first at "
                     "line {}",
                     d.legacy_lines.size(), line),
         line, 1, at});
  }
  if (text.scrambled_marks())
    doc.diagnostics.push_back({"warning", "scrambled_marks",
                               "the tone marks look scrambled (many words carry two): read without marks, known "
                               "words restored",
                               0, 0, 0});
  internal::ExtractIdentity(text, data, &doc);
  size_t text_end = internal::ExtractReferences(text, data, &doc);
  internal::ResolveSelf(&doc, data);
  if (options.targets) internal::ExtractTargets(text, data, &doc, text_end);
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.offset < b.offset; });
  return doc;
}

Result<Document> Extract(std::string bytes, const std::string& path, const RuleSet& rules,
                         const ExtractOptions& options) {
  Result<DecodedText> decoded = Decode(std::move(bytes), path, options.decode);
  if (!decoded.ok()) return decoded.status().WithFile(path);
  NormalizedText text = Normalize(*decoded, rules);
  return ExtractNormalized(text, rules, options);
}

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, std::string("cannot read: ") + std::strerror(errno));
  // Read errors (EIO...) surface as exceptions from the stream buffer, not as
  // badbit: catch them so one unreadable file never aborts a batch.
  std::string bytes;
  try {
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::exception&) {
    return Status::IoError(path, std::string("read error: ") + std::strerror(errno));
  }
  if (in.bad()) return Status::IoError(path, std::string("read error: ") + std::strerror(errno));
  return bytes;
}

}  // namespace vbtool
