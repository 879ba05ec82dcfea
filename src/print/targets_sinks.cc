// Printers of `vbtool targets` (see targets_sinks.h).
#include "print/targets_sinks.h"

#include <csv.h>
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <filesystem>

#include "print/json_doc.h"

namespace vbtool::print {

namespace {

struct Row {
  std::string document;
  std::string path;
  Target target;
};

std::string Number(double v) { return fmt::format("{}", v); }

std::string Year(const Target& t) { return t.year ? std::to_string(*t.year) : ""; }

// The columns shared by csv, table and markdown.
const std::vector<std::string> kColumns = {"document",  "path", "indicator", "comparator", "value",
                                           "value_max", "unit", "year",      "period",     "scope",
                                           "quote",     "line", "column"};

std::vector<std::string> Fields(const Row& r) {
  const Target& t = r.target;
  return {r.document,
          r.path,
          t.indicator,
          t.comparator,
          Number(t.value),
          t.value_max ? Number(*t.value_max) : "",
          t.unit,
          Year(t),
          t.period,
          t.scope,
          t.quote,
          std::to_string(t.line),
          std::to_string(t.column)};
}

// Collects rows; subclasses print them.
class RowSink : public Sink {
 public:
  void Write(const Document& doc) override {
    std::string id = TargetDocumentId(doc);
    for (const Target& t : doc.targets) OnRow({id, doc.source.path, t});
  }

 protected:
  virtual void OnRow(Row row) = 0;
};

// RFC 4180: comma separated, CRLF, fields quoted by libcsv when they hold a
// comma, a quote or a line break.
class CsvSink : public RowSink {
 public:
  CsvSink(std::ostream& out, bool bom) : out_(out), bom_(bom) {}
  void Begin() override {
    if (bom_) out_ << "\xEF\xBB\xBF";
    Line(kColumns);
  }

 protected:
  void OnRow(Row row) override { Line(Fields(row)); }

 private:
  void Line(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out_ << ',';
      const std::string& f = fields[i];
      if (f.find_first_of(",\"\r\n") == std::string::npos) {
        out_ << f;
        continue;
      }
      std::string buf(f.size() * 2 + 2, '\0');
      buf.resize(csv_write(buf.data(), buf.size(), f.data(), f.size()));
      out_ << buf;
    }
    out_ << "\r\n";
  }
  std::ostream& out_;
  bool bom_;
};

Json RowJson(const Row& r) {
  Json j;
  j["document"] = r.document;
  j["path"] = r.path;
  Json target = TargetToJson(r.target);
  for (auto& [k, v] : target.items()) j[k] = v;
  return j;
}

class JsonSink : public RowSink {
 public:
  explicit JsonSink(std::ostream& out) : out_(out) {}
  void Finish() override { out_ << print::Dump(rows_, 2) << "\n"; }

 protected:
  void OnRow(Row row) override { rows_.push_back(RowJson(row)); }

 private:
  std::ostream& out_;
  Json rows_ = Json::array();
};

class JsonlSink : public RowSink {
 public:
  explicit JsonlSink(std::ostream& out) : out_(out) {}

 protected:
  void OnRow(Row row) override { out_ << print::Dump(RowJson(row)) << "\n"; }

 private:
  std::ostream& out_;
};

// Display width: code points that take a column (combining marks take none).
size_t Width(std::string_view s) {
  size_t w = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0 || u_getCombiningClass(c) == 0) ++w;
  }
  return w;
}

// At most `max` columns, cut at a code point with an ellipsis.
std::string Cut(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  size_t w = 0;
  int32_t i = 0, last = 0;
  while (i < static_cast<int32_t>(s.size())) {
    UChar32 c;
    int32_t at = i;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0 || u_getCombiningClass(c) == 0) {
      if (w == max - 1) {
        last = at;
        break;
      }
      ++w;
    }
    last = i;
  }
  return s.substr(0, last) + "…";
}

std::string ValueText(const Target& t) {
  std::string v = Number(t.value);
  if (t.value_max) v += "-" + Number(*t.value_max);
  return v;
}

// For a terminal: aligned columns; long indicators are cut.
class TableSink : public RowSink {
 public:
  explicit TableSink(std::ostream& out) : out_(out) {}
  void Finish() override {
    std::vector<std::vector<std::string>> lines;
    lines.push_back({"DOCUMENT", "LINE", "CMP", "VALUE", "UNIT", "YEAR", "PERIOD", "SCOPE", "INDICATOR"});
    for (const Row& r : rows_) {
      const Target& t = r.target;
      lines.push_back({r.document, fmt::format("{}:{}", t.line, t.column), t.comparator, ValueText(t), t.unit, Year(t),
                       t.period, Cut(t.scope, 24), Cut(t.indicator, 60)});
    }
    std::vector<size_t> width(lines[0].size(), 0);
    for (const auto& l : lines)
      for (size_t i = 0; i < l.size(); ++i) width[i] = std::max(width[i], Width(l[i]));
    for (const auto& l : lines) {
      std::string s;
      for (size_t i = 0; i < l.size(); ++i) {
        s += l[i];
        if (i + 1 < l.size()) s += std::string(width[i] - Width(l[i]) + 2, ' ');
      }
      while (!s.empty() && s.back() == ' ') s.pop_back();
      out_ << s << "\n";
    }
    out_ << fmt::format("{} target{}\n", rows_.size(), rows_.size() == 1 ? "" : "s");
  }

 protected:
  void OnRow(Row row) override { rows_.push_back(std::move(row)); }

 private:
  std::ostream& out_;
  std::vector<Row> rows_;
};

// A GitHub table: '|' escaped, line breaks folded.
class MarkdownSink : public RowSink {
 public:
  explicit MarkdownSink(std::ostream& out) : out_(out) {}
  void Begin() override {
    out_ << "| Document | Line | Indicator | Comparator | Value | Unit | Year | Period | Scope | Quote |\n";
    out_ << "|---|---:|---|---|---:|---|---:|---|---|---|\n";
  }

 protected:
  void OnRow(Row row) override {
    const Target& t = row.target;
    out_ << "| " << Cell(row.document) << " | " << t.line << " | " << Cell(t.indicator) << " | " << Cell(t.comparator)
         << " | " << ValueText(t) << " | " << Cell(t.unit) << " | " << Year(t) << " | " << Cell(t.period) << " | "
         << Cell(t.scope) << " | " << Cell(t.quote) << " |\n";
  }

 private:
  static std::string Cell(const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == '|')
        out += "\\|";
      else if (c == '\n' || c == '\r')
        out += ' ';
      else if (c == '<')
        out += "&lt;";
      else
        out += c;
    }
    return out;
  }
  std::ostream& out_;
};

}  // namespace

const std::vector<std::string>& TargetFormats() {
  static const std::vector<std::string> f = {"table", "csv", "json", "jsonl", "markdown"};
  return f;
}

std::string TargetDocumentId(const Document& doc) {
  if (doc.self.number && !doc.self.number->id.empty()) return doc.self.number->id;
  if (doc.source.path == "-") return "-";
  return std::filesystem::path(doc.source.path).filename().string();
}

Result<std::unique_ptr<Sink>> MakeTargetSink(const std::string& format, std::ostream& out,
                                             const TargetSinkOptions& options) {
  if (format == "table") return std::unique_ptr<Sink>(new TableSink(out));
  if (format == "csv") return std::unique_ptr<Sink>(new CsvSink(out, options.csv_bom));
  if (format == "json") return std::unique_ptr<Sink>(new JsonSink(out));
  if (format == "jsonl") return std::unique_ptr<Sink>(new JsonlSink(out));
  if (format == "markdown") return std::unique_ptr<Sink>(new MarkdownSink(out));
  return Status::InvalidArgument(
      fmt::format("unknown targets format '{}' (table, csv, json, jsonl, markdown)", format));
}

}  // namespace vbtool::print
