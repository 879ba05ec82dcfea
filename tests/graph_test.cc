// The citation graph: joining an archive's documents, node identity (merging,
// ambiguity), conflicts, formats (DOT checked by Graphviz), --focus, and the
// sharded path (extract --format jsonl parts, then graph --from-jsonl).
#include "vbtool/graph.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "vbtool/batch.h"

using namespace vbtool;
using namespace vbtool::testing;

namespace {

// A Party document: header, number, date line, type line, body.
std::string PartyDoc(const std::string& number, const std::string& date, const std::string& body) {
  return "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố " + number + "\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày " + date +
         "\n\nNGHỊ QUYẾT\n" + body + "\n";
}

// A UBND document; `unit` is the second header line ("TỈNH THANH HÓA").
std::string StateDoc(const std::string& unit, const std::string& number, const std::string& place,
                     const std::string& date, const std::string& type, const std::string& body) {
  return "ỦY BAN NHÂN DÂN\n" + unit + "\nSố: " + number +
         "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + place + ", ngày " + date + "\n\n" +
         type + "\n" + body + "\n";
}

std::vector<Document> ExtractAll(const std::string& folder) {
  InputSet in = CollectInputs({folder}, {});
  std::vector<Document> docs;
  BatchOptions options;
  options.jobs = 1;
  ForEachDocument(in.files, Rules(), options, [&](const std::string& path, Result<Document>&& doc) {
    REQUIRE_MESSAGE(doc.ok(), path);
    docs.push_back(std::move(doc).value());
  });
  return docs;
}

Graph BuildFrom(const std::vector<Document>& docs) {
  GraphBuilder builder;
  for (const Document& d : docs) builder.Add(d);
  return builder.Build();
}

std::string Print(const Graph& g, const std::string& format) {
  std::ostringstream out;
  REQUIRE(WriteGraph(g, format, out).ok());
  return out.str();
}

const GraphEdge* FindEdge(const Graph& g, const std::string& from, const std::string& to) {
  for (const GraphEdge& e : g.edges)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

std::vector<const GraphConflict*> ConflictsOf(const Graph& g, const std::string& kind) {
  std::vector<const GraphConflict*> out;
  for (const GraphConflict& c : g.conflicts)
    if (c.kind == kind) out.push_back(&c);
  return out;
}

// The archive of the identity tests: two 18-NQ/TW (2017, 2022), two
// 153/KH-UBND of 2023 (province and district), plans citing them.
void WriteIdentityArchive(const TempDir& dir) {
  WriteFile(dir / "tw/nq18-2017.txt", PartyDoc("18-NQ/TW", "25 tháng 10 năm 2017", "Về tinh gọn bộ máy."));
  WriteFile(dir / "tw/nq18-2022.txt", PartyDoc("18-NQ/TW", "16 tháng 6 năm 2022", "Về chính sách đất đai."));
  WriteFile(dir / "tinh/kh-2018.txt",
            StateDoc("TỈNH THANH HÓA", "20/KH-UBND", "Thanh Hóa", "05 tháng 3 năm 2018", "KẾ HOẠCH",
                     "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng"));
  WriteFile(dir / "tinh/kh-2023.txt",
            StateDoc("TỈNH THANH HÓA", "153/KH-UBND", "Thanh Hóa", "10 tháng 5 năm 2023", "KẾ HOẠCH",
                     "Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng"));
  WriteFile(dir / "huyen/kh-2023.txt",
            StateDoc("HUYỆN NINH SƠN", "153/KH-UBND", "Ninh Sơn", "02 tháng 8 năm 2023", "KẾ HOẠCH",
                     "Thực hiện Kế hoạch số 153/KH-UBND ngày 10/5/2023 của UBND tỉnh Thanh Hóa"));
  WriteFile(dir / "huyen/cv.txt",
            StateDoc("HUYỆN NINH SƠN", "201/UBND-VP", "Ninh Sơn", "15 tháng 9 năm 2023", "",
                     "Theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương và Kế hoạch số 153/KH-UBND của "
                     "UBND huyện Ninh Sơn, các xã báo cáo."));
}

// Writes `text` to a file and runs Graphviz on it; true when dot accepts it.
bool DotAccepts(const TempDir& dir, const std::string& text) {
  WriteFile(dir / "graph.dot", text);
  std::string cmd =
      "dot -Tsvg '" + (dir / "graph.dot") + "' -o '" + (dir / "graph.svg") + "' 2>'" + (dir / "dot.err") + "'";
  int rc = std::system(cmd.c_str());
  INFO(ReadFile(dir / "dot.err"));
  return rc == 0 && ReadFile(dir / "graph.svg").find("<svg") != std::string::npos;
}

}  // namespace

TEST_CASE("graph: a cited document and the archive file carrying its number are one node") {
  TempDir dir;
  WriteIdentityArchive(dir);
  Graph g = BuildFrom(ExtractAll(dir.path.string()));
  const GraphNode* nq = g.Find("18-NQ/TW@2017");
  REQUIRE(nq);
  CHECK(nq->in_archive);
  REQUIRE(nq->paths.size() == 1);
  CHECK(nq->paths[0] == dir / "tw/nq18-2017.txt");
  REQUIRE(nq->date);
  CHECK(nq->date->Iso() == "2017-10-25");
  CHECK(nq->family == Family::kParty);
  const GraphEdge* e = FindEdge(g, "20/KH-UBND@2018", "18-NQ/TW@2017");
  REQUIRE(e);
  CHECK(e->relation == Relation::kImplements);
  REQUIRE(e->evidence.size() == 1);
  CHECK(e->evidence[0].file == dir / "tinh/kh-2018.txt");
  CHECK(e->evidence[0].line == 9);
  CHECK(e->evidence[0].quote.find("18-NQ/TW") != std::string::npos);
  // No separate citation-only node for the same document.
  for (const GraphNode& n : g.nodes)
    if (n.number == "18-NQ/TW") CHECK((n.in_archive || n.ambiguous));
}

TEST_CASE("graph: 18-NQ/TW of 2017 and of 2022 stay apart; an undated citation is ambiguous") {
  TempDir dir;
  WriteIdentityArchive(dir);
  Graph g = BuildFrom(ExtractAll(dir.path.string()));
  REQUIRE(g.Find("18-NQ/TW@2017"));
  REQUIRE(g.Find("18-NQ/TW@2022"));
  CHECK(FindEdge(g, "153/KH-UBND@2023-05-10", "18-NQ/TW@2022"));
  CHECK_FALSE(FindEdge(g, "153/KH-UBND@2023-05-10", "18-NQ/TW@2017"));
  const GraphNode* amb = g.Find("18-NQ/TW?");
  REQUIRE(amb);
  CHECK(amb->ambiguous);
  CHECK_FALSE(amb->in_archive);
  CHECK(amb->candidates == std::vector<std::string>{"18-NQ/TW@2017", "18-NQ/TW@2022"});
  CHECK(FindEdge(g, "201/UBND-VP@2023", "18-NQ/TW?"));
  // Reported as one number naming two documents, not as a duplicate.
  auto reused = ConflictsOf(g, "number_reused");
  CHECK(std::any_of(reused.begin(), reused.end(), [](const GraphConflict* c) { return c->number == "18-NQ/TW"; }));
  CHECK(ConflictsOf(g, "duplicate_number").empty());
  // The JSON output carries the flag.
  std::string json = Print(g, "json");
  CHECK(json.find("\"id\": \"18-NQ/TW?\"") != std::string::npos);
  CHECK(json.find("\"ambiguous\": true") != std::string::npos);
}

TEST_CASE("graph: two UBND issue a 153/KH-UBND; date and issuer tell the citations apart") {
  TempDir dir;
  WriteIdentityArchive(dir);
  Graph g = BuildFrom(ExtractAll(dir.path.string()));
  const GraphNode* province = g.Find("153/KH-UBND@2023-05-10");
  const GraphNode* district = g.Find("153/KH-UBND@2023-08-02");
  REQUIRE(province);
  REQUIRE(district);
  CHECK(province->paths == std::vector<std::string>{dir / "tinh/kh-2023.txt"});
  CHECK(district->paths == std::vector<std::string>{dir / "huyen/kh-2023.txt"});
  // The district plan implements the province's (cited with its date).
  const GraphEdge* e = FindEdge(g, "153/KH-UBND@2023-08-02", "153/KH-UBND@2023-05-10");
  REQUIRE(e);
  CHECK(e->relation == Relation::kImplements);
  // An undated citation "của UBND huyện Ninh Sơn" goes to the district's plan.
  CHECK(FindEdge(g, "201/UBND-VP@2023", "153/KH-UBND@2023-08-02"));
  CHECK_FALSE(g.Find("153/KH-UBND?"));
  CHECK(ConflictsOf(g, "duplicate_number").empty());
  CHECK_FALSE(ConflictsOf(g, "number_reused").empty());
  // MatchNodes by number finds both.
  CHECK(MatchNodes(g, "153/KH-UBND") == std::vector<std::string>{"153/KH-UBND@2023-05-10", "153/KH-UBND@2023-08-02"});
}

// The archive of the conflict tests.
static void WriteConflictArchive(const TempDir& dir) {
  // Two files of one UBND claim 99/KH-UBND in 2023.
  WriteFile(dir / "a/kh99.txt", StateDoc("TỈNH BẮC GIANG", "99/KH-UBND", "Bắc Giang", "03 tháng 4 năm 2023", "KẾ HOẠCH",
                                         "Về phòng chống dịch."));
  WriteFile(dir / "b/kh99-copy.txt", StateDoc("TỈNH BẮC GIANG", "99/KH-UBND", "Bắc Giang", "03 tháng 4 năm 2023",
                                              "KẾ HOẠCH", "Về phòng chống dịch (bản sao)."));
  // 27/2023/TT-BYT cited with two dates and two issuers; 25-CT/TW cited
  // (with its date) by a plan dated before it.
  WriteFile(dir / "c/kh10.txt",
            StateDoc("TỈNH BẮC GIANG", "10/KH-UBND", "Bắc Giang", "05 tháng 01 năm 2023", "KẾ HOẠCH",
                     "Căn cứ Thông tư số 27/2023/TT-BYT ngày 29/12/2023 của Bộ Y tế;\n"
                     "Thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư."));
  WriteFile(dir / "c/kh11.txt",
            StateDoc("TỈNH BẮC GIANG", "11/KH-UBND", "Bắc Giang", "06 tháng 02 năm 2024", "KẾ HOẠCH",
                     "Căn cứ Thông tư số 27/2023/TT-BYT ngày 28/12/2023 của Bộ Tài chính."));
}

TEST_CASE("graph: conflicts are reported") {
  TempDir dir;
  WriteConflictArchive(dir);
  Graph g = BuildFrom(ExtractAll(dir.path.string()));

  auto dup = ConflictsOf(g, "duplicate_number");
  REQUIRE(dup.size() == 1);
  CHECK(dup[0]->number == "99/KH-UBND");
  CHECK(dup[0]->evidence.size() == 2);
  const GraphNode* kh99 = g.Find("99/KH-UBND@2023");
  REQUIRE(kh99);
  CHECK(kh99->paths.size() == 2);

  auto dates = ConflictsOf(g, "date_mismatch");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0]->number == "27/2023/TT-BYT");
  CHECK(dates[0]->nodes == std::vector<std::string>{"27/2023/TT-BYT"});
  CHECK(dates[0]->message.find("2023-12-28") != std::string::npos);
  CHECK(dates[0]->message.find("2023-12-29") != std::string::npos);

  auto issuers = ConflictsOf(g, "issuer_mismatch");
  REQUIRE(issuers.size() == 1);
  CHECK(issuers[0]->number == "27/2023/TT-BYT");
  CHECK(issuers[0]->message.find("BTC") != std::string::npos);
  CHECK(issuers[0]->message.find("BYT") != std::string::npos);

  auto later = ConflictsOf(g, "cites_later");
  std::vector<std::string> later_numbers;
  for (const auto* c : later) later_numbers.push_back(c->number);
  std::sort(later_numbers.begin(), later_numbers.end());
  // kh10 (05/01/2023) cites 25-CT/TW of 25/10/2023 and 27/2023/TT-BYT of 29/12/2023.
  CHECK(later_numbers == std::vector<std::string>{"25-CT/TW", "27/2023/TT-BYT"});
  for (const auto* c : later) {
    CHECK(c->nodes.front() == "10/KH-UBND@2023");
    REQUIRE(c->evidence.size() == 1);
    CHECK(c->evidence[0].file == dir / "c/kh10.txt");
  }
}

TEST_CASE("graph: the result does not depend on the order documents are added in") {
  TempDir dir;
  WriteIdentityArchive(dir);
  std::vector<Document> docs = ExtractAll(dir.path.string());
  std::string forward = Print(BuildFrom(docs), "json");
  std::reverse(docs.begin(), docs.end());
  CHECK(Print(BuildFrom(docs), "json") == forward);
  std::rotate(docs.begin(), docs.begin() + 2, docs.end());
  docs.push_back(docs.front());  // an overlapping shard: the same file twice
  CHECK(Print(BuildFrom(docs), "json") == forward);
}

TEST_CASE("graph: samples") {
  std::vector<Document> docs = ExtractAll(SourceDir() + "/samples");
  REQUIRE(docs.size() >= 9);
  Graph g = BuildFrom(docs);
  // Each file is one archive node; each of its references is an edge from it.
  for (const Document& d : docs) {
    std::vector<std::string> hits = MatchNodes(g, d.source.path);
    REQUIRE_MESSAGE(hits.size() == 1, d.source.path);
    const GraphNode* self = g.Find(hits[0]);
    CHECK(self->in_archive);
    for (const Reference& r : d.references) {
      bool found = std::any_of(g.edges.begin(), g.edges.end(), [&](const GraphEdge& e) {
        const GraphNode* to = g.Find(e.to);
        return e.from == self->id && to && to->number == r.id && e.relation == r.relation;
      });
      CHECK_MESSAGE(found, d.source.path << " -> " << r.id);
    }
  }
  // The cascade of Chỉ thị 25-CT/TW: the plans of Bắc Giang and Thanh Hóa
  // carry it out; the Thanh Hóa file is a news item about its plan, so the
  // plan (153/KH-UBND, a stated edge) implements it and the page only mentions it.
  const GraphNode* ct25 = g.Find("25-CT/TW@2023");
  REQUIRE(ct25);
  CHECK(ct25->type->name == "Chỉ thị");
  CHECK(ct25->date->Iso() == "2023-10-25");
  std::vector<std::string> bac_giang = MatchNodes(g, Sample("bac-giang-ke-hoach-25-CT-TW.txt"));
  REQUIRE(bac_giang.size() == 1);
  const GraphEdge* e = FindEdge(g, bac_giang[0], "25-CT/TW@2023");
  REQUIRE(e);
  CHECK(e->relation == Relation::kImplements);
  std::vector<std::string> news = MatchNodes(g, Sample("thanh-hoa-tin-ke-hoach-153-KH-UBND.txt"));
  REQUIRE(news.size() == 1);
  e = FindEdge(g, news[0], "25-CT/TW@2023");
  REQUIRE(e);
  CHECK(e->relation == Relation::kMentions);
  std::vector<std::string> plan = MatchNodes(g, "153/KH-UBND");
  bool stated = std::any_of(plan.begin(), plan.end(), [&](const std::string& id) {
    const GraphEdge* s = FindEdge(g, id, "25-CT/TW@2023");
    return s && s->relation == Relation::kImplements;
  });
  CHECK(stated);
  // Sorted, unique ids; every edge end is a node.
  for (size_t i = 1; i < g.nodes.size(); ++i) CHECK(g.nodes[i - 1].id < g.nodes[i].id);
  for (const GraphEdge& e : g.edges) {
    CHECK(g.Find(e.from));
    CHECK(g.Find(e.to));
    CHECK_FALSE(e.evidence.empty());
  }
}

TEST_CASE("graph: DOT output parses with Graphviz, labels escaped") {
  TempDir dir;
  Graph samples = BuildFrom(ExtractAll(SourceDir() + "/samples"));
  std::string dot = Print(samples, "dot");
  CHECK(dot.find("label=\"thực hiện\"") != std::string::npos);
  CHECK(dot.find("subgraph cluster_party") != std::string::npos);
  CHECK(dot.find("\"25-CT/TW@2023\" [label=\"Chỉ thị\\n25-CT/TW\\n25/10/2023\"") != std::string::npos);
  CHECK(DotAccepts(dir, dot));

  TempDir archive;
  WriteIdentityArchive(archive);
  CHECK(DotAccepts(dir, Print(BuildFrom(ExtractAll(archive.path.string())), "dot")));

  // Hostile names: quotes, backslashes, braces, line breaks.
  Graph g;
  GraphNode a, b;
  a.id = "file:dir/a \"quoted\" \\ {x}.txt";
  a.paths = {"dir/a \"quoted\" \\ {x}.txt"};
  a.in_archive = true;
  a.type = DocType{"KH", "Kế hoạch \"đặc biệt\"\nhai dòng"};
  b.id = "1/KH-\"X\"";
  b.number = "1/KH-\"X\"";
  g.nodes = {b, a};
  std::sort(g.nodes.begin(), g.nodes.end(), [](const GraphNode& x, const GraphNode& y) { return x.id < y.id; });
  g.edges.push_back({a.id, b.id, Relation::kAmends, {{"dir/a.txt", 3, "q \"x\"", false}}});
  std::string hostile = Print(g, "dot");
  CHECK(hostile.find("\\\"quoted\\\" \\\\ {x}") != std::string::npos);
  CHECK(hostile.find("label=\"sửa đổi/bổ sung\"") != std::string::npos);
  CHECK(DotAccepts(dir, hostile));
  CHECK(ReadFile(dir / "graph.svg").find("Kế hoạch &quot;đặc biệt&quot;") != std::string::npos);

  // Mermaid: the same names, with entity codes.
  std::string mermaid = Print(g, "mermaid");
  CHECK(mermaid.rfind("flowchart LR\n", 0) == 0);
  CHECK(mermaid.find("#quot;đặc biệt#quot;") != std::string::npos);
  CHECK(mermaid.find("-->|\"sửa đổi/bổ sung\"|") != std::string::npos);

  // CSV (RFC 4180): fields with quotes or commas quoted, quotes doubled, CRLF.
  std::string csv = Print(g, "csv");
  CHECK(csv.rfind("from,to,relation,relation_label,", 0) == 0);
  CHECK(csv.find(",\"q \"\"x\"\"\"\r\n") != std::string::npos);
  CHECK(csv.find(",amends,sửa đổi/bổ sung,") != std::string::npos);
}

TEST_CASE("graph: --focus keeps the neighbourhood in both directions") {
  TempDir dir;
  WriteIdentityArchive(dir);
  Graph g = BuildFrom(ExtractAll(dir.path.string()));
  auto seeds = MatchNodes(g, "18-NQ/TW");
  CHECK(seeds == std::vector<std::string>{"18-NQ/TW?", "18-NQ/TW@2017", "18-NQ/TW@2022"});
  Graph one = Neighbourhood(g, seeds, 1);
  std::vector<std::string> ids;
  for (const GraphNode& n : one.nodes) ids.push_back(n.id);
  CHECK(ids == std::vector<std::string>{"153/KH-UBND@2023-05-10", "18-NQ/TW?", "18-NQ/TW@2017", "18-NQ/TW@2022",
                                        "20/KH-UBND@2018", "201/UBND-VP@2023"});
  // Depth 2 reaches the district plan that implements the province's plan.
  CHECK(Neighbourhood(g, seeds, 2).Find("153/KH-UBND@2023-08-02"));
  CHECK(Neighbourhood(g, {"153/KH-UBND@2023-08-02"}, 0).nodes.size() == 1);

  auto r = RunVbtool("graph '" + dir.path.string() + "' --focus 153/KH-UBND@2023-08-02 --depth 1 --format csv");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\n201/UBND-VP@2023,153/KH-UBND@2023-08-02,mentions,") != std::string::npos);
  CHECK(r.out.find("\n153/KH-UBND@2023-08-02,153/KH-UBND@2023-05-10,implements,") != std::string::npos);
  CHECK(r.out.find("18-NQ/TW") == std::string::npos);
  // --focus takes one value: what follows is an input again.
  auto before = RunVbtool("graph --focus 153/KH-UBND@2023-08-02 '" + dir.path.string() + "' --depth 1 --format csv");
  CHECK(before.out == r.out);
  auto missing = RunVbtool("graph samples/ --focus 999-XX/YY");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("vbtool: error:") != std::string::npos);
}

TEST_CASE("graph CLI: sharded JSON Lines parts give the same bytes as one run") {
  TempDir dir;
  auto whole = RunVbtool("graph samples/ --jobs 1");
  REQUIRE(whole.exit_code == 0);
  CHECK(whole.out.find("\"nodes\"") != std::string::npos);
  auto parallel = RunVbtool("graph samples/ --jobs 2");
  CHECK(parallel.out == whole.out);

  // Three shards of different sizes, extracted separately (one with 2 jobs).
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() + "/samples"))
    if (entry.path().extension() == ".txt") files.push_back("samples/" + entry.path().filename().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 3);
  std::string shards[3];
  for (size_t i = 0; i < files.size(); ++i) shards[i % 3] += " " + files[i];
  for (int i = 0; i < 3; ++i) {
    auto r = RunVbtool("extract --format jsonl --jobs " + std::to_string(1 + i % 2) + " -o '" +
                       (dir / ("part" + std::to_string(i) + ".jsonl")) + "'" + shards[i]);
    REQUIRE(r.exit_code == 0);
  }
  std::string p0 = dir / "part0.jsonl", p1 = dir / "part1.jsonl", p2 = dir / "part2.jsonl";
  for (const char* format : {"json", "dot", "csv", "mermaid"}) {
    auto one = RunVbtool(std::string("graph samples/ --jobs 2 --format ") + format);
    auto merged =
        RunVbtool("graph --format " + std::string(format) + " --from-jsonl '" + p2 + "' '" + p0 + "' '" + p1 + "'");
    CHECK_MESSAGE(merged.exit_code == 0, merged.err);
    CHECK_MESSAGE(merged.out == one.out, format);
  }
  // A hand-made archive with ambiguity and conflicts, in two shards.
  TempDir archive;
  WriteIdentityArchive(archive);
  WriteConflictArchive(archive);
  std::string a = archive.path.string();
  auto single = RunVbtool("graph '" + a + "'");
  REQUIRE(single.exit_code == 0);
  CHECK(single.out.find("\"duplicate_number\"") != std::string::npos);
  CHECK(single.out.find("\"18-NQ/TW?\"") != std::string::npos);
  REQUIRE(
      RunVbtool("extract --format jsonl '" + a + "/tw' '" + a + "/b' '" + a + "/huyen' -o '" + (dir / "s1.jsonl") + "'")
          .exit_code == 0);
  REQUIRE(RunVbtool("extract --format jsonl --jobs 2 '" + a + "/a' '" + a + "/c' '" + a + "/tinh' -o '" +
                    (dir / "s2.jsonl") + "'")
              .exit_code == 0);
  auto joined = RunVbtool("graph --from-jsonl '" + (dir / "s2.jsonl") + "' '" + (dir / "s1.jsonl") + "'");
  CHECK(joined.out == single.out);

  // '-' reads a part from standard input.
  auto stdin_part = RunVbtool("graph --from-jsonl '" + p0 + "' - '" + p2 + "'", ReadFile(p1));
  CHECK(stdin_part.out == whole.out);
}

TEST_CASE("graph CLI: error records in JSON Lines are reported and skipped") {
  TempDir dir;
  auto r = RunVbtool("extract --format jsonl samples/thong-tu-25-2025-TT-BNV.txt samples/no-such-file.txt -o '" +
                     (dir / "part.jsonl") + "'");
  CHECK(r.exit_code == 2);
  WriteFile(dir / "bad.jsonl", ReadFile(dir / "part.jsonl") + "{not json\n");
  auto g = RunVbtool("graph --from-jsonl '" + (dir / "bad.jsonl") + "'");
  CHECK(g.exit_code == 2);
  CHECK(g.err.find("vbtool: error: samples/no-such-file.txt") != std::string::npos);
  CHECK(g.err.find("bad.jsonl:3") != std::string::npos);
  CHECK(g.out.find("\"id\": \"25/2025/TT-BNV\"") != std::string::npos);
  CHECK(g.out.find("no-such-file") == std::string::npos);
  // The same from the files: the bad one is reported, the graph still printed.
  auto direct = RunVbtool("graph samples/thong-tu-25-2025-TT-BNV.txt samples/no-such-file.txt");
  CHECK(direct.exit_code == 2);
  CHECK(direct.err.find("vbtool: error: samples/no-such-file.txt") != std::string::npos);
  CHECK(direct.out.find("\"id\": \"25/2025/TT-BNV\"") != std::string::npos);
}
