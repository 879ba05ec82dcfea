// Decode(): bytes → UTF-8 with a map back to the original bytes.
#include <doctest/doctest.h>

#include <string>

#include "test_util.h"
#include "vbtool/text.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

// "Số" in UTF-16 little/big endian with a BOM, then "\n25-CT/TW".
std::string Utf16(const std::u16string& s, bool big_endian) {
  std::string out = big_endian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
  for (char16_t c : s) {
    char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    if (big_endian) out += hi, out += lo;
    else out += lo, out += hi;
  }
  return out;
}

}  // namespace

TEST_CASE("decode: plain UTF-8 is kept as is, offsets are identity") {
  auto d = Decode("Số: 153/KH-UBND\n", "a.txt", {});
  REQUIRE(d.ok());
  CHECK(d->encoding == "utf-8");
  CHECK(d->utf8 == "Số: 153/KH-UBND\n");
  CHECK_FALSE(d->replaced);
  CHECK(d->OriginalOffset(0) == 0);
  CHECK(d->OriginalOffset(5) == 5);
}

TEST_CASE("decode: UTF-8 BOM is dropped and offsets shift by 3") {
  auto d = Decode("\xEF\xBB\xBFSố: 1", "a.txt", {});
  REQUIRE(d.ok());
  CHECK(d->encoding == "utf-8-bom");
  CHECK(d->utf8 == "Số: 1");
  CHECK(d->OriginalOffset(0) == 3);
  CHECK(d->OriginalOffset(d->utf8.size()) == d->original.size());
}

TEST_CASE("decode: UTF-16LE and UTF-16BE with BOM") {
  std::u16string text = u"Số 25-CT/TW\nngày";
  for (bool be : {false, true}) {
    CAPTURE(be);
    auto d = Decode(Utf16(text, be), "a.txt", {});
    REQUIRE(d.ok());
    CHECK(d->encoding == (be ? "utf-16be" : "utf-16le"));
    CHECK(d->utf8 == "Số 25-CT/TW\nngày");
    // 'S' is UTF-16 unit 0 at byte 2 (after the BOM); "ố" (3 UTF-8 bytes) is unit 1 at byte 4.
    CHECK(d->OriginalOffset(0) == 2);
    CHECK(d->OriginalOffset(1) == 4);
    CHECK(d->OriginalOffset(3) == 4);
    CHECK(d->OriginalOffset(4) == 6);  // the space
    CHECK(d->OriginalOffset(d->utf8.size()) == d->original.size());
  }
}

TEST_CASE("decode: UTF-16 surrogate pairs and a lone surrogate") {
  std::u16string text = u"a";
  text += char16_t(0xD83D);
  text += char16_t(0xDE00);  // U+1F600
  text += u"b";
  auto d = Decode(Utf16(text, false), "a.txt", {});
  REQUIRE(d.ok());
  CHECK(d->utf8 == "a\xF0\x9F\x98\x80" "b");
  CHECK(d->OriginalOffset(5) == 8);  // 'b' is unit 3
  CHECK_FALSE(d->replaced);
  std::u16string lone = u"a";
  lone += char16_t(0xD83D);
  lone += u"b";
  auto l = Decode(Utf16(lone, false), "a.txt", {});
  REQUIRE(l.ok());
  CHECK(l->utf8 == "a\xEF\xBF\xBD" "b");
  CHECK(l->replaced);
}

TEST_CASE("decode: NUL bytes mean a binary file, not parsed") {
  auto d = Decode(std::string("abc\0def", 7), "img.bin", {});
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == Status::Code::kBinary);
  CHECK(d.status().CodeName() == std::string("binary"));
  CHECK(d.status().ToString() == "img.bin: binary file (NUL byte at offset 3), not a text document");
  // Even with --lossy.
  auto lossy = Decode(std::string("abc\0def", 7), "img.bin", {.lossy = true});
  CHECK_FALSE(lossy.ok());
}

TEST_CASE("decode: invalid UTF-8 names file, line:column and byte offset") {
  // Line 2 after "Dòng 1\n" (8 bytes) and "Số " (3 code points, 5 bytes): offset 13.
  std::string bytes = "Dòng 1\nSố \xC3(x)\n";
  REQUIRE(bytes.rfind('\xC3') == 13);
  auto d = Decode(bytes, "plan.txt", {});
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == Status::Code::kBadEncoding);
  CHECK(d.status().where().line == 2);
  CHECK(d.status().where().column == 4);
  CHECK(d.status().where().offset == 13);
  CHECK(d.status().ToString() ==
        "plan.txt:2:4: invalid UTF-8 byte 0xC3 at offset 13 (use --lossy to replace it, or --encoding to name the "
        "file's encoding)");
}

TEST_CASE("decode: offsets of invalid bytes count the BOM") {
  auto d = Decode("\xEF\xBB\xBF" "ab\xFF", "b.txt", {});
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().where().offset == 5);
  CHECK(d.status().where().line == 1);
}

TEST_CASE("decode: --lossy replaces invalid bytes with U+FFFD and keeps the map") {
  auto d = Decode("ab\xFF" "cd\n\xC3", "a.txt", {.lossy = true});
  REQUIRE(d.ok());
  CHECK(d->replaced);
  CHECK(d->utf8 == "ab\xEF\xBF\xBD" "cd\n\xEF\xBF\xBD");
  CHECK(d->OriginalOffset(2) == 2);  // the replacement character starts at the bad byte
  CHECK(d->OriginalOffset(5) == 3);  // 'c'
  CHECK(d->OriginalOffset(d->utf8.size()) == d->original.size());
}

TEST_CASE("decode: the CLI reports bad encoding with exit code 2, --lossy extracts") {
  TempDir tmp;
  std::string path = tmp / "bad.txt";
  WriteFile(path, "Căn cứ Chỉ thị số 25-CT/TW\n\xFF\n");
  RunResult r = RunVbtool("extract '" + path + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "vbtool: error: " + path +
                     ":2:1: invalid UTF-8 byte 0xFF at offset 36 (use --lossy to replace it, or --encoding to name "
                     "the file's encoding)\n");
  RunResult lossy = RunVbtool("extract --lossy '" + path + "'");
  CHECK(lossy.exit_code == 0);
  CHECK(lossy.out.find("\"25-CT/TW\"") != std::string::npos);
}

TEST_CASE("decode: the CLI reports a binary file with exit code 2") {
  TempDir tmp;
  std::string path = tmp / "x.txt";
  WriteFile(path, std::string("PK\0\0", 4));
  RunResult r = RunVbtool("extract '" + path + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "vbtool: error: " + path + ": binary file (NUL byte at offset 2), not a text document\n");
}

TEST_CASE("decode: legacy Vietnamese encodings, named or guessed with --encoding auto") {
  // "Căn cứ Kế hoạch" in each encoding.
  const std::string tcvn3 = "C\xA8n c\xF8 K\xD5 ho\xB9" "ch";
  const std::string cp1258 = "C\xE3n c\xFD\xEC K\xEA\xEC hoa\xF2" "ch";
  const std::string vni = "Ca\xEAn c\xF6\xF9 Ke\xE1 hoa\xEF" "ch";
  for (auto [bytes, name] : {std::pair{tcvn3, "tcvn3"}, {cp1258, "windows-1258"}, {vni, "vni"}}) {
    CAPTURE(name);
    for (const char* asked : {name, "auto"}) {
      auto d = Decode(bytes, "old.txt", {.encoding = asked});
      REQUIRE(d.ok());
      CHECK(d->encoding == name);
      CHECK(Normalize(*d, Rules()).text() == "Căn cứ Kế hoạch");
    }
  }
}

TEST_CASE("decode: VNI modifiers keep the offset of their byte; upper case uses the upper bytes") {
  // "ỦY BAN" = "U" + 0xDB (hook) + "Y BAN"; "Đ" = 0xD1.
  auto d = Decode("U\xDBY BAN \xD1" "A\xD8NG", "vni.txt", {.encoding = "vni"});
  REQUIRE(d.ok());
  NormalizedText n = Normalize(*d, Rules());
  CHECK(n.text() == "ỦY BAN ĐÀNG");
  // "BAN" starts at byte 4 of the original, after "U", the modifier, "Y", " ".
  size_t ban = n.text().find("BAN");
  CHECK(n.OriginalOffset(ban) == 4);
}

TEST_CASE("decode: TCVN3 lines garbled by a Latin-1 reading and saved as UTF-8 are read as TCVN3") {
  // A school portal's page: the header in TCVN3 shown as Latin-1, the body in Unicode.
  const std::string page =
      "Hoạt động tổ\n"
      "Phßng Gi¸o dôc& §µo t¹o hiÖp hoµ\n"
      "Sè: /KH-THCS\n"
      "céng hoµ x· héi chñ nghÜa viÖt nam\n"
      "Hoµng L¬ng, ngµy 23 th¸ng 12 n¨m 2013\n"
      "BÁO CÁO\n"
      "Kết quả học tập.\n";
  auto d = Decode(page, "web.txt", {});
  REQUIRE(d.ok());
  CHECK(d->encoding == "utf-8");
  CHECK(d->utf8 ==
        "Hoạt động tổ\n"
        "Phòng Giáo dục& Đào tạo hiệp hoà\n"
        // Letters both readings know, between two garbled lines: garbled too.
        "Số: /KH-THCS\n"
        "cộng hoà xã hội chủ nghĩa việt nam\n"
        "Hoàng Lơng, ngày 23 tháng 12 năm 2013\n"
        // Next to a line in Unicode: left as it is.
        "BÁO CÁO\n"
        "Kết quả học tập.\n");
  CHECK(d->legacy_lines.size() == 4);
  // Offsets still point into the original: "Đào" starts at the "§".
  size_t dao = d->utf8.find("Đào");
  CHECK(d->OriginalOffset(dao) == page.find("§µo"));
  CHECK(d->OriginalOffset(d->utf8.size()) == page.size());
  // Latin-1 signs a modern text uses as such, or a line with Vietnamese letters, stay.
  for (const char* kept : {"© 2021 Sở Giáo dục, «Tin tức» ±5°\n", "Microsoft® Windows© 10\n", "Ðảng bộ xã\n"}) {
    auto k = Decode(kept, "web.txt", {});
    REQUIRE(k.ok());
    CHECK(k->utf8 == kept);
    CHECK(k->legacy_lines.empty());
  }
  // The extractor says so, at the first such line.
  auto doc = Extract(page, "web.txt", Rules(), {});
  REQUIRE(doc.ok());
  bool said = false;
  for (const auto& g : doc->diagnostics)
    if (g.code == "legacy_text") said = g.line == 2 && g.severity == "info";
  CHECK(said);
  REQUIRE(doc->self.date);
  CHECK(doc->self.date->Iso() == "2013-12-23");
}
