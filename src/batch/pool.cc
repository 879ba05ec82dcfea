// ForEachDocument(): read + extract on worker threads, results in order.
#include <filesystem>
#include <fmt/format.h>
#include <new>
#include <stdexcept>
#include <thread>

#include "vbtool/batch.h"

namespace vbtool {

void ForEachDocument(const std::vector<std::string>& files, const RuleSet& rules, const BatchOptions& options,
                     const std::function<void(const std::string& path, Result<Document>&& doc)>& emit) {
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Standard input can only be read once, from one thread: keep it in order.
  std::function<Result<Document>(size_t)> work = [&](size_t i) -> Result<Document> {
    const std::string& path = files[i];
    if (path != "-") {
      std::error_code ec;
      auto size = std::filesystem::file_size(path, ec);
      if (!ec && size > options.max_file_size)
        return Status::TooLarge(path, fmt::format("file is {} bytes, over --max-file-size {}", size, options.max_file_size));
    }
    // Whatever goes wrong with one file is that file's error, never the batch's.
    try {
      Result<std::string> bytes = ReadInput(path);
      if (!bytes.ok()) return bytes.status();
      return Extract(std::move(bytes).value(), path, rules, options.extract);
    } catch (const std::bad_alloc&) {
      return Status::TooLarge(path, "out of memory while processing the file");
    } catch (const std::exception& e) {
      return Status::IoError(path, std::string("internal error while processing the file: ") + e.what());
    }
  };
  std::function<void(size_t, Result<Document>&&)> out = [&](size_t i, Result<Document>&& doc) {
    emit(files[i], std::move(doc));
  };
  RunOrdered<Result<Document>>(files.size(), jobs, work, out);
}

}  // namespace vbtool
