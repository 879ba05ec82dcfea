// End-to-end batch runs of the real binary over a generated archive: nested
// folders, a symlink loop, unreadable, binary, undecodable and empty files.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "test_util.h"
#include "vbtool/progress.h"

namespace fs = std::filesystem;
using namespace vbtool;
using namespace vbtool::testing;

namespace {

const char* kPlan = R"(ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 10 tháng 03 năm 2024
KẾ HOẠCH
Thực hiện Chỉ thị số 25-CT/TW ngày 25 tháng 10 năm 2023 của Ban Bí thư
)";

// The archive. Tests run as root in CI, and root reads a file whatever its
// mode, so chmod 000 would not make anything unreadable. Two inputs that fail
// for root too: a dangling symbolic link (open() fails: ENOENT) and a link to
// /proc/self/mem, which opens but whose read() fails with EIO.
struct Archive {
  TempDir tmp;
  std::string root = tmp / "archive";
  Archive() {
    WriteFile(root + "/2024/q1/kh-12.txt", kPlan);
    WriteFile(root + "/2024/q2/deep/thong-tu.txt", ReadFile(Sample("thong-tu-03-2026-TT-BYT.txt")));
    WriteFile(root + "/drafts/draft.txt", ReadFile(Sample("quyet-dinh-49-2025-QD-TTg.txt")));
    WriteFile(root + "/.hidden/secret.txt", kPlan);
    WriteFile(root + "/notes.md", "not a document: wrong extension\n");
    WriteFile(root + "/empty.txt", "");
    WriteFile(root + "/binary.txt", std::string("Số: 1/KH\0\x01\x02", 11));
    WriteFile(root + "/latin1.txt", "S\xe1\xbb\x91: 5/KH-UBND ng\xe0y \xff\n");
    fs::create_symlink("..", root + "/2024/q1/loop");            // loops back to 2024/
    fs::create_symlink("missing.txt", root + "/dangling.txt");   // unreadable: target gone
    fs::create_symlink("/proc/self/mem", root + "/mem.txt");     // unreadable: read() fails
  }
  std::string At(const std::string& rel) const { return root + "/" + rel; }
};

std::vector<nlohmann::json> Lines(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  size_t b = 0;
  for (size_t e; (e = jsonl.find('\n', b)) != std::string::npos; b = e + 1) out.push_back(nlohmann::json::parse(jsonl.substr(b, e - b)));
  CHECK(b == jsonl.size());  // every record ends with a newline
  return out;
}

}  // namespace

TEST_CASE("batch: extract over an archive processes the good files and reports each bad one") {
  Archive a;
  RunResult r = RunVbtool("extract '" + a.root + "' --jobs 2");
  CHECK(r.exit_code == 2);  // some inputs could not be processed
  std::set<std::string> docs;
  std::map<std::string, std::string> errors;  // path -> code
  for (const auto& j : Lines(r.out)) {
    if (j["type"] == "document") docs.insert(j["source"]["path"].get<std::string>());
    else errors[j["source"]["path"].get<std::string>()] = j["error"]["code"].get<std::string>();
  }
  // Recursive, *.txt only, hidden folders skipped; the empty file is a document.
  CHECK(docs == std::set<std::string>{a.At("2024/q1/kh-12.txt"), a.At("2024/q2/deep/thong-tu.txt"),
                                      a.At("drafts/draft.txt"), a.At("empty.txt")});
  CHECK(errors == std::map<std::string, std::string>{{a.At("2024/q1/loop"), "symlink_loop"},
                                                      {a.At("dangling.txt"), "io_error"},
                                                      {a.At("binary.txt"), "binary"},
                                                      {a.At("latin1.txt"), "bad_encoding"},
                                                      {a.At("mem.txt"), "io_error"}});
  // Each failure once on stderr as "vbtool: error: PATH: reason"; no progress line (not a terminal).
  CHECK(r.err.find("vbtool: error: " + a.At("binary.txt") + ": binary file") != std::string::npos);
  CHECK(r.err.find("vbtool: error: " + a.At("dangling.txt") + ": cannot read: broken symbolic link") != std::string::npos);
  CHECK(r.err.find("vbtool: error: " + a.At("mem.txt") + ": read error") != std::string::npos);
  CHECK(r.err.find("vbtool: error: " + a.At("latin1.txt") + ":1:") != std::string::npos);
  CHECK(r.err.find("vbtool: error: " + a.At("2024/q1/loop") + ": symbolic link loop") != std::string::npos);
  CHECK(r.err.find("files,") == std::string::npos);
  size_t lines = std::count(r.err.begin(), r.err.end(), '\n');
  CHECK(lines == 5);
}

TEST_CASE("batch: output is byte-identical across --jobs, on stdout and with -o") {
  Archive a;
  RunResult one = RunVbtool("extract '" + a.root + "' --jobs 1");
  RunResult two = RunVbtool("extract '" + a.root + "' --jobs 2");
  REQUIRE(one.out.size() > 1000);
  CHECK(one.out == two.out);
  CHECK(one.err == two.err);
  RunResult o1 = RunVbtool("extract '" + a.root + "' --jobs 1 -o '" + (a.tmp / "one.jsonl") + "'");
  RunResult o2 = RunVbtool("extract '" + a.root + "' --jobs 2 -o '" + (a.tmp / "two.jsonl") + "'");
  CHECK(o1.exit_code == 2);
  CHECK(o1.out.empty());
  CHECK(ReadFile(a.tmp / "one.jsonl") == one.out);
  CHECK(ReadFile(a.tmp / "two.jsonl") == one.out);
  // No temporary file is left beside the output.
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(a.tmp.path)) names.insert(e.path().filename().string());
  CHECK(names == std::set<std::string>{"archive", "one.jsonl", "two.jsonl"});
}

TEST_CASE("batch: --include, --exclude, --hidden, --files0-from and --max-file-size") {
  Archive a;
  auto paths = [](const std::string& out) {
    std::vector<std::string> p;
    for (const auto& j : Lines(out)) p.push_back(j["source"]["path"].get<std::string>());
    return p;
  };
  RunResult r = RunVbtool("extract '" + a.root + "' --exclude 'drafts/**' --exclude 2024 --exclude '*.txt' --include '*.md'");
  CHECK(r.exit_code == 0);
  CHECK(paths(r.out) == std::vector<std::string>{a.At("notes.md")});
  r = RunVbtool("extract '" + a.root + "/2024' --hidden --exclude loop");
  CHECK(r.exit_code == 0);
  CHECK(paths(r.out) == std::vector<std::string>{a.At("2024/q1/kh-12.txt"), a.At("2024/q2/deep/thong-tu.txt")});
  r = RunVbtool("extract '" + a.root + "' --hidden --exclude 'drafts/**' --exclude 2024 --include 'secret.txt'");
  CHECK(paths(r.out) == std::vector<std::string>{a.At(".hidden/secret.txt")});
  // A NUL-separated list on stdin, given out of order: output sorted by path.
  std::string list = a.At("drafts/draft.txt") + std::string(1, '\0') + a.At("2024/q1/kh-12.txt") + std::string(1, '\0');
  r = RunVbtool("extract --files0-from - --format jsonl", list);
  CHECK(r.exit_code == 0);
  CHECK(paths(r.out) == std::vector<std::string>{a.At("2024/q1/kh-12.txt"), a.At("drafts/draft.txt")});
  r = RunVbtool("extract '" + a.At("2024") + "' --exclude loop --max-file-size 1000");
  CHECK(r.exit_code == 2);
  auto lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["type"] == "document");  // kh-12.txt is small
  CHECK(lines[1]["error"]["code"] == "too_large");
  CHECK(r.err.find("vbtool: error: " + a.At("2024/q2/deep/thong-tu.txt") + ": file is ") != std::string::npos);
}

TEST_CASE("batch: a clean archive exits 0 with nothing on stderr") {
  Archive a;
  RunResult r = RunVbtool("extract '" + a.At("2024/q1/kh-12.txt") + "' '" + a.At("drafts") + "' --format jsonl");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(Lines(r.out).size() == 2);
}

TEST_CASE("batch: -o does not replace the target when the run fails or is interrupted") {
  Archive a;
  std::string target = a.tmp / "out.jsonl";
  WriteFile(target, "OLD\n");
  // A folder that does not exist: reported up front, target untouched.
  RunResult r = RunVbtool("extract '" + a.root + "' -o '" + (a.tmp / "no-such-dir/out.jsonl") + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("cannot create the output file") != std::string::npos);
  // Interrupted while blocked reading standard input: SIGTERM removes the
  // temporary file and the target keeps its old content.
  TempDir scripts;
  std::string dir = a.tmp.path.string();
  WriteFile(scripts / "kill.sh",
            "cd '" + dir + "' || exit 1\n"
            "mkfifo in.fifo\n"
            "exec 3<>in.fifo\n"  // a writer that never writes: reading '-' blocks
            "'" + std::string(VBTOOL_BINARY) + "' extract '" + a.At("drafts/draft.txt") + "' - -o out.jsonl <in.fifo 2>/dev/null &\n"
            "pid=$!\n"
            "for i in $(seq 200); do ls .out.jsonl.vbtool-*.tmp >/dev/null 2>&1 && break; sleep 0.05; done\n"
            "kill -TERM $pid\n"
            "wait $pid\n"
            "echo $? > rc\n");
  std::system(("bash '" + (scripts / "kill.sh") + "'").c_str());
  CHECK(ReadFile(a.tmp / "rc") == "143\n");  // killed by SIGTERM
  CHECK(ReadFile(target) == "OLD\n");
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(a.tmp.path)) names.insert(e.path().filename().string());
  CHECK(names == std::set<std::string>{"archive", "in.fifo", "out.jsonl", "rc"});
}

TEST_CASE("batch: a progress line on a terminal only, and not with --quiet") {
  if (std::system("command -v script >/dev/null 2>&1") != 0) {
    MESSAGE("script(1) not installed: progress on a terminal not tested");
    return;
  }
  Archive a;
  auto on_tty = [&](const std::string& flags) {
    std::string log = a.tmp / "typescript";
    std::string cmd = "script -qec \"'" + std::string(VBTOOL_BINARY) + "' extract '" + a.At("2024/q2") + "' '" +
                      a.At("drafts") + "' -o '" + (a.tmp / "out.jsonl") + "' " + flags + "\" '" + log +
                      "' >/dev/null 2>&1 </dev/null";
    std::system(cmd.c_str());
    return ReadFile(log);
  };
  std::string shown = on_tty("");
  CHECK(shown.find("vbtool: 2/2 files, ") != std::string::npos);
  CHECK(shown.find(" MB/s, ") != std::string::npos);
  CHECK(shown.find("\x1b[K") != std::string::npos);  // the line is erased at the end
  CHECK(on_tty("--quiet").find("files, ") == std::string::npos);
}

TEST_CASE("progress: the line's text") {
  CHECK(Progress::Format(3, 10, 2'000'000, 10'000'000, 1.0) == "vbtool: 3/10 files, 2.0 MB/s, ETA 0:04");
  CHECK(Progress::Format(0, 10, 0, 10'000'000, 0.0) == "vbtool: 0/10 files, 0.0 MB/s, ETA --:--");
  CHECK(Progress::Format(1, 2, 1'000'000, 8'201'000'000, 1.0) == "vbtool: 1/2 files, 1.0 MB/s, ETA 2:16:40");
  CHECK(Progress::Format(10, 10, 10'000'000, 10'000'000, 75.0) == "vbtool: 10/10 files, 0.1 MB/s, done in 1:15");
  std::ostringstream out;
  {
    Progress off(out, false, 10, 100);
    off.Advance(10);
  }
  CHECK(out.str().empty());
  {
    Progress on(out, true, 2, 100);
    on.Advance(50);
    on.Advance(50);
  }
  CHECK(out.str().find("\rvbtool: 1/2 files, ") == 0);
  CHECK(out.str().find("\rvbtool: 2/2 files, ") != std::string::npos);
  CHECK(out.str().substr(out.str().size() - 4) == "\r\x1b[K");
}
