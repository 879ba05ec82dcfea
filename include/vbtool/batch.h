// vbtool/batch.h — many documents: collect inputs, process them in
// parallel, deliver the results in input (path) order.
//
//   InputSet in = CollectInputs({"archive/"}, {}).value();
//   ForEachDocument(in.files, *rules, {}, /*jobs=*/2,
//                   [&](const std::string& path, Result<Document> doc) { ... });
//
// Results arrive on the calling thread, in the order of `files`, whatever the
// number of jobs: output is deterministic. At most a small window of results
// is held in memory, so memory stays flat as the archive grows.
#pragma once

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/extract.h"
#include "vbtool/rules.h"
#include "vbtool/sink.h"
#include "vbtool/status.h"

namespace vbtool {

/// How inputs are collected. Defaults: recursive, hidden files skipped.
struct InputOptions {
  std::vector<std::string> include;  ///< globs a file must match (any); empty = "*.txt" in folders
  std::vector<std::string> exclude;  ///< globs that drop a file or folder (relative to the folder given)
  bool hidden = false;               ///< also walk hidden files and folders. Default: false
  bool follow_symlinks = true;       ///< follow symbolic links (loops are detected). Default: true
};

/// The files to process, sorted, and problems met while walking.
struct InputSet {
  std::vector<std::string> files;
  std::vector<FileError> errors;  ///< unreadable folders, symlink loops, missing paths
};

/// Expands files and folders (recursively) into a sorted, de-duplicated list.
/// A file named directly is always taken; "-" stands for standard input.
InputSet CollectInputs(const std::vector<std::string>& paths, const InputOptions& options);

/// Reads a list of paths separated by NUL (when `nul`) or newlines; "-" = stdin.
Result<std::vector<std::string>> ReadFileList(const std::string& list_path, bool nul);

/// True when `path` matches the glob (`*` within a name, `**` across folders, `?`).
bool GlobMatch(const std::string& glob, const std::string& path);

/// Runs work(i) for i in [0, n) on `jobs` threads and calls emit(i, result)
/// on the calling thread in increasing i. Holds at most 4*jobs results.
template <typename T>
void RunOrdered(size_t n, int jobs, const std::function<T(size_t)>& work,
                const std::function<void(size_t, T&&)>& emit) {
  if (jobs < 1) jobs = 1;
  if (jobs == 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  std::mutex mu;
  std::condition_variable cv;
  std::map<size_t, T> done;
  size_t next = 0, emitted = 0;
  const size_t window = static_cast<size_t>(jobs) * 4;
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next >= n || next < emitted + window; });
        if (next >= n) return;
        i = next++;
      }
      T result = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(i, std::move(result));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (emitted < n) {
    std::optional<T> item;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return done.count(emitted) > 0; });
      item.emplace(std::move(done.at(emitted)));
      done.erase(emitted);
    }
    emit(emitted, std::move(*item));
    {
      std::lock_guard<std::mutex> lock(mu);
      ++emitted;
    }
    cv.notify_all();
  }
  for (auto& t : threads) t.join();
}

/// Options for ForEachDocument.
struct BatchOptions {
  ExtractOptions extract;
  size_t max_file_size = 64u << 20;  ///< bigger files are reported, not read. Default: 64 MiB
  int jobs = 0;                       ///< 0 = all cores
};

/// Reads and extracts each file; calls `emit` in file order on this thread.
void ForEachDocument(const std::vector<std::string>& files, const RuleSet& rules, const BatchOptions& options,
                     const std::function<void(const std::string& path, Result<Document>&& doc)>& emit);

/// Turns a document into its output text; runs on the worker threads, so a
/// printer's work is parallel too. Must be thread-safe.
using Renderer = std::function<std::string(const Document&)>;

/// Like ForEachDocument, and each document is also rendered by `render` on
/// its worker; `emit` receives the text (empty for a failed file).
void ForEachDocument(const std::vector<std::string>& files, const RuleSet& rules, const BatchOptions& options,
                     const Renderer& render,
                     const std::function<void(const std::string& path, Result<Document>&& doc, std::string&& text)>& emit);

}  // namespace vbtool
