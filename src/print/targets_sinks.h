// The printers of `vbtool targets`: one row per target, with the document it
// comes from. Formats: table (aligned, for a terminal), csv (RFC 4180, UTF-8),
// json (one array), jsonl (one row per line), markdown (a GitHub table).
// Rows come in the order documents are written, then text order.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/sink.h"
#include "vbtool/status.h"

namespace vbtool::print {

struct TargetSinkOptions {
  bool csv_bom = true;  ///< start CSV with a UTF-8 BOM so spreadsheets read it as UTF-8. Default: true
};

/// The formats MakeTargetSink knows, default first.
const std::vector<std::string>& TargetFormats();

/// The document column: its own number ("153/KH-UBND"), else the file name.
std::string TargetDocumentId(const Document& doc);

/// A sink that prints doc.targets of every document it is given.
Result<std::unique_ptr<Sink>> MakeTargetSink(const std::string& format, std::ostream& out,
                                             const TargetSinkOptions& options = {});

}  // namespace vbtool::print
