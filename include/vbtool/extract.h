// vbtool/extract.h — one document in, its Document out.
//
// Extract() chains the stages: Decode → Normalize → identity (header,
// signature, recipients) → references (numbers, dates, issuers, relations,
// edges, back-references) → targets. It is a pure function of the bytes,
// the rules and the options: the same input always gives the same Document,
// which is what lets an archive be extracted in shards and merged later.
//
//   auto rules = RuleSet::Load({}).value();
//   Result<Document> doc = Extract(ReadFile("plan.txt"), "plan.txt", *rules, {});
//
// Thread safety: Extract() may run concurrently with one shared RuleSet.
#pragma once

#include <string>

#include "vbtool/document.h"
#include "vbtool/rules.h"
#include "vbtool/status.h"
#include "vbtool/text.h"

namespace vbtool {

/// Options for Extract().
struct ExtractOptions {
  DecodeOptions decode;          ///< Default: strict UTF-8 / UTF-16 detection
  bool targets = true;           ///< extract quantified targets. Default: true
};

/// Extracts one document. Fails only when the bytes cannot be read as text
/// (binary, bad encoding); everything else becomes a Diagnostic.
Result<Document> Extract(std::string bytes, const std::string& path, const RuleSet& rules,
                         const ExtractOptions& options);

/// The stage after Normalize(): everything but decoding. Exposed for tests.
Document ExtractNormalized(const NormalizedText& text, const RuleSet& rules,
                           const ExtractOptions& options);

/// Reads a whole file ("-" = standard input).
Result<std::string> ReadInput(const std::string& path);

}  // namespace vbtool
