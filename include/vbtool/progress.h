// vbtool/progress.h — a progress line for long batches, on a terminal only.
//
//   Progress p(std::cerr, isatty(2) && !quiet, files.size(), total_bytes);
//   for (...) p.Advance(bytes_of_this_file);
//   p.Finish();   // erases the line
//
// The line reads "vbtool: 120/4512 files, 35.2 MB/s, ETA 0:42". It is
// redrawn in place ("\r" + erase to end of line) at most ten times a second,
// and always for the first and the last file. When disabled, nothing at all is
// written, so output captured by a pipe or a CI log stays clean.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace vbtool {

class Progress {
 public:
  Progress(std::ostream& out, bool enabled, size_t total_files, uint64_t total_bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// One more file done (read or failed), `bytes` long.
  void Advance(uint64_t bytes);
  /// Erases the line for a message; the next Advance() draws it again.
  void Clear();
  /// Erases the line for good. Called by the destructor when not called before.
  void Finish();

  /// The text of the line (without "\r"), for `done` of `total` files and
  /// `bytes` of `total_bytes` after `seconds`. ETA from the byte rate;
  /// "ETA --:--" while the rate is unknown.
  static std::string Format(size_t done, size_t total, uint64_t bytes, uint64_t total_bytes, double seconds);

 private:
  void Draw();
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  size_t total_files_, done_files_ = 0;
  uint64_t total_bytes_, done_bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace vbtool
