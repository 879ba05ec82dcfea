#include "vbtool/status.h"

#include <fmt/format.h>

namespace vbtool {

const char* Status::CodeName() const {
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kIoError: return "io_error";
    case Code::kBinary: return "binary";
    case Code::kBadEncoding: return "bad_encoding";
    case Code::kRuleError: return "rule_error";
    case Code::kInvalidArgument: return "invalid_argument";
    case Code::kTooLarge: return "too_large";
  }
  return "unknown";
}

std::string Status::ToString() const {
  std::string out;
  if (!where_.file.empty()) {
    out += where_.file;
    if (where_.line > 0) {
      out += fmt::format(":{}", where_.line);
      if (where_.column > 0) out += fmt::format(":{}", where_.column);
    }
    out += ": ";
  }
  out += message_;
  return out;
}

Status Status::WithContext(const std::string& context) const {
  Status s = *this;
  s.message_ = context + ": " + message_;
  return s;
}

Status Status::WithFile(const std::string& file) const {
  Status s = *this;
  if (s.where_.file.empty()) s.where_.file = file;
  return s;
}

}  // namespace vbtool
