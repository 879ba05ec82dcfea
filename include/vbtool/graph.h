// vbtool/graph.h — the citation graph across an archive.
//
// Nodes are documents: those of the archive (with their files) and those that
// are only cited. Edges go from the citing document to the cited one, with the
// relation and the evidence (file, line, quote); relations the text states
// between two other documents are edges too.
//
//   GraphBuilder builder;
//   ForEachDocument(files, rules, {}, [&](const std::string&, Result<Document>&& d) {
//     if (d.ok()) builder.Add(*d);
//   });
//   Graph g = builder.Build();
//   WriteGraph(g, "dot", std::cout);
//
// Node identity. A number alone does not name a document: Party numbers
// restart each term (18-NQ/TW of 2017 and of 2022 differ) and any UBND may
// issue a 153/KH-UBND. Keys therefore carry the year ("25-CT/TW@2023"); when
// one number and year still name several documents, the full date
// ("153/KH-UBND@2023-05-10") or the file ("...#archive/a.txt"). Normative
// numbers carry their year ("27/2023/TT-BYT") and need no suffix. A citation
// that could be either of two documents becomes an ambiguous node
// ("18-NQ/TW?", ambiguous = true, with its candidates) instead of being merged
// wrongly. An archive document without its own number is keyed by its file
// ("file:archive/a.txt").
//
// Determinism: Build() sorts documents by path and everything it returns by
// stable keys, so the graph does not depend on the order documents were added
// in, on the number of threads, or on how the archive was sharded.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "vbtool/document.h"
#include "vbtool/status.h"

namespace vbtool {

/// Where an edge or a conflict was read.
struct Evidence {
  std::string file;     ///< path of the document that says it
  size_t line = 0;      ///< 1-based line in that file
  std::string quote;    ///< the original text (the citation, or the stated relation)
  bool stated = false;  ///< true when the text states it between two OTHER documents
};

struct GraphNode {
  std::string id;      ///< stable key (see above)
  std::string number;  ///< canonical number; empty for a document without one
  std::optional<DocType> type;
  std::optional<DocDate> date;
  std::optional<Issuer> issuer;
  Family family = Family::kUnknown;
  bool in_archive = false;
  std::vector<std::string> paths;  ///< archive files carrying this document (sorted)
  bool ambiguous = false;          ///< a citation that could be any of `candidates`
  std::vector<std::string> candidates;
};

struct GraphEdge {
  std::string from;  ///< node id of the citing (or, for stated edges, acting) document
  std::string to;    ///< node id of the cited document
  Relation relation = Relation::kMentions;
  std::vector<Evidence> evidence;  ///< sorted by file, line
};

/// A contradiction found while joining documents. Kinds (stable):
///   date_mismatch     one document given different dates
///   issuer_mismatch   one document given different issuers
///   number_reused     one number names several documents told apart by date or issuer
///   cites_later       a document cites one dated after itself
///   duplicate_number  two archive files claim the same number
struct GraphConflict {
  std::string kind;
  std::string number;              ///< the number concerned
  std::vector<std::string> nodes;  ///< node ids concerned (sorted)
  std::string message;             ///< plain words
  std::vector<Evidence> evidence;  ///< quote = the value seen there (a date, an issuer)
};

struct Graph {
  std::vector<GraphNode> nodes;          ///< sorted by id
  std::vector<GraphEdge> edges;          ///< sorted by from, to, relation
  std::vector<GraphConflict> conflicts;  ///< sorted by kind, number, nodes, message
  /// The node with this id, or nullptr.
  const GraphNode* Find(const std::string& id) const;
};

/// Collects documents, then joins them into a Graph. Not thread-safe: add
/// documents from one thread (ForEachDocument delivers them on the caller's).
class GraphBuilder {
 public:
  GraphBuilder();
  ~GraphBuilder();
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;

  /// Adds one archive document. Only what the graph needs is kept. A second
  /// document with the same (normalized) path replaces nothing: both are kept
  /// and the one that sorts first is used, so overlapping shards are harmless.
  void Add(const Document& doc);
  /// Number of documents added.
  size_t size() const;
  /// Joins everything added so far.
  Graph Build() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Node ids that `query` names: a node id, a number (all its nodes, e.g. both
/// 18-NQ/TW), or an archive file path. Sorted; empty when nothing matches.
std::vector<std::string> MatchNodes(const Graph& graph, const std::string& query);

/// The part of `graph` within `depth` edges of `seeds`, following edges in both
/// directions; conflicts are kept when they concern a kept node.
Graph Neighbourhood(const Graph& graph, const std::vector<std::string>& seeds, int depth);

/// Writes the graph in `format`: "json" (nodes, edges, conflicts), "dot"
/// (Graphviz), "mermaid" (a flowchart for Markdown) or "csv" (edge list,
/// RFC 4180). Unknown formats are an InvalidArgument error.
Status WriteGraph(const Graph& graph, const std::string& format, std::ostream& out);

/// The formats WriteGraph accepts.
std::vector<std::string> GraphFormats();

}  // namespace vbtool
