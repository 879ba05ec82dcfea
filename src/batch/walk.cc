// CollectInputs(): files and folders → a sorted list of documents to read.
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "vbtool/batch.h"

namespace vbtool {

namespace fs = std::filesystem;

bool GlobMatch(const std::string& glob, const std::string& path) {
  // "**/" may match nothing: try the glob with and without it.
  if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
  size_t at = glob.find("**/");
  if (at != std::string::npos) {
    std::string shorter = glob.substr(0, at) + glob.substr(at + 3);
    if (GlobMatch(shorter, path)) return true;
  }
  if (glob.find('/') == std::string::npos) {
    // A glob without a slash matches the base name ("*.txt").
    std::string base = fs::path(path).filename().string();
    return fnmatch(glob.c_str(), base.c_str(), 0) == 0;
  }
  return false;
}

namespace {

// "./a/b.txt" -> "a/b.txt": paths under "." print as CI tools expect them.
std::string Shown(const fs::path& p) {
  std::string s = p.generic_string();
  while (s.size() > 2 && s.compare(0, 2, "./") == 0) s.erase(0, 2);
  return s;
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool Excluded(const InputOptions& o, const std::string& rel) {
  for (const auto& g : o.exclude)
    if (GlobMatch(g, rel) || GlobMatch(g + "/**", rel)) return true;
  return false;
}

bool Included(const InputOptions& o, const std::string& rel) {
  if (o.include.empty()) return GlobMatch("*.txt", rel);
  for (const auto& g : o.include)
    if (GlobMatch(g, rel)) return true;
  return false;
}

void Walk(const fs::path& root, const fs::path& dir, const InputOptions& o, std::set<fs::path>& active,
          InputSet& out) {
  std::error_code ec;
  fs::path real = fs::canonical(dir, ec);
  if (ec) {
    out.errors.push_back({dir.string(), "io_error", fmt::format("cannot resolve folder: {}", ec.message())});
    return;
  }
  if (!active.insert(real).second) {
    out.errors.push_back({Shown(dir), "symlink_loop", "symbolic link loop: leads back to a folder being walked"});
    return;
  }
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    out.errors.push_back({dir.string(), "io_error", fmt::format("cannot read folder: {}", ec.message())});
    active.erase(real);
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) {
    out.errors.push_back({Shown(dir), "io_error", fmt::format("cannot read folder: {}", ec.message())});
    ec.clear();
  }
  std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return a.path() < b.path(); });
  for (const auto& e : entries) {
    const fs::path& p = e.path();
    if (!o.hidden && Hidden(p)) continue;
    // Lexically: fs::relative() would resolve symbolic links and lose the name.
    std::string rel = p.lexically_relative(root).generic_string();
    if (rel.empty()) rel = p.generic_string();
    if (Excluded(o, rel)) continue;
    bool link = e.is_symlink(ec);
    if (link && !o.follow_symlinks) continue;
    fs::file_status st = e.status(ec);  // follows links
    if (fs::is_directory(st)) {
      Walk(root, p, o, active, out);
    } else if (!Included(o, rel)) {
      continue;
    } else if (fs::is_regular_file(st)) {
      out.files.push_back(Shown(p));
    } else if (link && !fs::exists(st)) {
      out.errors.push_back({Shown(p), "io_error", "cannot read: broken symbolic link"});
    } else {
      // A FIFO, socket or device named like a document: reading it could block forever.
      out.errors.push_back({Shown(p), "io_error", "not a regular file (FIFO, socket or device), skipped"});
    }
  }
  active.erase(real);
}

}  // namespace

InputSet CollectInputs(const std::vector<std::string>& paths, const InputOptions& options) {
  InputSet out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {
      out.files.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::set<fs::path> active;
      Walk(fs::path(p), fs::path(p), options, active, out);
    } else if (fs::exists(p, ec)) {
      out.files.push_back(p);
    } else {
      out.errors.push_back({p, "io_error", "no such file or folder"});
    }
  }
  // Sorted by path, duplicates removed (stdin stays where it was given).
  std::stable_sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

Result<std::vector<std::string>> ReadFileList(const std::string& list_path, bool nul) {
  std::string data;
  if (list_path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    data = ss.str();
  } else {
    std::ifstream in(list_path, std::ios::binary);
    if (!in) return Status::IoError(list_path, "cannot read the list of files");
    std::ostringstream ss;
    ss << in.rdbuf();
    data = ss.str();
  }
  std::vector<std::string> out;
  char sep = nul ? '\0' : '\n';
  size_t b = 0;
  for (size_t i = 0; i <= data.size(); ++i) {
    if (i == data.size() || data[i] == sep) {
      std::string item = data.substr(b, i - b);
      if (!nul && !item.empty() && item.back() == '\r') item.pop_back();
      if (!item.empty()) out.push_back(item);
      b = i + 1;
    }
  }
  return out;
}

}  // namespace vbtool
