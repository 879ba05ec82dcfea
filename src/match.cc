#include "match.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace vbtool::internal {

namespace {
RE2::Options RuleOptions() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);  // large alternations of names and units
  return o;
}
}  // namespace

struct Regex::Impl {
  explicit Impl(const std::string& p) : re(p, RuleOptions()) {}
  RE2 re;
};

Regex::~Regex() = default;

Result<std::shared_ptr<const Regex>> Regex::Compile(const std::string& pattern) {
  std::shared_ptr<Regex> r(new Regex());
  r->impl_ = std::make_unique<Impl>(pattern);
  if (!r->impl_->re.ok()) {
    std::string why = r->impl_->re.error();
    return Status::InvalidArgument(why);
  }
  r->pattern_ = pattern;
  r->ngroups_ = r->impl_->re.NumberOfCapturingGroups();
  for (const auto& [name, idx] : r->impl_->re.NamedCapturingGroups()) r->names_[name] = idx;
  return std::shared_ptr<const Regex>(std::move(r));
}

bool Regex::Search(std::string_view text, size_t from, size_t to, bool anchored, Hit* hit) const {
  if (to > text.size()) to = text.size();
  if (from > to) return false;
  // No heap allocation for the usual handful of groups.
  re2::StringPiece small[16];
  std::vector<re2::StringPiece> large;
  re2::StringPiece* sub = small;
  if (ngroups_ + 1 > 16) {
    large.resize(ngroups_ + 1);
    sub = large.data();
  }
  re2::StringPiece input(text.data(), text.size());
  if (!impl_->re.Match(input, from, to, anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, sub, ngroups_ + 1))
    return false;
  hit->begin = sub[0].data() - text.data();
  hit->end = hit->begin + sub[0].size();
  hit->groups.assign(ngroups_ + 1, {Hit::npos, Hit::npos});
  for (int i = 1; i <= ngroups_; ++i) {
    if (sub[i].data() == nullptr) continue;
    size_t b = sub[i].data() - text.data();
    hit->groups[i] = {b, b + sub[i].size()};
  }
  return true;
}

bool Regex::SearchSpan(std::string_view text, size_t from, size_t to, Hit* hit) const {
  if (to > text.size()) to = text.size();
  if (from > to) return false;
  size_t lo = from > 0 ? from - 1 : 0, hi = to < text.size() ? to + 1 : to;
  if (!Search(text.substr(lo, hi - lo), from - lo, to - lo, true, hit)) return false;
  hit->begin += lo, hit->end += lo;
  for (auto& [b, e] : hit->groups)
    if (b != Hit::npos) b += lo, e += lo;
  return true;
}

bool Regex::SearchBounds(std::string_view text, size_t from, size_t to, size_t* begin, size_t* end) const {
  if (to > text.size()) to = text.size();
  if (from > to) return false;
  re2::StringPiece whole;
  if (!impl_->re.Match(re2::StringPiece(text.data(), text.size()), from, to, RE2::UNANCHORED, &whole, 1)) return false;
  *begin = whole.data() - text.data();
  *end = *begin + whole.size();
  return true;
}

bool Regex::MatchAt(std::string_view text, size_t at, size_t to, size_t* end) const {
  if (to > text.size()) to = text.size();
  if (at > to) return false;
  re2::StringPiece whole;
  if (!impl_->re.Match(re2::StringPiece(text.data(), text.size()), at, to, RE2::ANCHOR_START, end ? &whole : nullptr,
                       end ? 1 : 0))
    return false;
  if (end) *end = at + whole.size();
  return true;
}

std::vector<Hit> Regex::FindAll(std::string_view text, size_t from, size_t to) const {
  std::vector<Hit> out;
  if (to > text.size()) to = text.size();
  Hit h;
  while (from <= to && Search(text, from, to, false, &h)) {
    size_t next = h.end > h.begin ? h.end : h.end + 1;
    out.push_back(std::move(h));
    h = Hit();
    // Step over a whole UTF-8 sequence after an empty match.
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    from = next;
  }
  return out;
}

int Regex::Group(const std::string& name) const {
  auto it = names_.find(name);
  return it == names_.end() ? -1 : it->second;
}

std::string_view Regex::GroupText(std::string_view text, const Hit& hit, const std::string& name) const {
  int g = Group(name);
  if (!hit.has(g)) return {};
  return text.substr(hit.groups[g].first, hit.groups[g].second - hit.groups[g].first);
}

struct RegexSet::Impl {
  explicit Impl(bool anchored) : set(RuleOptions(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED) {}
  RE2::Set set;
  bool compiled = false;
};

RegexSet::RegexSet(bool anchored) : impl_(std::make_unique<Impl>(anchored)) {}
RegexSet::~RegexSet() = default;

Result<int> RegexSet::Add(const std::string& pattern) {
  std::string error;
  int i = impl_->set.Add(pattern, &error);
  if (i < 0) return Status::InvalidArgument(error);
  return i;
}

bool RegexSet::Compile() { return impl_->compiled = impl_->set.Compile(); }

std::vector<int> RegexSet::Match(std::string_view text) const {
  std::vector<int> v;
  if (!impl_->compiled) return v;
  impl_->set.Match(re2::StringPiece(text.data(), text.size()), &v);
  std::sort(v.begin(), v.end());
  return v;
}

std::string QuoteRegex(std::string_view s) { return RE2::QuoteMeta(re2::StringPiece(s.data(), s.size())); }

}  // namespace vbtool::internal
