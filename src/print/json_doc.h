// Document <-> JSON (schema version 1, docs/output-format.md). Used by the
// json and jsonl sinks and by readers of JSON Lines (graph --from-jsonl).
#pragma once

#include <nlohmann/json.hpp>

#include "vbtool/document.h"
#include "vbtool/sink.h"
#include "vbtool/status.h"

namespace vbtool::print {

using Json = nlohmann::ordered_json;

/// The full extract record of one document: {"schema":1,"type":"document",...}.
Json DocumentToJson(const Document& doc);
/// The record of a file that could not be processed: {"type":"error",...}.
Json ErrorToJson(const FileError& err);
/// Reads back a "document" record written by DocumentToJson.
Result<Document> DocumentFromJson(const nlohmann::json& j);
/// One target as a JSON object (the same fields in extract and targets).
Json TargetToJson(const Target& t);

/// Serializes `j` (indent -1: one line). Invalid UTF-8 in a string becomes
/// U+FFFD instead of an exception: a bad byte never stops a batch.
template <class J>
std::string Dump(const J& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vbtool::print
