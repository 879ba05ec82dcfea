// Print: the citation graph as JSON, Graphviz DOT, Mermaid or a CSV edge list.
//
// Labels for people are Vietnamese (relation and family names below are
// display strings, not matching vocabulary); keys and JSON values stay the
// stable English names of document.h.
#include <csv.h>
#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <map>

#include "print/json_doc.h"
#include "vbtool/graph.h"

namespace vbtool {

namespace {

using print::Json;

// Display names, indexed like Relation and Family.
constexpr std::array<const char*, 7> kRelationLabel = {"dẫn chiếu",       "căn cứ",   "hướng dẫn", "thực hiện",
                                                       "sửa đổi/bổ sung", "thay thế", "bãi bỏ"};
const char* RelationLabel(Relation r) { return kRelationLabel[static_cast<size_t>(r)]; }

struct FamilyStyle {
  Family family;
  const char* cluster;  // DOT/Mermaid cluster name
  const char* label;
  const char* fill;
  const char* border;
};
constexpr std::array<FamilyStyle, 4> kFamilies = {{
    {Family::kParty, "party", "Văn bản của Đảng", "#fde2e1", "#b42318"},
    {Family::kNormative, "normative", "Văn bản quy phạm pháp luật", "#e0ecff", "#1d4ed8"},
    {Family::kState, "state", "Văn bản hành chính", "#e3f6e8", "#15803d"},
    {Family::kUnknown, "other", "Khác", "#f1f1f1", "#555555"},
}};
const FamilyStyle& StyleOf(Family f) {
  for (const auto& s : kFamilies)
    if (s.family == f) return s;
  return kFamilies.back();
}

std::string HumanDate(const DocDate& d) {
  if (d.day) return fmt::format("{:02}/{:02}/{:04}", d.day, d.month, d.year);
  if (d.month) return fmt::format("{:02}/{:04}", d.month, d.year);
  return d.Iso();
}

// Lines of a node's label: type name, number (or file name), date.
std::vector<std::string> LabelLines(const GraphNode& n) {
  std::vector<std::string> lines;
  if (n.type && !n.type->name.empty())
    lines.push_back(n.type->name);
  else if (n.type && !n.type->code.empty())
    lines.push_back(n.type->code);
  if (!n.number.empty())
    lines.push_back(n.number + (n.ambiguous ? " (?)" : ""));
  else if (!n.paths.empty())
    lines.push_back(std::filesystem::path(n.paths.front()).filename().string());
  if (n.date) lines.push_back(HumanDate(*n.date));
  return lines;
}

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json EvidenceJson(const std::vector<Evidence>& ev, const char* quote_name) {
  Json a = Json::array();
  for (const Evidence& e : ev) {
    Json j{{"file", e.file}, {"line", e.line}, {quote_name, e.quote}};
    if (std::string(quote_name) == "quote") j["stated"] = e.stated;
    a.push_back(std::move(j));
  }
  return a;
}

void WriteJson(const Graph& g, std::ostream& out) {
  Json j;
  j["schema"] = kSchemaVersion;
  j["type"] = "graph";
  Json nodes = Json::array();
  for (const GraphNode& n : g.nodes) {
    Json x;
    x["id"] = n.id;
    x["number"] = OrNull(n.number);
    x["type"] = n.type ? OrNull(n.type->name) : Json(nullptr);
    x["type_code"] = n.type ? OrNull(n.type->code) : Json(nullptr);
    x["date"] = n.date ? Json(n.date->Iso()) : Json(nullptr);
    x["date_precision"] = n.date ? Json(n.date->Precision()) : Json(nullptr);
    x["issuer"] = n.issuer ? OrNull(n.issuer->name) : Json(nullptr);
    x["issuer_code"] = n.issuer ? OrNull(n.issuer->code) : Json(nullptr);
    x["family"] = FamilyName(n.family);
    x["in_archive"] = n.in_archive;
    x["path"] = n.paths.empty() ? Json(nullptr) : Json(n.paths.front());
    x["paths"] = n.paths;
    x["ambiguous"] = n.ambiguous;
    x["candidates"] = n.candidates;
    nodes.push_back(std::move(x));
  }
  j["nodes"] = std::move(nodes);
  Json edges = Json::array();
  for (const GraphEdge& e : g.edges)
    edges.push_back(Json{{"from", e.from},
                         {"to", e.to},
                         {"relation", RelationName(e.relation)},
                         {"evidence", EvidenceJson(e.evidence, "quote")}});
  j["edges"] = std::move(edges);
  Json conflicts = Json::array();
  for (const GraphConflict& c : g.conflicts)
    conflicts.push_back(Json{{"kind", c.kind},
                             {"number", c.number},
                             {"nodes", c.nodes},
                             {"message", c.message},
                             {"evidence", EvidenceJson(c.evidence, "value")}});
  j["conflicts"] = std::move(conflicts);
  out << print::Dump(j, 2) << "\n";
}

// A DOT double-quoted string: backslash and quote escaped, line breaks as \n.
std::string DotQuote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c != '\r')
      out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& lines, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? sep : "") + lines[i];
  return out;
}

void WriteDot(const Graph& g, std::ostream& out) {
  out << "digraph vbtool {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, ranksep=0.6];\n"
         "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
  for (const FamilyStyle& s : kFamilies) {
    std::vector<const GraphNode*> members;
    for (const GraphNode& n : g.nodes)
      if (StyleOf(n.family).family == s.family) members.push_back(&n);
    if (members.empty()) continue;
    out << "  subgraph cluster_" << s.cluster << " {\n";
    out << "    label=" << DotQuote(s.label) << "; style=\"rounded\"; color=" << DotQuote(s.border)
        << "; fontcolor=" << DotQuote(s.border) << ";\n";
    for (const GraphNode* n : members) {
      std::string style = n->ambiguous    ? "rounded,filled,dotted"
                          : n->in_archive ? "rounded,filled,bold"
                                          : "rounded,filled,dashed";
      out << "    " << DotQuote(n->id) << " [label=" << DotQuote(Join(LabelLines(*n), "\n"))
          << ", fillcolor=" << DotQuote(n->in_archive ? s.fill : "#ffffff") << ", color=" << DotQuote(s.border)
          << ", style=" << DotQuote(style);
      if (!n->paths.empty()) out << ", tooltip=" << DotQuote(Join(n->paths, "\n"));
      out << "];\n";
    }
    out << "  }\n";
  }
  for (const GraphEdge& e : g.edges) {
    bool stated = std::all_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& x) { return x.stated; });
    out << "  " << DotQuote(e.from) << " -> " << DotQuote(e.to) << " [label=" << DotQuote(RelationLabel(e.relation));
    if (stated) out << ", style=\"dashed\"";
    out << "];\n";
  }
  out << "}\n";
}

// Mermaid: inside a "..." label only entity codes are safe for " # < > &.
std::string MermaidText(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"':
        out += "#quot;";
        break;
      case '#':
        out += "#35;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteMermaid(const Graph& g, std::ostream& out) {
  std::map<std::string, std::string> alias;
  for (size_t i = 0; i < g.nodes.size(); ++i) alias[g.nodes[i].id] = fmt::format("n{}", i);
  out << "flowchart LR\n";
  for (const FamilyStyle& s : kFamilies) {
    std::vector<const GraphNode*> members;
    for (const GraphNode& n : g.nodes)
      if (StyleOf(n.family).family == s.family) members.push_back(&n);
    if (members.empty()) continue;
    out << "  subgraph " << s.cluster << "[\"" << MermaidText(s.label) << "\"]\n";
    for (const GraphNode* n : members) {
      std::vector<std::string> lines;
      for (const std::string& l : LabelLines(*n)) lines.push_back(MermaidText(l));
      out << "    " << alias[n->id] << "[\"" << Join(lines, "<br/>") << "\"]\n";
    }
    out << "  end\n";
  }
  for (const GraphEdge& e : g.edges)
    out << "  " << alias[e.from] << " -->|\"" << MermaidText(RelationLabel(e.relation)) << "\"| " << alias[e.to]
        << "\n";
  for (const FamilyStyle& s : kFamilies)
    out << "  classDef " << s.cluster << " fill:" << s.fill << ",stroke:" << s.border << "\n";
  out << "  classDef cited fill:#ffffff,stroke-dasharray:4 3\n";
  for (const GraphNode& n : g.nodes)
    out << "  class " << alias[n.id] << " " << (n.in_archive ? StyleOf(n.family).cluster : "cited") << "\n";
}

// RFC 4180, as in the targets table: CRLF, fields quoted by libcsv (quotes
// doubled) when they hold a comma, a quote or a line break.
std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string buf(s.size() * 2 + 2, '\0');
  size_t n = csv_write(buf.data(), buf.size(), s.data(), s.size());
  buf.resize(n);
  return buf;
}

void CsvRow(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << CsvField(fields[i]);
  out << "\r\n";
}

void WriteCsv(const Graph& g, std::ostream& out) {
  std::map<std::string, const GraphNode*> nodes;
  for (const GraphNode& n : g.nodes) nodes[n.id] = &n;
  CsvRow(out, {"from", "to", "relation", "relation_label", "from_number", "to_number", "evidence_count", "file", "line",
               "quote"});
  for (const GraphEdge& e : g.edges) {
    const Evidence& first = e.evidence.front();
    CsvRow(out, {e.from, e.to, RelationName(e.relation), RelationLabel(e.relation), nodes[e.from]->number,
                 nodes[e.to]->number, std::to_string(e.evidence.size()), first.file, std::to_string(first.line),
                 first.quote});
  }
}

}  // namespace

std::vector<std::string> GraphFormats() { return {"json", "dot", "mermaid", "csv"}; }

Status WriteGraph(const Graph& graph, const std::string& format, std::ostream& out) {
  if (format == "json")
    WriteJson(graph, out);
  else if (format == "dot")
    WriteDot(graph, out);
  else if (format == "mermaid")
    WriteMermaid(graph, out);
  else if (format == "csv")
    WriteCsv(graph, out);
  else
    return Status::InvalidArgument(
        fmt::format("unknown graph format '{}' (expected json, dot, mermaid or csv)", format));
  return Status::Ok();
}

}  // namespace vbtool
