// Progress: the "files done/total, MB/s, ETA" line on a terminal.
#include "vbtool/progress.h"

#include <fmt/format.h>

namespace vbtool {

Progress::Progress(std::ostream& out, bool enabled, size_t total_files, uint64_t total_bytes)
    : out_(out),
      enabled_(enabled && total_files > 0),
      total_files_(total_files),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { Finish(); }

std::string Progress::Format(size_t done, size_t total, uint64_t bytes, uint64_t total_bytes, double seconds) {
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::string eta = "ETA --:--";
  if (done >= total) {
    eta = fmt::format("{}:{:02}", static_cast<long>(seconds) / 60, static_cast<long>(seconds) % 60);
    eta = "done in " + eta;
  } else if (rate > 0 && bytes > 0) {
    double left = static_cast<double>(total_bytes > bytes ? total_bytes - bytes : 0) / 1e6 / rate;
    long s = static_cast<long>(left + 0.5);
    eta = s >= 3600 ? fmt::format("ETA {}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                    : fmt::format("ETA {}:{:02}", s / 60, s % 60);
  }
  return fmt::format("vbtool: {}/{} files, {:.1f} MB/s, {}", done, total, rate, eta);
}

void Progress::Advance(uint64_t bytes) {
  if (!enabled_) return;
  ++done_files_;
  done_bytes_ += bytes;
  auto now = std::chrono::steady_clock::now();
  if (!drawn_ || done_files_ >= total_files_ || now - last_draw_ >= std::chrono::milliseconds(100)) {
    last_draw_ = now;
    Draw();
  }
}

void Progress::Draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  out_ << "\r" << Format(done_files_, total_files_, done_bytes_, total_bytes_, seconds) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void Progress::Clear() {
  if (enabled_ && drawn_) out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

void Progress::Finish() {
  if (enabled_ && drawn_) out_ << "\r\x1b[K" << std::flush;
  enabled_ = false;
}

}  // namespace vbtool
