// The reference stage: cited documents merged by id with date, issuer and
// relation; edges between two other documents; back-references.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "test_util.h"
#include "vbtool/extract.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

// Every reference's issuer ("" for none), by id.
std::map<std::string, std::string> IssuerById(const Document& d) {
  std::map<std::string, std::string> issuer;
  for (const Reference& r : d.references) issuer[r.id] = r.issuer ? r.issuer->name : "";
  return issuer;
}


std::string Rel(const Document& d, const std::string& id) { return RelationName(Need(d, id).relation); }

bool HasEdge(const Document& d, const std::string& from, const std::string& to, Relation rel) {
  for (const auto& e : d.edges)
    if (e.from == from && e.to == to && e.relation == rel) return true;
  return false;
}

std::string Edges(const Document& d) {
  std::string s;
  for (const auto& e : d.edges) s += e.from + " " + RelationName(e.relation) + " " + e.to + "; ";
  return s;
}

}  // namespace

TEST_CASE("references: căn cứ gives basis") {
  Document d = Run("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
                   "Căn cứ Nghị định số 28/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ quy định chức năng;\n");
  CHECK(Rel(d, "63/2025/QH15") == "basis");
  CHECK(Rel(d, "28/2025/NĐ-CP") == "basis");
  const Reference& nd = Need(d, "28/2025/NĐ-CP");
  REQUIRE(nd.date);
  CHECK(nd.date->Iso() == "2025-02-24");
  REQUIRE(nd.issuer);
  CHECK(nd.issuer->name == "Chính phủ");
  CHECK(nd.issuer->code == "CP");
  REQUIRE(nd.type);
  CHECK(nd.type->code == "NĐ");
  CHECK(nd.type->name == "Nghị định");
  REQUIRE(Need(d, "63/2025/QH15").type);
  CHECK(Need(d, "63/2025/QH15").type->code == "Luật");
}

TEST_CASE("references: thực hiện gives implements, with date and issuer") {
  Document d = Run("Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư Trung ương Đảng (khóa XIII) về tiếp "
                   "tục củng cố y tế cơ sở, UBND tỉnh ban hành Kế hoạch thực hiện như sau:\n");
  const Reference& r = Need(d, "25-CT/TW");
  CHECK(RelationName(r.relation) == std::string("implements"));
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2023-10-25");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Ban Bí thư Trung ương Đảng");
  REQUIRE(r.type);
  CHECK(r.type->name == "Chỉ thị");
  CHECK(r.number.family == Family::kParty);
  CHECK(Rel(Run("Triển khai thực hiện Công văn số 2639-CV/TU ngày 22/11/2023.\n"), "2639-CV/TU") == "implements");
}

TEST_CASE("references: hướng dẫn, sửa đổi bổ sung, thay thế, bãi bỏ, theo") {
  CHECK(Rel(Run("Thông tư này quy định chi tiết một số điều của Luật số 64/2025/QH15.\n"), "64/2025/QH15") == "guides");
  CHECK(Rel(Run("Thông tư sửa đổi, bổ sung một số điều của Thông tư số 28/2021/TT-BLĐTBXH ngày 28/12/2021 của Bộ "
                "trưởng Bộ Lao động - Thương binh và Xã hội.\n"),
            "28/2021/TT-BLĐTBXH") == "amends");
  CHECK(Rel(Run("Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND ngày 01/02/2020 của UBND tỉnh.\n"),
            "12/2020/QĐ-UBND") == "replaces");
  CHECK(Rel(Run("2. Bãi bỏ Quyết định số 119/2007/QĐ-TTg ngày 25 tháng 7 năm 2007 của Thủ tướng Chính phủ.\n"),
            "119/2007/QĐ-TTg") == "repeals");
  CHECK(Rel(Run("Thông tư số 10/2019/TT-BYT bị bãi bỏ kể từ ngày Thông tư này có hiệu lực.\n"), "10/2019/TT-BYT") ==
        "repeals");
  CHECK(Rel(Run("bảo đảm lộ trình theo Kế hoạch số 103-KH/TU ngày 10/11/2023 của Ban Thường vụ Tỉnh ủy.\n"),
            "103-KH/TU") == "mentions");
}

TEST_CASE("references: the strongest relation wins over several mentions") {
  Document d = Run("Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 01/02/2020;\n"
                   "Theo Quyết định số 12/2020/QĐ-UBND, ...\n"
                   "Điều 3. Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND.\n"
                   "Căn cứ Quyết định số 12/2020/QĐ-UBND.\n");
  const Reference& r = Need(d, "12/2020/QĐ-UBND");
  CHECK(RelationName(r.relation) == std::string("replaces"));
  CHECK(r.mentions.size() == 4);
}

TEST_CASE("references: mentions of one document merge, each with its original place") {
  std::string text =
      "Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư;\n"
      "Quán triệt Chỉ thị số 25- CT/TW đến cán bộ.\n"
      "Tuyên truyền Chỉ thị số 25\xE2\x80\x93" "CT/TƯ.\n";
  Document d = Run(text);
  REQUIRE(d.references.size() == 1);
  const Reference& r = d.references[0];
  CHECK(r.id == "25-CT/TW");
  REQUIRE(r.mentions.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    const Mention& m = r.mentions[i];
    CHECK(m.line == i + 1);
    // Each mention's bytes in the original are its text (white space folded).
    CHECK(text.substr(m.offset, m.length) == m.text);
    CHECK(m.text.find("Chỉ thị số 25") == 0);
  }
  CHECK(r.mentions[0].column == 11);
  CHECK(r.mentions[1].text == "Chỉ thị số 25- CT/TW");
  CHECK(r.mentions[2].text == "Chỉ thị số 25\xE2\x80\x93" "CT/TƯ");
  // Date and issuer come from the mention that gives them.
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2023-10-25");
}

TEST_CASE("references: a date given only at a later mention is kept") {
  Document d = Run("Theo Kế hoạch số 417/KH-UBND của UBND tỉnh;\n"
                   "tại Kế hoạch số 417/KH-UBND ngày 01/9/2021 của UBND tỉnh.\n");
  const Reference& r = Need(d, "417/KH-UBND");
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2021-09-01");
  CHECK(r.mentions.size() == 2);
}

TEST_CASE("references: citations broken across lines") {
  std::string text = "Thực hiện Chỉ thị số\n25-CT/TW ngày\n25/10/2023 của Ban Bí thư\nvề y tế cơ sở.\n"
                     "Căn cứ Thông tư số 27/2023/TT-\nBYT ngày 29/12/2023 của Bộ Y tế.\n";
  Document d = Run(text);
  const Reference& ct = Need(d, "25-CT/TW");
  CHECK(RelationName(ct.relation) == std::string("implements"));
  REQUIRE(ct.date);
  CHECK(ct.date->Iso() == "2023-10-25");
  REQUIRE(ct.issuer);
  CHECK(ct.issuer->name == "Ban Bí thư");
  REQUIRE(ct.mentions.size() == 1);
  CHECK(ct.mentions[0].line == 1);
  CHECK(ct.mentions[0].offset == text.find("Chỉ thị"));

  const Reference& tt = Need(d, "27/2023/TT-BYT");
  CHECK(RelationName(tt.relation) == std::string("basis"));
  REQUIRE(tt.date);
  CHECK(tt.date->Iso() == "2023-12-29");
  REQUIRE(tt.issuer);
  CHECK(tt.issuer->code == "BYT");
}

TEST_CASE("references: the document's own number is not a reference") {
  Document d = Run("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 153/KH-UBND\nThanh Hóa, ngày 21 tháng 6 năm 2024\n"
                   "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "153/KH-UBND");
  CHECK(Ref(d, "153/KH-UBND") == nullptr);
  CHECK(Rel(d, "25-CT/TW") == "implements");
}

TEST_CASE("edges: an active relation between two cited documents") {
  Document d = Run("Thực hiện Kế hoạch số 194-KH/TU ngày 13/12/2023 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị "
                   "25-CT/TW, Ban Thường trực ban hành kế hoạch.\n");
  CHECK_MESSAGE(HasEdge(d, "194-KH/TU", "25-CT/TW", Relation::kImplements), Edges(d));
  CHECK(Rel(d, "194-KH/TU") == "implements");
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].line == 1);
}

TEST_CASE("edges: passive 'được sửa đổi, bổ sung bởi' points from the amending document") {
  Document d = Run("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một số "
                   "điều bởi Luật số 87/2025/QH15;\n"
                   "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 04 năm 2025 của Chính phủ được sửa đổi, bổ "
                   "sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 07 năm 2025;\n");
  CHECK_MESSAGE(HasEdge(d, "87/2025/QH15", "64/2025/QH15", Relation::kAmends), Edges(d));
  CHECK_MESSAGE(HasEdge(d, "187/2025/NĐ-CP", "78/2025/NĐ-CP", Relation::kAmends), Edges(d));
  CHECK(d.edges.size() == 2);
  // Both are still what this document is based on.
  CHECK(Rel(d, "87/2025/QH15") == "basis");
  CHECK(Rel(d, "187/2025/NĐ-CP") == "basis");
  REQUIRE(Need(d, "187/2025/NĐ-CP").date);
  CHECK(Need(d, "187/2025/NĐ-CP").date->Iso() == "2025-07-01");
}

TEST_CASE("edges: passive repeal and replacement") {
  Document d = Run("Thông tư số 09/2015/TT-BYT đã bị bãi bỏ bởi Thông tư số 25/2018/TT-BYT.\n"
                   "Quyết định số 12/2020/QĐ-UBND đã được thay thế bởi Quyết định số 05/2024/QĐ-UBND.\n");
  CHECK_MESSAGE(HasEdge(d, "25/2018/TT-BYT", "09/2015/TT-BYT", Relation::kRepeals), Edges(d));
  CHECK_MESSAGE(HasEdge(d, "05/2024/QĐ-UBND", "12/2020/QĐ-UBND", Relation::kReplaces), Edges(d));
}

TEST_CASE("edges: 'kết hợp với' joins two things this document does, no edge") {
  Document d = Run("1. Tổ chức quán triệt Chỉ thị số 25-CT/TW kết hợp với thực hiện Kết luận 226-KL/TU, ngày "
                   "30/12/2022 về y tế.\n");
  CHECK_MESSAGE(d.edges.empty(), Edges(d));
  CHECK(Rel(d, "226-KL/TU") == "implements");
  REQUIRE(Need(d, "226-KL/TU").date);
  CHECK(Need(d, "226-KL/TU").date->Iso() == "2022-12-30");
}

TEST_CASE("references: a date written after the issuer; an issuing sentence's long date") {
  Document d = Run(
      "Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban tổ chức Trung ương ngày 6/7/2018 về nâng cao chất lượng sinh hoạt "
      "chi bộ;\nCăn cứ Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 về việc sửa đổi.\n"
      "Chiều hôm nay 18 tháng 8 năm 2016, Thủ tướng Chính phủ đã ký ban hành Công điện số 1478/CĐ-TTg yêu cầu.\n");
  const Reference& h = Need(d, "12-HD/BTCTW");
  REQUIRE(h.issuer);
  CHECK(h.issuer->name == "Ban tổ chức Trung ương");
  REQUIRE(h.date);
  CHECK(h.date->Iso() == "2018-07-06");
  const Reference& n = Need(d, "38/2023/NĐ-CP");
  REQUIRE(n.issuer);
  CHECK(n.issuer->name == "Chính phủ");
  REQUIRE(n.date);
  CHECK(n.date->Iso() == "2023-06-24");
  const Reference& c = Need(d, "1478/CĐ-TTg");
  REQUIRE(c.date);
  CHECK(c.date->Iso() == "2016-08-18");
  REQUIRE(c.issuer);
  CHECK(c.issuer->name == "Thủ tướng Chính phủ");
}

TEST_CASE("references: 'số' typed without its accent; a review of the results of carrying out is no implementation") {
  Document d = Run(
      "Thực hiện Thông báo số 444/TB-UBND ngày 22/12/2021 của UBND tỉnh Hưng Yên và Thông báo sô 1481/TB-UBND ngày "
      "23/12/2021 của UBND huyện Kim Động về việc tạm dừng hoạt động.\n"
      "Báo cáo đã nêu bật kết quả triển khai thực hiện  Kết luận 62-KL/TW của Bộ Chính trị (Khóa X) về đổi mới, "
      "góp phần thực hiện nhiệm vụ năm 2021 theo Nghị quyết số 02-NQ/TU, ngày 04/12/2020 của tỉnh ủy gắn với phòng, "
      "chống dịch.\n");
  CHECK(Rel(d, "1481/TB-UBND") == "implements");
  CHECK(Need(d, "1481/TB-UBND").mentions.front().text == "Thông báo sô 1481/TB-UBND ngày 23/12/2021 của UBND huyện Kim Động");
  CHECK(Rel(d, "62-KL/TW") == "mentions");
  REQUIRE(Need(d, "02-NQ/TU").issuer);
  CHECK(Need(d, "02-NQ/TU").issuer->name == "tỉnh ủy");
}

TEST_CASE("references: a Căn cứ list in Markdown italics; a list's issuer wrapped over a line") {
  Document d = Run(
      "*Căn cứ Nghị định số\n78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều;*\n"
      "*Nghị định số 79/2025/NĐ-CP\ncủa Chính phủ về kiểm tra, rà soát văn bản quy phạm pháp\nluật;*\n"
      "- Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội\nchủ nghĩa Việt Nam: Luật Giao dịch điện tử số "
      "20/2023/QH15, ngày 22/6/2023; Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024;\n");
  CHECK(Rel(d, "79/2025/NĐ-CP") == "basis");
  for (const char* id : {"20/2023/QH15", "33/2024/QH15"}) {
    CAPTURE(id);
    REQUIRE(Need(d, id).issuer);
    CHECK(Need(d, id).issuer->name == "Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam");
  }
}

TEST_CASE("references: a cue inside a cited document's quoted title states an edge, however long the title") {
  Document d = Run(
      "Thực hiện Quyết định số 142/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược dữ liệu quốc gia; Quyết định "
      "1229/QĐ-UBND ngày 28/02/2025 của UBND Thành phố về việc Phê duyệt “Chiến lược dữ liệu thành phố Hà Nội đến "
      "năm 2030 triển khai thực hiện Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ”; UBND thành "
      "phố ban hành Kế hoạch.\n");
  CHECK(HasEdge(d, "1229/QĐ-UBND", "142/QĐ-TTg", Relation::kImplements));
}

TEST_CASE("back-references: 'Kế hoạch này' is the document itself") {
  Document d = Run("KẾ HOẠCH\nThực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n"
                   "Các sở, ngành tổ chức thực hiện hiệu quả Kế hoạch này.\n");
  REQUIRE(d.back_references.size() >= 1);
  const BackReference& b = d.back_references.back();
  CHECK(b.mention.text == "Kế hoạch này");
  CHECK(b.mention.line == 3);
  CHECK(b.resolved_to == "self");
}

TEST_CASE("back-references: a bare 'Chỉ thị' resolves to the Chỉ thị cited before") {
  Document d = Run("Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n"
                   "Cần nắm vững nội dung thực hiện Chỉ thị.\n");
  bool found = false;
  for (const auto& b : d.back_references)
    if (b.mention.text == "Chỉ thị" && b.mention.line == 2) {
      found = true;
      CHECK(b.resolved_to == "25-CT/TW");
    }
  CHECK(found);
}

TEST_CASE("back-references: a defined short form resolves later uses") {
  Document d = Run("Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (sau đây gọi tắt là "
                   "\"Đề án 06\").\nCác đơn vị thực hiện Đề án 06 thuộc lĩnh vực y tế.\n");
  bool found = false;
  for (const auto& b : d.back_references)
    if (b.mention.line == 2) {
      found = true;
      CHECK(b.mention.text == "Đề án 06");
      CHECK(b.resolved_to == "06/QĐ-TTg");
    }
  CHECK(found);
}

TEST_CASE("back-references: a law cited by name and number, later named alone") {
  Document d = Run(
      "Căn cứ Luật Ban hành\nvăn bản quy phạm pháp luật số 64/2025/QH15;\n"
      "Căn cứ Luật Viên chức số 58/2010/QH12; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và "
      "Luật Viên chức số 52/2019/QH14;\n"
      "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và "
      "biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm\npháp luật;\n"
      "Theo quy định của Luật viên chức, ...\n");
  std::string found;
  for (const auto& b : d.back_references)
    found += b.mention.text + " @" + std::to_string(b.mention.line) + " -> " + b.resolved_to + "; ";
  // The name wraps a line; case is folded; a citation's own type phrase (and
  // the second law's title, which repeats the first one's name) is no mention.
  CHECK(found ==
        "Luật Ban hành văn bản quy phạm pháp luật @4 -> 64/2025/QH15; Luật viên chức @6 -> 58/2010/QH12; ");
  // No edge is read from a name alone.
  CHECK(Edges(d) == "");
}

// Regressions found on hand-written documents of the kinds the tool meets
// (issue 2): each pins one decision of references.cc.

TEST_CASE("references: 'Thông tư này' in a công văn acts on the citations after it") {
  Document d = Run(
      "Số: 1520/SYT-KHTC\nV/v triển khai Thông tư số 22/2023/TT-BYT\n\n"
      "Ngày 17/11/2023, Bộ Y tế ban hành Thông tư số 22/2023/TT-BYT quy định giá dịch vụ. Thông tư này thay thế "
      "Thông tư số 13/2019/TT-BYT ngày 05/7/2019 và Thông tư số 39/2018/TT-BYT ngày 30/11/2018 của Bộ trưởng Bộ Y tế.\n");
  CHECK(Rel(d, "13/2019/TT-BYT") == "mentions");
  CHECK(Rel(d, "39/2018/TT-BYT") == "mentions");
  CHECK(HasEdge(d, "22/2023/TT-BYT", "13/2019/TT-BYT", Relation::kReplaces));
  CHECK(HasEdge(d, "22/2023/TT-BYT", "39/2018/TT-BYT", Relation::kReplaces));
  // Written before the citation: "Ngày 17/11/2023, Bộ Y tế ban hành Thông tư số ...".
  const Reference& r = Need(d, "22/2023/TT-BYT");
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2023-11-17");
}

TEST_CASE("references: a list after ';' continues the relation of the clause's head citation") {
  Document d = Run(
      "Thực hiện Kết luận số 68-KL/TW, ngày 31/01/2024 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 05-CT/TƯ "
      "ngày 15-5-2016 của Bộ Chính trị; Kế hoạch số 245-KH/TU, ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy, "
      "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:\n");
  CHECK(Rel(d, "68-KL/TW") == "implements");
  CHECK(Rel(d, "05-CT/TW") == "mentions");
  CHECK(Rel(d, "245-KH/TU") == "implements");
  CHECK(HasEdge(d, "68-KL/TW", "05-CT/TW", Relation::kImplements));
}

TEST_CASE("references: an edge reaches over a long citation tail") {
  Document d = Run(
      "Căn cứ Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ ban hành Chương trình hành động của Chính phủ "
      "thực hiện Nghị quyết số 20-NQ/TW;\n");
  CHECK(Rel(d, "139/NQ-CP") == "basis");
  CHECK(Rel(d, "20-NQ/TW") == "mentions");
  CHECK(HasEdge(d, "139/NQ-CP", "20-NQ/TW", Relation::kImplements));
}

TEST_CASE("references: an issuer ends at 'và' followed by a lower-case word") {
  Document d = Run("Thực hiện Công văn số 3456/BYT-KHTC ngày 20/12/2023 của Bộ Y tế và chỉ đạo của UBND Thành phố.\n");
  const Reference& r = Need(d, "3456/BYT-KHTC");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Bộ Y tế");
  CHECK(r.issuer->code == "BYT");
}

TEST_CASE("references: a short form names the citation of its own type") {
  Document d = Run(
      "Thực hiện Kết luận số 68-KL/TW, ngày 31/01/2024 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 05-CT/TW "
      "của Bộ Chính trị (sau đây gọi tắt là Kết luận 68). Quán triệt Kết luận 68 đến cán bộ.\n");
  bool found = false;
  for (const auto& b : d.back_references) {
    if (b.mention.text != "Kết luận 68") continue;
    found = true;
    CHECK(b.resolved_to == "68-KL/TW");
  }
  CHECK(found);
}

TEST_CASE("references: final provisions of a Nghị định") {
  Document d = Run(
      "CHÍNH PHỦ\nSố: 15/2024/NĐ-CP\nHà Nội, ngày 06 tháng 02 năm 2024\nNGHỊ ĐỊNH\nVề xử phạt vi phạm hành chính\n"
      "Điều 2. Hiệu lực thi hành\n"
      "1. Nghị định này thay thế Nghị định số 185/2013/NĐ-CP ngày 15 tháng 11 năm 2013 của Chính phủ.\n"
      "2. Các Quyết định số 12/2019/QĐ-TTg và số 13/2019/QĐ-TTg hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n"
      "3. Nghị định này được hướng dẫn bởi Thông tư số 05/2024/TT-BCT.\n");
  CHECK(Rel(d, "185/2013/NĐ-CP") == "replaces");
  CHECK(Rel(d, "12/2019/QĐ-TTg") == "repeals");
  CHECK(Rel(d, "13/2019/QĐ-TTg") == "repeals");
  CHECK(Rel(d, "05/2024/TT-BCT") == "mentions");
  CHECK(HasEdge(d, "05/2024/TT-BCT", "15/2024/NĐ-CP", Relation::kGuides));
}

TEST_CASE("references: Windows line ends give the same result, with original offsets") {
  std::string lf = "QUYẾT ĐỊNH\nVề việc X\nCăn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  Document a = Run(lf), b = Run(crlf);
  CHECK(a.self.title == b.self.title);
  CHECK(b.self.title == "Về việc X");
  const Mention& ma = Need(a, "78/2025/NĐ-CP").mentions.at(0);
  const Mention& mb = Need(b, "78/2025/NĐ-CP").mentions.at(0);
  CHECK(mb.line == ma.line);
  CHECK(mb.column == ma.column);
  CHECK(mb.offset == ma.offset + 2);  // two CR bytes before line 3
  CHECK(mb.offset == crlf.find("Nghị định"));
  CHECK(Rel(b, "78/2025/NĐ-CP") == "basis");
}

TEST_CASE("references: the term (khóa) of a Party citation is kept") {
  Document d = Run(
      "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) và "
      "Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của Bộ Chính trị khoá XII; Kế hoạch số 12-KH/TU của Tỉnh ủy.\n");
  CHECK(Need(d, "18-NQ/TW").term == "XII");
  CHECK(Need(d, "05-CT/TW").term == "XII");
  CHECK(Need(d, "12-KH/TU").term.empty());
}

TEST_CASE("references: the own number in a web page title is the document, not a reference") {
  Document d = Run(
      "Nghị định 283/2025/NĐ-CP sửa đổi Nghị định 120/2020/NĐ-CP quy định về thành lập tổ chức\n"
      "Số hiệu: 283/2025/NĐ-CP\n"
      "CHÍNH PHỦ\nSố: 283/2025/NĐ-CP\nHà Nội, ngày 22 tháng 10 năm 2025\nNGHỊ ĐỊNH\n"
      "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "283/2025/NĐ-CP");
  for (const auto& r : d.references) CHECK(r.id != "283/2025/NĐ-CP");
  // What the title says of another document is this document's relation to it.
  CHECK(Rel(d, "120/2020/NĐ-CP") == "amends");
  CHECK(d.edges.empty());
  CHECK(Rel(d, "63/2025/QH15") == "basis");
}

TEST_CASE("references: a cited number equal to the own number but of another date is another document") {
  Document d = Run(
      "ỦY BAN NHÂN DÂN HUYỆN X\nSố: 153/KH-UBND\nX, ngày 02 tháng 8 năm 2023\nKẾ HOẠCH\n"
      "Thực hiện Kế hoạch số 153/KH-UBND ngày 10/5/2023 của UBND tỉnh.\n");
  CHECK(Rel(d, "153/KH-UBND") == "implements");
}

// Found on a whole Thông tư: a fold that shortens the text (en dash → "-")
// inside an issuer phrase cut by a line break used to cut the original text
// in the middle of a character, and the JSON printer aborted.
TEST_CASE("references: an issuer phrase with a folded dash keeps its original spelling whole") {
  Document d = Run("Thông tư số 01/2024/TT-BLĐTBXH ngày 19/02/2024 của Bộ \n"
                   "trưởng Bộ Lao động \xE2\x80\x93 Thương binh và Xã hội quy định chi tiết\n");
  const Reference& r = Need(d, "01/2024/TT-BLĐTBXH");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Bộ trưởng Bộ Lao động \xE2\x80\x93 Thương binh và Xã hội");
}

// Copied and scanned texts wrap lines anywhere; a wrapped line is not a new
// item (found in web copies of decrees and provincial plans).
TEST_CASE("references: a line wrapped mid-sentence keeps its clause and its issuer") {
  Document d = Run(
      "Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của\n"
      "Nghị định số 85/2007/NĐ-CP ngày 25/5/2007 của Chính phủ quy định chi tiết thi hành;\n"
      "Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\n"
      "Tỉnh ủy Bắc Kạn về tuyên truyền;\n");
  CHECK(Rel(d, "85/2007/NĐ-CP") == "basis");
  const Reference& r = Need(d, "172-KH/TU");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Ban Thường vụ Tỉnh ủy Bắc Kạn");
}

TEST_CASE("references: a new line starts a new item at a capitalised cue, a list mark or a heading") {
  // "Căn cứ" at a line start opens a new clause even after a long line.
  Document d = Run(
      "Thực hiện Chỉ thị số 25-CT/TW ngày 25 tháng 10 năm 2023 của Ban Bí thư về y tế cơ sở\n"
      "Căn cứ Thông tư số 27/2023/TT-BYT ngày 29 tháng 12 năm 2023 của Bộ Y tế;\n");
  CHECK(Rel(d, "25-CT/TW") == "implements");
  CHECK(Rel(d, "27/2023/TT-BYT") == "basis");
  CHECK(d.edges.empty());
  // An article heading is one line: its cue heads the list under it.
  Document a = Run("Điều 1. Bãi bỏ toàn bộ 01 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành\n"
                   "Thông tư số 20/2024/TT-BYT ngày 14 tháng 10 năm 2024 của Bộ trưởng Bộ Y tế.\n");
  CHECK(Rel(a, "20/2024/TT-BYT") == "repeals");
}

TEST_CASE("references: coordinated citations share the issuer of the last, and its date within one type") {
  Document d = Run("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị;\n"
                   "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số 118-KL/TW, ngày 18/01/2025 của "
                   "Bộ Chính trị.\n");
  const Reference& a = Need(d, "217-QĐ/TW");
  REQUIRE(a.issuer);
  CHECK(a.issuer->name == "Bộ Chính trị");
  REQUIRE(a.date);
  CHECK(a.date->Iso() == "2013-12-12");
  const Reference& c = Need(d, "35-CT/TW");
  REQUIRE(c.issuer);
  CHECK(c.issuer->name == "Bộ Chính trị");
  CHECK(c.date->Iso() == "2024-06-14");  // its own date stays
}

TEST_CASE("references: a list of one issuer's documents gives each item that issuer") {
  Document d = Run("Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 66/NQ-HĐND ngày 09/12/2024 về kế hoạch; "
                   "số 05/NQ-HĐND ngày 20/02/2025 về điều chỉnh;\n"
                   "Theo đề nghị của Sở Tài chính tại Tờ trình số 12/TTr-STC.\n");
  for (const char* id : {"66/NQ-HĐND", "05/NQ-HĐND"}) {
    CAPTURE(id);
    const Reference& r = Need(d, id);
    REQUIRE(r.issuer);
    CHECK(r.issuer->name == "Hội đồng nhân dân tỉnh");
  }
  CHECK(Need(d, "12/TTr-STC").issuer->name == "Sở Tài chính");
  // Or the issuer approved them: "được X phê duyệt tại các Quyết định:".
  Document p = Run("đảm bảo phù hợp với các Quy hoạch đã được\nThủ tướng Chính phủ phê duyệt tại các Quyết định: số "
                   "36/QĐ-TTg ngày 11/01/2024 về quy hoạch hạ tầng; số 1569/QĐ-TTg ngày 12/12/2024 về quy hoạch Thủ "
                   "đô và số 1668/QĐ-TTg ngày 27/12/2024 về điều chỉnh Quy hoạch chung.\n");
  for (const char* id : {"36/QĐ-TTg", "1569/QĐ-TTg", "1668/QĐ-TTg"}) {
    CAPTURE(id);
    const Reference& r = Need(p, id);
    REQUIRE(r.issuer);
    CHECK(r.issuer->name == "Thủ tướng Chính phủ");
  }
}

TEST_CASE("references: an amending law's title in a basis list is not this document amending it") {
  Document d = Run("CHÍNH PHỦ\nSố: 283/2025/NĐ-CP\nHà Nội, ngày 22 tháng 10 năm 2025\nNGHỊ ĐỊNH\n"
                   "Căn cứ Luật Viên chức số 58/2010/QH12; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công "
                   "chức và Luật Viên chức số 52/2019/QH14;\n"
                   "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 120/2020/NĐ-CP.\n");
  CHECK(Rel(d, "58/2010/QH12") == "basis");
  CHECK(Rel(d, "52/2019/QH14") == "basis");
  CHECK(Rel(d, "120/2020/NĐ-CP") == "amends");  // its own title: "Nghị định sửa đổi" in a Nghị định
}

TEST_CASE("references: a consolidated text's list under 'được sửa đổi, bổ sung bởi:' amends the law above it") {
  Document d = Run("Luật Tổ chức Quốc hội số 57/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc hội, có hiệu lực kể "
                   "từ ngày 01 tháng 01 năm 2016, được sửa đổi, bổ sung bởi:\n"
                   "1. Luật số 65/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội, có hiệu lực kể từ ngày 01 tháng "
                   "01 năm 2021;\n"
                   "2. Luật số 62/2025/QH15 ngày 18 tháng 02 năm 2025 của Quốc hội.\n"
                   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n");
  CHECK(HasEdge(d, "65/2020/QH14", "57/2014/QH13", Relation::kAmends));
  CHECK(HasEdge(d, "62/2025/QH15", "57/2014/QH13", Relation::kAmends));
}

TEST_CASE("references: a citation that repeals 'the texts below:' acts on each item of the list") {
  Document d = Run("Cụ thể, Thông tư số 47/2025/TT-BYT do Bộ trưởng Bộ Y tế Đào Hồng Lan vừa ký ban hành ngày "
                   "30/12/2025 đã bãi bỏ toàn bộ 43 văn bản, cụ thể:\n\n"
                   "1. Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế về việc ban hành tiêu chuẩn.\n\n"
                   "2. Quyết định số 1716/1999/QĐ-BYT ngày 04/06/1999 của Bộ trưởng Bộ Y tế về tổ chức.\n\n"
                   "Các đơn vị thực hiện theo Công văn số 12/BYT-KHTC.\n");
  CHECK(HasEdge(d, "47/2025/TT-BYT", "37-BYT/QĐ", Relation::kRepeals));
  CHECK(HasEdge(d, "47/2025/TT-BYT", "1716/1999/QĐ-BYT", Relation::kRepeals));
  CHECK(EdgeSet(d).size() == 2);  // the list ends where a line cites in a sentence of its own
  // The date after the act of issuing; the issuer stops before it.
  const Reference& tt = Need(d, "47/2025/TT-BYT");
  REQUIRE(tt.date);
  CHECK(tt.date->Iso() == "2025-12-30");
  REQUIRE(tt.issuer);
  CHECK(tt.issuer->name == "Bộ trưởng Bộ Y tế Đào Hồng Lan");
  // The cue must be the citation's act, in its sentence: here the sentence ended before it.
  Document e = Run("Thông tư số 47/2025/TT-BYT có hiệu lực từ ngày 15/02/2026. Bộ Y tế bãi bỏ các văn bản sau:\n"
                   "1. Quyết định số 37-BYT/QĐ ngày 29/01/1972.\n");
  CHECK(EdgeSet(e).empty());
}

TEST_CASE("references: a list of one type after 'và' shares the relation and the act on it") {
  Document d = Run("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP ngày "
                   "08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 36/2012/NĐ-CP "
                   "ngày 18 tháng 4 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ của Bộ, cơ quan ngang Bộ và "
                   "Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính phủ.\n"
                   "Nghị định số 21/2024/NĐ-CP ngày 19/02/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
                   "định số 51/2016/NĐ-CP ngày 13/6/2016 về tiền lương và Nghị định số 52/2016/NĐ-CP ngày 13/6/2016.\n");
  CHECK(Rel(d, "36/2012/NĐ-CP") == "amends");
  CHECK(Rel(d, "55/2011/NĐ-CP") == "amends");
  CHECK(HasEdge(d, "21/2024/NĐ-CP", "51/2016/NĐ-CP", Relation::kAmends));
  CHECK(HasEdge(d, "21/2024/NĐ-CP", "52/2016/NĐ-CP", Relation::kAmends));
}

TEST_CASE("references: no edge from a document to one issued after it; a stop glued to the next sentence ends it") {
  // Kế hoạch 25 (2016) cannot carry out Kết luận 111 (2017): "và" joins two items of a list.
  Document d = Run("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW "
                   "của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy.\n");
  CHECK(HasEdge(d, "25-KH/TU", "100-KL/TW", Relation::kImplements));
  CHECK_FALSE(HasEdge(d, "25-KH/TU", "111-KL/TU", Relation::kImplements));
  Document g = Run("căn cứ Kế hoạch số 194-KH/TU ngày 16/5/2023 của Thành ủy, Đảng ủy tổ chức Hội nghị tại "
                   "trường.Tiếp theo đó, thực hiện Kế hoạch số 19-KH/BCSĐ của Ban cán sự đảng.\n");
  CHECK(g.edges.empty());
}

TEST_CASE("references: a passive cue opening a line acts on the citation above it (a flattened table row)") {
  Document d = Run("Thông tư số 03/2017/TT-BLĐTBXH ngày 01/3/2017 \n"
                   "của Bộ trưởng Bộ Lao động - Thương binh và Xã hội  \n"
                   "quy định về quy trình xây dựng chương trình; tổ chức biên soạn giáo trình \n"
                   "Được thay thế bởi Thông tư số 01/2024/TT-BLĐTBXH ngày 19/02/2024 của Bộ \n"
                   "trưởng Bộ Lao động - Thương binh và Xã hội\n"
                   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều "
                   "theo Nghị quyết số 203/2025/QH15;\n");
  CHECK(HasEdge(d, "01/2024/TT-BLĐTBXH", "03/2017/TT-BLĐTBXH", Relation::kReplaces));
  // The Constitution, which has no number, is what 203/2025/QH15 amends: no edge.
  for (const auto& e : d.edges) CHECK(e.from != "203/2025/QH15");
}

TEST_CASE("references: 'thực hiện A \"title\" và B' carries out both, whatever their types") {
  Document d = Run("Căn cứ Điều lệ Hội; thực hiện Kế hoạch số 49-KH/TWH ngày 02/3/2008 của Đoàn Chủ tịch Ủy ban "
                   "Trung ương Hội \"Về việc tổ chức Đại hội Hội các cấp\" và Hướng dẫn số 148-HD/TWH ngày 16/9/2008 "
                   "của Trung ương Hội.\n");
  CHECK(Rel(d, "49-KH/TWH") == "implements");
  CHECK(Rel(d, "148-HD/TWH") == "implements");
}

TEST_CASE("references: a numbered list of cited documents with one 'Căn cứ' item is the basis (heading lost)") {
  Document d = Run("1. Điều lệ trường trung học, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 "
                   "của Bộ trưởng Bộ Giáo dục và Đào tạo;\n"
                   "2. Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ "
                   "trưởng Bộ GD&ĐT;\n"
                   "3. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh Phú Thọ.\n"
                   "II. NỘI DUNG\n"
                   "1. Tổ chức tuyển sinh theo Kế hoạch số 12/KH-SGDĐT ngày 02/01/2023 của Sở.\n"
                   "2. Báo cáo theo Công văn số 15/SGDĐT-VP ngày 03/01/2023 của Sở.\n");
  CHECK(Rel(d, "32/2020/TT-BGDĐT") == "basis");
  CHECK(Rel(d, "11/2014/TT-BGDĐT") == "basis");
  CHECK(Rel(d, "932/QĐ-UBND") == "basis");
  // A list whose items open with no basis cue keeps its own relations.
  CHECK(Rel(d, "12/KH-SGDĐT") == "mentions");
  CHECK(Rel(d, "15/SGDĐT-VP") == "mentions");
}

TEST_CASE("references: 'ban hành kèm theo' is no 'theo' cue; an act on an attached text reaches its document") {
  Document d = Run("Căn cứ Quy chế làm việc ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày 5/5/2020 của UBND "
                   "tỉnh;\n");
  CHECK(Rel(d, "12/2020/QĐ-UBND") == "basis");
  Document e = Run("Căn cứ Thông tư số 05/2018/TT-BGDĐT ngày 28/2/2018 của Bộ GD&ĐT sửa đổi, bổ sung khoản 1 Điều 2, "
                   "khoản 2 Điều 4, điểm d khoản 1, khoản 2 Điều 7 của Quy chế tuyển sinh THCS và tuyển sinh THPT ban "
                   "hành kèm theo Thông tư số 11/2014/TT-BGDĐT;\n");
  CHECK_MESSAGE(HasEdge(e, "05/2018/TT-BGDĐT", "11/2014/TT-BGDĐT", Relation::kAmends), Edges(e));
  // Without the attachment, a cue this far from a citation does not reach it.
  Document f = Run("Thông tư số 05/2018/TT-BGDĐT ngày 28/2/2018 của Bộ GD&ĐT sửa đổi, bổ sung khoản 1 Điều 2, khoản 2 "
                   "Điều 4, điểm d khoản 1, khoản 2 Điều 7 của Quy chế tuyển sinh THCS và tuyển sinh THPT và các văn bản "
                   "khác có liên quan đến Thông tư số 11/2014/TT-BGDĐT;\n");
  CHECK_MESSAGE(!HasEdge(f, "05/2018/TT-BGDĐT", "11/2014/TT-BGDĐT", Relation::kAmends), Edges(f));
}

TEST_CASE("references: an amendment talked about ('nội dung sửa đổi', 'đề xuất sửa đổi') is no amendment") {
  Document d = Run("Cơ bản thống nhất nội dung sửa đổi, bổ sung Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban "
                   "Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng.\n"
                   "Nghiên cứu, đề xuất sửa đổi Luật Đất đai số 31/2024/QH15.\n"
                   "Quyết định này bãi bỏ Quyết định số 12/2020/QĐ-UBND ngày 5/5/2020 của UBND tỉnh.\n");
  CHECK(Rel(d, "232-QĐ/TW") == "mentions");
  CHECK(Rel(d, "31/2024/QH15") == "mentions");
  CHECK(Rel(d, "12/2020/QĐ-UBND") == "repeals");
}

TEST_CASE("references: 'TƯ' is read as TU when the text names a Tỉnh ủy as the issuer, else as TW") {
  Document d = Run("TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\n"
                   "KẾT LUẬN\nSau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hạ tầng phát triển; "
                   "thực hiện Chỉ thị số 25-CT/TƯ ngày 25/10/2023 của Ban Bí thư.\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "445-KL/TU");
  CHECK(Ref(d, "13-NQ/TU") != nullptr);
  CHECK(Ref(d, "25-CT/TW") != nullptr);
}

TEST_CASE("references: a resolution cited with and without its year is one reference; so is the own number") {
  Document d = Run("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/QĐ-UBND\nQuảng Nam, ngày 02 tháng 02 năm 2023\n"
                   "QUYẾT ĐỊNH\nTriển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh\n"
                   "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về cơ chế lồng ghép;\n"
                   "Quyết định số 216/2023/QĐ-UBND này có hiệu lực từ ngày ký. Nghị quyết số 42/NQ-HĐND ngày "
                   "05/12/2021 của HĐND tỉnh hết hiệu lực.\n");
  CHECK(Ref(d, "216/2023/QĐ-UBND") == nullptr);  // the document itself
  const Reference& r = Need(d, "41/2022/NQ-HĐND");
  CHECK(r.mentions.size() == 2);
  CHECK(Ref(d, "41/NQ-HĐND") == nullptr);
  CHECK(RelationName(r.relation) == std::string("implements"));  // the strongest of its mentions
  // A short form of another year stays apart.
  Document e = Run("Căn cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2021 của HĐND tỉnh; thực hiện Nghị quyết số "
                   "41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh.\n");
  CHECK(Ref(e, "41/NQ-HĐND") != nullptr);
  CHECK(Ref(e, "41/2022/NQ-HĐND") != nullptr);
}

TEST_CASE("references: a Nghị định without its year or date is its full number; a number in two layouts is one") {
  Document d = Run("Căn cứ Nghị định số 53/2006/NĐ-CP ngày 25/5/2006 của Chính phủ về chính sách khuyến khích;\n"
                   "Căn cứ Thông tư số 91/2006/TT-BTC ngày 02/10/2006 của Bộ Tài chính hướng dẫn thực hiện Nghị định "
                   "số 53/NĐ-CP của Chính phủ;\n");
  CHECK(Ref(d, "53/NĐ-CP") == nullptr);
  CHECK(Need(d, "53/2006/NĐ-CP").mentions.size() == 2);
  // A Nghị quyết has a series without the year: without a date, nothing says it is the same.
  Document n = Run("Căn cứ Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh; Nghị quyết số 41/NQ-HĐND "
                   "của HĐND tỉnh.\n");
  CHECK(Ref(n, "41/NQ-HĐND") != nullptr);
  Document l = Run("1. Quyết định số 500-BYT/QĐ ngày 10/04/1992 của Bộ trưởng Bộ Y tế về Quy chế hành nghề dược.\n"
                   "2. Quyết định số 695-BYT/QĐ ngày 08/09/1993 của Bộ trưởng Bộ Y tế sửa đổi Điều 15 Quy chế hành "
                   "nghề dược kèm theo Quyết định 500/BYT-QĐ.\n");
  CHECK(Ref(l, "500/BYT-QĐ") == nullptr);
  CHECK(Need(l, "500-BYT/QĐ").mentions.size() == 2);
  CHECK(EdgeSet(l).count("695-BYT/QĐ amends 500-BYT/QĐ"));
}

TEST_CASE("references: 'điều chỉnh' a document's content amends it; 'phạm vi điều chỉnh' is a scope") {
  Document d = Run("Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 66/NQ-HĐND ngày 09/12/2024 về Kế hoạch năm "
                   "2025; số 05/NQ-HĐND ngày 20/02/2025 về điều chỉnh một số chỉ tiêu được giao tại Nghị quyết số "
                   "66/NQ-HĐND ngày 09/12/2024;\n");
  CHECK_MESSAGE(HasEdge(d, "05/NQ-HĐND", "66/NQ-HĐND", Relation::kAmends), Edges(d));
  Document s = Run("Điều 1 và phạm vi điều chỉnh về quảng cáo đối với thuốc tại Thông tư số 09/2015/TT-BYT ngày "
                   "25/5/2015 của Bộ trưởng Bộ Y tế.\n");
  CHECK(Rel(s, "09/2015/TT-BYT") == "mentions");
}

TEST_CASE("references: 'X được thay thế bởi Thông tư này' is replaced by this document, not a passive edge") {
  Document d = Run("THÔNG TƯ\nĐiều 2. Hiệu lực thi hành\n1. Quyết định số 1234/QĐ-BYT ngày 1/2/2020 được thay thế bởi "
                   "Thông tư này.\n2. Thông tư số 05/2015/TT-BYT được thay thế bởi Thông tư số 10/2019/TT-BYT ngày "
                   "10/5/2019 của Bộ trưởng Bộ Y tế.\n");
  CHECK(Rel(d, "1234/QĐ-BYT") == "replaces");
  CHECK(Rel(d, "05/2015/TT-BYT") == "mentions");
  CHECK_MESSAGE(HasEdge(d, "10/2019/TT-BYT", "05/2015/TT-BYT", Relation::kReplaces), Edges(d));
}

TEST_CASE("references: a 'Căn cứ' list whose head cites no number reaches the items after ';'") {
  Document d = Run("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành "
                   "Trung ương và Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư;\n"
                   "- Xét đề nghị của Ban Tổ chức; Kế hoạch số 12-KH/ĐUK ngày 02/01/2023 của Ban Thường vụ.\n");
  CHECK(Rel(d, "24-QĐ/TW") == "basis");
  CHECK(Rel(d, "01-HD/TW") == "basis");
  CHECK(Rel(d, "12-KH/ĐUK") == "mentions");  // no clause-wide cue heads that list
}

TEST_CASE("references: amending A 'as amended by B' is no act on B") {
  Document d = Run("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 171/2016/NĐ-CP ngày 27 "
                   "tháng 12 năm 2016 của Chính phủ đã được sửa đổi, bổ sung bởi Nghị định số 86/2020/NĐ-CP ngày 23 "
                   "tháng 7 năm 2020.\nCăn cứ Luật Đầu tư công số 58/2024/QH15 đã được sửa đổi, bổ sung một số điều "
                   "theo Luật số 90/2025/QH15;\n");
  CHECK(Rel(d, "171/2016/NĐ-CP") == "amends");
  CHECK(Rel(d, "86/2020/NĐ-CP") == "mentions");
  CHECK(HasEdge(d, "86/2020/NĐ-CP", "171/2016/NĐ-CP", Relation::kAmends));
  CHECK(Rel(d, "90/2025/QH15") == "basis");
}

TEST_CASE("references: a known issuer name cut by a stop word is read whole ('của Bộ Xây dựng')") {
  Document d = Run("Căn cứ Thông tư số 10/2021/TT-BXD ngày 25/8/2021 của Bộ Xây dựng hướng dẫn một số điều;\n"
                   "Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 5/5/2020 của UBND tỉnh xây dựng kế hoạch;\n");
  CHECK(Need(d, "10/2021/TT-BXD").issuer->name == "Bộ Xây dựng");
  CHECK(Need(d, "12/2020/QĐ-UBND").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a short list item that cites goes on over its line break ('của Ban' / 'Chấp hành ...')") {
  Document d = Run("- Căn cứ Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban\nChấp hành Trung ương quy định về thi hành Điều "
                   "lệ Đảng;\n- Căn cứ Quy định số 10-QĐ/TW, ngày 12/12/2018 của Bộ\nChính trị về chức năng;\n"
                   "1. Nội dung tuyên truyền\nPhổ biến Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n");
  CHECK(Need(d, "29-QĐ/TW").issuer->name == "Ban Chấp hành Trung ương");
  CHECK(Need(d, "10-QĐ/TW").issuer->name == "Bộ Chính trị");
}

TEST_CASE("references: glued and damaged citations ('số31-QĐ/TW', '20NQ/TW', '2025, 501/TTr-STC')") {
  Document d = Run("Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 và thực hiện Nghị quyết "
                   "20NQ/TW của Hội nghị Trung ương 6;\n"
                   "Theo đề nghị của Sở Tài chính tại Tờ trình số: 421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày "
                   "20/11/2025 và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 22/BC-STP ngày 24/10/2025;\n");
  CHECK(Rel(d, "31-QĐ/TW") == "implements");
  CHECK(Rel(d, "20-NQ/TW") == "implements");
  CHECK(Need(d, "421/TTr-STC").issuer->name == "Sở Tài chính");
  CHECK(Need(d, "501/TTr-STC").issuer->name == "Sở Tài chính");
  CHECK(Need(d, "22/BC-STP").issuer->name == "Sở Tư pháp");
}

TEST_CASE("references: every document of a list after a passive cue acts on the cited one") {
  Document d = Run("Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung bởi Luật số 46/2014/QH13 và "
                   "Luật số 51/2024/QH15;\n");
  CHECK(HasEdge(d, "46/2014/QH13", "25/2008/QH12", Relation::kAmends));
  CHECK_MESSAGE(HasEdge(d, "51/2024/QH15", "25/2008/QH12", Relation::kAmends), Edges(d));
  CHECK(Rel(d, "51/2024/QH15") == "basis");
}

TEST_CASE("references: an issuer before the number; an amended text without one has its amender's") {
  Document d = Run("Thi hành Điều 2 Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 ban hành Quy định về thể "
                   "thức văn bản của Đảng;\n"
                   "Kỳ thi được thực hiện theo Quy chế ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020 "
                   "được sửa đổi, bổ sung tại Thông tư số 05/2021/TT-BGDĐT ngày 12/3/2021, Thông tư số "
                   "06/2023/TT-BGDĐT ngày 24/03/2023 và Thông tư số 02/2024/TT-BGDĐT ngày 06/3/2024 của Bộ trưởng Bộ "
                   "Giáo dục và Đào tạo (gọi tắt là Quy chế thi);\n"
                   "Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Hướng "
                   "dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư.\n");
  CHECK(Need(d, "31-QĐ/TW").issuer->name == "Bộ Chính trị");
  CHECK(Rel(d, "31-QĐ/TW") == "implements");
  REQUIRE(Need(d, "15/2020/TT-BGDĐT").issuer);
  CHECK(Need(d, "15/2020/TT-BGDĐT").issuer->name == "Bộ trưởng Bộ Giáo dục và Đào tạo");
  for (const char* by : {"05/2021/TT-BGDĐT", "06/2023/TT-BGDĐT", "02/2024/TT-BGDĐT"})
    CHECK_MESSAGE(HasEdge(d, by, "15/2020/TT-BGDĐT", Relation::kAmends), by << ": " << Edges(d));
  // "thi hành" inside a title is no cue.
  CHECK(Rel(d, "01-HD/TW") == "mentions");
  for (const auto& e : d.edges) CHECK(e.from != "24-QĐ/TW");
}

TEST_CASE("references: after a passive cue, a citation with a title of its own is the next item of an outer list") {
  Document d = Run("Nghị định số 83/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 10/2016/NĐ-CP ngày 01 "
                   "tháng 02 năm 2016 của Chính phủ quy định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung một "
                   "số điều theo Nghị định số 47/2019/NĐ-CP ngày 05 tháng 6 năm 2019 của Chính phủ và Nghị định số "
                   "120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập đơn vị sự nghiệp.\n");
  CHECK(HasEdge(d, "47/2019/NĐ-CP", "10/2016/NĐ-CP", Relation::kAmends));
  CHECK_MESSAGE(!HasEdge(d, "120/2020/NĐ-CP", "10/2016/NĐ-CP", Relation::kAmends), Edges(d));
}

TEST_CASE("references: a cue in a citation's title cannot act on a later document: 'và B' goes on with A's relation") {
  Document d = Run("Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định "
                   "chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày "
                   "23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia;\n");
  CHECK(Rel(d, "123/2015/NĐ-CP") == "implements");
  CHECK(Rel(d, "101/QĐ-TTg") == "implements");
  CHECK(d.edges.empty());
  // Nor can a "theo" that governs a text named in A's title.
  Document t = Run("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua "
                   "hằng năm theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số "
                   "16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, UBND tỉnh ban hành:\n");
  CHECK(Rel(t, "16/KH-HĐTĐKT") == "implements");
  // "theo" right before a document still only mentions it.
  Document m = Run("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, bảo đảm lộ trình theo Kế "
                   "hoạch số 16/KH-HĐTĐKT ngày 31/8/2021.\n");
  CHECK(Rel(m, "16/KH-HĐTĐKT") == "mentions");
}

TEST_CASE("references: a joined citation whose number names another body does not take the last one's issuer") {
  Document d = Run("gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU và Quyết định số 3504/QĐ-UBND ngày 22/10/2021 "
                   "của UBND tỉnh.\n");
  CHECK_FALSE(Need(d, "12-NQ/TU").issuer);
  REQUIRE(Need(d, "3504/QĐ-UBND").issuer);
  // Of one body, it does: "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ... của Bộ Chính trị".
  Document s = Run("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.\n");
  REQUIRE(Need(s, "217-QĐ/TW").issuer);
  CHECK(Need(s, "217-QĐ/TW").issuer->name == "Bộ Chính trị");
}

TEST_CASE("references: a task item's 'theo quy định tại' list goes on over ';' as mentions") {
  Document d = Run("1. Ủy ban nhân dân các xã:\n- Thực hiện đầy đủ trách nhiệm quản lý nhà nước về lâm nghiệp theo quy định "
                   "tại Điều 102 Luật Lâm nghiệp, Luật Đất đai; Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 và Nghị định "
                   "số 136/2025/NĐ-CP ngày 12/6/2025.\n");
  CHECK(Rel(d, "131/2025/NĐ-CP") == "mentions");
  CHECK(Rel(d, "136/2025/NĐ-CP") == "mentions");
  // A cue inside a noun phrase ("các văn bản hướng dẫn thi hành") leaves the list to "Thực hiện".
  Document p = Run("Thực hiện Luật phòng, chống thiên tai và các văn bản hướng dẫn thi hành; Quyết định số 342/QĐ-TTg "
                   "ngày 15/3/2022 của Thủ tướng Chính phủ.\n");
  CHECK(Rel(p, "342/QĐ-TTg") == "implements");
}

TEST_CASE("references: an amending law's title names the law it amends, cited before with its own number") {
  Document d = Run("Số: 21/2025/NQ-HĐND\n*Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15;*\n*Căn cứ Luật Sửa đổi, bổ sung "
                   "một số điều của Luật\nBan hành văn bản quy phạm pháp luật số 87/2025/QH15;*\n");
  CHECK_MESSAGE(HasEdge(d, "87/2025/QH15", "64/2025/QH15", Relation::kAmends), Edges(d));
  CHECK(Rel(d, "87/2025/QH15") == "basis");
  // Not when this document does the amending: the number is then the amended law's.
  Document n = Run("Căn cứ Luật Đất đai số 45/2013/QH13;\nNghị định này sửa đổi, bổ sung một số điều của Luật Đất đai "
                   "số 31/2024/QH15.\n");
  CHECK_MESSAGE(d.edges.size() == 1, Edges(d));
  CHECK_MESSAGE(!HasEdge(n, "31/2024/QH15", "45/2013/QH13", Relation::kAmends), Edges(n));
}

TEST_CASE("references: 'bị bãi bỏ' inside an annex's title is no repeal; replacing listed procedures amends") {
  Document d = Run("Điều 3. Thay thế 03 TTHC có số thứ tự 3, 4, 5 tại Danh mục TTHC mới ban hành và bị bãi bỏ lĩnh vực "
                   "hoạt động khoa học và công nghệ ban hành kèm theo Quyết định số 3470/QĐ-UBND ngày 10 tháng 11 năm "
                   "2025 của Chủ tịch UBND thành phố Huế.\n");
  CHECK(Rel(d, "3470/QĐ-UBND") == "amends");
  Document m = Run("Công bố Danh mục thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực hoạt động khoa học ban hành "
                   "kèm theo Quyết định số 3470/QĐ-UBND ngày 10 tháng 11 năm 2025.\n");
  CHECK(Rel(m, "3470/QĐ-UBND") == "mentions");
  // Closing its clause, it still repeals.
  Document r = Run("Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 của UBND tỉnh bị bãi bỏ.\n");
  CHECK(Rel(r, "12/2020/QĐ-UBND") == "repeals");
}

TEST_CASE("references: a steering committee's name: 'Chỉ đạo' capitalised is no verb, and its fields run over commas") {
  Document d = Run("Triển khai Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo\nphát triển khoa học, công nghệ, "
                   "đổi mới sáng tạo, chuyển đổi số, cải cách hành\nchính và đề án 06 về Kế hoạch hành động triển khai "
                   "thực hiện Kế hoạch số\n02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh "
                   "ban hành Kế hoạch.\n");
  REQUIRE(Need(d, "01-KH/BCĐ").issuer);
  CHECK(Need(d, "01-KH/BCĐ").issuer->name ==
        "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06");
  REQUIRE(Need(d, "02-KH/BCĐTW").issuer);
  CHECK(Need(d, "02-KH/BCĐTW").issuer->name == "Ban Chỉ đạo Trung ương");
  CHECK_MESSAGE(HasEdge(d, "01-KH/BCĐ", "02-KH/BCĐTW", Relation::kImplements), Edges(d));
  // In lower case it is the verb: "của UBND tỉnh chỉ đạo".
  Document v = Run("Thực hiện Công văn số 12/UBND-VX ngày 02/01/2025 của UBND tỉnh chỉ đạo các sở.\n");
  CHECK(Need(v, "12/UBND-VX").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a web site's notice to its readers after the document cites nothing of the document's") {
  Document d = Run("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
                   "Nơi nhận:\n- Như Điều 3;\n"
                   "Thưa Quý khách,\nĐúng 14 tháng trước, THƯ VIỆN PHÁP LUẬT đã bật Thông báo này.\n"
                   "**Kính gửi:** Quý Thành viên,\n"
                   "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bên dưới.\n"
                   "Quý khách Đăng nhập vào thì sẽ có 1 người khác bị Đăng xuất.\n");
  CHECK(Rel(d, "72/2025/QH15") == "basis");
  CHECK(d.references.size() == 1);
  CHECK(d.targets.empty());
  auto notice = std::find_if(d.diagnostics.begin(), d.diagnostics.end(),
                             [](const Diagnostic& g) { return g.code == "site_notice"; });
  REQUIRE(notice != d.diagnostics.end());
  CHECK(notice->line == 4);
  // A letter to customers opens with such a salutation and cites below it.
  Document l = Run("Kính gửi: Quý khách hàng,\nThực hiện Thông tư số 17/2024/TT-NHNN ngày 28/6/2024 của Ngân hàng "
                   "Nhà nước Việt Nam, Ngân hàng thông báo.\n");
  CHECK(Rel(l, "17/2024/TT-NHNN") == "implements");
}

TEST_CASE("references: the object of an act, followed by 'và B' of its own day after its title: the act reaches B") {
  Document d = Run("Căn cứ Nghị định số 187/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
                   "78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để "
                   "tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP "
                   "ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát văn bản quy phạm pháp luật;\n");
  CHECK_MESSAGE(HasEdge(d, "187/2025/NĐ-CP", "79/2025/NĐ-CP", Relation::kAmends), Edges(d));
  CHECK_MESSAGE(!HasEdge(d, "78/2025/NĐ-CP", "79/2025/NĐ-CP", Relation::kGuides), Edges(d));
  // Not the object of an act: a cue in A's title still acts on B of its own day.
  Document g = Run("Thực hiện Thông tư số 05/2025/TT-BNV ngày 01/4/2025 của Bộ Nội vụ hướng dẫn thực hiện Quyết định số "
                   "12/QĐ-TTg ngày 01/4/2025 của Thủ tướng Chính phủ;\n");
  CHECK_MESSAGE(HasEdge(g, "05/2025/TT-BNV", "12/QĐ-TTg", Relation::kGuides), Edges(g));
}

TEST_CASE("references: a 'Căn cứ' item whose title holds ';' still hands the relation to the next item") {
  Document d = Run("Căn cứ Nghị định số 64/2021/NĐ-CP ngày 30/6/2021 của Chính phủ về ký kết và thực hiện thoả thuận "
                   "quốc tế nhân danh tổng cục, cục thuộc bộ; cơ quan chuyên môn thuộc Uỷ ban nhân dân cấp tỉnh; Uỷ "
                   "ban nhân dân cấp huyện; Nghị định số 177/2025/NĐ-CP ngày 30/6/2025 của Chính phủ sửa đổi, bổ sung "
                   "các Nghị định trong lĩnh vực thỏa thuận quốc tế;\n");
  CHECK(Rel(d, "177/2025/NĐ-CP") == "basis");
}

TEST_CASE("references: 'hết hiệu lực' closing the clause of a cited text repeals it; failing to carry out is no carrying out") {
  Document d = Run("2. Kể từ ngày Thông tư này có hiệu lực, Thông tư số 15/2019/TT-BLĐTBXH \nngày 18/9/2019 của Bộ trưởng "
                   "Bộ Lao động - Thương binh và Xã hội quy định \nquy định Chế độ báo cáo thống kê ngành Lao động - "
                   "Thương binh và Xã hội hết \nhiệu lực.  \n"
                   "- Đối với các cơ sở KCB không thực hiện đúng Chỉ thị số 25/CT-BYT , vẫn kê thêm giường.\n");
  CHECK(Rel(d, "15/2019/TT-BLĐTBXH") == "repeals");
  CHECK(Rel(d, "25/CT-BYT") == "mentions");
  Document k = Run("2. Nghị định số 50/2019/NĐ-CP ngày 07 tháng 6 năm 2019 của Chính phủ quy định cấp chứng chỉ hành "
                   "nghề và cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh trong Quân đội hết hiệu lực kể "
                   "từ ngày Nghị định này có hiệu lực thi hành.\n");
  CHECK(Rel(k, "50/2019/NĐ-CP") == "repeals");
}

TEST_CASE("references: a year glued to more digits is an invalid date whose issuer is still read; '<body> có Công văn số'") {
  Document d = Run("Căn cứ Quy định số 80-QĐ/TW ngày 18/8/20222 của Bộ Chính trị về phân cấp quản lý cán bộ;\n"
                   "Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 hướng dẫn thực hiện.\n");
  const Reference& r = Need(d, "80-QĐ/TW");
  CHECK_FALSE(r.date);
  CHECK(r.issuer->name == "Bộ Chính trị");
  bool flagged = false;
  for (const auto& g : d.diagnostics) flagged |= g.code == "invalid_date";
  CHECK(flagged);
  CHECK(Need(d, "627/BYT-BH").issuer->name == "Bộ Y tế");
}

TEST_CASE("references: the own normative number repeated with a typo'd date is still the document") {
  Document d = Run("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 02/2025/TT-BLĐTBXH\nHà Nội, ngày 10 tháng 01 năm 2025\n"
                   "THÔNG TƯ\nQuy định chế độ báo cáo thống kê\n"
                   "PHỤ LỤC I\n(Ban hành kèm theo Thông tư số 02/2025/TT-BLĐTBXH ngày 10/01/2024 của Bộ trưởng)\n");
  CHECK(Ref(d, "02/2025/TT-BLĐTBXH") == nullptr);
  // A number without its year, dated otherwise, is another body's document.
  Document k = Run("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 153/KH-UBND\nBắc Giang, ngày 21 tháng 6 năm 2024\nKẾ HOẠCH\n"
                   "Thực hiện Kế hoạch số 153/KH-UBND ngày 02/3/2024 của UBND huyện Yên Thế.\n");
  CHECK(Ref(k, "153/KH-UBND") != nullptr);
}

TEST_CASE("references: a page break inside an issuer phrase (blank line, then lower case) does not cut it") {
  Document d = Run("Căn cứ Quyết định số 37/QĐ-UBND ngày 09 tháng 01 năm 2019 của UBND\n\nhuyện Như Xuân về việc ban hành "
                   "kế hoạch;\n");
  REQUIRE(Need(d, "37/QĐ-UBND").issuer);
  CHECK(Need(d, "37/QĐ-UBND").issuer->name == "UBND huyện Như Xuân");
  // A blank line before a capital still ends it.
  Document e = Run("Căn cứ Quyết định số 37/QĐ-UBND ngày 09 tháng 01 năm 2019 của UBND\n\nHuyện ủy chỉ đạo.\n");
  REQUIRE(Need(e, "37/QĐ-UBND").issuer);
  CHECK(Need(e, "37/QĐ-UBND").issuer->name == "UBND");
}

TEST_CASE("references: 'Trung ương' ends many names: only a phrase it opens names the Party's central committee") {
  Document d = Run("Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương; Nghị quyết số "
                   "5-NQ/TW của Trung ương; Hướng dẫn số 48/HD-MTTW-BTT ngày 19/5/2016 của Ủy ban Trung ương MTTQ Việt "
                   "Nam về nội dung.\n");
  CHECK(Need(d, "16/KH-HĐTĐKT").issuer->canonical_name.empty());
  CHECK(Need(d, "48/HD-MTTW-BTT").issuer->canonical_name.empty());
  CHECK(Need(d, "05-NQ/TW").issuer->canonical_name == "Trung ương Đảng");
}

TEST_CASE("references: the clause's opening 'Căn cứ' governs its first citation; cue words on the way are its title") {
  Document d = Run("Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế số 41/2005/QH11;\n"
                   "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng \nsố 69/2020/QH14;\n");
  CHECK(Rel(d, "41/2005/QH11") == "basis");
  CHECK(Rel(d, "69/2020/QH14") == "basis");
}

TEST_CASE("references: a cue far inside an earlier citation's title does not act on 'và B'") {
  Document d = Run("Căn cứ Nghị định số\n27/2022/NĐ-CP ngày 19 tháng 4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ\n"
                   "chức thực hiện các chương trình mục tiêu quốc gia và Nghị định số 38/2023/NĐ-CP\nngày 24/6/2023 của "
                   "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP;\n");
  CHECK(Rel(d, "38/2023/NĐ-CP") == "basis");
}

TEST_CASE("references: 'do <body> ban hành' closing a cited title names its issuer; not past another number") {
  Document d = Run("- Nghị quyết 131/2020/QH14 về tổ chức chính quyền đô thị tại Thành phố Hồ Chí Minh do Quốc hội ban hành\n"
                   "- Thông tư 02/2022/TT-BTNMT hướng dẫn theo Quyết định số 12/QĐ-TTg do Thủ tướng ban hành;\n");
  REQUIRE(Need(d, "131/2020/QH14").issuer);
  CHECK(Need(d, "131/2020/QH14").issuer->name == "Quốc hội");
  CHECK_FALSE(Need(d, "02/2022/TT-BTNMT").issuer);
  REQUIRE(Need(d, "12/QĐ-TTg").issuer);
  CHECK(Need(d, "12/QĐ-TTg").issuer->name == "Thủ tướng");
}

TEST_CASE("references: replacing parts of a document (annexes, forms, words) amends it; replacing it whole replaces it") {
  Document d = Run("Điều 2. Thay thế một số phụ lục, mẫu biểu của Thông tư số 21/2021/TT-BLĐTBXH ngày 15/12/2021.\n"
                   "Điều 3. Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND.\n");
  CHECK(Rel(d, "21/2021/TT-BLĐTBXH") == "amends");
  CHECK(Rel(d, "12/2020/QĐ-UBND") == "replaces");
}

TEST_CASE("references: an article line that ends mid-sentence goes on; 'sửa đổi, bổ sung, bãi bỏ' is one amending act") {
  Document d = Run("Điều 1. Kể từ ngày Nghị định số 245/2025/NĐ-CP ngày 11 tháng 9 năm\n2025 của Chính phủ sửa đổi, bổ sung "
                   "một số điều của Nghị định số 155/2020/NĐ-CP có hiệu lực.\n");
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "245/2025/NĐ-CP");
  CHECK(RelationName(d.edges[0].relation) == std::string("amends"));
  Document a = Run("Điều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 "
                   "năm 2010 của Chính phủ như sau:\n2. Bãi bỏ khoản 3 Điều 4 Thông tư số 57/2024/TT-BYT.\n"
                   "khoản 1 Điều 20 Được sửa đổi, bổ sung, bãi bỏ một phần bởi Thông tư số 10/2024/TT-BLĐTBXH\n");
  CHECK(Rel(a, "63/2010/NĐ-CP") == "amends");
  CHECK(Rel(a, "57/2024/TT-BYT") == "repeals");
  CHECK(Rel(a, "10/2024/TT-BLĐTBXH") == "mentions");
}

TEST_CASE("references: '(đã được sửa đổi, bổ sung thành <part> Thông tư số B)' is B amending the cited text") {
  Document d = Run("2. Thay thế: Mẫu số 01 Phụ lục I ban hành kèm theo Thông tư số \n21/2021/TT-BLĐTBXH (đã được sửa "
                   "đổi, bổ sung thành Mẫu số 17, Phụ lục I \nkhoản 1, Điều 17 Thông tư số 09/2025/TT-BNV) bằng Mẫu số 01.\n");
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "09/2025/TT-BNV");
  CHECK(d.edges[0].to == "21/2021/TT-BLĐTBXH");
  CHECK(RelationName(d.edges[0].relation) == std::string("amends"));
}

TEST_CASE("references: a 'Căn cứ' heading wrapped over two lines heads its numbered list, items wrapped at their dates") {
  Document d = Run("I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính "
                   "phủ phê duyệt Chương trình;\n2. Thông tư 05/2022/TT-BNNPTNT ngày\n25 tháng 7 năm 2022 của Bộ Nông nghiệp "
                   "và Phát triển nông thôn về hướng dẫn một\nsố nội dung thực hiện Chương trình.\n3. Nghị quyết số "
                   "05-NQ/TU ngày 17\ntháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh.\nII. MỤC TIÊU\nThực hiện tốt Kế "
                   "hoạch số 13/KH-UBND.\n");
  CHECK(Rel(d, "924/QĐ-TTg") == "basis");
  CHECK(Rel(d, "05/2022/TT-BNNPTNT") == "basis");
  CHECK(Rel(d, "05-NQ/TU") == "basis");
  CHECK(Rel(d, "13/KH-UBND") == "implements");
}

TEST_CASE("references: 'của X' after the title is the issuer when X is the body of the number's code") {
  Document d = Run("Thực hiện Quyết định số 2071/QĐ-BGDĐT ngày\n16/6/2017 về việc Ban hành Khung kế hoạch thời gian năm "
                   "học, áp dụng từ năm học 2017- 2018 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo (GDĐT), các trường triển khai.\n"
                   "Căn cứ Quyết định số 15/QĐ-UBND ngày 2/3/2020 về việc phê duyệt kế hoạch của Sở Y tế;\n");
  REQUIRE(Need(d, "2071/QĐ-BGDĐT").issuer);
  CHECK(Need(d, "2071/QĐ-BGDĐT").issuer->name == "Bộ trưởng Bộ Giáo dục và Đào tạo");
  // "của Sở Y tế" belongs to the title: the number is the UBND's.
  CHECK_FALSE(Need(d, "15/QĐ-UBND").issuer);
}

TEST_CASE("references: a title in capitals wrapped after 'CỦA' is one clause: the nested plan's target is mentioned") {
  Document d = Run("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP NGÀY 10/4/2025 CỦA\nCHÍNH PHỦ BAN HÀNH KẾ "
                   "HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 1313/NQ-UBTVQH15 NGÀY 25\nTHÁNG 9 NĂM 2024\n");
  CHECK(Rel(d, "76/NQ-CP") == "implements");
  CHECK(Rel(d, "1313/NQ-UBTVQH15") == "mentions");
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "76/NQ-CP");
  CHECK(d.edges[0].to == "1313/NQ-UBTVQH15");
}

TEST_CASE("references: a known name opening inside an issuer runs past a stop word; '(CCB)' inside a body's name") {
  Document d = Run("Căn cứ Công văn số 10-CV/ĐU ngày 30/9/2020 của Đảng uỷ Bộ Xây dựng về việc tuyên truyền;\n"
                   "Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam đã ban hành Hướng dẫn số 13/HD-CCB ngày "
                   "25/7/2025 về công tác.\n");
  CHECK(Need(d, "10-CV/ĐU").issuer->name == "Đảng uỷ Bộ Xây dựng");
  REQUIRE(Need(d, "13/HD-CCB").issuer);
  CHECK(Need(d, "13/HD-CCB").issuer->name == "Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam");
}

TEST_CASE("references: a 'Căn cứ' run hard-wrapped over lines keeps its scope over an item title holding ';'") {
  Document d = Run("Căn cứ Nghị định số\n07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo; Thông tư số "
                   "07/2021/TT-BLĐTBXH ngày\n18/7/2021 của Bộ trưởng hướng dẫn phương\npháp rà soát, phân loại hộ nghèo; "
                   "xác định thu nhập của hộ làm\nnông nghiệp và mẫu biểu báo cáo; Thông tư số 02/2022/TT-BLĐTBXH ngày "
                   "30/3/2022\ncủa Bộ trưởng sửa đổi, bổ sung một số nội\ndung của Thông tư số 07/2021/TT-BLĐTBXH .\n");
  CHECK(Rel(d, "07/2021/NĐ-CP") == "basis");
  CHECK(Rel(d, "07/2021/TT-BLĐTBXH") == "basis");
  CHECK(Rel(d, "02/2022/TT-BLĐTBXH") == "basis");
}

TEST_CASE("references: the colon after a list's issuer opens no clause: the items keep the cue ahead of it") {
  Document d = Run("Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi; các Nghị quyết "
                   "của Hội đồng nhân dân tỉnh: số\n340/NQ-HĐND ngày 22/12/2020 về nhiệm vụ 5 năm; số 160/NQ-HĐND ngày "
                   "08/12/2021 về đầu tư công và Công văn số\n892/BKHĐT-TH ngày 14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy "
                   "ban nhân dân tỉnh ban hành Chương trình hành động.\n");
  CHECK(Rel(d, "11/NQ-CP") == "implements");
  CHECK(Rel(d, "340/NQ-HĐND") == "implements");
  CHECK(Rel(d, "160/NQ-HĐND") == "implements");
  CHECK(Rel(d, "892/BKHĐT-TH") == "implements");
  CHECK(Need(d, "340/NQ-HĐND").issuer->name == "Hội đồng nhân dân tỉnh");
}

TEST_CASE("references: a colon closing a type name ('tại các Công văn: số A và số B') opens no clause") {
  Document d = Run("Thực hiện chỉ đạo của UBND tỉnh tại các Công văn: số 4847/UBND-NN ngày 10/8/2018 và số 6872/UBND-NN "
                   "ngày 5/11/2018 về việc xây dựng nông thôn mới, Sở báo cáo như sau.\n");
  CHECK(Need(d, "4847/UBND-NN").issuer->name == "UBND tỉnh");
  CHECK(Need(d, "6872/UBND-NN").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a number cut short where the stored text ends is a mention of the longer one") {
  Document d = Run("Căn cứ Nghị định số 11/2016/NĐ-CP ngày 03/02/2016 của Chính phủ;\n"
                   "2. Đối tượng áp dụng quy định tại Điều 2 Nghị định số 11/2016/NĐ-C");
  REQUIRE(d.references.size() == 1);
  CHECK(d.references[0].id == "11/2016/NĐ-CP");
  CHECK(d.references[0].mentions.size() == 2);
  // Not at the end: a number of its own.
  Document e = Run("Căn cứ Nghị định số 11/2016/NĐ-CP ngày 03/02/2016;\nCông văn số 11/2016/NĐ-C ngày 1/1/2017.\n");
  CHECK(e.references.size() == 2);
}

TEST_CASE("references: 'đề ngày', 'đã ký, ban hành', six-digit serials, 'hỏi' after the issuer") {
  Document d = Run("Trả lời công văn số 636/CT-THNVDT đề ngày 25/4/2014 của Cục Thuế tỉnh Đắk Nông hỏi về thuế.\n"
                   "Ngày 26/4/2022, Bộ Y tế đã ký, ban hành Thông tư số 03/2022/TT-BYT sửa đổi.\n"
                   "Thực hiện Công văn số 101322/CTHN-TTHT ngày 1/12/2020 của Cục Thuế TP Hà Nội.\n");
  const Reference& a = Need(d, "636/CT-THNVDT");
  REQUIRE(a.date);
  CHECK(a.date->Iso() == "2014-04-25");
  CHECK(a.issuer->name == "Cục Thuế tỉnh Đắk Nông");
  const Reference& b = Need(d, "03/2022/TT-BYT");
  REQUIRE(b.date);
  CHECK(b.date->Iso() == "2022-04-26");
  CHECK(b.issuer->name == "Bộ Y tế");
  CHECK(Need(d, "101322/CTHN-TTHT").issuer->name == "Cục Thuế TP Hà Nội");
}

TEST_CASE("references: a 'CĂN CỨ' heading reaches its list over items that cite no number") {
  Document d = Run("I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH\n\n- Luật Khám chữa bệnh năm 2009;\n\n- Luật Dược số "
                   "105/2016/QH13;\n\n- Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết;\n\n"
                   "II. MỤC ĐÍCH, YÊU CẦU\nThực hiện tốt Kế hoạch số 13/KH-UBND.\n");
  CHECK(Rel(d, "105/2016/QH13") == "basis");
  CHECK(Rel(d, "54/2017/NĐ-CP") == "basis");
  CHECK(Rel(d, "13/KH-UBND") == "implements");
  // An item that is not a list item (no marker, no ';') still ends the heading's reach.
  Document e = Run("I. CĂN CỨ PHÁP LÝ\nCông tác dược trên địa bàn còn nhiều hạn chế trong năm qua\n"
                   "Quyết định số 4041/QĐ-BYT ngày 7/9/2017 của Bộ Y tế.\n");
  CHECK(Rel(e, "4041/QĐ-BYT") == "mentions");
}

TEST_CASE("references: 'đề nghị của A tại Tờ trình X và B tại Văn bản Y': each proposer's own document") {
  Document d = Run("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm "
                   "2025 và Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 năm 2025;\n");
  CHECK(Need(d, "1818/TTr-VP").issuer->name == "Chánh Văn phòng Ủy ban nhân dân tỉnh");
  CHECK(Need(d, "4836/SNV-TCBC").issuer->name == "Giám đốc Sở Nội vụ");
}

TEST_CASE("references: 'và của B tại Y' is B's document; a known name the stop words cut is read whole") {
  Document d = Run("Theo đề nghị của Trưởng Ban Dân tộc tại Tờ trình số 322/TTr-BDT ngày 1/2/2013 và của Giám đốc Sở Nội "
                   "vụ tại Tờ trình số 2144/TTr-SNV ngày 3/4/2013.\n");
  CHECK(Need(d, "322/TTr-BDT").issuer->name == "Trưởng Ban Dân tộc");
  CHECK(Need(d, "2144/TTr-SNV").issuer->name == "Giám đốc Sở Nội vụ");
  // "giao" is a verb elsewhere ("UBND tỉnh giao Sở Y tế").
  Document g = Run("Căn cứ Nghị định số 12/2020/NĐ-CP của Bộ Ngoại giao về việc ...;\n"
                   "Thực hiện Công văn số 15/UBND-VX của UBND tỉnh giao Sở Y tế chủ trì.\n");
  CHECK(Need(g, "12/2020/NĐ-CP").issuer->name == "Bộ Ngoại giao");
  CHECK(Need(g, "15/UBND-VX").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a known name with a comma ('Bộ Văn hóa, Thể thao và Du lịch') is read whole") {
  Document d = Run("Căn cứ Thông tư số 05/2021/TT-BVHTTDL ngày 01/02/2021 của Bộ Văn hóa, Thể thao và Du lịch quy định;\n"
                   "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 45/TTr-SVHTTDL ngày "
                   "03/4/2022.\n"
                   "Thực hiện Công văn số 15/UBND-VX của UBND tỉnh, Sở Y tế hướng dẫn.\n");
  CHECK(Need(d, "05/2021/TT-BVHTTDL").issuer->name == "Bộ Văn hóa, Thể thao và Du lịch");
  CHECK(Need(d, "45/TTr-SVHTTDL").issuer->name == "Giám đốc Sở Văn hóa, Thể thao và Du lịch");
  // A comma before a name that is no known name's part still ends the issuer.
  CHECK(Need(d, "15/UBND-VX").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a date with a blank field gives no date and does not hide the issuer after it") {
  Document d = Run("Căn cứ Thông tư số 17/2012/TT-BGDĐT ngày 16 tháng năm 2013 của Bộ trưởng Bộ GD&ĐT về dạy thêm;\n");
  const Reference& r = Need(d, "17/2012/TT-BGDĐT");
  CHECK_FALSE(r.date);
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Bộ trưởng Bộ GD&ĐT");
  // The national trade-union confederation's code: "1517/TLĐ".
  Document t = Run("Thực hiện Công văn 1517/TLĐ ngày 30/7/2018 của Tổng Liên đoàn Lao động Việt Nam về tuyên truyền.\n");
  CHECK(Need(t, "1517/TLĐ").issuer->code == "TLĐ");
}

TEST_CASE("references: what a council considers ('Trên cơ sở xem xét Tờ trình ...') is no basis") {
  Document d = Run("Trên cơ sở xem xét Tờ trình số 51/TTr-UBND ngày 10 tháng 11 năm 2011 của Ủy ban nhân dân tỉnh; Báo cáo "
                   "thẩm tra số 10/BC-VHXH ngày 1/12/2011 của Ban Văn hóa - Xã hội,\n"
                   "Trên cơ sở Kế hoạch số 12/KH-UBND ngày 2/3/2020 của UBND tỉnh.\n");
  CHECK(Rel(d, "51/TTr-UBND") == "mentions");
  CHECK(Rel(d, "10/BC-VHXH") == "mentions");
  CHECK(Rel(d, "12/KH-UBND") == "basis");
}

TEST_CASE("references: 'Thực hiện A, B, <body> đã ban hành C': C implements A and B, and is only mentioned") {
  Document d = Run("Số: 284/BC-UBND\n\nThực hiện Nghị quyết số 08-NQ/TU ngày 05/12/2017 của Tỉnh ủy, Nghị quyết số 42/2017/NQ-HĐND "
                   "ngày 09/12/2017 của HĐND tỉnh về kế hoạch năm 2018, UBND tỉnh đã ban hành Quyết định số 3039/QĐ-UBND "
                   "ngày 27/12/2017 về việc triển khai thực hiện kế hoạch.\n");
  CHECK(Rel(d, "08-NQ/TU") == "implements");
  CHECK(Rel(d, "42/2017/NQ-HĐND") == "implements");
  CHECK(Rel(d, "3039/QĐ-UBND") == "mentions");
  CHECK(HasEdge(d, "3039/QĐ-UBND", "08-NQ/TU", Relation::kImplements));
  CHECK(HasEdge(d, "3039/QĐ-UBND", "42/2017/NQ-HĐND", Relation::kImplements));
}

TEST_CASE("references: guidance as a noun ('theo hướng dẫn của X tại công văn số ...') is no guiding; X issued it") {
  Document d = Run("VNPT thực hiện theo hướng dẫn của Tổng cục Thuế tại công văn số 3909/TCT-DNL nêu trên.\n"
                   "Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo tại Công văn số 123/SGDĐT-GDTrH ngày 2/3/2020, Phòng "
                   "yêu cầu.\nThực hiện kết luận của Thường trực Tỉnh ủy tại Thông báo số 279-TB/TU ngày 13/8/2021.\n");
  CHECK(Rel(d, "3909/TCT-DNL") == "mentions");
  CHECK(Need(d, "3909/TCT-DNL").issuer->name == "Tổng cục Thuế");
  CHECK(Rel(d, "123/SGDĐT-GDTrH") == "implements");
  CHECK(Need(d, "279-TB/TU").issuer->name == "Thường trực Tỉnh ủy");
}

TEST_CASE("references: a proposer's abbreviation in brackets before 'tại'") {
  Document d = Run("Theo đề nghị của Sở Kế hoạch và Đầu tư (SKHĐT) tại Tờ trình số 126/SKHĐT ngày 2/3/2007,\n");
  CHECK(Need(d, "126/SKHĐT").issuer->name == "Sở Kế hoạch và Đầu tư");
}

TEST_CASE("references: 'Các Thông tư sau hết hiệu lực kể từ ...:' heads the list under it") {
  Document d = Run("Số: 01/2026/TT-BTC\n\nĐiều 5. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 1/3/2026.\n2. Các "
                   "Thông tư sau hết hiệu lực kể từ ngày Thông tư này có hiệu lực:\na) Thông tư số 01/2018/TT-BTC ngày "
                   "2/1/2018 của Bộ trưởng Bộ Tài chính quy định;\nb) Thông tư số 28/2019/TT-BTC ngày 20/5/2019 của Bộ "
                   "trưởng Bộ Tài chính sửa đổi.\n");
  CHECK(Rel(d, "01/2018/TT-BTC") == "repeals");
  CHECK(Rel(d, "28/2019/TT-BTC") == "repeals");
}

TEST_CASE("references: a 'Thực hiện' list goes on over ';' and a line break") {
  Document d = Run("Số: 12/KH-UBND\n\nThực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về "
                   "việc tăng cường công tác dân số;\nCông văn số 6676/BYT-CDS ngày 29 tháng 10 năm 2024 của Bộ Y tế về việc "
                   "triển khai.\nXét Tờ trình số 39/THKHVL ngày 14 tháng 5 năm 2014 của Chủ tịch Hội Khuyến học tỉnh,\n");
  CHECK(Rel(d, "6676/BYT-CDS") == "implements");
  CHECK(Rel(d, "39/THKHVL") == "mentions");
}

TEST_CASE("references: guiding a text attached to a decree guides the decree; brackets do not break adjacency") {
  Document d = Run("Căn cứ Thông tư số 36/2006/TT-BVHTT ngày 20/3/2006 của Bộ Văn hóa - Thông tin (nay là Bộ Văn hóa, Thể "
                   "thao và Du lịch) hướng dẫn thực hiện một số điều của Quy chế đặt tên, đổi tên đường, phố và công trình "
                   "công cộng ban hành kèm theo Nghị định số 91/2005/NĐ-CP ngày 11/7/2005 của Chính phủ;\n");
  CHECK(Rel(d, "36/2006/TT-BVHTT") == "basis");
  CHECK(Rel(d, "91/2005/NĐ-CP") == "mentions");
  CHECK(HasEdge(d, "36/2006/TT-BVHTT", "91/2005/NĐ-CP", Relation::kGuides));
}

TEST_CASE("references: 'X triển khai thực hiện ... Chỉ thị A (2021) về ... và Chỉ thị B (2023)': X acts on B too") {
  Document d = Run("Thực hiện Công văn số\n5104/BTTTT-PTTH&TTĐT của Bộ Thông tin và Truyền thông về việc triển khai thực\n"
                   "hiện các nhiệm vụ tại Chỉ thị 09/CT-TTg ngày 31/3/2021 về việc nâng cao hiệu quả\ncông tác thông tin, "
                   "tuyên truyền phục vụ nhiệm vụ chính trị, thông tin thiết yếu\ncủa các cơ quan báo chí giai đoạn "
                   "2021-2025 và Chỉ thị 07/CT-TTg ngày 21/3/2023\nvề việc tăng cường công tác truyền thông chính sách;\n");
  CHECK(HasEdge(d, "5104/BTTTT-PTTH&TTĐT", "09/CT-TTg", Relation::kImplements));
  CHECK(HasEdge(d, "5104/BTTTT-PTTH&TTĐT", "07/CT-TTg", Relation::kImplements));
  CHECK(Rel(d, "07/CT-TTg") == "mentions");
}

TEST_CASE("references: a passive cue far from the last citation ('tiền lương ... được điều chỉnh theo ... Nghị định B') is no edge") {
  std::string far;
  for (int i = 0; i < 30; ++i) far += "mức điều chỉnh của năm tương ứng. ";
  Document d = Run("2. Đối tượng theo quy định tại khoản 2 Điều 4 Nghị định số 134/2015/NĐ-CP là người tham gia. " + far +
                   "Thu nhập tháng được điều chỉnh theo quy định tại khoản 1 Điều này; tiền lương tháng được điều chỉnh "
                   "theo quy định tại Điều 10 Nghị định số 115/2015/NĐ-CP.\n");
  CHECK(d.edges.empty());
}

TEST_CASE("references: an amending cue reaches the decree a text was published with, first in its clause too") {
  Document d = Run("Số: 119/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính "
                   "thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số "
                   "81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh Bắc Giang.\n");
  CHECK(Rel(d, "81/QĐ-UBND") == "amends");
}

TEST_CASE("references: a doubled word before the issuer ('của của Bộ Chính trị') is read once") {
  Document d = Run("Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của của Bộ Chính trị về Đề án sắp xếp.\n");
  CHECK(Need(d, "137-KL/TW").issuer->name == "Bộ Chính trị");
}

TEST_CASE("references: no edge to a later year's text; striking words amends; a draft's amendment is talked about") {
  Document d = Run("Căn cứ Nghị định số 11/2011/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 159/2006/NĐ-CP, Nghị "
                   "định số 23/2012/NĐ-CP quy định một số chế độ;\n");
  CHECK(HasEdge(d, "11/2011/NĐ-CP", "159/2006/NĐ-CP", Relation::kAmends));
  CHECK_FALSE(HasEdge(d, "11/2011/NĐ-CP", "23/2012/NĐ-CP", Relation::kAmends));
  Document w = Run("Số: 33/2025/NQ-HĐND\n\nĐiều 2. Thay thế, bãi bỏ một số từ, cụm từ của Nghị quyết số 09/2022/NQ-HĐND ngày "
                   "20/7/2022.\n");
  CHECK(Rel(w, "09/2022/NQ-HĐND") == "amends");
  Document t = Run("Xét Tờ trình số 16481/TTr-UBND ngày 1/12/2025 của Ủy ban nhân dân thành phố về dự thảo Nghị quyết sửa "
                   "đổi, bổ sung một số điều của Nghị quyết số 09/2022/NQ-HĐND;\n");
  CHECK(t.edges.empty());
}

TEST_CASE("references: '; của X tại Tờ trình ...' and 'Các văn bản thẩm định ... của X: số ...' name X") {
  Document d = Run("Theo đề nghị của Bộ Nông nghiệp và Môi trường tại Tờ trình số 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026; "
                   "của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm 2026, các văn bản "
                   "số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026.\n"
                   "Theo đề nghị của Sở Tài chính tại Tờ trình số 8195/TTr-STC ngày 31 tháng 10 năm 2025; Các Văn bản thẩm "
                   "định và tham gia ý kiến của Sở Tư pháp: Số 294/BC-STP ngày 12 tháng 9 năm 2025, số 1890/STP-VB ngày 24 "
                   "tháng 10 năm 2025.\n");
  CHECK(Need(d, "4017/TTr-BNNMT").issuer->name == "Bộ Nông nghiệp và Môi trường");
  CHECK(Need(d, "83/TTr-UBND").issuer->name == "Ủy ban nhân dân Thành phố Hà Nội");
  CHECK(Need(d, "1407/UBND-NNMT").issuer->name == "Ủy ban nhân dân Thành phố Hà Nội");
  CHECK(Need(d, "294/BC-STP").issuer->name == "Sở Tư pháp");
  CHECK(Need(d, "1890/STP-VB").issuer->name == "Sở Tư pháp");
}

TEST_CASE("references: a word glued after the year ends the date; an unknown type code takes the type word's type") {
  Document d = Run("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011của Chính phủ;\n"
                   "Thực hiện Chương trình hành động số 101-CTHĐ/TU, ngày 31/10/2014 của Tỉnh ủy.\n");
  const Reference& r = Need(d, "30c/NQ-CP");
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2011-11-08");
  CHECK(r.issuer->name == "Chính phủ");
  const Reference& p = Need(d, "101-CTHĐ/TU");
  REQUIRE(p.type);
  CHECK(p.type->code == "CTr");
}

TEST_CASE("references: in a clause 'Căn cứ' opens on X, a cue after X's long title is X's ('... thực hiện Nghị quyết số Y')") {
  Document d = Run("- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;\n"
                   "- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, "
                   "công nghệ về kết luận của đồng chí Tổng Bí thư, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết công tác 6 tháng "
                   "đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 thực hiện Nghị quyết số 57-NQ/TW;\n");
  CHECK(Rel(d, "57-NQ/TW") == "basis");
  CHECK(Rel(d, "05-TB/BCĐTW") == "basis");
  CHECK(HasEdge(d, "05-TB/BCĐTW", "57-NQ/TW", Relation::kImplements));
}

TEST_CASE("references: 'Thực hiện <unnumbered text>; <Type> số A ...; <Type> số B ...': A and B are carried out") {
  Document d = Run("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030; Chương "
                   "trình hành động số 02-CTr/TU ngày 28 tháng 10 năm 2025 của Ban Chấp hành Đảng bộ thành phố thực hiện "
                   "Nghị quyết Đại hội; Chương trình hành động số 03-CTr/ĐU ngày 09 tháng 12 năm 2025 của Ban Chấp hành Đảng "
                   "bộ Ủy ban nhân dân thành phố, Ủy ban nhân dân thành phố ban hành Kế hoạch.\n");
  CHECK(Rel(d, "02-CTr/TU") == "implements");
  CHECK(Rel(d, "03-CTr/ĐU") == "implements");
}

TEST_CASE("references: 'Thực hiện Chỉ thị A ... và chỉ đạo của X tại văn bản số B': B is carried out, X issued it") {
  Document d = Run("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào "
                   "thi đua yêu nước hướng tới kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi Thi đua ái quốc "
                   "(11/6/1948 - 11/6/2018) và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức.\n");
  CHECK(Rel(d, "238/UBND-KGVX") == "implements");
  CHECK(Need(d, "238/UBND-KGVX").issuer->name == "UBND tỉnh");
}

TEST_CASE("references: a page's running head and number between two items do not end the list a heading opens") {
  Document d = Run("Số: 01/2026/TT-BTC\n\n2. Các Thông tư sau hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực "
                   "thi hành:\na) Thông tư số 01/2018/TT-BTC ngày 02 tháng 01 năm 2018 của Bộ trưởng Bộ Tài chính quy định "
                   "việc quản lý;\n\nCÔNG BÁO/Số 55/Ngày 26-01-2026\n29\n\nb) Thông tư số 28/2019/TT-BTC ngày 21 tháng 5 năm "
                   "2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 01/2018/TT-BTC.\n");
  CHECK(Rel(d, "01/2018/TT-BTC") == "repeals");
  CHECK(Rel(d, "28/2019/TT-BTC") == "repeals");
}

TEST_CASE("references: 'Xét Tờ trình ...' ends the 'Căn cứ' list; an item's title may hold ':'; a proposer's bracket may wrap") {
  Document d = Run("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nXét Tờ trình số 02/TTr-HĐND ngày "
                   "5 tháng 7 năm 2019 của Thường trực HĐND tỉnh;\n");
  CHECK(Rel(d, "02/TTr-HĐND") == "mentions");
  Document l = Run("Số: 2830/QĐ-UBND\n\nĐiều 2. Bãi bỏ các Quyết định sau:\n1. Quyết định số 63/2002/QĐ-UB ngày 16 tháng 10 "
                   "năm 2002 của Ủy ban nhân dân tỉnh Tách phòng tổ\nchức - Hành chính thành 02 phòng: Phòng Tổ chức - Cán bộ "
                   "và Phòng\nHành chính - Quản trị.\n\n2. Quyết định số 64/2002/QĐ-UB ngày 22 tháng 10 năm 2002 của Ủy ban "
                   "nhân dân tỉnh Thành lập Phòng khám.\n");
  CHECK(Rel(l, "63/2002/QĐ-UB") == "repeals");
  CHECK(Rel(l, "64/2002/QĐ-UB") == "repeals");
  Document p = Run("Xét đề nghị của Giám đốc Sở Nông nghiệp và\nPhát triển nông thôn (Cơ quan Thường trực Ban Chỉ huy Phòng, "
                   "chống thiên tai và\nTìm kiếm cứu nạn tỉnh Kon Tum) tại Tờ trình số 57/TTr-SNN ngày 18 tháng 4 năm\n2019,\n");
  CHECK(Need(p, "57/TTr-SNN").issuer->name == "Giám đốc Sở Nông nghiệp và Phát triển nông thôn");
}

TEST_CASE("references: an act's cue opening a wrapped line of a repealed item's title is that item's; the list goes on") {
  Document d = Run("Điều 2. Bãi bỏ các văn bản sau:\n\n1. Quyết định số\n157/2005/QĐ-UB ngày 21 tháng 12 năm 2005 của Ủy ban "
                   "nhân dân tỉnh Bình Phước\nSửa đổi, bổ sung Quyết định số 67/2005/QĐ-UBND ngày 20 tháng 7 năm 2005 của Ủy\n"
                   "ban nhân dân tỉnh về việc ban hành quy định thực hiện khám, chữa bệnh cho trẻ\nem dưới 6 tuổi.\n\n2. "
                   "Quyết định số\n41/2006/QĐ-UBND ngày 03 tháng 4 năm 2006 của Ủy ban nhân dân tỉnh Bình Phước\nThành lập "
                   "Bệnh viện Y học cổ truyền tỉnh.\n");
  CHECK(Rel(d, "157/2005/QĐ-UB") == "repeals");
  CHECK(Rel(d, "67/2005/QĐ-UBND") == "mentions");  // what the repealed text amended
  REQUIRE(d.edges.size() == 1);
  CHECK(d.edges[0].from == "157/2005/QĐ-UB");
  CHECK(d.edges[0].relation == Relation::kAmends);
  CHECK(Rel(d, "41/2006/QĐ-UBND") == "repeals");
  // A title that opens with "Thành lập" is no part of the issuer's name.
  CHECK(Need(d, "41/2006/QĐ-UBND").issuer->name == "Ủy ban nhân dân tỉnh Bình Phước");
}

TEST_CASE("references: items of one type and one issuer's code, only ';' between them, share the issuer of the last") {
  Document d = Run("Căn cứ Nghị định số 181/2004/NĐ - CP ngày 29 tháng 10 năm 2004; Nghị định số 69/2009/NĐ - CP ngày 13 "
                   "tháng 8 năm 2009 của Chính phủ;\n");
  REQUIRE(Need(d, "181/2004/NĐ-CP").issuer);
  CHECK(Need(d, "181/2004/NĐ-CP").issuer->name == "Chính phủ");
  // Not across types or codes: each item of a "Căn cứ" list has its own issuer.
  Document e = Run("Căn cứ Thông tư số 27/2023/TT-BYT ngày 29/12/2023; Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020 của Bộ "
                   "Giáo dục và Đào tạo;\n");
  CHECK_FALSE(Need(e, "27/2023/TT-BYT").issuer);
}

TEST_CASE("references: an issuer whose copy lost the spaces between words still resolves through the table") {
  Document d = Run("Xét đề nghị của Bộ Giaothông vận tải tại văn bản số 7036/BGTVT-VP ngày 03 tháng 6 năm 2015;\n"
                   "Sau khi xem xét Tờ trình số 63/TTr-UBND ngày 26 tháng 11 năm 2007 của Ủy bannhân dân tỉnh,\n");
  const Reference& a = Need(d, "7036/BGTVT-VP");
  REQUIRE(a.issuer);
  CHECK(a.issuer->name == "Bộ Giaothông vận tải");  // as written
  CHECK(a.issuer->canonical_name == "Bộ Giao thông vận tải");
  const Reference& b = Need(d, "63/TTr-UBND");
  REQUIRE(b.issuer);
  CHECK(b.issuer->code == "UBND");
  // Only where a word of the phrase ends: "Sở Ytếxã hội" is no "Sở Y tế" (the word goes on).
  Document e = Run("theo Công văn số 12/ABC-XY ngày 03/6/2015 của Sở Ytếxã hội;\n");
  REQUIRE(Need(e, "12/ABC-XY").issuer);
  CHECK(Need(e, "12/ABC-XY").issuer->canonical_name.empty());
}

TEST_CASE("references: a copy written without marks reads like one with them") {
  Document d = Run("UY BAN NHAN DAN\nTINH BAC GIANG\nSo: 153/KH-UBND\nBac Giang, ngay 28 thang 01 nam 2024\nKE HOACH\n"
                   "Thuc hien Chi thi so 25-CT/TW ngay 25/10/2023 cua Ban Bi thu;\n"
                   "Can cu Quyet dinh so 123/QD-UBND ngay 12/3/2020 cua UBND tinh.\n");
  REQUIRE(d.self.number);
  CHECK(d.self.number->id == "153/KH-UBND");
  REQUIRE(d.self.date);
  CHECK(d.self.date->Iso() == "2024-01-28");
  REQUIRE(d.self.type);
  CHECK(d.self.type->code == "KH");
  CHECK(d.references.size() == 2);
  const Reference& ct = Need(d, "25-CT/TW");
  CHECK(Rel(d, "25-CT/TW") == "implements");
  REQUIRE(ct.date);
  CHECK(ct.date->Iso() == "2023-10-25");
  REQUIRE(ct.issuer);
  CHECK(ct.issuer->name == "Ban Bí thư");  // a name with its marks back; the mention quotes the input
  CHECK(ct.issuer->canonical_name == "Trung ương Đảng");
  CHECK(ct.mentions[0].text == "Chi thi so 25-CT/TW ngay 25/10/2023 cua Ban Bi thu");
  // A phrase wrapped over two bare lines, and a code's parts that read as words ("DA", "TY") left alone.
  Document w = Run("Can cu Nghi quyet so 202/2025/QH15 ngay 12 thang 6 nam 2025 cua Quoc\nhoi ve sap xep;\n"
                   "Thuc hien Cong dien so 07/CD-TTg va Quyet dinh so 1537/QD-BNN-TY cua Bo Nong nghiep;\n"
                   "Theo Cong van so 33/TTr-SLDTBXH cua So Lao dong.\n");
  CHECK(Need(w, "202/2025/QH15").issuer->name == "Quốc hội");
  CHECK(Rel(w, "202/2025/QH15") == "basis");
  Need(w, "07/CĐ-TTg");       // the one type code that reads CD without its marks ("DA" is Dự án's own)
  Need(w, "1537/QĐ-BNN-TY");
  Need(w, "33/TTr-SLĐTBXH");  // and the one issuer code for SLDTBXH
  CHECK(Rel(d, "123/QĐ-UBND") == "basis");
  REQUIRE(!Need(d, "123/QĐ-UBND").mentions.empty());
  CHECK(Need(d, "123/QĐ-UBND").mentions[0].text == "Quyet dinh so 123/QD-UBND ngay 12/3/2020 cua UBND tinh");
}

TEST_CASE("references: a bloc committee's code ĐUK, also copied without its mark") {
  Document d = Run("Thực hiện Hướng dẫn số 23-HD/ĐUK ngày 10/6/2019 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh;\n"
                   "Thuc hien Ke hoach so 81-KH/DUK ngay 12/6/2019 cua Dang uy Khoi.\n");
  const Reference& hd = Need(d, "23-HD/ĐUK");
  REQUIRE(hd.issuer);
  CHECK(hd.issuer->code == "ĐUK");
  const Reference& kh = Need(d, "81-KH/ĐUK");
  REQUIRE(kh.issuer);
  CHECK(kh.issuer->code == "ĐUK");
  CHECK(kh.issuer->name == "Đảng ủy Khối");
}

TEST_CASE("references: a list's issuer ends at a cue opening a line") {
  Document d = Run("Căn cứ các Quyết định của UBND tỉnh: số 12/QĐ-UBND ngày 1/1/2024, số 13/QĐ-UBND ngày 2/1/2024;\n"
                   "Căn cứ Nghị định số 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ quy định chi tiết một số điều của "
                   "Luật Nhà ở số 27/2023/QH15;\n");
  std::map<std::string, std::string> issuer = IssuerById(d);
  CHECK(issuer["12/QĐ-UBND"] == "UBND tỉnh");
  CHECK(issuer["13/QĐ-UBND"] == "UBND tỉnh");
  CHECK(issuer["27/2023/QH15"] != "UBND tỉnh");
}

TEST_CASE("references: a proposer's name wrapped before a dash; an act reaching 'và B' past a 'theo' in A's title") {
  Document d = Run("Căn cứ Công văn số 555/LĐTBXH-BTXH ngày 03/3/2021 của Bộ Lao động - Thương binh và Xã hội;\n"
                   "Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.\n");
  const Reference& r = Need(d, "92/TTr-SLĐTBXH");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Sở Lao động - Thương binh và Xã hội");
  Document e = Run("Căn cứ Thông tư số 04/2021/TT-BTP ngày 21 tháng 6 năm 2021 của Bộ trưởng Bộ Tư pháp hướng dẫn thi hành "
                   "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật và "
                   "Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n");
  std::set<std::string> edges = EdgeSet(e);
  CHECK(edges.count("04/2021/TT-BTP guides 59/2012/NĐ-CP"));
  CHECK(edges.count("04/2021/TT-BTP guides 32/2020/NĐ-CP"));
}

TEST_CASE("references: a news lead dating its act; a report of a meeting just held") {
  // "Thực hiện A; B, ngày ... X có Hướng dẫn số C": C carries out A and B, which the page only mentions.
  Document d = Run("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; Thông báo Kết luận số "
                   "159-TB/TW của Bộ Chính trị về việc thảo luận, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn "
                   "số 151-HD/BTGTW về việc công bố.\n");
  std::set<std::string> edges = EdgeSet(d);
  CHECK(edges.count("151-HD/BTGTW implements 35-CT/TW"));
  CHECK(edges.count("151-HD/BTGTW implements 159-TB/TW"));
  for (const Reference& r : d.references) CHECK_MESSAGE(r.relation == Relation::kMentions, r.id);
  Document e = Run("Huyện ủy Thoại Sơn vừa tổ chức hội nghị triển khai các văn bản.\nTại hội nghị, các đại biểu được "
                   "quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 94-KH/TU của Tỉnh ủy.\n");
  REQUIRE(e.references.size() == 2);
  for (const Reference& r : e.references) CHECK_MESSAGE(r.relation == Relation::kMentions, r.id);
}

TEST_CASE("references: a proposer's issuer is the last phrase before 'tại', and reaches only the texts joined after it") {
  Document d = Run("Cơ quan thanh tra ban hành kết luận theo đúng ý kiến chỉ đạo của Thủ tướng Chính phủ và hướng dẫn của "
                   "Thanh tra Chính phủ tại Kế hoạch thanh tra số 1505/KH-TTCP ngày 22/7/2025.\n"
                   "Rà soát theo hướng dẫn của Bộ Tài chính tại văn bản số 16495/BTC-PTHT ngày 22/10/2025, số "
                   "13021/BTC-PTHT ngày 22/8/2025, các dự án tương tự Kết luận 77-KL/TW.\n");
  std::map<std::string, std::string> issuer = IssuerById(d);
  CHECK(issuer["1505/KH-TTCP"] == "Thanh tra Chính phủ");
  CHECK(issuer["16495/BTC-PTHT"] == "Bộ Tài chính");
  CHECK(issuer["13021/BTC-PTHT"] == "Bộ Tài chính");
  CHECK(issuer["77-KL/TW"] == "");
}

TEST_CASE("references: the texts listed after 'hết hiệu lực ...:' are repealed, under the list's issuer") {
  Document d = Run("Điều 5. Hiệu lực thi hành\nCác Nghị quyết của Hội đồng nhân dân Thành phố sau\nđây hết hiệu lực kể từ "
                   "ngày Nghị quyết này có hiệu lực thi hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013 về cơ chế tài "
                   "chính; số 14/2016/NQ-HĐND ngày 06 tháng 12 năm 2016 sửa đổi, bổ sung một số điều của Nghị quyết số "
                   "15/2013/NQ-HĐND.\n");
  std::map<std::string, const Reference*> by;
  for (const Reference& r : d.references) by[r.id] = &r;
  REQUIRE(by.count("15/2013/NQ-HĐND"));
  REQUIRE(by.count("14/2016/NQ-HĐND"));
  CHECK(by["15/2013/NQ-HĐND"]->relation == Relation::kRepeals);
  CHECK(by["14/2016/NQ-HĐND"]->relation == Relation::kRepeals);
  REQUIRE(by["14/2016/NQ-HĐND"]->issuer);
  CHECK(by["14/2016/NQ-HĐND"]->issuer->name == "Hội đồng nhân dân Thành phố");
}

TEST_CASE("references: a passive amendment reaches the text whose issuer amends, not a party text named in its title") {
  Document d = Run("Căn cứ Nghị quyết số\n03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động "
                   "của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá "
                   "phát triển khoa học được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01 "
                   "tháng 4 năm 2025 của Chính phủ;\n");
  std::set<std::string> edges = EdgeSet(d);
  CHECK(edges.count("71/NQ-CP amends 03/NQ-CP"));
  CHECK_FALSE(edges.count("71/NQ-CP amends 57-NQ/TW"));
  for (const Reference& r : d.references)
    if (r.id == "71/NQ-CP") CHECK(r.relation == Relation::kBasis);
}

TEST_CASE("references: 'Căn cứ' with a common noun closed by a comma governs no later citation; a passive needs its subject near") {
  Document d = Run("Theo quy định tại khoản 2 Điều 1 Quyết định số 18/2019/QĐ-TTg thì tại khoản này không hướng dẫn.\n"
                   "Khoản 1, 2 Điều 47a được bổ sung tại khoản 3 Điều 3 Luật số 90/2025/QH15 ngày 25/6/2025.\n"
                   "Căn cứ quy định trên, trường hợp máy móc của Công ty thuộc trường hợp thuê thì thực hiện thủ tục theo "
                   "quy định tại Điều 47a Luật số 90/2025/QH15.\n");
  for (const Reference& r : d.references) CHECK_MESSAGE(r.relation == Relation::kMentions, r.id);
  CHECK(d.edges.empty());
  // With a text's name after it, the cue governs it, its title's cues aside.
  Document e = Run("Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế số 108/2016/QH13;\n");
  REQUIRE(e.references.size() == 1);
  CHECK(e.references[0].relation == Relation::kBasis);
}

TEST_CASE("references: a provision quoted after a colon acts for the text quoted, not for this document") {
  Document d = Run("- Tại khoản 9 Điều 71 Luật khoa học, công nghệ và đổi mới sáng tạo số\n93/2025/QH15 ngày 27/6/2025 quy "
                   "định:\n\n\u201C9. Bãi bỏ\ncác điều 3, 4, 5 của Nghị quyết\nsố 193/2025/QH15 về thí điểm một số cơ "
                   "chế\u201D.\n");
  const Reference& r = Need(d, "193/2025/QH15");
  CHECK(r.relation == Relation::kMentions);
  CHECK(EdgeSet(d).count("93/2025/QH15 repeals 193/2025/QH15"));
}

TEST_CASE("references: a serial alone after its type's name cites the one number of that type and serial") {
  Document d = Run("V/v đẩy mạnh triển khai thực hiện Kế hoạch số 24 của Ban Thường vụ Huyện ủy\n"
                   "Thực hiện Kết luận 01 - KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05 "
                   "\u201CVề đẩy mạnh học tập\u201D. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 24 - KH/HU, ngày "
                   "27/4/2021 về xây dựng mô hình trong thực hiện Chỉ thị 05 - CT/TW của Bộ Chính trị.\n");
  const Reference& kh = Need(d, "24-KH/HU");
  CHECK(kh.relation == Relation::kImplements);
  REQUIRE(kh.mentions.size() == 2);
  CHECK(kh.mentions[0].text == "Kế hoạch số 24 của Ban Thường vụ Huyện ủy");
  CHECK(kh.mentions[0].line == 1);
  CHECK(Need(d, "05-CT/TW").mentions.size() == 2);
  CHECK(EdgeSet(d).count("01-KL/TW implements 05-CT/TW"));
  // Two numbers of one type share the serial: the short form is left alone.
  Document e = Run("Căn cứ Nghị định số 100/2019/NĐ-CP và Nghị định số 100/2024/NĐ-CP; theo Nghị định 100 thì ...\n");
  for (const Reference& r : e.references) CHECK(r.mentions.size() == 1);
}

TEST_CASE("references: a list's head closed by a colon or a heading's line reaches items past a first one with no number") {
  for (std::string head : {"Căn cứ:\n", "I. CĂN CỨ PHÁP LÝ\n"}) {
    CAPTURE(head);
    Document d = Run(head + "Luật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;\n"
                            "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định việc cung cấp thông tin;\n"
                            "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thủ tục.\n"
                            "II. MỤC ĐÍCH\nTheo Quyết định số 12/QĐ-UBND ngày 1/2/2024.\n");
    CHECK(Rel(d, "42/2022/NĐ-CP") == "basis");  // "(sửa đổi)" is the law's name: no amending
    CHECK(Rel(d, "45/2020/NĐ-CP") == "basis");
    CHECK(Rel(d, "12/QĐ-UBND") == "mentions");
  }
}

TEST_CASE("references: a cue whose object is a common noun joins no edge to the citation listed after it") {
  Document d = Run("Căn cứ Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân "
                   "chủ ở xã, phường, thị trấn và Nghị quyết số 55/1998/NQ-UBTVQH10 ngày 30/8/1998 của Ủy ban Thường vụ "
                   "Quốc hội về việc ban hành quy chế.\n");
  CHECK(d.edges.empty());
  CHECK(Rel(d, "55/1998/NQ-UBTVQH10") == "basis");
  // A named object: the cited text after it is an object too.
  Document e = Run("Tại Điều 66 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn thi hành một số "
                   "điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định:\n");
  CHECK(EdgeSet(e).count("80/2021/TT-BTC guides 126/2020/NĐ-CP"));
}

TEST_CASE("references: verbs of a cited text's title joined by 'và' share the object after the cue") {
  Document d = Run("Thực hiện Quyết định số 1133/QĐ-TTg ngày 15 tháng 7 năm 2013 của Thủ tướng Chính phủ phê duyệt và tổ "
                   "chức thực hiện các Đề án tại Quyết định số 409/QĐ-TTg ngày 09 tháng 4 năm 2012 của Thủ tướng.\n");
  CHECK(EdgeSet(d).count("1133/QĐ-TTg implements 409/QĐ-TTg"));
  CHECK(Rel(d, "1133/QĐ-TTg") == "implements");
  CHECK(Rel(d, "409/QĐ-TTg") == "mentions");
  // Two acts of the document itself stay two: no edge.
  Document e = Run("Quán triệt Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư kết hợp với thực hiện Kết luận "
                   "226-KL/TU.\n");
  CHECK(e.edges.empty());
}

TEST_CASE("references: unnumbered texts carrying a document out; an issuing lead with the number on a later line") {
  Document d = Run("Kế hoạch cần bám sát quy hoạch tổng thể và các chương trình hành động thực hiện Nghị quyết 33-NQ/TW "
                   "của Bộ Chính trị.\nNgày 23 tháng 9 năm 2004, Thủ tướng Chính phủ đã ban hành Chỉ thị số\n\n"
                   "33/2004/CT-TTg về việc xây dựng kế hoạch.\n");
  CHECK(Rel(d, "33-NQ/TW") == "mentions");
  const Reference& ct = Need(d, "33/2004/CT-TTg");
  REQUIRE(ct.date);
  CHECK(ct.date->Iso() == "2004-09-23");
  REQUIRE(ct.issuer);
  CHECK(ct.issuer->name == "Thủ tướng Chính phủ");
}

TEST_CASE("references: a serial alone after its type's name and 'số', before its date, is a number without its symbol") {
  Document d = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch số 155, ngày 07/7/2019 "
                   "của Thành ủy Hà Nội về tổ chức đại hội; năm 2019 có 12 đơn vị, Điều 5 ngày 1/2/2020.\n");
  const Reference& kh = Need(d, "155");
  CHECK(kh.number.fixes == std::vector<std::string>{"no_symbol"});
  REQUIRE(kh.type);
  CHECK(kh.type->code == "KH");
  REQUIRE(kh.date);
  CHECK(kh.date->Iso() == "2019-07-07");
  REQUIRE(kh.issuer);
  CHECK(kh.issuer->name == "Thành ủy Hà Nội");
  CHECK(kh.relation == Relation::kImplements);
  CHECK(d.references.size() == 2);
  CHECK(std::any_of(d.diagnostics.begin(), d.diagnostics.end(),
                    [](const Diagnostic& g) { return g.code == "number_without_symbol"; }));
  // With its type code but no issuer's: "159-TB"; the issuing lead's act reaches it.
  Document e = Run("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội; Thông báo Kết luận số 159-TB của Bộ Chính "
                   "trị về việc thảo luận các văn kiện, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số "
                   "151-HD/BTGTW về việc công bố.\n");
  const Reference& tb = Need(e, "159-TB");
  REQUIRE(tb.type);
  CHECK(tb.type->code == "TB");
  CHECK(tb.issuer->name == "Bộ Chính trị");
  CHECK(EdgeSet(e).count("151-HD/BTGTW implements 159-TB"));
  CHECK(EdgeSet(e).count("151-HD/BTGTW implements 35-CT/TW"));
}

TEST_CASE("references: 'Thực hiện A; B. Ngày X, <body> đã ban hành C': the verbless sentence is the body's, C implements A and B") {
  Document d = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính "
                   "trị về đại hội; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối \u201Cmột số nội dung về đại "
                   "hội, nhiệm kỳ 2020 \u2013 2025. Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số "
                   "101-KH/ĐU về tổ chức đại hội.\n");
  std::set<std::string> edges = EdgeSet(d);
  CHECK(edges.count("101-KH/ĐU implements 35-CT/TW"));
  CHECK(edges.count("101-KH/ĐU implements 26-HD/BTCTW"));
  CHECK(edges.count("101-KH/ĐU implements 23-HD/ĐUK"));
  // "đã xây dựng Kế hoạch" is the body's act as well.
  Document x = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội, Kế hoạch số 221-KH/QU ngày 12 "
                   "tháng 11 năm 2019 của Ban Thường vụ Quận ủy về tổ chức Đại hội. Đảng ủy cơ quan chính quyền Quận 3 đã "
                   "xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội.\n");
  CHECK(EdgeSet(x) == std::set<std::string>{"65-KH/ĐU implements 221-KH/QU", "65-KH/ĐU implements 35-CT/TW"});
  // The body's clause after the list's last ';', its act without "đã".
  Document y = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội; Kế hoạch số 135-KH/TU, ngày "
                   "9/9/2024 của Tỉnh ủy về thực hiện Chỉ thị 35-CT/TW; Huyện ủy Lạc Dương xây dựng Kế hoạch số "
                   "172-KH/HU, ngày 20/9/2024 về đại hội.\n");
  CHECK(EdgeSet(y).count("172-KH/HU implements 135-KH/TU"));
  CHECK(EdgeSet(y).count("172-KH/HU implements 35-CT/TW"));
  CHECK(Rel(y, "172-KH/HU") == "mentions");
  // ", tại Văn bản số C, <body> yêu cầu": the text in which the body acts.
  Document w = Run("Thực hiện Chỉ thị số 22-CT/TW của Ban Bí thư Trung ương Đảng về lãnh đạo Đại hội Mặt trận, tại Văn "
                   "bản số 611/TTg-QHĐP, Thủ tướng Chính phủ yêu cầu các bộ tổ chức thi đua.\n");
  CHECK(EdgeSet(w) == std::set<std::string>{"611/TTg-QHĐP implements 22-CT/TW"});
  CHECK(Rel(w, "611/TTg-QHĐP") == "mentions");
  // "của Ủy ban nhân dân tỉnh về ban hành ..." is a title, no body's act.
  Document z = Run("Thực hiện Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của\nỦy ban nhân dân tỉnh về ban hành Quy "
                   "định thi đua;\nHướng dẫn số 08-HD/BDVTU, ngày 25/9/2022 của Ban Dân vận Tỉnh ủy.\n");
  CHECK(Rel(z, "08-HD/BDVTU") == "implements");
  // A sentence with its own clause after the citation keeps its act.
  Document e = Run("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, UBND tỉnh đã tổ chức hội nghị. Sở Y tế "
                   "đã ban hành Kế hoạch số 101/KH-SYT về tổ chức.\n");
  CHECK(e.edges.empty());
}

TEST_CASE("references: an issuing body after a list whose last item cites no number; a sentence must open with its cue") {
  Document d = Run("Thực hiện Công điện số 570/CĐ-TTg ngày 02/5/2021 của Thủ tướng Chính phủ về việc chấn chỉnh; Chỉ thị "
                   "số 12-CT/TU ngày 05/5/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện các biện pháp cấp bách; các văn "
                   "bản chỉ đạo có liên quan của Trung ương, Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh vừa ban hành "
                   "Công văn số 1246/UBND-VX về tăng cường.\n");
  CHECK(EdgeSet(d).count("1246/UBND-VX implements 570/CĐ-TTg"));
  CHECK(EdgeSet(d).count("1246/UBND-VX implements 12-CT/TU"));
  // The sentence before holds a clause of its own, not opened by the cue: no edge across it.
  Document e = Run("Tạo sự thống nhất trong triển khai thực hiện Chỉ thị số 25-CT/TW, qua đó xác định rõ trách nhiệm. "
                   "Ngày 21/6/2024 UBND tỉnh đã ban hành Kế hoạch số 153/KH-UBND về việc triển khai.\n");
  CHECK(e.edges.empty());
}

TEST_CASE("references: a list's issuer before 'số:' reaches items past a wrapped line opening with a lower-case cue") {
  Document d = Run("Căn cứ Luật PBGDPL; các Quyết\nđịnh của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế "
                   "hoạch\nthực hiện Kết luận số 80-KL/TW; 21/2021/QĐ-TTg ngày 21/6/2021 quy định về thành phần.\n");
  const Reference& r = Need(d, "21/2021/QĐ-TTg");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Thủ tướng Chính phủ");
}

TEST_CASE("references: a law database's history table: each row's text acts on the table's; row dates are no issue dates") {
  Document d = Run("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND\nNgày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
                   "09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND\n"
                   "09/01/2015 Được sửa đổi 79/2014/QĐ-UBND\n27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND\n"
                   "06/05/2019 Văn bản hết hiệu lực 30/2013/QĐ-UBND\n06/05/2019 Bị thay thế 14/2019/QĐ-UBND\n");
  std::set<std::string> edges = EdgeSet(d);
  CHECK(edges.count("79/2014/QĐ-UBND amends 30/2013/QĐ-UBND"));
  CHECK(edges.count("413/QĐ-UBND repeals 30/2013/QĐ-UBND"));
  CHECK(edges.count("14/2019/QĐ-UBND replaces 30/2013/QĐ-UBND"));
  CHECK(edges.size() == 3);
  for (const Reference& r : d.references) {
    CHECK_MESSAGE(r.relation == Relation::kMentions, r.id);
    CHECK_MESSAGE(!r.date, r.id);
  }
}

TEST_CASE("references: a mention without its date keeps the date of its number's other mention against acting on a later text") {
  Document d = Run("Thực hiện Công điện số 05/CĐ-LĐTBXH ngày 23-6-2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội "
                   "về việc đôn đốc triển khai Quyết định số 15/2020/QĐ-TTg ngày 24-4-2020 của Thủ tướng Chính phủ quy "
                   "định về việc thực hiện các chính sách hỗ trợ, UBND thành phố vừa có văn bản giao Sở Lao động - "
                   "Thương binh và Xã hội chủ trì đẩy mạnh triển khai thực hiện Công điện số 05/CĐ-LĐTBXH.\n");
  CHECK(EdgeSet(d) == std::set<std::string>{"05/CĐ-LĐTBXH implements 15/2020/QĐ-TTg"});
}

TEST_CASE("references: after a title holding ';', an item naming its text late goes on with the list") {
  Document d = Run("Căn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm 100 năm ngày sinh; "
                   "xây dựng khu lưu niệm, nhà lưu niệm; xây dựng, công bố phim tài liệu; ý kiến chỉ đạo của Ban Bí thư "
                   "Trung ương Đảng tại Công văn số 1740-CV/VPTW ngày 07/9/2021 về việc tổ chức kỷ niệm, Ban Tuyên giáo "
                   "Trung ương hướng dẫn như sau:\n");
  CHECK(Rel(d, "88-KL/TW") == "basis");
  CHECK(Rel(d, "1740-CV/VPTW") == "basis");
}

TEST_CASE("references: 'hướng dẫn bổ sung thực hiện' a text guides it") {
  Document d = Run("Ngày 15/6/2020, Ban Thường vụ Tỉnh ủy có Kết luận số 1518-KL/TU hướng dẫn bổ sung thực hiện Quy định "
                   "số 1913-QĐ/TU ngày 20/5/2020 của Ban Thường vụ Tỉnh ủy về tiêu chuẩn chức danh cán bộ.\n");
  CHECK(EdgeSet(d) == std::set<std::string>{"1518-KL/TU guides 1913-QĐ/TU"});
}

TEST_CASE("references: a line opening with the task it carries out 'theo' a text implements it") {
  Document d = Run("A. NHIỆM VỤ\n\nTriển khai thực hiện 5 nhiệm vụ trọng tâm của giáo dục trung học theo Công văn số "
                   "4099/BGDĐT-GDTrH ngày 05/8/2014 của Bộ Giáo dục và Đào tạo.\n"
                   "Các trường báo cáo theo Thông tư số 12/2020/TT-BGDĐT ngày 01/6/2020.\n");
  CHECK(Rel(d, "4099/BGDĐT-GDTrH") == "implements");
  CHECK(Rel(d, "12/2020/TT-BGDĐT") == "mentions");
}

TEST_CASE("references: a date after a blank line is not the citation's (a page's posting time under its title)") {
  Document d = Run("Kế hoạch thực hiện Kết luận số 01-KL/TW\n\nNgày 25/04/2022 14:04:40\n\nKế hoạch số 30-KH/ĐU ngày "
                   "05/01/2022 về thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.\n");
  const Reference& r = Need(d, "01-KL/TW");
  REQUIRE(r.date);
  CHECK(r.date->Iso() == "2021-05-18");
}

TEST_CASE("references: 'do X ban hành' closing a title that names another text is the first text's issuer") {
  Document d = Run("- 1Thông tư 09/2005/TT-BCA hướng dẫn thi hành Nghị định 38/2005/NĐ-CP quy định một số biện pháp bảo "
                   "đảm trật tự công cộng do Bộ Công An ban hành\n"
                   "- 2Nghị định 38/2005/NĐ-CP quy định biện pháp bảo đảm trật tự công cộng\n");
  const Reference& tt = Need(d, "09/2005/TT-BCA");
  REQUIRE(tt.issuer);
  CHECK(tt.issuer->name == "Bộ Công An");
  CHECK_FALSE(Need(d, "38/2005/NĐ-CP").issuer);
}

TEST_CASE("references: a bare serial before its title is cited; a page's lead publishing it makes it the document") {
  Document d = Run("Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên "
                   "truyền tháng 09/2019.\nCác chi bộ thực hiện.\n");
  const Reference& r = Need(d, "468");
  CHECK(r.number.fixes == std::vector<std::string>{"no_symbol"});
  Document p = Run("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh "
                   "đạo của các cấp ủy.\nNội dung Chỉ thị như sau:\nTrong những năm qua, quán triệt Kết luận số 100-KL/TW "
                   "ngày 18/8/2014 của Ban Bí thư.\n");
  REQUIRE(p.self.number);
  CHECK(p.self.number->id == "17");
  CHECK(Ref(p, "17") == nullptr);
  // The lead's serial is written as a cited one is ("5" → "05"): a later mention is the document too.
  Document q = Run("Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 5 về việc tăng cường.\nNội dung Chỉ thị như "
                   "sau:\nThực hiện Chỉ thị số 5 về việc tăng cường, các cấp ủy quán triệt.\n");
  REQUIRE(q.self.number);
  CHECK(q.self.number->id == "05");
  CHECK(q.references.empty());
}

TEST_CASE("references: a text 'ban hành theo' a decision under 'Căn cứ' makes the decision the basis") {
  Document d = Run("- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung\nương Đảng ban hành theo Quyết định "
                   "số 289-QĐ/TW ngày 08/02/2010;\n");
  CHECK(Rel(d, "289-QĐ/TW") == "basis");
  // ... and the body that issued the Quy chế by it issued it.
  const Reference& r = Need(d, "289-QĐ/TW");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Ban Bí thư Trung ương Đảng");
}

TEST_CASE("references: a basis list goes on over a title's lower-case clause; a page's 'Căn cứ ... X ban hành Quy định số N' tells of N") {
  Document d = Run(
      "Căn cứ Điều lệ Đảng; Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ quy định về phân cấp trong lĩnh "
      "vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn một số điều của Luật Thi đua, khen thưởng; Quy chế làm "
      "việc của Ban Chấp hành Đảng bộ tỉnh; Quy định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ tỉnh về "
      "phân cấp quản lý cán bộ. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng.");
  // The text itself (no header) reports on 19-QĐ/TU, whose bases they are.
  CHECK(Rel(d, "152/2025/NĐ-CP") == "mentions");
  CHECK(Rel(d, "09-QĐ/TU") == "mentions");
  CHECK(HasEdge(d, "19-QĐ/TU", "09-QĐ/TU", Relation::kBasis));
  CHECK_MESSAGE(HasEdge(d, "19-QĐ/TU", "152/2025/NĐ-CP", Relation::kBasis), Edges(d));
  // With a header, the list is the document's own basis.
  Document h = Run("UBND TỈNH X\nSố: 12/KH-UBND\n\nCăn cứ Nghị định số 152/2025/NĐ-CP, ngày 14/6/2025 của Chính phủ quy "
                   "định về phân cấp; quy định chi tiết và hướng dẫn một số điều của Luật Thi đua, khen thưởng; Quy "
                   "định số 09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ tỉnh;\n");
  CHECK(Rel(h, "152/2025/NĐ-CP") == "basis");
  CHECK(Rel(h, "09-QĐ/TU") == "basis");
}

TEST_CASE("references: a news lead 'Thực hiện A; <body> đã định hướng ...' is a report") {
  Document d = Run("Thực hiện Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị; Thường trực Tỉnh ủy đã định "
                   "hướng nội dung giám sát năm 2019.\n");
  CHECK(d.self.report);
  CHECK(Rel(d, "217-QĐ/TW") == "mentions");
  // A text carrying it out speaks in its own voice.
  Document p = Run("Thực hiện Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị; Thường trực Tỉnh ủy ban hành "
                   "Kế hoạch thực hiện như sau:\n");
  CHECK_FALSE(p.self.report);
  CHECK(Rel(p, "217-QĐ/TW") == "implements");
}

TEST_CASE("references: a copy that dropped 'cứ' after 'Căn' still gives the basis") {
  Document d = Run("GIÁM ĐỐC BỆNH VIỆN NỘI TIẾT NGHỆ AN Căn Thông tư 19/2013/TT-BYT ngày 12/7/2013 Bộ Y tế việc Hướng dẫn "
                   "thực quản lý chất lượng; Căn vào công văn số 804/HD-PGD-ĐT ngày 01/11/2013 V/v triển khai;\n"
                   "Căn hộ chung cư theo Quyết định số 12/QĐ-UBND được bàn giao.\n");
  CHECK(Rel(d, "19/2013/TT-BYT") == "basis");
  CHECK(Rel(d, "804/HD-PGD-ĐT") == "basis");
  CHECK(Rel(d, "12/QĐ-UBND") == "mentions");
}

TEST_CASE("edges: a 'Thực hiện A; B;' list, then a paragraph where a body issues C on a day: C implements A and B") {
  Document d = Run("Thực hiện Kế hoạch số 109-KH/TU ngày 15 tháng 01 năm 2020 của Thị ủy Hương Trà về tuyên truyền Đại "
                   "hội; Kế hoạch số 47-KH/ĐU, ngày 23/9/2019 của Đảng ủy phường Hương Xuân về tổ chức Đại hội;\n\n \n\n"
                   "Ngày 04/3/2020, Đảng ủy phường ban hành kế hoạch số 50-KH/ĐU về việc Tuyên truyền.\n");
  CHECK_MESSAGE(HasEdge(d, "50-KH/ĐU", "109-KH/TU", Relation::kImplements), Edges(d));
  CHECK(HasEdge(d, "50-KH/ĐU", "47-KH/ĐU", Relation::kImplements));
  // A list closed by '.' and a new paragraph of another act stays apart.
  Document o = Run("Thực hiện Kế hoạch số 109-KH/TU ngày 15/01/2020 của Thị ủy về tuyên truyền.\n\n"
                   "Theo đó, các chi bộ báo cáo; Ngày 04/3/2020, Đảng ủy phường ban hành kế hoạch số 50-KH/ĐU.\n");
  CHECK_FALSE(HasEdge(o, "50-KH/ĐU", "109-KH/TU", Relation::kImplements));
}

TEST_CASE("references: a ministry's name written with a comma; 'vềviệc' glued; a body asked to act issues nothing") {
  Document d = Run("Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội "
                   "vềviệc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n");
  const Reference& r = Need(d, "2928/LĐTBXH-BVCSTE");
  REQUIRE(r.issuer);
  CHECK(r.issuer->name == "Bộ Lao động, Thương binh và Xã hội");
  CHECK_MESSAGE(HasEdge(d, "2928/LĐTBXH-BVCSTE", "34/2014/QĐ-TTg", Relation::kImplements), Edges(d));
  Document a = Run("Đồng chí Bí thư yêu cầu triển khai theo Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy. Yêu cầu Ban Văn "
                   "hóa thông tin xã xây dựng kế hoạch, thường xuyên cập nhật thông tin.\n");
  CHECK_FALSE(a.self.issuer);
  CHECK_FALSE(a.self.type);
}

TEST_CASE("references: 'A, B, C của Ban Chấp hành Đảng bộ huyện' gives the body only to the texts its level issues") {
  Document d = Run("Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW, Thông tri số 10-TT/TU, Kế hoạch số 168-KH/HU "
                   "của Ban Chấp hành Đảng bộ huyện về lãnh đạo đại hội.\n");
  auto issuer = IssuerById(d);
  CHECK(issuer["168-KH/HU"] == "Ban Chấp hành Đảng bộ huyện");
  CHECK(issuer["10-TT/TU"] == "");
  CHECK(issuer["35-CT/TW"] == "");
}

TEST_CASE("references: 'của X tại' gives X only to a text cited right there, not to one named far on") {
  Document d = Run("Thông báo kết luận của Thủ tướng tại Hội nghị trực tuyến đánh giá kết quả 10 năm thực hiện Kết luận "
                   "61-KL/TW.\nTheo đề nghị của Sở Xây dựng tại Tờ trình số 350/TTr-SXD ngày 21/02/2014.\n");
  auto issuer = IssuerById(d);
  CHECK(issuer["61-KL/TW"] == "");
  CHECK(issuer["350/TTr-SXD"] == "Sở Xây dựng");
}

TEST_CASE("edges: 'đã ban hành Thông tư số A, sửa đổi, bổ sung Thông tư số B': A amends B, not this text") {
  Document d = Run("Ngày 23 tháng 9 năm 2008, Bộ Lao động - Thương binh và Xã hội đã ban hành Thông tư số "
                   "19/2008/TT-BLĐTBXH, sửa đổi, bổ sung Thông tư số 03/2007/TT-BLĐTBXH ngày 30 tháng 01 năm 2007 về "
                   "hướng dẫn thực hiện, Bảo hiểm xã hội Việt Nam hướng dẫn cụ thể như sau:\n");
  CHECK_MESSAGE(HasEdge(d, "19/2008/TT-BLĐTBXH", "03/2007/TT-BLĐTBXH", Relation::kAmends), Edges(d));
  CHECK(Rel(d, "03/2007/TT-BLĐTBXH") != "amends");
}

TEST_CASE("edges: 'A ... theo B ... bị bãi bỏ, thay thế bởi C': C replaces A, the text of C's issuer") {
  Document d = Run("Kể từ ngày 08-07-2013, Quyết định số 59/1999/QĐ-UB ngày 05/04/1999 Quy định trách nhiệm quản lý theo "
                   "Quyết định số 245/1998/QĐ-TTg ngày 21/12/1998 của Thủ tướng Chính phủ trên địa bàn Tỉnh Bình Phước "
                   "(Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Quyết định số 1177/QĐ-UBND ngày 08/07/2013.\n");
  CHECK_MESSAGE(HasEdge(d, "1177/QĐ-UBND", "59/1999/QĐ-UB", Relation::kReplaces), Edges(d));
  CHECK_FALSE(HasEdge(d, "1177/QĐ-UBND", "245/1998/QĐ-TTg", Relation::kReplaces));
  CHECK(Rel(d, "1177/QĐ-UBND") == "mentions");
  CHECK(Rel(d, "59/1999/QĐ-UB") == "mentions");
  // The document itself, replaced later: the later text is no warning.
  Document s = Run("Số: 59/1999/QĐ-UB\nBình Phước, ngày 05 tháng 4 năm 1999\n\nGhi chú: Quyết định số 59/1999/QĐ-UB bị "
                   "bãi bỏ, thay thế bởi Quyết định số 1177/QĐ-UBND ngày 08/07/2013.\n");
  CHECK(std::none_of(s.diagnostics.begin(), s.diagnostics.end(),
                     [](const Diagnostic& g) { return g.code == "reference_after_document"; }));
}

TEST_CASE("references: 'X vừa ban hành công văn chỉ đạo ... (Công văn số N, ngày D)': X issued N") {
  Document d = Run("UBND tỉnh vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của Tỉnh ủy, thực hiện "
                   "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn số 1483/UBND-THNC, ngày 17/11/2020).\n");
  auto issuer = IssuerById(d);
  CHECK(issuer["1483/UBND-THNC"] == "UBND tỉnh");
  // Not a bracket that merely follows: "... của Bộ Y tế (Quyết định số 12/QĐ-BYT)" names its own.
  Document o = Run("Thực hiện hướng dẫn chuyên môn (Quyết định số 12/QĐ-BYT ngày 01/02/2020 của Bộ Y tế).\n");
  CHECK(IssuerById(o)["12/QĐ-BYT"] == "Bộ Y tế");
}
