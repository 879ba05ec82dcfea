// vbtool/sink.h — printers, separate from extraction.
//
// A Sink receives documents one by one and writes one output format to the
// std::ostream it was given (never to std::cout directly), so tests capture
// output and the batch driver can buffer each document's output.
//
//   auto sink = MakeSink("json", std::cout).value();
//   sink->Begin();
//   sink->Write(doc);
//   sink->Finish();
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/status.h"

namespace vbtool {

/// The JSON schema version of extract's output (docs/output-format.md).
inline constexpr int kSchemaVersion = 1;

/// A per-file failure in a batch, reported in the output stream.
struct FileError {
  std::string path;
  std::string code;     ///< Status::CodeName(): "io_error", "binary", "bad_encoding", "too_large"
  std::string message;
};

class Sink {
 public:
  virtual ~Sink() = default;
  /// Called once before the first document.
  virtual void Begin() {}
  /// Called once per document, in output order.
  virtual void Write(const Document& doc) = 0;
  /// Called for a file that could not be processed. Default: nothing.
  virtual void WriteError(const FileError&) {}
  /// Called once after the last document.
  virtual void Finish() {}
  /// For sinks whose output is one independent text per document: the
  /// function that makes it, so a batch can run it on its worker threads.
  /// Empty (the default) when the sink needs the documents themselves.
  virtual std::function<std::string(const Document&)> Renderer() const { return {}; }
  /// Writes a document's text made by Renderer(), in output order.
  virtual void WriteRendered(const std::string& text) { (void)text; }
};

/// Formats for `extract`: "json" (one object per document; an array when
/// there are several), "jsonl" (one object per line), "text" (for a person).
Result<std::unique_ptr<Sink>> MakeExtractSink(const std::string& format, std::ostream& out);

}  // namespace vbtool
