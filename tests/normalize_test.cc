// Normalize(): ICU NFC + the fold table of rules/folds.yaml, and Locate()
// mapping normalized spans back to the ORIGINAL line, column and byte offset.
#include <doctest/doctest.h>

#include <string>

#include "test_util.h"
#include "vbtool/extract.h"
#include "vbtool/text.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

std::string Norm(const std::string& s) { return NormalizeString(s, Rules()); }

// Code points in a UTF-8 string (for expected columns).
size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Decodes and normalizes `bytes`, finds `needle` in the normalized text and
// returns its Mention. The DecodedText must outlive the NormalizedText.
struct Normalized {
  DecodedText decoded;
  NormalizedText text;
  explicit Normalized(const std::string& bytes) : decoded(Decode(bytes, "t.txt", {}).value()) {
    text = Normalize(decoded, Rules());
  }
  Mention Find(const std::string& needle) const {
    size_t b = text.text().find(needle);
    REQUIRE_MESSAGE(b != std::string::npos, "'" << needle << "' not in normalized text: " << text.text());
    return text.Locate(b, b + needle.size());
  }
};

}  // namespace

TEST_CASE("normalize: decomposed letters are composed (NFC)") {
  // "Quyết định" typed with combining marks: e + U+0302 + U+0301, i + U+0323.
  CHECK(Norm("Quye\xCC\x82\xCC\x81t \xC4\x91i\xCC\xA3nh") == "Quyết định");
  CHECK(Norm("Ca\xCC\x86n cu\xCC\x9B\xCC\x81") == "Căn cứ");
}

TEST_CASE("normalize: folds of rules/folds.yaml") {
  CHECK(Norm("281/Q\xC3\x90-TTg") == "281/QĐ-TTg");  // U+00D0 Eth
  CHECK(Norm("\xC3\xB0i\xE1\xBB\x81u") == "điều");     // U+00F0 eth
  CHECK(Norm("25\xE2\x80\x93" "CT/TW") == "25-CT/TW");  // en dash
  CHECK(Norm("25\xE2\x80\x94" "CT/TW") == "25-CT/TW");  // em dash
  CHECK(Norm("25\xE2\x88\x92" "CT/TW") == "25-CT/TW");  // minus sign
  CHECK(Norm("Số:\xC2\xA0" "25") == "Số: 25");           // NBSP
  CHECK(Norm("25\xE2\x80\x8B-CT\xC2\xAD/TW\xEF\xBB\xBF") == "25-CT/TW");  // ZWSP, soft hyphen, inner BOM
  CHECK(Norm("a\xE2\x80\x8C\xE2\x80\x8D\xE2\x81\xA0" "b") == "ab");      // ZWNJ, ZWJ, word joiner
}

TEST_CASE("normalize: a line written without marks gets the marks of known words back, offsets exact") {
  Normalized n("Ủy ban nhân dân tỉnh\nCan cu Quyet dinh so 12/QD-UBND ngay  5/3/2020 cua UBND TINH Ha Nam;\n"
               "Thực hiện Chỉ thị số 25 nam 2023 cua Ban Bí thư\n");
  // Each letter keeps its case; phrases win over words ("Ha Nam" is a place, "nam" the year).
  CHECK(n.text.text() ==
        "Ủy ban nhân dân tỉnh\nCăn cứ Quyết định số 12/QD-UBND ngày  5/3/2020 của UBND TỈNH Hà Nam;\n"
        "Thực hiện Chỉ thị số 25 nam 2023 cua Ban Bí thư\n");  // a line with its marks is left as written
  Mention m = n.Find("Quyết định số 12");
  CHECK(m.line == 2);
  CHECK(m.column == 8);
  CHECK(m.offset == std::string("Ủy ban nhân dân tỉnh\nCan cu ").size());
  CHECK(m.text == "Quyet dinh so 12");  // the original bytes
  Mention y = n.Find("Hà Nam");
  CHECK(y.text == "Ha Nam");
  // Words glued to digits or to marked letters are not whole words.
  Normalized g("so12 nam2024 ngaỳ\n");
  CHECK(g.text.text() == "so12 nam2024 ngaỳ\n");
}

TEST_CASE("normalize: a word-segmenter underscore between letters is a space; blanks and rules keep theirs") {
  CHECK(Norm("Thực_hiện Chỉ_thị số 751/CT-TTg") == "Thực hiện Chỉ thị số 751/CT-TTg");
  CHECK(Norm("Số: ___/KH-UBND, ngày __ tháng 5") == "Số: ___/KH-UBND, ngày __ tháng 5");
  Document d = Extract("Thực_hiện Chỉ_thị số 751/CT-TTg ngày 03/6/2009 của Thủ_tướng Chính_phủ.\n", "t.txt", Rules(), {})
                   .value();
  REQUIRE(d.references.size() == 1);
  CHECK(RelationName(d.references[0].relation) == std::string("implements"));
  REQUIRE(d.references[0].issuer);
  CHECK(d.references[0].issuer->name == "Thủ_tướng Chính_phủ");  // as written
  CHECK(d.references[0].issuer->canonical_name == "Thủ tướng Chính phủ");
}

TEST_CASE("normalize: HTML character references left in web copies are read as their letters") {
  Normalized n("Th&ocirc;ng b&aacute;o s&#7889; 31/TB-VPCP ng&#xE0;y 13/8/2021. &#0;");
  CHECK(n.text.text() == "Thông báo số 31/TB-VPCP ngày 13/8/2021. &#0;");
  // Offsets still point into the original bytes.
  Mention m = n.Find("31/TB-VPCP");
  CHECK(m.offset == std::string("Th&ocirc;ng b&aacute;o s&#7889; ").size());
}

TEST_CASE("normalize: raw HTML tags are dropped (line-breaking ones become a line break), references without ';'") {
  Normalized n("<p class=\"MsoNormal\"><span style=\"font-size: small;\">BCH &#272O&Agrave;N TP. H&#7890 CH&Iacute; MINH"
               "</span></p><p><i>ng&agrave;y 21 th&aacute;ng 02 n&#259m 2014</i></p> x < 5");
  CHECK(n.text.text() == "BCH ĐOÀN TP. HỒ CHÍ MINH\nngày 21 tháng 02 năm 2014\n x < 5");
  Mention m = n.Find("ngày 21");
  CHECK(m.offset == n.decoded.utf8.find("ng&agrave;y 21"));
}

TEST_CASE("normalize: old tone placement folds to the new one, quý stays") {
  CHECK(Norm("Tỉnh uỷ") == "Tỉnh ủy");
  CHECK(Norm("TỈNH UỶ") == "TỈNH ỦY");
  CHECK(Norm("Uỷ ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh");  // a capital opening the word
  CHECK(Norm("hoá") == "hóa");
  CHECK(Norm("khoá XIII") == "khóa XIII");
  CHECK(Norm("Thuỷ lợi") == "Thủy lợi");
  // Only at the end of a syllable: "hoàn", "thuyết" are left alone.
  CHECK(Norm("hoàn thành") == "hoàn thành");
  CHECK(Norm("quyết") == "quyết");
  // "qu" + ý: the u belongs to the consonant.
  CHECK(Norm("quý IV") == "quý IV");
  CHECK(Norm("Quý 4") == "Quý 4");
  CHECK(Norm("Quỹ Bảo hộ") == "Quỹ Bảo hộ");
  // Already new placement: unchanged.
  CHECK(Norm("ủy ban, hóa") == "ủy ban, hóa");
}

TEST_CASE("normalize: Locate gives the original place after decomposed letters") {
  // Line 1 plain, line 2 with decomposed "Căn cứ Chỉ thị số" before the number.
  std::string line2 = "Ca\xCC\x86n cu\xCC\x9B\xCC\x81 Chi\xCC\x89 thi\xCC\xA3 so\xCC\x82\xCC\x81 ";
  std::string orig = "KẾ HOẠCH\n" + line2 + "25-CT/TW ngày 25/10/2023\n";
  Normalized n(orig);
  Mention m = n.Find("25-CT/TW");
  CHECK(m.line == 2);
  CHECK(m.column == CodePoints(line2) + 1);
  CHECK(m.offset == orig.find("25-CT/TW"));
  CHECK(m.length == 8);
  CHECK(m.text == "25-CT/TW");
  // A span that starts on a decomposed letter covers all its original bytes.
  Mention word = n.Find("cứ");
  CHECK(word.offset == orig.find("cu\xCC\x9B"));
  CHECK(word.length == std::string("cu\xCC\x9B\xCC\x81").size());
  CHECK(word.text == "cu\xCC\x9B\xCC\x81");
  CHECK(word.column == 6);  // "Ca" U+0306 "n " are five code points in the original
}

TEST_CASE("normalize: Locate after a BOM, a removed zero-width space and an en dash") {
  std::string orig = "\xEF\xBB\xBF" "Số:\xC2\xA0" "25\xE2\x80\x8B-CT/TW\n"
                     "Công văn số 2639\xE2\x80\x93" "CV/TU ngày 22/11/2023\n";
  Normalized n(orig);
  CHECK(n.text.text() == "Số: 25-CT/TW\nCông văn số 2639-CV/TU ngày 22/11/2023\n");

  Mention own = n.Find("25-CT/TW");
  CHECK(own.line == 1);
  CHECK(own.column == 5);  // "Số:" + NBSP; the BOM is not a column
  CHECK(own.offset == orig.find("25"));
  // The zero-width space inside the span is part of the original bytes.
  CHECK(own.length == std::string("25\xE2\x80\x8B-CT/TW").size());

  Mention cv = n.Find("2639-CV/TU");
  CHECK(cv.line == 2);
  CHECK(cv.column == 13);
  CHECK(cv.offset == orig.find("2639"));
  CHECK(cv.length == std::string("2639\xE2\x80\x93" "CV/TU").size());
  CHECK(cv.text == "2639\xE2\x80\x93" "CV/TU");

  // After the en dash (3 bytes folded to 1), offsets stay exact.
  Mention date = n.Find("22/11/2023");
  CHECK(date.offset == orig.find("22/11/2023"));
  CHECK(date.column == CodePoints("Công văn số 2639\xE2\x80\x93" "CV/TU ngày ") + 1);
}

TEST_CASE("normalize: Locate after a fold that changes length (uỷ → ủy) and Ð") {
  std::string orig = "Tỉnh uỷ ban hành Quyết định 281/Q\xC3\x90TTg\n";
  Normalized n(orig);
  Mention m = n.Find("281/QĐTTg");
  CHECK(m.offset == orig.find("281"));
  CHECK(m.length == std::string("281/Q\xC3\x90TTg").size());
  CHECK(m.text == "281/Q\xC3\x90TTg");
  CHECK(m.column == CodePoints("Tỉnh uỷ ban hành Quyết định ") + 1);
  Mention uy = n.Find("ủy");
  CHECK(uy.offset == orig.find("uỷ"));
  CHECK(uy.length == std::string("uỷ").size());
  CHECK(uy.text == "uỷ");
}

TEST_CASE("normalize: Locate in UTF-16 input gives offsets in the UTF-16 bytes") {
  std::u16string text = u"Kính gửi:\nThực hiện Chỉ thị số 25-CT/TW";
  std::string bytes = "\xFF\xFE";
  for (char16_t c : text) bytes += static_cast<char>(c & 0xFF), bytes += static_cast<char>(c >> 8);
  Normalized n(bytes);
  Mention m = n.Find("25-CT/TW");
  size_t unit = text.find(u"25-CT/TW");
  CHECK(m.line == 2);
  CHECK(m.column == std::u16string(u"Thực hiện Chỉ thị số ").size() + 1);
  CHECK(m.offset == 2 + 2 * unit);
  CHECK(m.length == 2 * 8);
  CHECK(m.text == "25-CT/TW");
}

TEST_CASE("normalize: Locate folds white space of a span broken across lines") {
  std::string orig = "Chỉ thị số 25-CT/\r\n  TW ngày";
  Normalized n(orig);
  size_t b = n.text.text().find("25-CT/");
  size_t e = n.text.text().find("TW") + 2;
  Mention m = n.text.Locate(b, e);
  CHECK(m.line == 1);
  CHECK(m.offset == orig.find("25"));
  CHECK(m.length == orig.find("TW") + 2 - orig.find("25"));
  CHECK(m.text == "25-CT/ TW");
  CHECK(n.text.LineOf(e - 1) == 2);
}

TEST_CASE("normalize: CollapseSpace") {
  CHECK(CollapseSpace("  a \t\n b\xC2\xA0" "c  ") == "a b c");
  CHECK(CollapseSpace("") == "");
}

TEST_CASE("normalize: the CLI prints the normalized text") {
  RunResult r = RunVbtool("normalize -", "Tỉnh uỷ: 25\xE2\x80\x93" "CT/TƯ\xC2\xA0" "ngày\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Tỉnh ủy: 25-CT/TƯ ngày\n");
}

TEST_CASE("normalize: a text whose tone marks are scrambled is read without them, known words restored") {
  // A web page's guard against copying: many words carry two tone marks.
  const std::string scrambled =
      "KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ, ĐỀ XỦẤT TÌẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁỲ\n"
      "Để bảỏ đảm thực hịện qủỹết lịệt các nhĩệm vụ nêủ tạí Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp "
      "hành Trũng ương Đảng, Bộ Chính trị ýêụ cầú các cấp úỷ tập trùng thực hịện tốt các nộí đùng sàũ:\n";
  Normalized n(scrambled);
  CHECK(n.text.scrambled_marks());
  // Offsets stay those of the input.
  CHECK(n.Find("121-KL/TW").offset == scrambled.find("121-KL/TW"));
  Document d = Run(scrambled);
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "127-KL/TW");
  const Reference* r = nullptr;
  for (const Reference& x : d.references)
    if (x.id == "121-KL/TW") r = &x;
  REQUIRE(r);
  REQUIRE(r->date);
  CHECK(r->date->Iso() == "2025-01-24");
  CHECK(r->relation == Relation::kImplements);
  bool said = false;
  for (const Diagnostic& g : d.diagnostics) said = said || g.code == "scrambled_marks";
  CHECK(said);
  // Ordinary text, and a few foreign words with two marks ("élève", "Hélène"), are not scrambled.
  CHECK_FALSE(Normalized("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; élève, Hélène, "
                         "réélu, préférée\n")
                  .text.scrambled_marks());
}

TEST_CASE("normalize: copies' damage folded back: 'Căn Thông tư', a font's 'ị' for 'ò' in header words") {
  CHECK(Norm("Căn Thông tư 19/2013/TT-BYT; Căn vào công văn số 804") == "Căn cứ Thông tư 19/2013/TT-BYT; Căn cứ vào công văn số 804");
  CHECK(Norm("Căn hộ; căn nhà") == "Căn hộ; căn nhà");
  CHECK(Norm("VĂN PHỊNG / CỘNG HỊA XÃ HỘI") == "VĂN PHÒNG / CỘNG HÒA XÃ HỘI");
  CHECK(Norm("nghị định; chị; Phịng") == "nghị định; chị; Phịng");
}
