// Document numbers (số hiệu) in the three families and dates, on the
// normalized text, with the shipped rules.
#include <algorithm>
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stages.h"
#include "test_util.h"
#include "vbtool/text.h"

using namespace vbtool;
using namespace vbtool::internal;
using namespace vbtool::testing;

namespace {

const RuleData& Data() { return Rules().data(); }

std::vector<NumberHit> Numbers(const std::string& text, std::string* normalized = nullptr) {
  static thread_local std::string keep;
  keep = NormalizeString(text, Rules());
  if (normalized) *normalized = keep;
  return FindNumbers(keep, Data());
}

// The one number in `text`, or a failed check.
DocNumber One(const std::string& text) {
  auto hits = Numbers(text);
  REQUIRE_MESSAGE(hits.size() == 1, "expected one number in '" << text << "', found " << hits.size());
  return hits[0].number;
}

std::vector<std::string> Ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const auto& h : Numbers(text)) ids.push_back(h.number.id);
  return ids;
}

bool HasFix(const DocNumber& n, const std::string& fix) {
  for (const auto& f : n.fixes)
    if (f == fix) return true;
  return false;
}

std::optional<DocDate> FirstDate(const std::string& text) {
  std::string n = NormalizeString(text, Rules());
  auto hit = DateAt(n, 0, Data(), false);
  if (!hit) return std::nullopt;
  return hit->date;
}

}  // namespace

TEST_CASE("numbers: party shape 25-CT/TW") {
  DocNumber n = One("Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư");
  CHECK(n.id == "25-CT/TW");
  CHECK(n.text == "25-CT/TW");
  CHECK(n.serial == "25");
  CHECK(n.year == 0);
  CHECK(n.type_code == "CT");
  CHECK(n.issuer_codes == std::vector<std::string>{"TW"});
  CHECK(n.family == Family::kParty);
  CHECK(n.canonical);
  CHECK(n.fixes.empty());
}

TEST_CASE("numbers: party shapes with spaces are tolerated") {
  for (std::string text : {"Chỉ thị số 25- CT/TW ngày", "Chỉ thị số 25 -CT/TW", "Chỉ thị 25 - CT / TW"}) {
    CAPTURE(text);
    DocNumber n = One(text);
    CHECK(n.id == "25-CT/TW");
    CHECK(n.serial == "25");
    CHECK(n.type_code == "CT");
  }
  DocNumber hd = One("Hướng dẫn số 98 - HD/BTGTU ngày 02/01/2024");
  CHECK(hd.id == "98-HD/BTGTU");
  CHECK(hd.type_code == "HD");
  CHECK(hd.issuer_codes == std::vector<std::string>{"BTGTU"});
  CHECK(hd.family == Family::kParty);
  CHECK(One("Công văn số 2639- CV/TU ngày 22/11/2023").id == "2639-CV/TU");
  CHECK(One("Kết luận 226-KL/TU, ngày 30/12/2022").id == "226-KL/TU");
  CHECK(One("Chương trình hành động số 50-CTr/TU").id == "50-CTr/TU");
}

// See issue 2: spaces between serial and type code ("25- CT/TW") or around
// the slash after the type make a number non-canonical.
TEST_CASE("numbers: spaces in a party number are flagged non-canonical") {
  for (std::string text : {"Chỉ thị số 25- CT/TW ngày", "Chỉ thị số 25 -CT/TW", "Chỉ thị 25 - CT / TW"}) {
    CAPTURE(text);
    DocNumber n = One(text);
    CHECK_FALSE(n.canonical);
    CHECK(HasFix(n, "spaces"));
  }
}

TEST_CASE("numbers: spaces in the symbol are flagged non-canonical") {
  DocNumber n = One("Kế hoạch số 153/KH - UBND");
  CHECK(n.id == "153/KH-UBND");
  CHECK_FALSE(n.canonical);
  CHECK(HasFix(n, "spaces"));
}

TEST_CASE("numbers: an old number's dot between type and issuer codes is its hyphen") {
  DocNumber a = One("thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999");
  CHECK(a.id == "01/1999/QĐ-UB");
  CHECK_FALSE(a.canonical);
  CHECK(std::find(a.fixes.begin(), a.fixes.end(), "dot_for_hyphen") != a.fixes.end());
  CHECK(One("Nghị quyết số 47/2007/NQ .HĐND ngày 25").id == "47/2007/NQ-HĐND");
  // A sentence's full stop after a number stays out of it.
  CHECK(One("theo Quyết định số 12/QĐ-UBND.Căn cứ").id == "12/QĐ-UBND");
}

TEST_CASE("numbers: a normative number whose year lost its slash, before a known type code") {
  DocNumber a = One("Căn cứ Thông tư 31/2013TT-BGDĐT ngày 01/8/2013");
  CHECK(a.id == "31/2013/TT-BGDĐT");
  CHECK(a.year == 2013);
  CHECK_FALSE(a.canonical);
  CHECK(a.fixes == std::vector<std::string>{"missing_slash"});
  DocNumber b = One("Quyết định số 44/2007 QĐ-BGDĐT;");
  CHECK(b.id == "44/2007/QĐ-BGDĐT");
  CHECK(b.fixes == std::vector<std::string>{"spaces", "missing_slash"});
  // A year then a word in capitals is no number.
  CHECK(Numbers("tháng 5/2020 KẾ HOẠCH thực hiện").empty());
  // An action programme's own type code.
  CHECK(One("Số: 02-CTrHĐ/TU").type_code == "CTrHĐ");
}

TEST_CASE("numbers: TƯ is the old spelling of TW") {
  DocNumber n = One("Chỉ thị số 05-CT/TƯ ngày 15-5-2016");
  CHECK(n.id == "05-CT/TW");
  CHECK(n.issuer_codes == std::vector<std::string>{"TW"});
  CHECK_FALSE(n.canonical);
  CHECK(HasFix(n, "issuer_spelling"));
}

TEST_CASE("numbers: en dash, em dash and Ð are folded before matching") {
  CHECK(One("Chỉ thị số 25\xE2\x80\x93" "CT/TW").id == "25-CT/TW");
  CHECK(One("Nghị định 30/2020/NĐ\xE2\x80\x93" "CP").id == "30/2020/NĐ-CP");
  DocNumber eth = One("Quyết định số 49/2025/Q\xC3\x90-TTg");
  CHECK(eth.id == "49/2025/QĐ-TTg");
  CHECK(eth.type_code == "QĐ");
}

TEST_CASE("numbers: state shapes") {
  DocNumber kh = One("Kế hoạch số 153/KH-UBND ngày 21/6/2024");
  CHECK(kh.id == "153/KH-UBND");
  CHECK(kh.family == Family::kState);
  CHECK(kh.type_code == "KH");
  CHECK(kh.issuer_codes == std::vector<std::string>{"UBND"});
  CHECK(kh.year == 0);

  // Công văn: no type code, the symbol is issuer and unit.
  DocNumber cv = One("Công văn số 5588/BGDĐT-GDPT");
  CHECK(cv.id == "5588/BGDĐT-GDPT");
  CHECK(cv.type_code == "");
  CHECK(cv.issuer_codes == std::vector<std::string>{"BGDĐT", "GDPT"});

  DocNumber ttr = One("Tờ trình số 4481/TTr-BNG-LS");
  CHECK(ttr.id == "4481/TTr-BNG-LS");
  CHECK(ttr.type_code == "TTr");
  CHECK(ttr.issuer_codes == std::vector<std::string>{"BNG", "LS"});
}

TEST_CASE("numbers: CT is Cục Thuế's code before a unit, a Chỉ thị's before an issuer") {
  DocNumber cv = One("Công văn số 5348/CT-CS ngày 12/3/2024");
  CHECK(cv.id == "5348/CT-CS");
  CHECK(cv.type_code == "");
  CHECK(cv.issuer_codes == std::vector<std::string>{"CT", "CS"});
  DocNumber ct = One("Chỉ thị số 05/CT-UBND ngày 1/2/2024");
  CHECK(ct.type_code == "CT");
  CHECK(ct.issuer_codes == std::vector<std::string>{"UBND"});
  CHECK(One("Chỉ thị số 15/CT-TTg").type_code == "CT");
}

TEST_CASE("numbers: a footnote mark glued to a Party number's last code is cut off") {
  DocNumber n = One("thực hiện Chỉ thị số 30-CT/TW1, Pháp lệnh");
  CHECK(n.id == "30-CT/TW");
  CHECK(n.text == "30-CT/TW");
  CHECK_FALSE(n.canonical);
  CHECK(HasFix(n, "footnote_mark"));
  // A code that ends in digits is no footnote: "80/2015/QH13".
  CHECK(One("Luật số 80/2015/QH13 ngày").id == "80/2015/QH13");
}

TEST_CASE("numbers: missing hyphen 281/QĐTTg becomes 281/QĐ-TTg") {
  DocNumber n = One("Quyết định số 281/QĐTTg");
  CHECK(n.id == "281/QĐ-TTg");
  CHECK(n.text == "281/QĐTTg");
  CHECK(n.type_code == "QĐ");
  CHECK(n.issuer_codes == std::vector<std::string>{"TTg"});
  CHECK_FALSE(n.canonical);
  CHECK(HasFix(n, "missing_hyphen"));
}

TEST_CASE("numbers: normative shapes") {
  DocNumber tt = One("Thông tư số 27/2023/TT-BYT ngày 29/12/2023 của Bộ Y tế");
  CHECK(tt.id == "27/2023/TT-BYT");
  CHECK(tt.family == Family::kNormative);
  CHECK(tt.serial == "27");
  CHECK(tt.year == 2023);
  CHECK(tt.type_code == "TT");
  CHECK(tt.issuer_codes == std::vector<std::string>{"BYT"});
  CHECK(tt.canonical);

  // A law: no type code, the issuer is the National Assembly of a term.
  DocNumber law = One("Luật số 80/2015/QH13");
  CHECK(law.id == "80/2015/QH13");
  CHECK(law.type_code == "");
  CHECK(law.issuer_codes == std::vector<std::string>{"QH13"});

  DocNumber joint = One("Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN");
  CHECK(joint.id == "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN");
  CHECK(joint.issuer_codes.size() == 3);

  CHECK(One("Nghị quyết số 120/2026/UBTVQH15").id == "120/2026/UBTVQH15");
}

TEST_CASE("numbers: serials below 10 are written with two digits") {
  DocNumber n = One("Thông tư số 3/2026/TT-BYT");
  CHECK(n.serial == "03");
  CHECK(n.id == "03/2026/TT-BYT");
  CHECK(n.canonical);  // padding alone is not a spelling problem
  CHECK(One("Thông tư số 03/2026/TT-BYT").id == "03/2026/TT-BYT");
}

TEST_CASE("numbers: a number broken across a line") {
  std::string normalized;
  auto hits = Numbers("Chỉ thị số 25-CT/\nTW ngày 25/10/2023", &normalized);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].number.id == "25-CT/TW");
  CHECK(normalized.substr(hits[0].begin, hits[0].end - hits[0].begin) == "25-CT/\nTW");
}

TEST_CASE("numbers: several numbers in a line, in text order, with exact spans") {
  std::string normalized;
  std::string text = "Kế hoạch số 194-KH/TU ngày 13/12/2023 của Ban Thường vụ tỉnh ủy thực hiện Chỉ thị 25-CT/TW;";
  auto hits = Numbers(text, &normalized);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].number.id == "194-KH/TU");
  CHECK(hits[1].number.id == "25-CT/TW");
  CHECK(normalized.substr(hits[0].begin, hits[0].end - hits[0].begin) == "194-KH/TU");
  CHECK(hits[1].begin == normalized.find("25-CT/TW"));
}

TEST_CASE("numbers: shared symbol 154 & 201/KH-ĐHHV gives two numbers") {
  CHECK(Ids("Kế hoạch số 154 & 201/KH-ĐHHV") == std::vector<std::string>{"154/KH-ĐHHV", "201/KH-ĐHHV"});
  // Party form: "các công văn số 614, 615, 616-CV/VPTW".
  CHECK(Ids("các công văn số 614, 615, 616-CV/VPTW ngày 12/3/2011") ==
        std::vector<std::string>{"614-CV/VPTW", "615-CV/VPTW", "616-CV/VPTW"});
}

TEST_CASE("numbers: the pre-2000 state layout puts the issuer before the type (37-BYT/QĐ)") {
  CHECK(Ids("Quyết định số 37-BYT/QĐ ngày 29/01/1972; Quyết định 1067-TTg/QĐ") ==
        std::vector<std::string>{"37-BYT/QĐ", "1067-TTg/QĐ"});
  auto n = FindNumbers("Quyết định số 37-BYT/QĐ ngày 29/01/1972", Data());
  REQUIRE(n.size() == 1);
  CHECK(n[0].number.family == Family::kState);
  CHECK(n[0].number.type_code == "QĐ");
  CHECK(n[0].number.issuer_codes == std::vector<std::string>{"BYT"});
  // A Party type stays Party; a Sở's department code is no type here.
  CHECK(Ids("Chỉ thị số 25-CT/TW; Công văn số 45/SYT-KH") == std::vector<std::string>{"25-CT/TW", "45/SYT-KH"});
}

TEST_CASE("numbers: pre-1992 state numbers carry the issuer's code alone (206-CP, 111-HĐBT)") {
  CHECK(Ids("Quyết định số 206-CP ngày 30 tháng 5 năm 1979; Quyết\nđịnh số 130-CP; Quyết định số 111-HĐBT ngày 13") ==
        std::vector<std::string>{"206-CP", "130-CP", "111-HĐBT"});
  // Without a type name before it, or for a code no body has, it is none.
  CHECK(Ids("giai đoạn 2021-2025, phòng 12-A, lô 206-CP") == std::vector<std::string>{});
}

TEST_CASE("numbers: a Party type code nobody knows, after a type name, of a known body (101-CTHĐ/TU)") {
  CHECK(Ids("Chương trình hành động số 101-CTHĐ/TU, ngày 31/10/2014") == std::vector<std::string>{"101-CTHĐ/TU"});
  CHECK(Ids("Ở số nhà 12-A/B phố Huế, 101-CTHĐ/TU") == std::vector<std::string>{});
}

TEST_CASE("numbers: Cyrillic letters that look Latin inside a code fold to Latin") {
  CHECK(Ids("Thông tư số 06/2022/TT-B\u0422\u0421 ngày 10/2/2022") == std::vector<std::string>{"06/2022/TT-BTC"});
}

TEST_CASE("numbers: after a type name, a symbol of one unknown code is an issuer's own code") {
  CHECK(Ids("Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009") == std::vector<std::string>{"285/CCTTHC"});
  CHECK(Ids("Xét Tờ trình số 39/THKHVL, ngày 14 tháng 5 năm 2014") == std::vector<std::string>{"39/THKHVL"});
  // Without the type name it is no number; a type code alone is none either.
  CHECK(Ids("gửi về 285/CCTTHC trước ngày") == std::vector<std::string>{});
  CHECK(Ids("Kế hoạch số 10/KH") == std::vector<std::string>{});
}

TEST_CASE("numbers: year ranges, phone numbers, sections and fractions are not numbers") {
  for (std::string text : {
           "giai đoạn 2021-2025",
           "giai đoạn 2024 - 2030",
           "năm học 2026 - 2027",
           "giai đoạn 2021/2025",
           "số điện thoại 0912-345-678",
           "Điện thoại: 0204.3854.123",
           "phòng, chống Covid-19 và HIV/AIDS",
           "trực 24/7",
           "tỷ lệ 1/2 số xã",
           "ngày 25/10/2023",
           "Điều 3. Trách nhiệm thi hành",
           "khoản 2 Điều 5, mục 1.2, điểm a khoản 3",
           "Kế hoạch 10/KH",
       }) {
    CAPTURE(text);
    CHECK(Ids(text).empty());
  }
}

TEST_CASE("dates: numeric and word forms give ISO days") {
  auto a = FirstDate("Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư");
  REQUIRE(a);
  CHECK(a->Iso() == "2023-10-25");
  CHECK(a->Precision() == "day");

  auto b = FirstDate("Chỉ thị số 05-CT/TƯ ngày 15-5-2016");
  REQUIRE(b);
  CHECK(b->Iso() == "2016-05-15");

  auto c = FirstDate("Bắc Giang, ngày 28 tháng 01 năm 2024");
  REQUIRE(c);
  CHECK(c->Iso() == "2024-01-28");

  auto d = FirstDate("Kết luận 226-KL/TU, 30/12/2022 về");
  REQUIRE(d);
  CHECK(d->Iso() == "2022-12-30");

  auto e = FirstDate("ngày mồng 5 tháng 3 năm 2020");
  REQUIRE(e);
  CHECK(e->Iso() == "2020-03-05");
}

TEST_CASE("dates: partial dates keep their precision") {
  auto m = FirstDate("hoàn thành trong tháng 6/2024");
  REQUIRE(m);
  CHECK(m->Iso() == "2024-06");
  CHECK(m->Precision() == "month");

  auto q = FirstDate("Hoàn thành trong Quý IV năm 2024.");
  REQUIRE(q);
  CHECK(q->Iso() == "2024-Q4");
  CHECK(q->Precision() == "quarter");
  CHECK(q->quarter == 4);

  auto q4 = FirstDate("trong quý 2 năm 2025");
  REQUIRE(q4);
  CHECK(q4->Iso() == "2025-Q2");
}

TEST_CASE("dates: dates that do not exist are rejected") {
  CHECK_FALSE(FirstDate("ngày 31/02/2024"));
  // The invalid day is dropped; at most the month is kept ("tháng 02 năm 2024").
  auto feb30 = FirstDate("ngày 30 tháng 02 năm 2024");
  CHECK((!feb30 || feb30->day == 0));
  CHECK_FALSE(FirstDate("ngày 29/02/2023"));
  CHECK_FALSE(FirstDate("ngày 12/13/2023"));
  CHECK(FirstDate("ngày 29/02/2024"));  // leap year
  CHECK_FALSE(FirstDate("Hải Phòng, ngày tháng năm 2024"));  // blank fields
  CHECK_FALSE(FirstDate("quý báu"));
  CHECK_FALSE(MakeDate("31", "4", "2024", ""));
  CHECK_FALSE(MakeDate("", "", "2024", "5"));
  CHECK(MakeDate("", "", "2024", "IV")->quarter == 4);
  CHECK(MakeDate("30", "4", "2024", "")->Iso() == "2024-04-30");
}

TEST_CASE("dates: an invalid date is skipped, the next valid one is found") {
  auto d = FirstDate("ngày 31/02/2024 (sai), đúng là ngày 28/02/2024");
  REQUIRE(d);
  CHECK(d->Iso() == "2024-02-28");
}

TEST_CASE("numbers: canonical ids through the CLI, with non-canonical diagnostics") {
  RunResult r = RunVbtool("extract --format text -",
                          "Thực hiện Quyết định số 281/QĐTTg và Chỉ thị số 25- CT/TƯ ngày 25/10/2023.\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("281/QĐ-TTg") != std::string::npos);
  CHECK(r.out.find("25-CT/TW") != std::string::npos);
  CHECK(r.out.find("'281/QĐTTg' is not in canonical form; write '281/QĐ-TTg' [non_canonical_number]") !=
        std::string::npos);
}

TEST_CASE("numbers: a space that broke a known issuer code is joined ('TT-BGD ĐT'), not a word after it") {
  DocNumber n = One("Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng");
  CHECK(n.id == "01/2016/TT-BGDĐT");
  CHECK(n.text == "01/2016/TT-BGD ĐT");
  CHECK(HasFix(n, "spaces"));
  // "BYT" + "QĐ" is no issuer code: the number stops at BYT.
  CHECK(One("Thông tư 27/2023/TT-BYT QĐ ngày").id == "27/2023/TT-BYT");
  CHECK(One("Thông tư 27/2023/TT-BYT Hà Nội").text == "27/2023/TT-BYT");
}

TEST_CASE("numbers: a label glued to the last known code is cut off ('BTP-BNVNgày đăng công báo')") {
  DocNumber n = One("Số hiệu:01/2009/TTLT-BTP-BNVNgày đăng công báo:18/05/2009");
  CHECK(n.id == "01/2009/TTLT-BTP-BNV");
  CHECK(n.text == "01/2009/TTLT-BTP-BNV");
  // A code that is no known issuer stays out ("Xyz" is a word).
  CHECK(One("Số: 12/KH-UBND-XYZVăn bản").id == "12/KH-UBND");
}

TEST_CASE("dates: a year broken by a space in a PDF copy ('ngày 16/7/20 21') is read whole") {
  auto d = FirstDate("ngày 16/7/20 21 của Thủ tướng Chính phủ");
  REQUIRE(d);
  CHECK(d->Iso() == "2021-07-16");
}

TEST_CASE("numbers: party separators on a state number are fixed, not on a code Party bodies use too") {
  DocNumber cp = One("Nghị quyết 17-NQ/CP");
  CHECK(cp.id == "17/NQ-CP");
  CHECK(HasFix(cp, "party_separators"));
  CHECK(One("Hướng dẫn số 25-HD/BTC ngày 10/11/2023").id == "25-HD/BTC");
  CHECK(One("Kế hoạch số 123-KH/BCĐ").id == "123-KH/BCĐ");
  CHECK(One("Số: 278/PGD&ĐT-THCS").id == "278/PGD&ĐT-THCS");
}

TEST_CASE("numbers: a date glued to the last code is cut off ('70-TB/TWngày 06 tháng 01 năm 2012', 'TTgngày')") {
  CHECK(Ids("Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư") == std::vector<std::string>{"70-TB/TW"});
  CHECK(Ids("Quyết định số 12/QĐ-TTgngày 5/5/2020") == std::vector<std::string>{"12/QĐ-TTg"});
  // Not without a date after it.
  CHECK(Ids("số 12/QĐ-TTgabc").empty());
}

TEST_CASE("numbers: OCR's 'ƯBND' is the issuer code UBND") {
  CHECK(Ids("Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015") == std::vector<std::string>{"2582/QĐ-UBND"});
}

TEST_CASE("numbers: state separators on a Party number are fixed ('22/NQ-TU' is 22-NQ/TU), not on a state body's") {
  DocNumber tu = One("Nghị quyết số 22/NQ-TU ngày 08/6/2022");
  CHECK(tu.id == "22-NQ/TU");
  CHECK(HasFix(tu, "state_separators"));
  CHECK(One("Quyết định 5/QĐ-UBND").id == "05/QĐ-UBND");
}
