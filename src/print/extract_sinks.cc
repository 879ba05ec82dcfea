// The sinks of `vbtool extract`: json, jsonl and text.
#include <fmt/format.h>

#include "print/json_doc.h"
#include "vbtool/sink.h"

namespace vbtool {

namespace {

// One object for one document; an array when there are several.
class JsonSink : public Sink {
 public:
  explicit JsonSink(std::ostream& out) : out_(out) {}
  void Write(const Document& doc) override { records_.push_back(print::DocumentToJson(doc)); }
  void WriteError(const FileError& e) override { records_.push_back(print::ErrorToJson(e)); }
  void Finish() override {
    if (records_.size() == 1)
      out_ << print::Dump(records_.front(), 2) << "\n";
    else
      out_ << print::Dump(print::Json(records_), 2) << "\n";
  }

 private:
  std::ostream& out_;
  std::vector<print::Json> records_;
};

// One record per line, streamed.
class JsonlSink : public Sink {
 public:
  explicit JsonlSink(std::ostream& out) : out_(out) {}
  void Write(const Document& doc) override { out_ << Render(doc); }
  std::function<std::string(const Document&)> Renderer() const override { return Render; }
  void WriteRendered(const std::string& text) override { out_ << text; }
  void WriteError(const FileError& e) override { out_ << print::Dump(print::ErrorToJson(e)) << "\n"; }

 private:
  static std::string Render(const Document& doc) { return print::Dump(print::DocumentToJson(doc)) + "\n"; }
  std::ostream& out_;
};

// For a person at a terminal.
class TextSink : public Sink {
 public:
  explicit TextSink(std::ostream& out) : out_(out) {}
  void Write(const Document& doc) override {
    const Identity& s = doc.self;
    if (count_++) out_ << "\n";
    out_ << fmt::format("{}\n", doc.source.path);
    out_ << fmt::format("  number:   {}\n", s.number ? s.number->id : "-");
    out_ << fmt::format("  type:     {}\n", s.type ? s.type->name + " (" + s.type->code + ")" : "-");
    out_ << fmt::format("  date:     {}{}\n", s.date ? s.date->Iso() : "-", s.place.empty() ? "" : ", " + s.place);
    out_ << fmt::format("  issuer:   {}\n", s.issuer ? s.issuer->name : "-");
    if (!s.title.empty()) out_ << fmt::format("  title:    {}\n", s.title);
    for (const auto& g : s.signers)
      out_ << fmt::format("  signer:   {} {} / {} / {}\n", g.mark, g.on_behalf, g.role, g.name.empty() ? "-" : g.name);
    out_ << fmt::format("  references ({}):\n", doc.references.size());
    for (const auto& r : doc.references) {
      out_ << fmt::format("    {:<11} {:<22} {:<10} {}", RelationName(r.relation), r.id, r.date ? r.date->Iso() : "-",
                          r.type ? r.type->name : "-");
      if (r.issuer) out_ << " — " << r.issuer->name;
      out_ << fmt::format("  [line {}]\n", r.mentions.front().line);
    }
    for (const auto& e : doc.edges)
      out_ << fmt::format("  edge: {} {} {}  [line {}]\n", e.from, RelationName(e.relation), e.to, e.line);
    if (!doc.targets.empty()) out_ << fmt::format("  targets ({}):\n", doc.targets.size());
    for (const auto& t : doc.targets)
      out_ << fmt::format("    {} {}{} {}{}  [line {}]\n", t.comparator, t.value, t.unit == "%" ? "%" : " " + t.unit,
                          t.indicator, t.year ? fmt::format(" ({})", *t.year) : "", t.line);
    for (const auto& d : doc.diagnostics)
      out_ << fmt::format("  {}: {} [{}] (line {})\n", d.severity, d.message, d.code, d.line);
  }
  void WriteError(const FileError& e) override {
    if (count_++) out_ << "\n";
    out_ << fmt::format("{}\n  error: {} [{}]\n", e.path, e.message, e.code);
  }

 private:
  std::ostream& out_;
  int count_ = 0;
};

}  // namespace

Result<std::unique_ptr<Sink>> MakeExtractSink(const std::string& format, std::ostream& out) {
  if (format == "json") return std::unique_ptr<Sink>(new JsonSink(out));
  if (format == "jsonl") return std::unique_ptr<Sink>(new JsonlSink(out));
  if (format == "text") return std::unique_ptr<Sink>(new TextSink(out));
  return Status::InvalidArgument(fmt::format("unknown format '{}' (expected json, jsonl or text)", format));
}

}  // namespace vbtool
