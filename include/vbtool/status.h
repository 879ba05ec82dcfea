// vbtool/status.h — one error type for the whole library.
//
// Every stage returns a Status (or a Result<T> holding a value or a Status);
// no exception crosses a stage boundary. Messages read like a compiler's:
//
//   vbtool: error: plan.txt:12:5: invalid UTF-8 byte 0xC3 at offset 311
//
//   Result<Document> doc = Extract(bytes, rules, options);
//   if (!doc.ok()) { std::cerr << doc.status().ToString() << "\n"; return 2; }
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace vbtool {

/// A place in an input file. line and column are 1-based; column counts
/// Unicode code points; offset is a 0-based byte offset in the ORIGINAL bytes.
struct Location {
  std::string file;    ///< path as given by the user; "-" for stdin; may be empty
  size_t line = 0;     ///< 0 = unknown
  size_t column = 0;   ///< 0 = unknown
  size_t offset = 0;   ///< byte offset in the original input
};

/// Outcome of an operation: ok, or a code with a message and an optional place.
class Status {
 public:
  enum class Code {
    kOk = 0,
    kIoError,          ///< a file could not be read or written
    kBinary,           ///< input holds NUL bytes: not a text document
    kBadEncoding,      ///< input bytes are not valid in the detected encoding
    kRuleError,        ///< a YAML rule file is malformed
    kInvalidArgument,  ///< the caller asked for something impossible
    kTooLarge,         ///< input exceeds a configured size limit
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status IoError(std::string path, std::string why) {
    return Status(Code::kIoError, std::move(why), Location{std::move(path)});
  }
  static Status Binary(std::string path, std::string why) {
    return Status(Code::kBinary, std::move(why), Location{std::move(path)});
  }
  static Status BadEncoding(Location where, std::string why) {
    return Status(Code::kBadEncoding, std::move(why), std::move(where));
  }
  static Status RuleError(Location where, std::string why) {
    return Status(Code::kRuleError, std::move(why), std::move(where));
  }
  static Status InvalidArgument(std::string why) {
    return Status(Code::kInvalidArgument, std::move(why), Location{});
  }
  static Status TooLarge(std::string path, std::string why) {
    return Status(Code::kTooLarge, std::move(why), Location{std::move(path)});
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  /// Stable lower-case name of the code, e.g. "bad_encoding".
  const char* CodeName() const;

  /// "file:line:col: message" (parts that are unknown are left out).
  std::string ToString() const;

  /// Returns a copy whose message is prefixed with `context: `.
  Status WithContext(const std::string& context) const;

  /// Returns a copy whose location names `file` when it had none.
  Status WithFile(const std::string& file) const;

 private:
  Status(Code code, std::string message, Location where)
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}
  Code code_ = Code::kOk;
  std::string message_;
  Location where_;
};

/// A value of type T, or the Status saying why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  /// REQUIRES: !ok()
  const Status& status() const { return std::get<Status>(v_); }
  /// REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace vbtool
