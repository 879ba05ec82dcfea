// vbtool_bench: throughput of Extract() on one core over a synthetic archive.
//
// The archive is built in memory from the documents in samples/: each copy
// changes the digits of numbers and dates (serials, days, months, years) and
// drops or repeats a few lines, so no two documents are the same and the
// rules see varied numbers. Extract() then runs on every document, on this
// thread only, and the program prints MB/s (10^6 bytes of input per second).
//
//   vbtool_bench [--mb 100] [--samples samples] [--repeat 1] [--warmup]
//
// --warmup runs one untimed pass first (RE2 builds its DFA states lazily), so
// that a profiler can count one warm pass alone:
//   valgrind --tool=callgrind --toggle-collect='*TimedPass*' vbtool_bench --mb 3 --warmup
//   vbtool_bench --write DIR --mb 1000      # write the archive as DIR/NNNNN.txt, no timing
//
// bench/run.sh builds in Release, runs this, and measures `vbtool extract`
// (wall time and peak memory) over archives written with --write.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "stages.h"
#include "vbtool/extract.h"
#include "vbtool/rules.h"

namespace fs = std::filesystem;

namespace {

// A small deterministic generator (splitmix64): the same archive every run.
struct Rng {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
};

// Copy `k` of a sample: digit runs changed (years stay plausible, 1-2 digit
// fields stay valid days and months, serials change), a few lines dropped or
// repeated (never the first ten: the header keeps its shape).
std::string Variant(const std::string& src, Rng& rng) {
  std::string out;
  out.reserve(src.size() + src.size() / 8);
  int year_shift = static_cast<int>(rng.Below(9)) - 4;
  size_t line = 0;
  size_t i = 0;
  while (i < src.size()) {
    size_t e = src.find('\n', i);
    e = e == std::string::npos ? src.size() : e + 1;
    std::string_view l(src.data() + i, e - i);
    ++line;
    i = e;
    uint64_t dice = rng.Below(100);
    if (line > 10 && dice < 5) continue;  // drop
    int copies = (line > 10 && dice >= 97) ? 2 : 1;
    for (int c = 0; c < copies; ++c) {
      for (size_t j = 0; j < l.size();) {
        if (!isdigit(static_cast<unsigned char>(l[j]))) {
          out += l[j++];
          continue;
        }
        size_t b = j;
        while (j < l.size() && isdigit(static_cast<unsigned char>(l[j]))) ++j;
        std::string run(l.substr(b, j - b));
        long v = std::stol(run.substr(0, 9));
        std::string repl;
        if (run.size() == 4 && v >= 1990 && v <= 2035) {
          repl = std::to_string(v + year_shift);
        } else if (run.size() <= 2) {
          long nv = static_cast<long>(rng.Below(12)) + 1;  // a valid day and month
          repl = run.size() == 2 ? fmt::format("{:02}", nv) : std::to_string(nv);
        } else {
          long mod = 1;
          for (size_t k = 0; k < std::min<size_t>(run.size(), 9); ++k) mod *= 10;
          repl = std::to_string(static_cast<long>(rng.Below(static_cast<uint64_t>(mod - mod / 10))) + mod / 10);
          if (run.size() > 9) repl += run.substr(9);
        }
        out += repl;
      }
    }
  }
  return out;
}

std::vector<std::string> ReadSamples(const std::string& dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

int Usage() {
  std::cerr << "usage: vbtool_bench [--mb N] [--samples DIR] [--repeat N] [--warmup] [--write DIR]\n";
  return 2;
}

}  // namespace

struct PassCounts {
  size_t refs = 0, edges = 0, failed = 0;
};

// One Extract() over every document. Not inlined, and called under two names,
// so that a profiler can tell the warm-up pass from the timed ones.
[[gnu::noinline]] PassCounts RunPass(const std::vector<std::string>& docs, const vbtool::RuleSet& rules) {
  PassCounts n;
  for (const auto& d : docs) {
    auto doc = vbtool::Extract(d, "bench.txt", rules, {});
    if (!doc.ok()) {
      ++n.failed;
      continue;
    }
    n.refs += doc->references.size();
    n.edges += doc->edges.size();
  }
  return n;
}
[[gnu::noinline]] PassCounts WarmPass(const std::vector<std::string>& docs, const vbtool::RuleSet& rules) {
  return RunPass(docs, rules);
}
[[gnu::noinline]] PassCounts TimedPass(const std::vector<std::string>& docs, const vbtool::RuleSet& rules) {
  return RunPass(docs, rules);
}

int main(int argc, char** argv) {
  double mb = 100;
  int repeat = 1;
  bool warmup = false;
  std::string samples_dir = "samples", write_dir;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--mb") mb = std::atof(next().c_str());
    else if (a == "--samples") samples_dir = next();
    else if (a == "--repeat") repeat = std::max(1, std::atoi(next().c_str()));
    else if (a == "--write") write_dir = next();
    else if (a == "--warmup") warmup = true;
    else return Usage();
  }
  if (mb <= 0) return Usage();

  std::vector<std::string> samples = ReadSamples(samples_dir);
  if (samples.empty()) {
    std::cerr << "vbtool_bench: error: " << samples_dir << ": no *.txt samples\n";
    return 2;
  }

  // Build the archive (or write it out, one file at a time, for the CLI runs).
  const size_t target = static_cast<size_t>(mb * 1e6);
  Rng rng{42};
  std::vector<std::string> docs;
  size_t total = 0, count = 0;
  if (!write_dir.empty()) fs::create_directories(write_dir);
  while (total < target) {
    std::string doc = Variant(samples[count % samples.size()], rng);
    total += doc.size();
    if (!write_dir.empty()) {
      // 1000 files per folder, like an archive sorted by year or unit.
      fs::path dir = fs::path(write_dir) / fmt::format("{:04}", count / 1000);
      if (count % 1000 == 0) fs::create_directories(dir);
      std::ofstream(dir / fmt::format("{:07}.txt", count), std::ios::binary) << doc;
    } else {
      docs.push_back(std::move(doc));
    }
    ++count;
  }
  if (!write_dir.empty()) {
    std::cout << fmt::format("wrote {} documents, {:.1f} MB, to {}\n", count, total / 1e6, write_dir);
    return 0;
  }

  auto rules = vbtool::RuleSet::Load({});
  if (!rules.ok()) {
    std::cerr << "vbtool_bench: error: " << rules.status().ToString() << "\n";
    return 2;
  }
  std::cout << fmt::format("archive: {} documents from {} samples, {:.1f} MB (mean {:.1f} KB)\n", count,
                           samples.size(), total / 1e6, total / 1e3 / count);

  if (warmup) WarmPass(docs, **rules);
  double best = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    PassCounts n = TimedPass(docs, **rules);
    size_t refs = n.refs, edges = n.edges, failed = n.failed;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double rate = total / 1e6 / s;
    best = std::max(best, rate);
    std::cout << fmt::format("extract, 1 thread: {:.2f} s, {:.1f} MB/s, {:.0f} documents/s ({} references, {} edges, "
                             "{} failed)\n",
                             s, rate, count / s, refs, edges, failed);
  }
  if (repeat > 1) std::cout << fmt::format("best: {:.1f} MB/s\n", best);

  // Where the time goes: each stage alone, over the same documents.
  using Clock = std::chrono::steady_clock;
  double t_decode = 0, t_normalize = 0, t_identity = 0, t_references = 0, t_targets = 0;
  const auto& data = (*rules)->data();
  for (const auto& d : docs) {
    auto t0 = Clock::now();
    auto decoded = vbtool::Decode(d, "bench.txt", {});
    auto t1 = Clock::now();
    if (!decoded.ok()) continue;
    vbtool::NormalizedText text = vbtool::Normalize(*decoded, **rules);
    auto t2 = Clock::now();
    vbtool::Document doc;
    vbtool::internal::ExtractIdentity(text, data, &doc);
    auto t3 = Clock::now();
    vbtool::internal::ExtractReferences(text, data, &doc);
    auto t4 = Clock::now();
    vbtool::internal::ExtractTargets(text, data, &doc);
    auto t5 = Clock::now();
    auto sec = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    t_decode += sec(t0, t1), t_normalize += sec(t1, t2), t_identity += sec(t2, t3);
    t_references += sec(t3, t4), t_targets += sec(t4, t5);
  }
  double all = t_decode + t_normalize + t_identity + t_references + t_targets;
  std::cout << "stages:";
  for (auto [name, t] : {std::pair{"decode", t_decode}, {"normalize", t_normalize}, {"identity", t_identity},
                         {"references", t_references}, {"targets", t_targets}})
    std::cout << fmt::format(" {} {:.0f}% ({:.0f} MB/s)", name, 100 * t / all, total / 1e6 / t);
  std::cout << "\n";
  return 0;
}
