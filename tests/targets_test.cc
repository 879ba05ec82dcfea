// Targets: unit tests on sentences, golden checks on the samples (checked by
// eye against the text), and the `vbtool targets` output formats.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "test_util.h"
#include "vbtool/extract.h"

namespace {

using vbtool::Document;
using vbtool::Target;
using namespace vbtool::testing;

std::vector<Target> TargetsOf(const std::string& text) { return Run(text).targets; }

// "value unit comparator year" of each target, for compact assertions.
std::vector<std::string> Summary(const std::vector<Target>& ts) {
  std::vector<std::string> out;
  for (const Target& t : ts) {
    std::string v = fmt::format("{}", t.value);
    if (t.value_max) v += "-" + fmt::format("{}", *t.value_max);
    out.push_back(fmt::format("{} {} {} {}", t.comparator, v, t.unit, t.year ? std::to_string(*t.year) : "-"));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("targets: comparators, values and units in one sentence") {
  auto ts = TargetsOf(
      "Phấn đấu đến năm 2030, duy trì tỉ lệ tham gia bảo hiểm y tế đạt trên 99% dân số; trên 95% người dân "
      "sử dụng dịch vụ; trên 95% dân số được quản lý sức khoẻ.\n");
  CHECK(Summary(ts) == V{"> 99 % 2030", "> 95 % 2030", "> 95 % 2030"});
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].indicator == "tỉ lệ tham gia bảo hiểm y tế");
  CHECK(ts[0].scope == "dân số");
  CHECK(ts[1].scope == "người dân");
  CHECK(ts[2].indicator == "dân số được quản lý sức khoẻ");
  CHECK(ts[0].quote == "Phấn đấu đến năm 2030, duy trì tỉ lệ tham gia bảo hiểm y tế đạt trên 99% dân số");
  CHECK(ts[0].line == 1);
  CHECK(ts[0].column == 61);  // "đạt trên 99%"
}

TEST_CASE("targets: every comparator word") {
  CHECK(Summary(TargetsOf("Mỗi trạm y tế có ít nhất một bác sĩ.\n")) == V{">= 1 bác sĩ -"});
  CHECK(Summary(TargetsOf("Tỷ lệ suy dinh dưỡng giảm xuống dưới 15%.\n")) == V{"< 15 % -"});
  CHECK(Summary(TargetsOf("Dành tối đa không quá 30% vốn ngân sách.\n")) == V{"<= 30 % -"});
  CHECK(Summary(TargetsOf("Tỷ lệ tiêm chủng đạt 98%.\n")) == V{"= 98 % -"});
  CHECK(Summary(TargetsOf("Tỷ lệ hộ nghèo tối thiểu 2%.\n")) == V{">= 2 % -"});
  CHECK(Summary(TargetsOf("Đào tạo tối thiểu 6 tháng trở lên.\n")) == V{">= 6 tháng -"});
  CHECK(Summary(TargetsOf("Thời hạn giải quyết không quá 15 ngày làm việc.\n")) == V{"<= 15 ngày làm việc -"});
}

TEST_CASE("targets: number forms") {
  CHECK(Summary(TargetsOf("Tỷ lệ đạt 12,5%.\n")) == V{"= 12.5 % -"});
  CHECK(Summary(TargetsOf("Huy động 1.000.000 người tham gia.\n")) == V{"= 1000000 người -"});
  CHECK(Summary(TargetsOf("Tổng kinh phí 1.250 tỷ đồng.\n")) == V{"= 1250 tỷ đồng -"});
  CHECK(Summary(TargetsOf("Thu hút 1,5 triệu người.\n")) == V{"= 1500000 người -"});
  CHECK(Summary(TargetsOf("- Hai mươi lăm xã đạt chuẩn nông thôn mới.\n")) == V{"= 25 xã -"});
  CHECK(Summary(TargetsOf("Có ít nhất một trăm linh năm giường bệnh.\n")) == V{">= 105 giường bệnh -"});
  CHECK(Summary(TargetsOf("Kiểm tra sức khỏe ít nhất mỗi năm một lần.\n")) == V{">= 1 lần -"});
  CHECK(Summary(TargetsOf("Đạt 35 giường bệnh/vạn dân.\n")) == V{"= 35 giường bệnh/vạn dân -"});
}

TEST_CASE("targets: ranges") {
  CHECK(Summary(TargetsOf("Tỷ lệ hộ nghèo giảm từ 5 đến 7% mỗi năm.\n")) == V{"range 5-7 % -"});
  CHECK(Summary(TargetsOf("Tăng trưởng 1,5-2%.\n")) == V{"range 1.5-2 % -"});
  CHECK(Summary(TargetsOf("Tăng từ 5% đến 7%.\n")) == V{"range 5-7 % -"});
}

TEST_CASE("targets: deadlines and periods") {
  auto one = [](const std::string& s) {
    auto ts = TargetsOf(s);
    REQUIRE(ts.size() == 1);
    return std::pair{ts[0].year.value_or(0), ts[0].period};
  };
  CHECK(one("Đến năm 2030, 100% xã đạt chuẩn.\n") == std::pair{2030, std::string()});
  CHECK(one("100% xã đạt Bộ tiêu chí đến hết năm 2030.\n") == std::pair{2030, std::string()});
  CHECK(one("Phấn đấu giai đoạn 2026-2030 có 50% số xã đạt chuẩn.\n") == std::pair{2030, std::string("2026-2030")});
  CHECK(one("Hoàn thành 100% trong quý IV năm 2024.\n") == std::pair{2024, std::string("2024-Q4")});
  CHECK(one("Trong năm 2024, 100% trạm y tế có bác sĩ.\n") == std::pair{2024, std::string()});
  CHECK(one("Phấn đấu từ năm 2025 trở đi, trên 95% dân số có sổ sức khỏe.\n") == std::pair{2025, std::string("2025-")});
  // A vision year is not a deadline; a base year is a scope.
  auto ts = TargetsOf("Phấn đấu đến năm 2030, tầm nhìn đến năm 2045, thu ngân sách tăng 10% so với năm 2020.\n");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].year == 2030);
  CHECK(ts[0].scope == "so với năm 2020");
}

TEST_CASE("targets: the deadline of a lead-in reaches the items below it") {
  auto ts = TargetsOf(
      "b) Giai đoạn 2026 - 2030:\n* Tuyến huyện\n- Xây mới Trung tâm Y tế quy mô 250 giường.\n"
      "2.3.2. Đổi mới cơ chế tài chính\n- Xây mới 20 trạm y tế.\n"
      "Một số chỉ tiêu cần đạt được đến năm 2030 là: Tỷ lệ bao phủ đạt 95%. Phấn đấu 100% trạm y tế có bác sĩ.\n");
  CHECK(Summary(ts) == V{"= 250 giường 2030", "= 20 trạm y tế -", "= 95 % 2030", "= 100 % 2030"});
  CHECK(ts[0].period == "2026-2030");
}

TEST_CASE("targets: a missing percent sign is reported, not dropped") {
  Document doc = Run("Đến năm 2030, phấn đấu 100 dân số của tỉnh được quản lý sức khỏe.\n");
  CHECK(Summary(doc.targets) == V{"= 100 % 2030"});
  bool diagnosed = false;
  for (const auto& d : doc.diagnostics) diagnosed |= d.code == "missing_percent" && d.line == 1;
  CHECK(diagnosed);
}

TEST_CASE("targets: statistics, dates, numbers and paragraph numbers are not targets") {
  const char* texts[] = {
      "Doanh thu tăng 19% so cùng kỳ.\n",
      "Toàn tỉnh hiện có 227 trạm y tế, trong đó 150 trạm có bác sĩ.\n",
      "(Trung tâm Y tế huyện Yên Dũng hiện tại, 170 giường bệnh)\n",
      "Trong 6 tháng đầu năm 2024, đã tổ chức 12 lớp tập huấn.\n",
      "Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n",
      "Bắc Giang, ngày 28 tháng 01 năm 2024\n",
      "Kế hoạch giai đoạn 2021 - 2025, tầm nhìn đến năm 2045.\n",
      "2.3.1. Tăng cường các nguồn lực đầu tư cho y tế cơ sở.\n",
      "1.4. Nâng cao chất lượng nguồn nhân lực y tế cơ sở.\n",
      "Xây mới cơ sở 2 Trung tâm Y tế thành phố.\n",
      "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi.\n",
      "Đưa vào kế hoạch hằng năm, 5 năm, 10 năm của địa phương.\n",
      "Là một nội dung quan trọng; có một số chỉ tiêu.\n",
      "Ngày tạo: 24/06/2024 14:38:38\n",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    CHECK(TargetsOf(t).empty());
  }
  // An earlier year is a statistic in a later plan...
  CHECK(Run("Hà Nội, ngày 10 tháng 01 năm 2025\nNăm 2024, tỷ lệ bao phủ đạt 92,5% dân số.\n").targets.empty());
  // ... unless the sentence sets a goal.
  CHECK(Run("Hà Nội, ngày 10 tháng 01 năm 2025\nPhấn đấu tăng 10% so với cùng kỳ.\n").targets.size() == 1);
}

// ---- golden checks on the samples, read by eye against the text ---------------

TEST_CASE("targets golden: Bắc Giang plan on Chỉ thị 25-CT/TW") {
  Document doc = Run(ReadFile(Sample("bac-giang-ke-hoach-25-CT-TW.txt")));
  CHECK(Summary(doc.targets) == V{
                                    // line 15: the directive's targets
                                    ">= 1 bác sĩ -", "= 1 nhân viên y tế -", "> 99 % 2030", "> 95 % 2030",
                                    "> 95 % 2030", ">= 1 lần 2030", "= 100 % 2030",
                                    // lines 21-22: after the merger
                                    "= 17 trạm y tế -", "= 11 đơn vị -", "= 1 TTYT -", "= 2 trung tâm y tế -",
                                    "= 7 trung tâm y tế -", "= 1 trung tâm y tế -", "= 192 trạm y tế -",
                                    // line 28
                                    ">= 1 bác sĩ -", "= 1 nhân viên y tế -",
                                    // a) Giai đoạn 2024 - 2025
                                    "= 22 trạm y tế 2025", "= 8 trạm y tế 2025",
                                    // b) Giai đoạn 2026 - 2030: beds (not the 170 beds there today)
                                    "= 250 giường 2030", "= 100 giường bệnh 2030", "= 110 giường bệnh 2030",
                                    "= 180 giường bệnh 2030", "= 150 giường bệnh 2030", "= 100 giường bệnh 2030",
                                    "= 100 giường bệnh 2030", "= 150 giường bệnh 2030", "= 180 giường bệnh 2030",
                                    // lines 64, 79
                                    "> 99 % 2030", "> 95 % 2025"});
  REQUIRE(doc.targets.size() == 29);
  CHECK(doc.targets[2].indicator == "tỉ lệ tham gia bảo hiểm y tế");
  CHECK(doc.targets[2].line == 15);
  CHECK(doc.targets[6].indicator == "xã, phường, thị trấn đạt Bộ tiêu chí Quốc gia về y tế");
  CHECK(doc.targets[16].period == "2024-2025");
  CHECK(doc.targets[18].period == "2026-2030");
  CHECK(doc.targets[28].period == "2025-");
}

TEST_CASE("targets golden: MTTQ propaganda plan on Chỉ thị 25-CT/TW") {
  Document doc = Run(ReadFile(Sample("mttq-ke-hoach-tuyen-truyen-25-CT-TW.txt")));
  CHECK(Summary(doc.targets) ==
        V{">= 1 bác sĩ 2030", "= 1 nhân viên y tế 2030", "> 95 % 2030", "> 95 % 2030", "> 95 % 2030",
          ">= 1 lần 2030"});
}

TEST_CASE("targets golden: Thanh Hóa news on Kế hoạch 153/KH-UBND") {
  Document doc = Run(ReadFile(Sample("thanh-hoa-tin-ke-hoach-153-KH-UBND.txt")));
  CHECK(Summary(doc.targets) == V{"> 95 % 2030", "= 100 % 2030", "= 100 % 2030", "= 100 % 2030", "= 100 % 2030",
                                  "= 100 % 2030", ">= 6 tháng 2030"});
  REQUIRE(doc.targets.size() == 7);
  CHECK(doc.targets[0].indicator == "Tỷ lệ bao phủ bảo hiểm y tế");
  CHECK(doc.targets[1].scope == "dân số");
  int missing = 0;
  for (const auto& d : doc.diagnostics) missing += d.code == "missing_percent";
  CHECK(missing == 1);
}

TEST_CASE("targets golden: documents without targets") {
  // (In the Nghị quyết, "Dành tối đa không quá 30% vốn ngân sách trung ương" is
  // a rule for sharing funds, as its careful reader's annotation has it.)
  for (const char* name : {"thong-tu-03-2026-TT-BYT.txt", "thong-tu-25-2025-TT-BNV.txt", "quyet-dinh-49-2025-QD-TTg.txt",
                           "hai-phong-cong-van-sgddt-25-CT-TW.txt", "ninh-son-ke-hoach-470-TB-TU.txt",
                           "nghi-quyet-120-2026-UBTVQH15.txt"}) {
    CAPTURE(name);
    CHECK(Run(ReadFile(Sample(name))).targets.empty());
  }
}

TEST_CASE("targets: a hard-wrapped plan: a heading's deadline reaches its lettered items; phrases go on over wraps") {
  auto ts = TargetsOf(
      "2. Mục tiêu cụ\nthể đến năm 2035\n\na) Đối với trẻ em\n\n- Tại địa bàn đô thị: 100% trẻ\n"
      "em trong cơ sở giáo dục mầm non được nuôi dưỡng an toàn.\n\nb) Đối với cán bộ quản lý\n\n"
      "- Phấn đấu 100% cán\nbộ quản lý được bồi dưỡng.\n\n3. Nhiệm vụ\n\na) Hằng năm tổ chức 2 đợt kiểm tra.\n");
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].year == 2035);
  CHECK(ts[0].indicator == "trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng an toàn");
  CHECK(ts[1].year == 2035);
  CHECK(ts[1].indicator == "cán bộ quản lý được bồi dưỡng");
  // A heading of the same depth closes the one above: no deadline under "3. Nhiệm vụ".
  CHECK_FALSE(ts[2].year);
}

TEST_CASE("targets: a legal norm's limits and rates are no goals; its goals have a deadline") {
  const std::string head = "QUỐC HỘI\nSố: 12/2025/NQ-HĐND\nHà Nội, ngày 01 tháng 7 năm 2025\nNGHỊ QUYẾT\n";
  CHECK(Run(head + "Mức hỗ trợ không quá 30% chi phí, bổ sung có mục tiêu cho địa phương.\n").targets.empty());
  CHECK(Summary(Run(head + "Phấn đấu đến năm 2030, tỷ lệ tham gia bảo hiểm y tế đạt trên 95% dân số.\n").targets) ==
        V{"> 95 % 2030"});
  // The same limit in a plan (a number without a year) is a target.
  CHECK(Run("Số: 12/KH-UBND\nKẾ HOẠCH\nMức hỗ trợ không quá 30% chi phí.\n").targets.size() == 1);
  // Percent-encoded addresses hold no percentages.
  CHECK(Run("Theo [Mẫu số 01](https://files.vn/M%E1%BA%ABu%20s%E1%BB%91%2001.doc), đạt 95% dân số.\n").targets.size() == 1);
}

TEST_CASE("targets: a Markdown heading's deadline; a present count wrapped before its number is a statistic") {
  CHECK(Summary(TargetsOf("**II. MỤC\nTIÊU**\n\nHiện nay, tổng số trạm thu phát sóng tại các khu công nghiệp khoảng\n"
                          "180 trạm, trong đó có 22 trạm 5G.\n\n**1. Mục\ntiêu đến hết năm 2026**\n\n- 100% các khu "
                          "công nghệ\ncao, khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.\n")) ==
        V{"= 100 % 2026", ">= 1 trạm 2026"});
}

TEST_CASE("targets: items under a lead-in announcing goals; a scoring scale is no goal") {
  Document d = Run("Số: 157/KH-UBND\nKẾ HOẠCH\nCác nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:\n\n"
                   "(2) Ít nhất 85% người hưởng trợ\ncấp xã hội mở mới tài khoản hoặc người đã có tài khoản tự nguyện "
                   "cung cấp số tài khoản;\n\nTừ 88 - 90% cộng 02 điểm; từ 90-95%\ncộng 03 điểm; đạt 100% cộng 05 điểm.\n");
  REQUIRE(d.targets.size() == 1);
  CHECK(d.targets[0].value == 85);
  CHECK(d.targets[0].quote.rfind("Ít nhất 85%", 0) == 0);  // without its item marker
}

TEST_CASE("targets: a unit ending its line without a mark; a heading's year before the document's is past") {
  CHECK(Summary(TargetsOf("Số: 1/KH-UBND\nKẾ HOẠCH\n- Phấn đấu xây mới 5 trạm\n- Phấn đấu có 12 bác sĩ\n")) ==
        V{"= 5 trạm -", "= 12 bác sĩ -"});
  CHECK(TargetsOf("Số: 76/QĐ-UBND\nNinh Bình, ngày 19 tháng 01 năm 2018\nQUYẾT ĐỊNH\nĐiều 1. Phê duyệt kết quả rà "
                  "soát hộ nghèo năm 2017 như sau:\n+ Tổng số hộ tự nhiên: 297.899 hộ\n")
            .empty());
}

TEST_CASE("targets: a subject before its deadline and value; its unit noun is not said twice") {
  auto ts = TargetsOf("- Tỷ lệ hộ gia đình sử dụng nước sạch đến năm 2030 đạt 100%.\n"
                      "- Số doanh nghiệp công nghệ số đến năm 2030 đạt trên 1.000 doanh nghiệp.\n");
  CHECK(Summary(ts) == V{"= 100 % 2030", "> 1000 doanh nghiệp 2030"});
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].indicator == "Tỷ lệ hộ gia đình sử dụng nước sạch");
  CHECK(ts[1].indicator == "Số doanh nghiệp công nghệ số");
  // Bandwidth is a unit; a sanction's amounts are no goals.
  CHECK(Summary(TargetsOf("Đến năm 2025, tốc độ truy cập Internet băng rộng cố định đạt tối thiểu 100 Mbps.\n")) ==
        V{">= 100 mbps 2025"});
  // An age in months is no goal; a lettered item's marker is no indicator.
  CHECK(TargetsOf("Nhà trẻ (từ 12 tháng đến dưới 18 tháng tuổi): 3 buổi tiếng Anh/tuần.\n").size() == 1);
  auto items = TargetsOf("d) Đến hết năm 2040: 95% doanh nghiệp ứng dụng công nghệ số.\n\nđ) Đến hết năm 2045: 100%\n");
  REQUIRE(items.size() == 2);
  CHECK(items[1].indicator.empty());
  CHECK(TargetsOf("Người vi phạm có thể bị xử phạt hành chính từ 1.000.000 đồng đến 2.000.000 đồng.\n"
                  "Phạt tù từ 06 tháng đến 03 năm.\n")
            .empty());
}

// ---- the command -------------------------------------------------------------------

TEST_CASE("vbtool targets: table, csv, json, jsonl, markdown") {
  const std::string files = "samples/thanh-hoa-tin-ke-hoach-153-KH-UBND.txt samples/mttq-ke-hoach-tuyen-truyen-25-CT-TW.txt";

  auto table = RunVbtool("targets " + files);
  CHECK(table.exit_code == 0);
  CHECK(table.out.rfind("DOCUMENT", 0) == 0);
  CHECK(table.out.find("13 targets\n") != std::string::npos);

  auto csv = RunVbtool("targets --format csv " + files);
  CHECK(csv.exit_code == 0);
  CHECK(csv.out.rfind("\xEF\xBB\xBF" "document,path,indicator,comparator,value,value_max,unit,year,period,scope,quote,"
                      "line,column\r\n",
                      0) == 0);
  // The first row (inputs are sorted; a document without its own number is
  // named by its file): fields with commas are quoted.
  CHECK(csv.out.find("\r\nmttq-ke-hoach-tuyen-truyen-25-CT-TW.txt,samples/mttq-ke-hoach-tuyen-truyen-25-CT-TW.txt,bác sĩ cơ hữu,>=,1,,bác sĩ,2030,,,"
                     "\"Phấn đấu đến năm 2030, mỗi trạm y tế có ít nhất một bác sĩ cơ hữu\",22,") != std::string::npos);
  auto no_bom = RunVbtool("targets --format csv --no-bom " + files);
  CHECK(no_bom.out.rfind("document,", 0) == 0);

  auto json = RunVbtool("targets --format json " + files);
  CHECK(json.exit_code == 0);
  auto rows = nlohmann::json::parse(json.out);
  REQUIRE(rows.is_array());
  REQUIRE(rows.size() == 13);
  CHECK(rows[0]["document"] == "mttq-ke-hoach-tuyen-truyen-25-CT-TW.txt");
  CHECK(rows[6]["document"] == "thanh-hoa-tin-ke-hoach-153-KH-UBND.txt");
  CHECK(rows[6]["value"] == 95);
  CHECK(rows[6]["unit"] == "%");
  CHECK(rows[6]["comparator"] == ">");
  CHECK(rows[6]["year"] == 2030);
  // The same target fields as extract's targets[].
  auto extract = nlohmann::json::parse(RunVbtool("extract samples/thanh-hoa-tin-ke-hoach-153-KH-UBND.txt").out);
  nlohmann::json row = rows[6];
  row.erase("document");
  row.erase("path");
  CHECK(row == extract["targets"][0]);

  auto jsonl = RunVbtool("targets --format jsonl " + files);
  CHECK(std::count(jsonl.out.begin(), jsonl.out.end(), '\n') == 13);
  CHECK(nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')))["unit"] == "bác sĩ");

  auto md = RunVbtool("targets --format markdown " + files);
  CHECK(md.out.rfind("| Document | Line | Indicator | Comparator | Value | Unit | Year | Period | Scope | Quote |\n"
                     "|---|",
                     0) == 0);
  CHECK(std::count(md.out.begin(), md.out.end(), '\n') == 15);

  auto bad = RunVbtool("targets --format xml " + files);
  CHECK(bad.exit_code != 0);
  auto missing = RunVbtool("targets samples/no-such-file.txt " + files);
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no-such-file.txt") != std::string::npos);
  CHECK(missing.out.find("13 targets") != std::string::npos);
}

TEST_CASE("targets: a copy written without marks gives the same targets") {
  // The words of the rules' lists ("trạm y tế", "bác sĩ") get their marks back with the rest.
  auto ts = TargetsOf(
      "Phan dau den nam 2030, duy tri ti le tham gia bao hiem y te dat tren 99% dan so; moi tram y te co it nhat "
      "mot bac si; xay moi 22 tram y te.\n");
  CHECK(Summary(ts) == V{"> 99 % 2030", ">= 1 bác sĩ 2030", "= 22 trạm y tế 2030"});
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].quote == "Phan dau den nam 2030, duy tri ti le tham gia bao hiem y te dat tren 99% dan so");  // as written
}

TEST_CASE("targets: a time of day before its date, a page's view counter and a figure inside a name set no goal") {
  CHECK(TargetsOf("Thực hiện giãn cách xã hội từ 0 giờ, ngày 23 tháng 9 năm 2021 cho đến khi có thông báo mới.\n").empty());
  CHECK(TargetsOf("Thời gian thực hiện kể từ 00 giờ ngày 23/4/2020 cho đến khi UBND tỉnh có thông báo mới.\n").empty());
  CHECK(TargetsOf("  • Cập nhật: 04/10/2022\n  • Lượt xem: 841 lượt xem\n").empty());
  CHECK(TargetsOf("Các văn bản của Ban chỉ đạo phòng, chống dịch Covid-19 huyện.\n").empty());
  // What bodies have done is a statistic.
  CHECK(TargetsOf("100% cấp ủy đảng các đảng bộ trực thuộc Tỉnh ủy đã nghiêm túc quán triệt kế hoạch.\n").empty());
  // Hours of training are a goal.
  auto t = TargetsOf("Phấn đấu 100% cán bộ được bồi dưỡng tối thiểu 40 giờ.\n");
  CHECK_FALSE(t.empty());
}
