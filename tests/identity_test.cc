// The identity stage: the document's own number, type, date, place, issuer,
// title, signers, addressees and recipients (src/identity.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "rule_data.h"
#include "test_util.h"
#include "vbtool/extract.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

// The issuing body read from `text`, or "(none)".
std::string IssuerOf(const std::string& text) {
  Document d = Run(text);
  return d.self.issuer ? d.self.issuer->name : std::string("(none)");
}

bool HasDiag(const Document& d, const std::string& code) {
  for (const auto& g : d.diagnostics)
    if (g.code == code) return true;
  return false;
}

const std::string kDecision =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH NGHỆ AN\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Số: 2345/QĐ-UBND\n"
    "Nghệ An, ngày 05 tháng 8 năm 2024\n"
    "QUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 20-NQ/TW\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
    "Căn cứ Quyết định số 1092/QĐ-TTg ngày 02/9/2018 của Thủ tướng Chính phủ;\n"
    "Nơi nhận:\n"
    "- Như Điều 3;\n"
    "- Bộ Y tế (để b/c);\n"
    "- Lưu: VT, KGVX.\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "KT. CHỦ TỊCH\n"
    "PHÓ CHỦ TỊCH\n"
    "\n"
    "Bùi Đình Long\n";

}  // namespace

TEST_CASE("identity: a provincial decision's header, title and signature") {
  Document d = Run(kDecision);
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "2345/QĐ-UBND");
  REQUIRE(d.self.number_at);
  CHECK(d.self.number_at->line == 5);
  CHECK(d.self.number_at->column == 5);  // after "Số: "
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "QĐ");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2024-08-05");
  CHECK(d.self.place == "Nghệ An");
  REQUIRE(d.self.issuer);
  // Two header lines are one body; the table's spelling, the place in title case.
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Nghệ An");
  CHECK(d.self.issuer->code == "UBND");
  // The title stops at the issuer's own line.
  CHECK(d.self.title == "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 20-NQ/TW");
  REQUIRE(d.self.signers.size() == 1);
  CHECK(d.self.signers[0].mark == "TM KT");
  CHECK(d.self.signers[0].on_behalf == "ỦY BAN NHÂN DÂN / CHỦ TỊCH");
  CHECK(d.self.signers[0].role == "PHÓ CHỦ TỊCH");
  CHECK(d.self.signers[0].name == "Bùi Đình Long");
  CHECK(d.self.recipients == std::vector<std::string>{"Như Điều 3", "Bộ Y tế (để b/c)"});
  CHECK_FALSE(HasDiag(d, "missing_number"));
}

TEST_CASE("identity: a công văn with blank number and date fields") {
  Document d = Run(
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
      "Số: /SGDĐT-VP\n"
      "V/v thực hiện Kế hoạch quán triệt,\n"
      "học tập Chỉ thị số 25-CT/TW\n"
      "\n"
      "Hải Phòng, ngày tháng năm 2024\n"
      "Kính gửi:\n"
      "- Các trường THPT;\n"
      "- Các đơn vị trực thuộc.\n");
  CHECK_FALSE(d.self.number);
  CHECK(HasDiag(d, "blank_number"));
  CHECK(HasDiag(d, "blank_date"));
  REQUIRE(d.self.date);
  CHECK(d.self.date->Precision() == "year");
  CHECK(d.self.date->Iso() == "2024");
  CHECK(d.self.place == "Hải Phòng");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "CV");
  CHECK(d.self.title == "thực hiện Kế hoạch quán triệt, học tập Chỉ thị số 25-CT/TW");
  CHECK(d.self.addressees == std::vector<std::string>{"Các trường THPT", "Các đơn vị trực thuộc"});
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->code == "SGDĐT");
}

TEST_CASE("identity: a header number line that lost its 'Số:' is still the document's number") {
  Document d = Run(
      "ỦY BAN NHÂN DÂN\n"
      "TỈNH QUẢNG NAM\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "1234/QĐ-UBND\n"
      "Quảng Nam, ngày 12 tháng 5 năm 2021\n"
      "QUYẾT ĐỊNH\n"
      "Về việc phê duyệt kế hoạch\n"
      "Căn cứ Quyết định số 45/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh;\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "1234/QĐ-UBND");
  CHECK(d.references.size() == 1);
  // A number opening a header line with neither the motto above it nor the
  // place and date beside it is not taken: "45/2020/QĐ-UBND" here is cited.
  Document c = Run(
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
      "QUYẾT ĐỊNH\n"
      "Về việc sửa đổi\n"
      "\n"
      "\n"
      "45/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh được sửa đổi như sau:\n");
  CHECK_FALSE(c.self.number);
}

TEST_CASE("identity: a header cut to 'ỦY BAN NHÂN DÂN' takes the body named in full under the title") {
  const std::string head =
      "ỦY BAN NHÂN DÂN\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 1234/QĐ-UBND\n"
      "Quảng Nam, ngày 12 tháng 5 năm 2021\n"
      "QUYẾT ĐỊNH\n"
      "Về việc phê duyệt kế hoạch\n";
  Document d = Run(head + "**ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM**\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Quảng Nam");
  Document c = Run(head + "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
  REQUIRE(c.self.issuer);
  CHECK(c.self.issuer->name == "Ủy ban nhân dân huyện Đại Lộc");
  // A copy that lost the title: the enacting line under the number line.
  Document n = Run("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 26/2012/QĐ-UBND | Cần Thơ, ngày 05 tháng "
                   "10 năm 2012 |\nỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức Hội đồng nhân dân;\n");
  REQUIRE(n.self.issuer);
  CHECK(n.self.issuer->name == "Ủy ban nhân dân thành phố Cần Thơ");
  // Nothing under the title: the head as written.
  Document h = Run(head + "Căn cứ Luật Tổ chức chính quyền địa phương;\n");
  REQUIRE(h.self.issuer);
  CHECK(h.self.issuer->name == "Ủy ban nhân dân");
}

TEST_CASE("identity: a portal's bulleted metadata gives the number and date; a wrong 'Nơi ban hành' yields to the code") {
  Document d = Run(
      "Hệ thống pháp luật\n"
      "Điều 7 Thông tư 43/2017/TT-BYT về quy định tỷ lệ hao hụt đối với vị thuốc cổ truyền\n"
      "Điều 7. Hiệu lực thi hành\n"
      "1. Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2018.\n"
      "  • Số hiệu: 43/2017/TT-BYT\n"
      "  • Loại văn bản: Thông tư\n"
      "  • Ngày ban hành: 16/11/2017\n"
      "  • Nơi ban hành: Quốc hội\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "43/2017/TT-BYT");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2017-11-16");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Bộ Y tế");
  CHECK(d.references.empty());
}

TEST_CASE("identity: with no motto and no number line, a label in capitals is no issuer") {
  Document d = Run("THÔNG TIN Ý KIẾN\nQuảng Trị\nV/v xin chủ trương nạo vét\nTHÔNG TIN PHẢN HỒI\n"
                   "Sở Tài chính có ý kiến như sau:\nGiao UBND huyện Triệu Phong chủ trì.\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Sở Tài chính");
  // A body's name in capitals is still read there.
  Document b = Run("SỞ Y TẾ TỈNH QUẢNG TRỊ\nV/v tăng cường phòng chống dịch\nKính gửi: Các đơn vị.\n");
  REQUIRE(b.self.issuer);
  CHECK(b.self.issuer->name == "Sở Y tế tỉnh Quảng Trị");
}

TEST_CASE("identity: a header flattened into one line: the body before 'Số:', the place after the motto") {
  Document d = Run("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                   "Độc lập - Tự do - Hạnh phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2018 |\n"
                   "QUYẾT ĐỊNH\nBan hành Quy định về ngân sách\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "52/2018/QĐ-UBND");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Lạng Sơn");
  CHECK(d.self.place == "Lạng Sơn");
}

TEST_CASE("identity: both header columns interleaved on one line of a flattened page") {
  // The left column goes on between the motto's two lines; the page number before it is no part of it.
  Document d = Run("  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập  Tự do  Hạnh phúc "
                   "Số: 05/2019/QĐ-UBND Trà Vinh, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Trà Vinh");
  // The motto first: the body is what stands between its two lines.
  Document a = Run("  1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN TỈNH AN GIANG Độc lập - Tự do - Hạnh phúc "
                   "An Giang, ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ VỀ VIỆC CHẤN CHỈNH\n");
  REQUIRE(a.self.issuer);
  CHECK(a.self.issuer->name == "Ủy ban nhân dân tỉnh An Giang");
  // A body under its parent: the lower line names it.
  Document s = Run("  1. UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - "
                   "Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010\n");
  REQUIRE(s.self.issuer);
  CHECK(s.self.issuer->name == "Sở Giáo dục và Đào tạo");
}

TEST_CASE("identity: a party body and its unit flattened into one header line") {
  Document d = Run("BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA *\nSố: 30-QĐ/UBKTTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Hà Nội, ngày 5 tháng 3 năm 2021\nQUYẾT ĐỊNH\nvề quy trình kiểm tra\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban Kiểm tra Trung ương");
  Document t = Run("TỈNH ỦY BÌNH DƯƠNG BAN TUYÊN GIÁO *\nSố: 30-HD/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Bình Dương, ngày 5 tháng 3 năm 2021\nHƯỚNG DẪN\nvề tuyên truyền\n");
  REQUIRE(t.self.issuer);
  CHECK(t.self.issuer->name == "Ban Tuyên giáo Tỉnh ủy Bình Dương");
}

TEST_CASE("identity: a header that lost its marks is a known body when, without marks, it is one") {
  Document d = Run("BỘ TÀI CHÍNH\nTỎNG CỤC THUÊ\nSố: 4222/TCT-PC\nHà Nội, ngày 09 tháng 11 năm 2023\nV/v hoàn thuế\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Tổng cục Thuế");
  Document v = Run("VAN PHONG CHÍNH PHU\nSố: 42/TB-VPCP\nHà Nội, ngày 09 tháng 11 năm 2023\nTHÔNG BÁO\nKết luận\n");
  REQUIRE(v.self.issuer);
  CHECK(v.self.issuer->name == "Văn phòng Chính phủ");
  CHECK(vbtool::internal::BareName("TỎNG CỤC  THUÊ") == "tong cuc thue");
  CHECK(vbtool::internal::BareName("Đảng ủy") == "dang uy");
}

TEST_CASE("identity: a flattened header whose number is followed by the title in capitals") {
  Document d = Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ỦY BAN NHÂN DÂN TỈNH AN GIANG An Giang, "
                   "ngày 05 tháng 10 năm 2012 Số: 15/2012/CT-UBND CHỈ THỊ Về việc tăng cường quản lý\nCăn cứ Luật;\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "15/2012/CT-UBND");
  CHECK(d.references.empty());
  // Running text after a number is not a title: "Số: 15/2012/CT-UBND của UBND tỉnh" stays a citation's.
  Document c = Run("Thông báo số: 15/2012/TB-UBND Kết luận của Chủ tịch về việc\n");
  CHECK_FALSE(c.self.number);
}

TEST_CASE("identity: 'số:' in lower case opens a number line; a portal's lead names a letter it publishes") {
  Document d = Run("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc\n"
                   "số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023\nV/v tăng cường kỷ cương\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "4222/TCT-PC");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2023-11-09");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Tổng cục Thuế");
  Document p = Run("Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc tiếp tục phòng, chống dịch.\n"
                   "Báo Bà Rịa-Vũng Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.\n"
                   "Thực hiện Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ.\n");
  REQUIRE(p.self.number);
  CHECK(p.self.number->id == "13417/UBND-VP");
  REQUIRE(p.self.type);
  CHECK(p.self.type->code == "CV");
}

TEST_CASE("identity: with no type anywhere, a 'Kính gửi:' line makes the text a letter") {
  Document d = Run("Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên\n\n"
                   "Kính gửi: Các tỉnh ủy, thành ủy.\nĐể việc đánh giá được thống nhất, Ban Tổ chức Trung ương hướng dẫn.\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "CV");
  // A type read elsewhere stays: a Tờ trình addressed to the council.
  Document t = Run("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/TTr-UBND\nTỜ TRÌNH\nVề việc ban hành Nghị quyết\n"
                   "Kính gửi: Hội đồng nhân dân tỉnh.\n");
  REQUIRE(t.self.type);
  CHECK(t.self.type->code == "TTr");
}

TEST_CASE("identity: a Party plan and an unmarked signature") {
  Document d = Run(
      "ĐẢNG BỘ TỈNH QUẢNG NAM\n"
      "HUYỆN ỦY ĐẠI LỘC\n"
      "*\n"
      "Số 156-KH/HU\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Đại Lộc, ngày 12 tháng 3 năm 2024\n"
      "KẾ HOẠCH\n"
      "thực hiện Kết luận số 68-KL/TW\n"
      "-----\n"
      "Nội dung.\n"
      "BÍ THƯ\n"
      "(Đã ký)\n"
      "Nguyễn Văn Công\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "156-KH/HU");
  CHECK(d.self.number->family == Family::kParty);
  REQUIRE(d.self.issuer);
  // "HUYỆN ỦY ĐẠI LỘC" names a body: not joined to the line above as a locality.
  CHECK(d.self.issuer->name == "Huyện ủy Đại Lộc");
  CHECK(d.self.issuer->code == "HU");
  CHECK(d.self.title == "thực hiện Kết luận số 68-KL/TW");
  REQUIRE(d.self.signers.size() == 1);
  CHECK(d.self.signers[0].mark.empty());
  CHECK(d.self.signers[0].role == "BÍ THƯ");
  CHECK(d.self.signers[0].name == "Nguyễn Văn Công");
}

TEST_CASE("identity: web copies with metadata lines") {
  Document d = Run("Số hiệu: 15/2024/NĐ-CP\nNgày ban hành: 06/02/2024\nNGHỊ ĐỊNH\nVề xử phạt\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "15/2024/NĐ-CP");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2024-02-06");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->code == "CP");
}

// Web and PDF copies of the two-column header: cells split over lines,
// table pipes, the motto wrapped anywhere (see the evaluation notes in the
// README: these shapes come from real scraped documents).
TEST_CASE("identity: a wrapped motto is no issuer; a body written over two lines is one body") {
  Document d = Run(
      "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n---------------\n"
      "Số:\n169/QĐ-BLĐTBXH |\nHà Nội, ngày 24\ntháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố danh mục\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Bộ Lao động - Thương binh và Xã hội");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "169/QĐ-BLĐTBXH");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2025-01-24");
  CHECK(d.self.place == "Hà Nội");
}

TEST_CASE("identity: a flattened header line gives the number and the date beside it") {
  Document d = Run("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
                   "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "435/QĐ-UBND");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2020-05-04");
}

TEST_CASE("identity: section headings, type titles, bylines and enacting sentences about other documents") {
  // A numbered heading is body text, not the issuer.
  Document a = Run("KẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức\n");
  CHECK_FALSE(a.self.issuer);
  // A title that opens with a type name is a title.
  Document b = Run("QUY CHẾ LÀM VIỆC CỦA ỦY BAN KIỂM TRA HUYỆN ỦY\nChương I\n");
  CHECK_FALSE(b.self.issuer);
  // News: the sentence names the issuer of the cited plan, not of the page.
  Document c = Run("Ngày 06/4, UBND tỉnh ban hành Công văn số 391 - CV/ĐU về việc tuyên truyền.\nBBT\n");
  CHECK_FALSE(c.self.issuer);
  // "Ban hành" is a verb, not a body called "Ban ...".
  Document e = Run("Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác văn thư.\n");
  CHECK_FALSE(e.self.issuer);
}

TEST_CASE("identity: a news item that tells of a body issuing a document is a report") {
  Document news = Run("THÔNG TIN PHỔ BIẾN\nNgày 21/6/2024 UBND tỉnh đã ban hành Kế hoạch số 153/KH-UBND về việc "
                      "triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n");
  CHECK(news.self.report);
  CHECK(RelationName(news.references.at(1).relation) == std::string("mentions"));
  REQUIRE(news.edges.size() == 1);  // what the plan carries out stays
  CHECK(news.edges[0].relation == Relation::kImplements);
  // A plan without a header is no report: it has its type title.
  Document plan = Run("KẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư, UBND tỉnh đã ban "
                      "hành Kế hoạch số 153/KH-UBND.\n");
  CHECK_FALSE(plan.self.report);
}

TEST_CASE("identity: a news item telling of an event a body held on a day is a report") {
  Document news = Run("Lấy phiếu tín nhiệm cán bộ lãnh đạo\nThực hiện Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính "
                      "trị về lấy phiếu tín nhiệm, ngày 04/8/2023, Đảng ủy Trường Đại học Cần Thơ tổ chức Hội nghị "
                      "lấy phiếu tín nhiệm Ban Thường vụ.\n");
  CHECK(news.self.report);
  CHECK(RelationName(news.references.at(0).relation) == std::string("mentions"));
  // The same sentence in a plan with a header: the plan carries the rule out.
  Document plan = Run("KẾ HOẠCH\nThực hiện Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị, ngày 04/8/2023, "
                      "Đảng ủy Trường tổ chức Hội nghị lấy phiếu tín nhiệm.\n");
  CHECK_FALSE(plan.self.report);
  CHECK(RelationName(plan.references.at(0).relation) == std::string("implements"));
}


TEST_CASE("identity: a newspaper's dateline or a letter 'just sent' makes a report, which has no issuer") {
  Document dated = Run("Tập huấn chuẩn bị đại hội\nĐBP - Trong 2 ngày (9 - 10/9), Trung ương Hội tổ chức tập huấn.\n"
                       "Các đại biểu được quán triệt Chỉ thị số 46-CT/TW ngày 28/6/2020 về lãnh đạo đại hội.\n");
  CHECK(dated.self.report);
  CHECK(RelationName(dated.references.at(0).relation) == std::string("mentions"));
  Document sent = Run("Thông tin văn bản\nChủ tịch UBND huyện yêu cầu các cơ quan thực hiện nghiêm chỉ đạo.\n"
                      "Nghiêm túc thực hiện Thông báo số 31/TB-VPCP ngày 25/2/2021, Chủ tịch UBND huyện vừa có công "
                      "văn yêu cầu các cơ quan nâng cao mức cảnh báo.\n");
  CHECK(sent.self.report);
  CHECK_FALSE(sent.self.issuer);
  CHECK(RelationName(sent.references.at(0).relation) == std::string("mentions"));
  // A section heading "II- NHIỆM VỤ" is no dateline.
  Document plan = Run("Thực hiện Chỉ thị số 46-CT/TW ngày 28/6/2020 của Ban Bí thư\nII- NHIỆM VỤ\n");
  CHECK_FALSE(plan.self.report);
}
TEST_CASE("identity: a mangled or wrapped motto is still the motto, not the issuer") {
  Document d = Run("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐ-UBND\nCỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập  Tự do  Hạnh phúc\nKiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Kiên Giang");
  Document w = Run("CHÍNH PHỦ\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 68/NQ-CP\nHà Nội, ngày 01 tháng 7 năm 2021\nNGHỊ QUYẾT\n");
  REQUIRE(w.self.issuer);
  CHECK(w.self.issuer->name == "Chính phủ");
}

TEST_CASE("identity: an old gazette title holds the own number and date; a plan's title citing a number does not") {
  Document d = Run("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ "
                   "HOẠCH\nThực hiện Nghị quyết số 05/2001/NQ-CP ngày 24/5/2001 của Chính phủ, ...\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "16/2001/CT-TTg");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2001-06-21");
  CHECK(d.self.title == "VỀ VIỆC XÂY DỰNG KẾ HOẠCH");
  CHECK(d.references.size() == 1);
  Document p = Run("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 25-CT/TW NGÀY 25/10/2023 CỦA BAN BÍ THƯ\n");
  CHECK_FALSE(p.self.number);
  // The title's type must be the number's.
  Document k = Run("KẾ HOẠCH SỐ 25-CT/TW\nThực hiện.\n");
  CHECK_FALSE(k.self.number);
}

TEST_CASE("identity: a head naming no body over its organisation is one body; over a body of its own it is a parent") {
  CHECK(IssuerOf("BAN CHẤP\nHÀNH TRUNG ƯƠNG |\nĐOÀN TNCS HỒ\nCHÍ MINH |\nSố: 411-KH/TWĐTN-BTC |\n") ==
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh");
  CHECK(IssuerOf("BAN CHẤP HÀNH\nĐOÀN TỈNH BẮC GIANG\n***\nSố: 41-KH/TĐTN-TTNTH\n\nKẾ HOẠCH\n") ==
        "Ban Chấp hành Đoàn tỉnh Bắc Giang");
  CHECK(IssuerOf("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố: 41-HD/BTCTW\n\nHƯỚNG DẪN\n") ==
        "Ban Tổ chức Trung ương");
}

TEST_CASE("identity: a unit named only within the body above it is that body's unit") {
  CHECK(IssuerOf("TỈNH ỦY BÌNH DƯƠNG\nVĂN PHÒNG\n*\nSố: 12-CV/VPTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n") ==
        "Văn phòng Tỉnh ủy Bình Dương");
  CHECK(IssuerOf("HUYỆN UỶ LỤC NAM\nUỶ BAN KIỂM TRA\n*\nSố: 12-TB/UBKTHU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n") ==
        "Ủy ban Kiểm tra Huyện ủy Lục Nam");
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nVĂN PHÒNG\n\nSố: 12/VP-KT\n") ==
        "Văn phòng Ủy ban nhân dân tỉnh Bắc Giang");
  CHECK(IssuerOf("HUYỆN ỦY CÔ TÔ\nCƠ QUAN TỔ CHỨC – NỘI VỤ\n\nSố 29-CV/TC-NV\n") == "CƠ QUAN TỔ CHỨC - NỘI VỤ HUYỆN ỦY CÔ TÔ");
  // Signed on behalf of the committee's standing body: that body issued it.
  CHECK(IssuerOf("TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố: 27-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHuế, ngày 23 tháng 8 năm 2017\n\n"
                 "CHƯƠNG TRÌNH\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Trường Lưu\n") ==
        "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế");
  CHECK(IssuerOf("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 225-KH/TWĐTN-TTNTH\n\nKẾ HOẠCH\n\n"
                 "Nội dung.\n\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\n\nNguyễn Phạm Duy Trang\n") ==
        "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh");
  // The collective alone takes the place of the committee's "Ban Chấp hành".
  CHECK(IssuerOf("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 225-KH/TWĐTN-TTNTH\n\nKẾ HOẠCH\n\n"
                 "Nội dung.\n\nTM. BAN BÍ THƯ\nBÍ THƯ\n\nNguyễn Phạm Duy Trang\n") ==
        "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh");
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\nNội dung.\n\nTM. ỦY BAN NHÂN DÂN\n"
                 "CHỦ TỊCH\n\nNguyễn Văn A\n") == "Ủy ban nhân dân tỉnh Bắc Giang");
  // A header cut to its generic head: the number's known body.
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 681/HD-SGDĐT | Cần Thơ, ngày 18 tháng 04 "
                 "năm 2013 |\nHƯỚNG DẪN\n") == "Sở Giáo dục và Đào tạo");
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 12/SGDĐT-VP\n") == "Ủy ban nhân dân tỉnh Bắc Giang");
  // The number's body whose name goes on from the header's; the Đoàn motto under the number line.
  CHECK(IssuerOf("BAN CHẤP HÀNH TRUNG ƯƠNG\n\n***\n\nSố:  26  -CTr/TWĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
                 "CHƯƠNG TRÌNH\n") == "Ban Chấp hành Trung ương Đoàn");
  // "ĐOÀN TNCS HỒ CHÍ MINH" on a line of its own is the Đoàn's motto.
  CHECK(IssuerOf("BCH ĐOÀN TP. HỒ CHÍ MINH\n***\nĐOÀN TNCS HỒ CHÍ MINH\nTP. Hồ Chí Minh, ngày 21 tháng 02 năm 2014\n") ==
        "BCH ĐOÀN TP. HỒ CHÍ MINH");
  CHECK(IssuerOf("ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH BẠC LIÊU\n* * *\nSố: 43-CT/ĐTN\n") == "BCH TỈNH BẠC LIÊU");
  // OCR-damaged motto, a blank number's symbol on a line of its own.
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN\nHUYỆN GIỒNG TRƠM\n\nSố:\n\n/BC-UBND\n\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                 "BÁO CÁO\n") == "Ủy ban nhân dân huyện Giồng Trơm");
  CHECK(IssuerOf("ỦY BAN NHÂN DÂN\nQUẬN HOÀNG MAI\nSỐ:y/45/KH-ƯBND\nCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\n") ==
        "Ủy ban nhân dân quận Hoàng Mai");
  // A Sở under its UBND is a body of its own.
  CHECK(IssuerOf("UBND TỈNH BẮC GIANG\nSỞ Y TẾ\n\nSố: 12/SYT-VP\n") == "Sở Y tế");
}

TEST_CASE("identity: with no header, the body that speaks names the issuer, not a deputy") {
  CHECK(IssuerOf("Thực hiện Công văn số 12/UBND-VP ngày 2/3/2021 của UBND tỉnh, Ủy ban nhân dân huyện Côn Đảo có ý kiến "
               "như sau:\n1. Giao ...\n") == "Ủy ban nhân dân huyện Côn Đảo");
  CHECK(IssuerOf("Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT thực hiện.\n") == "Sở Giáo dục và Đào tạo");
  CHECK(IssuerOf("Thực hiện Công văn số 11034/VPCP-KGVX của Văn phòng Chính phủ, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND "
               "tỉnh có ý kiến như sau:\nGiao Sở ...\nVăn phòng UBND tỉnh thông báo để các cơ quan thực hiện./.\n") ==
        "Văn phòng UBND tỉnh");
}

TEST_CASE("identity: a web copy's metadata names the issuer; an enacting formula names none") {
  Document d = Run("Số hiệu: 16/HD-MT\nLoại văn bản: Hướng dẫn\nCơ quan ban hành: Uỷ ban MTTQ Việt Nam tỉnh Bắc "
                   "GiangNgày ban hành: 23/08/2016\n\nCăn cứ ...\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Uỷ ban MTTQ Việt Nam tỉnh Bắc Giang");  // the glued label cut off
  Document q = Run("Đại hội đại biểu Đảng bộ tỉnh lần thứ XI diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.\n\n"
                   "QUYẾT NGHỊ\n1. Thông qua ...\n");
  CHECK_FALSE(q.self.issuer);
}

TEST_CASE("identity: a header block moved below the title by a PDF extraction; a year with a digit glued on") {
  std::string body;
  for (int i = 0; i < 45; ++i) body += "Dòng nội dung thứ " + std::to_string(i) + " của văn bản.\n";
  Document d = Run("THÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BLĐTBXH\n" + body +
                   "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 09/2026/TT-BNV\n"
                   "Hà Nội, ngày 15 tháng 05 năm 2026\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "09/2026/TT-BNV");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2026-05-15");
  // Without the motto beside it, a "Số:" line far down is not the header.
  Document f = Run("THÔNG TƯ\n" + body + "Số: 09/2026/TT-BNV\n");
  CHECK_FALSE(f.self.number);
  Document y = Run("BỘ TÀI CHÍNH\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 20264\nQUYẾT ĐỊNH\n");
  CHECK_FALSE(y.self.date);
  CHECK(HasDiag(y, "invalid_date"));
}

TEST_CASE("identity: a portal's subject line with the number and date after it, when there is no number line") {
  Document d = Run("Skip to main content\n\nVề việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông "
                   "thôn (3585/VP-KTN, ngày 23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của "
                   "Văn phòng Chính phủ, ...\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "3585/VP-KTN");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2017-10-23");
  CHECK(d.self.title == "báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].id == "11034/VPCP-KGVX");
}

TEST_CASE("identity: with no header, a first line in capitals opening with the type gives type and title") {
  Document d = Run("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n\nCăn cứ Kế hoạch số "
                   "103/KH-UBND ngày 18/6/2019 của UBND tỉnh;\n\nUỷ ban nhân dân tỉnh xây dựng Kế hoạch như sau:\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KH");
  CHECK(d.self.title == "TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Uỷ ban nhân dân tỉnh");
  // Not in running text, nor in lower case.
  Document p = Run("Kế hoạch Chương trình nước sạch năm 2014\nThực hiện Công văn số 2191/BNN-TCTL ngày 03/7/2013.\n");
  CHECK_FALSE(p.self.type);
  // A copy flattened into one line: the type in capitals opens it, the title's end is lost.
  Document f = Run("Quản lý Văn bản\n\nKẾ HOẠCH Thực hiện công tác bảo vệ rừng năm 2024 Thực hiện Kế hoạch số 10/KH-UBND, "
                   "ngày 10/01/2024 của Ủy ban nhân dân huyện Hoằng Hóa về việc bảo vệ rừng;\n");
  REQUIRE(f.self.type);
  CHECK(f.self.type->code == "KH");
  CHECK(f.self.title.empty());
}

TEST_CASE("identity: a text opening with its own preamble is no news report, whatever it tells of others") {
  Document d = Run("ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Nghị quyết số 74/NQ-CP ngày 07/4/2025 của "
                   "Chính phủ;\n\nNgày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU ngày "
                   "16/4/2025 về chủ trương.\n");
  CHECK_FALSE(d.self.report);
  CHECK(d.references[0].relation == Relation::kBasis);
  Document n = Run("Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU về chủ trương; "
                   "căn cứ Nghị quyết số 74/NQ-CP ngày 07/4/2025 của Chính phủ.\n");
  CHECK(n.self.report);
}

TEST_CASE("identity: a web copy's metadata table and layout lines before the header do not use up the header zone") {
  std::string junk = "**\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\n**Số hiệu:**\n|\n89/2025/QĐ-UBND\n|\n**Loại văn bản:**\n|\n"
                     "Quyết định\n|\n";
  for (int i = 0; i < 40; ++i) junk += "|\n";
  Document d = Run(junk + "**ỦY\nBAN NHÂN DÂN**\n**TỈNH LAI CHÂU**\n--------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                          "Độc lập - Tự do - Hạnh phúc\n|\nSố: 89/2025/QĐ-UBND\n|\n*Lai\nChâu, ngày 28 tháng 11 năm 2025*\n|\n"
                          "**QUYẾT ĐỊNH**\nPHÂN CẤP TUYỂN DỤNG VIÊN CHỨC\n");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2025-11-28");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Lai Châu");
}

TEST_CASE("identity: with no header block, the enacting authority's line under the title names the body") {
  Document d = Run("# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nSố: /QĐ-UBND\n\nLai Châu, ngày tháng "
                   "năm 2025\n\n# QUYẾT ĐỊNH\n\nVề việc công bố danh mục thủ tục hành chính\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH "
                   "LAI CHÂU\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Lai Châu");
}

TEST_CASE("identity: a portal's listing line 'Công văn số N ngày D V/v ...' names the document") {
  Document d = Run("Công văn số 1448/SNV-CCHC ngày 27/12/2016 V/v xin ý kiến vào dự thảo Kế hoạch.\n\nKính gửi: các sở\n\n"
                   "Thực hiện Quyết định số 3069/QĐ-UBND ngày 26/12/2016 của UBND tỉnh Sơn La Ban hành Kế hoạch cải cách "
                   "hành chính, Sở Nội vụ xây dựng dự thảo.\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "1448/SNV-CCHC");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2016-12-27");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "CV");
  // Not "UBND ngày 26/12/2016 của UBND tỉnh Sơn La": the "UBND" of a number opens no name.
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Sở Nội vụ");
}

TEST_CASE("identity: a portal excerpt's '(Trích Báo cáo số ...)' line names the document") {
  Document d = Run("Báo cáo tình hình kinh tế - xã hội 10 tháng năm 2018\n\n(Trích Báo cáo số 284/BC-UBND ngày 30 tháng "
                   "10 năm 2018)\n\nThực hiện Nghị quyết số 08-NQ/TU ngày 05/12/2017 của Tỉnh ủy, ...\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "284/BC-UBND");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2018-10-30");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].relation == Relation::kImplements);
}

TEST_CASE("identity: a newspaper copy's lead names the document whose full text follows") {
  Document d = Run("Tìm kiếm tin tức\nNgày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về "
                   "thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.\nBan quản trị website xin đăng toàn văn Chương trình "
                   "này:\n\nCHƯƠNG TRÌNH\nThực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư, ...\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "27-CTr/TU");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2017-08-23");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Tỉnh Ủy Thừa Thiên Huế");
  REQUIRE(d.references.size() == 1);  // its own number is no reference
  CHECK(d.references[0].id == "13-CT/TW");
  // Without a full number: the type and the issuer.
  Document y = Run("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường ...\n"
                   "Nội dung Chỉ thị như sau:\nTrong những năm qua, ...\n");
  REQUIRE(y.self.type);
  CHECK(y.self.type->code == "CT");
  REQUIRE(y.self.issuer);
  CHECK(y.self.issuer->name == "Ban Thường vụ Tỉnh ủy Yên Bái");
  CHECK_FALSE(y.self.report);
  // A lead with no note that the text follows is a news item citing a document.
  Document n = Run("Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về rừng.\n"
                   "Chương trình nêu rõ ...\n");
  CHECK_FALSE(n.self.number);
}

TEST_CASE("identity: a lead ending its sentence before 'Nội dung như sau:'; the own number cited with its date dates it") {
  Document d = Run("Thực hiện Kế hoạch số 82/KH-UBND ngày 20/12/2024 của UBND huyện Ân Thi về việc triển khai thực hiện "
                   "Nghị quyết số 49/NQ-TU ngày 28/5/2024 của Ban Thường vụ Tỉnh uỷ, UBND xã đăng tải bài sau:\n\n"
                   "Ngày 28/5, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 49-NQ/TU về tăng cường sự lãnh đạo của Đảng. "
                   "Nội dung như sau:\n\nI. TÌNH HÌNH\nTrong những năm qua, thực hiện Chỉ thị số 30-CT/TW1, ...\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "49-NQ/TU");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2024-05-28");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ban Thường vụ Tỉnh ủy");
  CHECK(Need(d, "30-CT/TW").number.text == "30-CT/TW");  // the footnote mark glued to it is no part of it
  // The lead's "Thực hiện" is the page's act: what the lead cites is mentioned.
  CHECK(Need(d, "82/KH-UBND").relation == Relation::kMentions);
  REQUIRE(d.self.text_at);
  CHECK(d.self.text_at->line == 3);
  // Carrying out told of the past, in a review, is no carrying out.
  CHECK(Need(d, "30-CT/TW").relation == Relation::kMentions);
}

TEST_CASE("identity: a lead that issues the document 'với những nội dung chủ yếu sau:' names it") {
  Document d = Run("Chương trình hành động thực hiện Nghị quyết Đại hội\nTư liệu\n\nBáo Nhân Dân trân trọng giới thiệu "
                   "Chương trình hành động.\n\nBan Chấp hành Đảng bộ thành phố Đà Nẵng ban hành Chương trình hành động "
                   "thực hiện Nghị quyết Đại hội với những nội dung chủ yếu sau:\n\n- Quán triệt ...\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "CTr");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ban Chấp hành Đảng bộ thành phố Đà Nẵng");
  // A summary of a draft's content is no publication of a text.
  Document n = Run("Ngày 24/11/2025, UBND tỉnh Đồng Nai đã có Tờ trình 194/TTr-UBND Dự thảo Nghị quyết ban hành Quy "
                   "định Bảng giá đất.\n\n**[2] Tại Quy định bảng giá đất được bố cục thành 10 điều gồm những nội "
                   "dung chính sau:**\n");
  CHECK_FALSE(n.self.type);
}

TEST_CASE("identity: a news lead's body may hold the comma of its name; the page then reports") {
  Document d = Run("Thực hiện Công văn điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ về việc tăng cường các "
                   "biện pháp. Ngày 01/9/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Công văn số "
                   "656/SVHTTDL-QLVHGĐ về tiếp tục tăng cường.\n");
  CHECK(d.self.report);
  CHECK(Need(d, "1102/CĐ-TTg").relation == Relation::kMentions);
  const Reference& cv = Need(d, "656/SVHTTDL-QLVHGĐ");
  REQUIRE(cv.issuer);
  CHECK(cv.issuer->name == "Sở Văn hóa, Thể thao và Du lịch");
  REQUIRE(cv.date);
  CHECK(cv.date->Iso() == "2021-09-01");
  CHECK(EdgeSet(d).count("656/SVHTTDL-QLVHGĐ implements 1102/CĐ-TTg"));
}

TEST_CASE("identity: a copy's note before the document's own header: what the page says before it is mentioned") {
  Document d = Run("(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị đã đề cập đến một điểm mới, "
                   "thành viên do Bộ Chính trị quyết định trên cơ sở đề nghị của Đảng đoàn (trong Quy định số 172-QĐ/TW, "
                   "thành viên do Ban Bí thư quyết định). Ban Biên tập trân trọng đăng toàn văn nội dung Quy định quan "
                   "trọng này.\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 97-QĐ/TW\n\nHà Nội, ngày 07 "
                   "tháng 02 năm 2023\n\nQUY ĐỊNH\n\n- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021;\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "97-QĐ/TW");
  REQUIRE(d.self.text_at);
  CHECK(d.self.text_at->line == 1);
  CHECK(Need(d, "172-QĐ/TW").relation == Relation::kMentions);
  CHECK(Need(d, "24-QĐ/TW").relation == Relation::kBasis);
}

TEST_CASE("identity: the issuing body named after a cited text's issuer on one line, and before a defined short name") {
  Document d = Run("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết "
                   "định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi "
                   "số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế "
                   "hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:\nI. MỤC ĐÍCH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp");
  CHECK(Need(d, "47/QĐ-UBND").relation == Relation::kImplements);
}

TEST_CASE("identity: a V/v subject stops where the other header column goes on (motto, number, date)") {
  Document d = Run("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố:   /PGDĐT-TH\nV/v triển khai thực hiện Công văn số 1234/SGDĐT-GDTH\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Yên, ngày   tháng   năm 2024\n"
                   "Kính gửi: Hiệu trưởng các trường tiểu học.\n");
  CHECK(d.self.title == "triển khai thực hiện Công văn số 1234/SGDĐT-GDTH");
  Document w = Run("SỞ Y TẾ\nSố: 12/SYT-VP\nV/v tăng cường công tác phòng,\nchống dịch bệnh mùa hè\n\nKính gửi: Các đơn vị.\n");
  CHECK(w.self.title == "tăng cường công tác phòng, chống dịch bệnh mùa hè");
}

TEST_CASE("identity: a date line wrapped in Markdown far down a web page, beside the motto") {
  // A law database's page: a metadata block (its number first), forty lines of furniture, then the header.
  std::string page = "**Số hiệu:**\n|\n55/2025/TT-BCT\n|\n";
  for (int i = 0; i < 40; ++i) page += "|\n**Tình trạng:**\n";
  page += "**BỘ\nCÔNG THƯƠNG**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
          "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 55/2025/TT-BCT\n|\n"
          "*Hà Nội, ngày 28\ntháng 11* *năm 2025*\n|\n**THÔNG TƯ**\n";
  Document d = Run(page);
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2025-11-28");
  CHECK(d.self.place == "Hà Nội");
}

TEST_CASE("identity: a sentence opening with a connective and a date is no place and date line") {
  Document d = Run("Thông báo nêu rõ, phiên tiếp công dân định kỳ quy định vào ngày 15 hàng tháng.\n"
                   "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 2.\n");
  CHECK_FALSE(d.self.date);
  CHECK(d.self.place.empty());
  Document p = Run("Lạng sơn, ngày 20 tháng 01 năm 2012\n");
  REQUIRE(p.self.date);
  CHECK(p.self.place == "Lạng sơn");
}

TEST_CASE("identity: the bodies of a joint text, each known, joined by a hyphen") {
  Document d = Run("BỘ TÀI CHÍNH-BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n-------\nSố: 144/2014/TTLT-BTC-BVHTTDL\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 30 tháng 9 năm 2014\nTHÔNG TƯ LIÊN TỊCH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Bộ Tài chính - Bộ Văn hóa, Thể thao và Du lịch");
  CHECK(d.self.issuer->code.empty());
  // One body whose name holds a hyphen stays one.
  Document m = Run("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n-------\nSố: 10/2024/TT-BLĐTBXH\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 30 tháng 9 năm 2024\nTHÔNG TƯ\n");
  REQUIRE(m.self.issuer);
  CHECK(m.self.issuer->code == "BLĐTBXH");
}

TEST_CASE("identity: a Youth Union district committee under its province's, its name wrapped") {
  Document d = Run("TỈNH ĐOÀN THANH HÓA\nBCH ĐOÀN HUYỆN\nTHỌ XUÂN\n***\nSố: 46-KH/ĐTN\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\n"
                   "Thọ Xuân, ngày 25 tháng 02 năm 2015\n|\nKẾ HOẠCH\nTổ chức hoạt động Tháng Thanh niên 2015\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "BCH ĐOÀN HUYỆN THỌ XUÂN");
}

TEST_CASE("identity: header columns interleaved or spaced by blank lines; a line opening no body goes on with the name") {
  Document d = Run("# ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\n\n# ĐẢNG CỘNG SẢN VIỆT NAM\n\n# ĐẢNG UỶ KHỐI CÁC TRƯỜNG\n\n"
                   "# ĐẠI HỌC, CAO ĐẲNG HÀ NỘI\n\nHà Nội, ngày 23 tháng 11 năm 2023\n\nSố 2892-QĐ/ĐUK\n\nQUYẾT ĐỊNH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Đảng ủy Khối Các Trường Đại Học, Cao Đẳng Hà Nội");
  // A body under its parent stays apart; an abbreviation keeps its capitals.
  Document s = Run("UBND TỈNH BẮC GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 12/SYT-VP\n");
  REQUIRE(s.self.issuer);
  CHECK(s.self.issuer->name == "Sở Y tế");
  Document b = Run("ĐẢNG BỘ KHỐI CÁC TRƯỜNG\nĐẢNG CỘNG SẢN VIỆT NAM\nĐẠI HỌC, CAO ĐẲNG HÀ NỘI\nĐẢNG ỦY TRƯỜNG ĐHBK HÀ NỘI\n"
                   "Hà Nội, ngày 10 tháng 03 năm 2017\nSố: 26-HD/ĐU\n");
  REQUIRE(b.self.issuer);
  CHECK(b.self.issuer->name == "Đảng ủy Trường ĐHBK Hà Nội");
}

TEST_CASE("identity: a flattened công văn header 'Số: 627/BYT-BH V/v ...' gives number, type and subject") {
  Document d = Run("BỘ Y TẾ --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------\n"
                   "Số: 627/BYT-BH V/v hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT\n"
                   "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:\n- Sở Y tế các tỉnh;\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "627/BYT-BH");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "CV");
  CHECK(d.self.title == "hướng dẫn thực hiện một số quy định tại Điều 22 Luật BHYT");
  CHECK(d.references.empty());
}

TEST_CASE("identity: Markdown marks around header cells; a known name over two lines whose last line is a body too") {
  Document d = Run("    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
                   "         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n\n"
                   "   Số: 1673/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban Thường vụ Quốc hội");
  // A body under its parent stays apart.
  Document s = Run("**ỦY BAN NHÂN DÂN TỈNH BẮC GIANG**\n**SỞ Y TẾ**\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/SYT-VP\n");
  REQUIRE(s.self.issuer);
  CHECK(s.self.issuer->name == "Sở Y tế");
}

TEST_CASE("identity: a page title glued before the header keeps the body in capitals at its end") {
  Document d = Run("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
                   "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân tỉnh Kon Tum");
  // A table row of a dataset: the header's first line is its last cell.
  Document t = Run("https://example.vn/nq-02-2007 | Nghị quyết 02/2007/NQ-HĐND mức thu phí | HỘI ĐỒNG NHÂN DÂN\n"
                   "TỈNH AN GIANG\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 02/2007/NQ-HĐND\n"
                   "Long Xuyên, ngày 13 tháng 7 năm 2007\nNGHỊ QUYẾT\n");
  REQUIRE(t.self.issuer);
  CHECK(t.self.issuer->name == "Hội đồng nhân dân tỉnh An Giang");
  // ... also the first line of a known name wrapped over the next.
  Document w = Run("https://example.vn/qd-1204 | Quyết định 1204/QĐ-BVHTTDL về “Quốc hoa” Việt Nam | BỘ VĂN HOÁ, THỂ "
                   "THAO\nVÀ DU LỊCH\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1204/QĐ-BVHTTDL\n"
                   "Hà Nội, ngày 07 tháng 4 năm 2011\nQUYẾT ĐỊNH\n");
  REQUIRE(w.self.issuer);
  CHECK(w.self.issuer->name == "Bộ Văn hóa, Thể thao và Du lịch");
  // No body's name holds a quotation: the page's title names its subject after the body.
  Document q = Run("TRƯỜNG THPT VIỆT ĐỨC “TIẾP TỤC ĐƯA VIỆC HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH”\n\n"
                   "Phương hướng, nhiệm vụ năm 2013\n");
  REQUIRE(q.self.issuer);
  CHECK(q.self.issuer->name == "TRƯỜNG THPT VIỆT ĐỨC");
  // A sentence ending in capitals that name no known body is no header.
  Document s = Run("Thực hiện chỉ đạo của lãnh đạo TRUNG TÂM XYZ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
  CHECK_FALSE(s.self.issuer);
}

TEST_CASE("identity: a sentence's issuer is a name that opens a word and holds no verb") {
  // "UBND" inside a cited number opens no name; "Chủ tịch UBND tỉnh giao Sở ..." is a clause.
  Document d = Run("Xây dựng kế hoạch hỗ trợ các thôn\n\nTại Công văn số 4847/UBND-NNTN ngày 15/8/2018 Chủ tịch UBND tỉnh "
                   "giao Sở Nông nghiệp và Phát triển nông thôn hướng dẫn UBND các huyện miền núi triển khai ngay.\n");
  CHECK_FALSE(d.self.issuer);
  Document e = Run("Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:\n1. Phòng Văn hóa và Thông tin chủ trì.\n");
  REQUIRE(e.self.issuer);
  CHECK(e.self.issuer->name == "Ủy ban nhân dân huyện Côn Đảo");
}

TEST_CASE("identity: a web page's title in capitals names the document with its number") {
  Document d = Run("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU\n"
                   "Tại phiên họp ngày 28/2/2025, sau khi nghe báo cáo, Bộ Chính trị có ý kiến như sau:\n"
                   "Thực hiện Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng.\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "127-KL/TW");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KL");
  // A title that carries out another document is no page title of that one.
  Document e = Run("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 25-CT/TW\nCăn cứ Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư;\n");
  CHECK_FALSE(e.self.number);
}

TEST_CASE("identity: a page title holding only the type and number; a news lead announcing the full text") {
  Document d = Run("Quyết định 1281/QĐ-UBND\n\nỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1281/-UBND\n"
                   "Hà Tĩnh, ngày 13 tháng 05 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "1281/QĐ-UBND");
  Document e = Run("Ban Tuyên giáo Huyện uỷ hướng dẫn công tác tuyên truyền\n\nNgày 11/9/2020 Ban Tuyên giáo Huyện ủy ban "
                   "hành Công văn số 07-CV/BTGHU về việc \"Đẩy mạnh công tác tuyên truyền\", nội dung cụ thể như sau:\n\n"
                   "1. Thực hiện nghiêm túc Kế hoạch số 112-KH/HU, ngày 22/01/2020 của Ban Thường vụ Huyện ủy.\n");
  REQUIRE(e.self.number);
  CHECK(e.self.number->id == "07-CV/BTGHU");
  REQUIRE(e.self.issuer);
  CHECK(e.self.issuer->name == "Ban Tuyên giáo Huyện ủy");
}

TEST_CASE("identity: a law database's page: its metadata table one cell to a line, a label in capitals above") {
  const std::string page =
      "|\n**\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nClick vào phần bôi vàng để xem chi tiết.\n|\n"
      "**Số hiệu:**\n|\n37569/CHQ-GSQL\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\n"
      "Cục Hải quan\n|\n**Ngày ban hành:**\n|\n21/11/2025\n|\n"
      "Kính gửi: Công ty TNHH F.D.I\nTrả lời công văn số 13/CV-FDI ngày 13/11/2025 của Công ty, Cục Hải quan có ý "
      "kiến như sau:\n1. Về quyền xuất khẩu.\n";
  Document d = Run(page);
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "37569/CHQ-GSQL");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2025-11-21");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Cục Hải quan");
}

TEST_CASE("identity: a place wrapped before its last words") {
  Document d = Run("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\nSố: 2820/QĐ-UBND\n*Thành phố Hồ\nChí Minh, ngày 19 "
                   "tháng 11 năm 2025*\nQUYẾT ĐỊNH\n");
  CHECK(d.self.place == "Thành phố Hồ Chí Minh");
  Document e = Run("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 28/CTr-UBND\nHưng\nYên, ngày 18 tháng 02 năm 2022\n");
  CHECK(e.self.place == "Hưng Yên");
  // A header line in capitals above is no part of the place.
  Document f = Run("SỞ Y TẾ\nHà Nội, ngày 18 tháng 02 năm 2022\nSố: 28/SYT-VP\n");
  CHECK(f.self.place == "Hà Nội");
}

TEST_CASE("identity: a two-word locality in a header's body name is in lower case") {
  CHECK(IssuerOf("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n--------\nSố: 58/2025/NQ-HĐND\n") ==
        "Hội đồng nhân dân thành phố Hà Nội");
}

TEST_CASE("identity: a công điện's title ends at its enacting line") {
  Document d = Run("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 228/CĐ-TTg\nHà Nội, ngày 25 tháng 11 năm 2025\nCÔNG ĐIỆN\n"
                   "VỀ VIỆC GIẢI QUYẾT\nCHÍNH SÁCH BẢO HIỂM\n**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Bộ trưởng các Bộ\n");
  CHECK(d.self.title == "VỀ VIỆC GIẢI QUYẾT CHÍNH SÁCH BẢO HIỂM");
}

TEST_CASE("identity: a title line naming another type than the number's code gives the type, with a diagnostic") {
  Document d = Run("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 55/2007/CT-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm "
                   "2007\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động vì sự tiến bộ phụ nữ\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "QĐ");
  REQUIRE(!d.diagnostics.empty());
  CHECK(std::any_of(d.diagnostics.begin(), d.diagnostics.end(), [](const Diagnostic& x) {
    return x.code == "type_mismatch" && x.line == 5 &&
           x.message == "the title names a Quyết định but the number '55/2007/CT-UBND' has the code of a Chỉ thị";
  }));
  // "THÔNG TƯ" over a joint circular's number names its kind: the number's type stays.
  Document j = Run("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ\nSố: 01/2004/TTLT-BVHTT-BYT\nHà Nội, ngày 12 tháng 1 năm 2004\n"
                   "THÔNG TƯ\nHướng dẫn về hoạt động quảng cáo\n");
  REQUIRE(j.self.type);
  CHECK(j.self.type->code == "TTLT");
  // A Party number's "QĐ" under "QUY ĐỊNH" is no mismatch.
  Document p = Run("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 105-QĐ/TW\nHà Nội, ngày 19 tháng 12 năm 2017\nQUY ĐỊNH\nvề phân cấp "
                   "quản lý cán bộ\n");
  CHECK(std::none_of(p.diagnostics.begin(), p.diagnostics.end(),
                     [](const Diagnostic& x) { return x.code == "type_mismatch"; }));
}

TEST_CASE("identity: a Party header names its body as written; under 'BAN CHẤP HÀNH TRUNG ƯƠNG' the enacting line says which") {
  Document bct = Run("BỘ CHÍNH TRỊ\n*\nSố 11-NQ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 06 tháng 01 năm 2012\nNGHỊ "
                     "QUYẾT\nVề phát triển Thủ đô\n");
  REQUIRE(bct.self.issuer);
  CHECK(bct.self.issuer->name == "Bộ Chính trị");
  CHECK(bct.self.issuer->code == "TW");
  Document bbt = Run("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 09-QC/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 05 tháng 01 năm 2026\n"
                     "QUY CHẾ\nQuản lý và cung cấp thông tin trên Cổng thông tin điện tử\n"
                     "- Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của\nChính phủ ban hành kế hoạch hành động;\n"
                     "- Xét đề nghị của Văn phòng Trung ương Đảng,\n\n"
                     "Ban Bí thư ban hành Quy chế quản lý và cung cấp thông tin như sau:\n");
  REQUIRE(bbt.self.issuer);
  CHECK(bbt.self.issuer->name == "Ban Bí thư");
  // A ministry's header over its minister's enacting line stays the ministry.
  Document tt = Run("BỘ Y TẾ\n-------\nSố: 03/2026/TT-BYT\nHà Nội, ngày 12 tháng 02 năm 2026\nTHÔNG TƯ\nQuy định về "
                    "khám bệnh\nCăn cứ Luật Khám bệnh, chữa bệnh;\n\nBộ trưởng Bộ Y tế ban hành Thông tư quy định về khám "
                    "bệnh.\n");
  REQUIRE(tt.self.issuer);
  CHECK(tt.self.issuer->name == "Bộ Y tế");
}

TEST_CASE("identity: a blank number's code gives the type; a draft's title; a locality word wrapped alone") {
  Document d = Run("ỦY BAN NHÂN DÂN\nPHƯỜNG\nLONG ANH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                   "phúc\n\nSố:      /BC-UBND\n        Long Anh, ngày       tháng 01 năm 2024\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "BC");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân phường Long Anh");
  Document p = Run("ĐẢNG BỘ HUYỆN X\nĐẢNG ỦY XÃ Y\n*\nSố -KH/ĐU\nY, ngày  tháng 3 năm 2024\n");
  REQUIRE(p.self.type);
  CHECK(p.self.type->code == "KH");
  Document t = Run("ỦY BAN NHÂN DÂN\nXÃ Y\nSố: 12/UBND\n     DỰ THẢO BÁO CÁO\nĐánh giá kết quả năm 2023\n");
  REQUIRE(t.self.type);
  CHECK(t.self.type->code == "BC");
  CHECK(t.self.title == "Đánh giá kết quả năm 2023");
}

TEST_CASE("identity: '<body> xây dựng Kế hoạch ... như sau:' without a header gives the type; a number after the type makes a report") {
  Document d = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng các cấp; căn cứ tình hình "
                   "thực tiễn, Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch tổ chức đại hội như "
                   "sau:\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KH");
  CHECK(RelationName(d.references.at(0).relation) == std::string("implements"));
  Document n = Run("Quy mô cầu Thạch Luyện ra sao?\nNgày 30 tháng 11 năm 2025, UBND tỉnh Thanh Hóa ban hành Quyết định "
                   "3728/QĐ-UBND về chủ trương đầu tư dự án.\n");
  CHECK(n.self.report);
  CHECK_FALSE(n.self.type);
  CHECK_FALSE(n.self.issuer);
}

TEST_CASE("identity: a flattened header line with a body and its lower body; '|' before the motto; a portal breadcrumb") {
  Document d = Run("SỞ Y TẾ TP.HCM BỆNH VIỆN ĐA KHOA BÌNH CHÁNH\n"
                   "Số: 181/KH-BVĐKBC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                   "Tân Nhựt, ngày 11 tháng 02 năm 2026 |\nKẾ HOẠCH\nThực hiện công tác cải cách hành chính\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "181/KH-BVĐKBC");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "BỆNH VIỆN ĐA KHOA BÌNH CHÁNH");
  Document u = Run("UBND TỈNH NINH THUẬN SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/SGDĐT-VP\n");
  REQUIRE(u.self.issuer);
  CHECK(u.self.issuer->name == "Sở Giáo dục và Đào tạo");
  // A generic body straight before a school is the school's committee.
  Document p = Run("ĐẢNG ỦY TRƯỜNG THPT LÊ LỢI\nSố: 26-HD/ĐU\n");
  REQUIRE(p.self.issuer);
  CHECK(p.self.issuer->name != "TRƯỜNG THPT LÊ LỢI");
  // "VĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG": a portal's section, no header.
  Document b = Run("Cỡ chữ: A+ A-\nVĂN PHÒNG TỈNH UỶ | TIN HOẠT ĐỘNG\n\nThường trực Tỉnh ủy phê duyệt nội dung\n");
  CHECK_FALSE(b.self.issuer);
}

TEST_CASE("identity: a header flattened into one line gives the type after the motto, and no title from the body") {
  Document d = Run("ỦY BAN NHÂN DÂN XÃ VẦY NƯA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc KẾ HOẠCH "
                   "“NĂM GIÁO DỤC VÙNG KHÓ KHĂN” XÃ VẦY NƯA Căn cứ công văn 167/SGD&ĐT-VP ngày 17/01/2013;\n"
                   "Phát triển Giáo dục Đào tạo ở xã Vầy Nưa.\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KH");
  CHECK(d.self.title.find("Phát triển") == std::string::npos);
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "Ủy ban nhân dân xã Vầy Nưa");
}

TEST_CASE("identity: a union's plan: the title line under the place and date, the lower body of a flattened header line") {
  Document d = Run("Công đoàn cơ sở\nKế hoạch tháng 6 năm 2022\nLIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II\n|\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nĐông Ba, ngày 01 tháng 6 năm 2022 |\n"
                   "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN\nTháng 6/ 2022\nI. TÌNH HÌNH THÁNG 5/2022\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KH");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "CĐCS MẦM NON II");
}

TEST_CASE("identity: a news lead 'Thực hiện A, ngày 7/6, Đoàn kiểm tra, do ..., đã làm việc' is a report") {
  Document d = Run("Thực hiện Quyết định số 721-QĐ/TW ngày 29/3/2018 của Ban Bí thư về thành lập Đoàn kiểm tra, ngày 7/6, "
                   "Đoàn kiểm tra, do ông Phan Đình Trạc làm trưởng đoàn, đã làm việc với Ban Thường vụ Tỉnh ủy.\n");
  CHECK(d.self.report);
}

TEST_CASE("identity: a portal's headline, then the dated lead and its note of the full text, date the document") {
  Document d = Run("Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa\nBan Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm "
                   "công tác Mặt trận năm 2023\n\nNgày 08/02/2023, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn "
                   "trọng tâm công tác Mặt trận năm 2023; Ban Biên tập website giới thiệu toàn văn Hướng dẫn (bản word)\n\n"
                   "HƯỚNG DẪN\n\nTrọng tâm công tác Mặt trận năm 2023\n\nThực hiện Hướng dẫn số 96/HD-MTTW-BTT ngày "
                   "01/02/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;\n");
  REQUIRE(d.self.date);
  CHECK(d.self.date->year == 2023);
  CHECK(d.self.date->month == 2);
  CHECK(d.self.date->day == 8);
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "HD");
}

TEST_CASE("identity: 'BẢO HIỂM XÃ HỘI' / 'TP.HỒ CHÍ MINH' under its parent is one name") {
  Document d = Run("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI\nTP.HỒ CHÍ MINH\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n\nSố: 2970/TB-BHXH\n\nTP.Hồ Chí Minh, ngày 23 tháng 6 năm 2023\n");
  REQUIRE(d.self.issuer);
  CHECK(d.self.issuer->name == "BẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH");
}

TEST_CASE("identity: a page title 'Thông báo Khẩn ngày 18/10/2020' gives the type and the date") {
  Document d = Run("Thông báo Khẩn ngày 18/10/2020\n\nKính gửi:\n\nHiệu trưởng các trường trên toàn thị xã\n"
                   "Thực hiện chỉ đạo của Giám đốc Sở Giáo dục và Đào tạo. Phòng GD&ĐT yêu cầu:\n");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "TB");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2020-10-18");
  // A title that goes on is a headline, not this: no date from it.
  Document h = Run("Thông báo Khẩn ngày 18/10/2020 về việc nghỉ học\n\nKính gửi: các trường\n");
  CHECK_FALSE(h.self.date);
}
