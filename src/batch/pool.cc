// ForEachDocument(): read + extract on worker threads, results in order.
#include <fmt/format.h>

#include <filesystem>
#include <new>
#include <stdexcept>
#include <thread>

#include "vbtool/batch.h"

namespace vbtool {

void ForEachDocument(const std::vector<std::string>& files, const RuleSet& rules, const BatchOptions& options,
                     const std::function<void(const std::string& path, Result<Document>&& doc)>& emit) {
  ForEachDocument(files, rules, options, Renderer(),
                  [&](const std::string& path, Result<Document>&& doc, std::string&&) { emit(path, std::move(doc)); });
}

void ForEachDocument(
    const std::vector<std::string>& files, const RuleSet& rules, const BatchOptions& options, const Renderer& render,
    const std::function<void(const std::string& path, Result<Document>&& doc, std::string&& text)>& emit) {
  using Item = std::pair<Result<Document>, std::string>;
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Standard input can only be read once, from one thread: keep it in order.
  std::function<Result<Document>(size_t)> work = [&](size_t i) -> Result<Document> {
    const std::string& path = files[i];
    if (path != "-") {
      std::error_code ec;
      auto size = std::filesystem::file_size(path, ec);
      if (!ec && size > options.max_file_size)
        return Status::TooLarge(path,
                                fmt::format("file is {} bytes, over --max-file-size {}", size, options.max_file_size));
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
  std::function<Item(size_t)> work_and_render = [&](size_t i) -> Item {
    Result<Document> doc = work(i);
    std::string text;
    if (render && doc.ok()) {
      try {
        text = render(*doc);
      } catch (const std::exception& e) {  // printing one file must not end the batch either
        doc = Status::IoError(files[i], std::string("internal error while printing the file: ") + e.what());
      }
    }
    return Item(std::move(doc), std::move(text));
  };
  std::function<void(size_t, Item &&)> out = [&](size_t i, Item&& item) {
    emit(files[i], std::move(item.first), std::move(item.second));
  };
  RunOrdered<Item>(files.size(), jobs, work_and_render, out);
}

}  // namespace vbtool
