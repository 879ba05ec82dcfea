// Decode(): raw bytes → UTF-8 with a map back to the original bytes.
// UTF-8 (with or without BOM) and UTF-16 with BOM are detected; other
// encodings are decoded with ICU converters when the caller names them.
#include <fmt/format.h>
#include <iconv.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "vbtool/text.h"

namespace vbtool {

namespace {

// Line and column (in code points) of byte `offset` in `bytes`.
Location Where(const std::string& path, std::string_view bytes, size_t offset) {
  Location l{path, 1, 1, offset};
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') ++l.line, line_start = i + 1;
  for (size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++l.column;
  return l;
}

void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  [[maybe_unused]] UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
  out.append(buf, n);
}

Result<DecodedText> DecodeUtf16(DecodedText d, bool big_endian) {
  const std::string& b = d.original;
  size_t units = (b.size() - 2) / 2;
  auto unit = [&](size_t i) -> UChar {
    unsigned char x = b[2 + 2 * i], y = b[3 + 2 * i];
    return big_endian ? UChar((x << 8) | y) : UChar((y << 8) | x);
  };
  d.encoding = big_endian ? "utf-16be" : "utf-16le";
  d.to_original.reserve(b.size());
  for (size_t i = 0; i < units;) {
    size_t start = i;
    UChar32 c = unit(i++);
    if (U16_IS_LEAD(c) && i < units && U16_IS_TRAIL(unit(i))) {
      c = U16_GET_SUPPLEMENTARY(c, unit(i));
      ++i;
    } else if (U16_IS_SURROGATE(c)) {
      c = 0xFFFD;
      d.replaced = true;
    }
    size_t before = d.utf8.size();
    AppendUtf8(d.utf8, c);
    for (size_t k = before; k < d.utf8.size(); ++k) d.to_original.push_back(uint32_t(2 + 2 * start));
  }
  d.to_original.push_back(uint32_t(b.size()));
  return d;
}

Result<DecodedText> DecodeWithIcu(DecodedText d, const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(name.c_str(), &err), ucnv_close);
  if (U_FAILURE(err)) return Status::InvalidArgument(fmt::format("unknown encoding '{}'", name));
  const std::string& b = d.original;
  std::vector<UChar> u(b.size() * 2 + 16);
  std::vector<int32_t> offsets(u.size());
  const char* src = b.data();
  UChar* target = u.data();
  ucnv_toUnicode(conv.get(), &target, u.data() + u.size(), &src, b.data() + b.size(), offsets.data(), true, &err);
  if (U_FAILURE(err)) return Status::BadEncoding(Location{d.path}, fmt::format("cannot decode as {}", name));
  size_t n = target - u.data();
  d.encoding = name;
  for (size_t i = 0; i < n;) {
    size_t start = i;
    UChar32 c;
    U16_NEXT(u.data(), i, n, c);
    size_t before = d.utf8.size();
    AppendUtf8(d.utf8, c);
    for (size_t k = before; k < d.utf8.size(); ++k) d.to_original.push_back(uint32_t(offsets[start]));
  }
  d.to_original.push_back(uint32_t(b.size()));
  return d;
}

// Single-byte Vietnamese encodings ICU lacks (TCVN3/ABC, VISCII), decoded
// byte by byte through glibc iconv so every byte keeps its offset.
const char* IconvName(const std::string& name) {
  if (name == "tcvn3" || name == "tcvn" || name == "abc" || name == "tcvn5712-1") return "TCVN5712-1";
  if (name == "viscii") return "VISCII";
  return nullptr;
}

// UTF-8 of every byte of a single-byte encoding, through glibc iconv.
std::optional<std::array<std::string, 256>> ByteTable(const char* iconv_name) {
  std::array<std::string, 256> table;
  iconv_t cd = iconv_open("UTF-8", iconv_name);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  for (int b = 0; b < 256; ++b) {
    char in = static_cast<char>(b), out[16];
    char* ip = &in;
    char* op = out;
    size_t il = 1, ol = sizeof out;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    if (iconv(cd, &ip, &il, &op, &ol) != static_cast<size_t>(-1)) {
      // Flush any pending (combining) state.
      iconv(cd, nullptr, nullptr, &op, &ol);
      table[b].assign(out, op - out);
    } else {
      table[b] = "\xEF\xBF\xBD";
    }
  }
  iconv_close(cd);
  return table;
}

Result<DecodedText> DecodeSingleByte(DecodedText d, const std::string& name, const char* iconv_name) {
  auto table = ByteTable(iconv_name);
  if (!table) return Status::InvalidArgument(fmt::format("unknown encoding '{}'", name));
  d.encoding = name;
  d.utf8.reserve(d.original.size() * 2);
  d.to_original.reserve(d.original.size() * 2 + 1);
  for (size_t i = 0; i < d.original.size(); ++i) {
    const std::string& u = (*table)[static_cast<unsigned char>(d.original[i])];
    d.utf8 += u;
    for (size_t k = 0; k < u.size(); ++k) d.to_original.push_back(uint32_t(i));
  }
  d.to_original.push_back(uint32_t(d.original.size()));
  return d;
}

// VNI-Windows (VNI fonts): an ASCII vowel followed by a modifier byte for its
// tone and shape ("Vieät" = Việt, "caùc" = các), a few letters of their own
// (ô = ơ, ö = ư, ñ = đ, æ = ỉ...), Windows-1252 for the rest. Neither ICU nor
// iconv has it. The marks come out as combining characters; Normalize()
// composes them (NFC). Lower-case bytes; the upper-case byte is 0x20 less.
struct VniByte {
  unsigned char byte;
  UChar32 letter;    // a letter of its own, or 0
  UChar32 marks[2];  // combining marks after a vowel, or {0, 0}
};
constexpr VniByte kVni[] = {
    {0xF9, 0, {0x301, 0}},     {0xF8, 0, {0x300, 0}},     {0xFB, 0, {0x309, 0}},     {0xF5, 0, {0x303, 0}},
    {0xEF, 0, {0x323, 0}},     {0xE2, 0, {0x302, 0}},     {0xE1, 0, {0x302, 0x301}}, {0xE0, 0, {0x302, 0x300}},
    {0xE5, 0, {0x302, 0x309}}, {0xE3, 0, {0x302, 0x303}}, {0xE4, 0, {0x302, 0x323}}, {0xEA, 0, {0x306, 0}},
    {0xE9, 0, {0x306, 0x301}}, {0xE8, 0, {0x306, 0x300}}, {0xFA, 0, {0x306, 0x309}}, {0xFC, 0, {0x306, 0x303}},
    {0xEB, 0, {0x306, 0x323}}, {0xF4, 0x1A1, {0, 0}},     {0xF6, 0x1B0, {0, 0}},     {0xF1, 0x111, {0, 0}},
    {0xED, 0xED, {0, 0}},      {0xEC, 0xEC, {0, 0}},      {0xE6, 0x1EC9, {0, 0}},    {0xF3, 0x129, {0, 0}},
    {0xF2, 0x1ECB, {0, 0}},    {0xEE, 0x1EF5, {0, 0}},
};

const VniByte* FindVni(unsigned char b) {
  unsigned char lower = (b >= 0xC0 && b <= 0xDF) ? b + 0x20 : b;
  for (const VniByte& v : kVni)
    if (v.byte == lower) return &v;
  return nullptr;
}

// A vowel that VNI modifier bytes may follow (ơ and ư come from their own bytes).
bool VniBase(UChar32 c) {
  return c > 0 && c < 0x80 ? std::string_view("aeiouyAEIOUY").find(static_cast<char>(c)) != std::string_view::npos
                           : c == 0x1A1 || c == 0x1A0 || c == 0x1B0 || c == 0x1AF;
}

Result<DecodedText> DecodeVni(DecodedText d) {
  auto cp1252 = ByteTable("CP1252");
  if (!cp1252) return Status::InvalidArgument("unknown encoding 'vni'");
  d.encoding = "vni";
  d.utf8.reserve(d.original.size() * 2);
  d.to_original.reserve(d.original.size() * 2 + 1);
  UChar32 prev = 0;
  auto emit = [&](UChar32 c, size_t at) {
    size_t before = d.utf8.size();
    AppendUtf8(d.utf8, c);
    for (size_t k = before; k < d.utf8.size(); ++k) d.to_original.push_back(uint32_t(at));
    prev = c;
  };
  for (size_t i = 0; i < d.original.size(); ++i) {
    unsigned char b = d.original[i];
    const VniByte* v = b >= 0x80 ? FindVni(b) : nullptr;
    if (v && v->letter) {
      UChar32 c = v->letter;
      if (b < 0xE0) c = u_toupper(c);
      emit(c, i);
    } else if (v && VniBase(prev)) {
      for (UChar32 m : v->marks)
        if (m) emit(m, i);
      prev = 0;  // one modifier per vowel
    } else {
      const std::string& u = (*cp1252)[b];
      d.utf8 += u;
      for (size_t k = 0; k < u.size(); ++k) d.to_original.push_back(uint32_t(i));
      prev = b;
    }
  }
  d.to_original.push_back(uint32_t(d.original.size()));
  return d;
}

// For --encoding auto on bytes that are not UTF-8: Windows-1258 writes tone
// marks as combining bytes after a vowel; VNI writes a modifier byte after an
// ASCII vowel ("caùc"); TCVN3 replaces the vowel by a precomposed high byte,
// which mostly follows a consonant ("c¸c").
std::string GuessLegacy(const std::string& b) {
  size_t cp1258 = 0, vni = 0, high = 0;
  auto vowel = [](char c) { return std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos; };
  for (size_t i = 0; i < b.size(); ++i) {
    unsigned char c = b[i];
    if (c < 0x80) continue;
    ++high;
    unsigned char p = i > 0 ? b[i - 1] : 0;
    if ((c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2) && i > 0 && (vowel(p) || p >= 0xC0)) ++cp1258;
    const VniByte* v = FindVni(c);
    if (v && !v->letter && (vowel(p) || p == 0xF4 || p == 0xF6 || p == 0xD4 || p == 0xD6)) ++vni;
  }
  if (vni > cp1258 && vni * 2 >= high) return "vni";
  return cp1258 * 3 >= high && cp1258 > 0 ? "windows-1258" : "tcvn3";
}

// Lines of TCVN3 (ABC) text that a Latin-1 reading turned into other letters
// before the page was saved as UTF-8 ("Phßng Gi¸o dôc & §µo t¹o"): each
// character below U+0100 there is its TCVN3 byte again. A line is such a
// line when at least two of its characters are Latin-1 signs or letters
// Vietnamese does not write with ("¸", "µ", "§", "ß", "Ö"), next to a letter,
// and it holds no letter of Vietnamese's own (above U+00FF); a line with only
// letters both read ("Sè: /KH-THCS") is one when the lines around it are.
bool VietnameseLatin1(UChar32 c) {
  static constexpr std::u32string_view kLetters = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  return kLetters.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

bool LegacySign(UChar32 c) {
  // Not the signs a modern text uses as such: « » © ® ° ± · × ÷ and Ð/ð (read as Đ/đ).
  static constexpr std::u32string_view kModern = U"«»©®°±·×÷Ðð";
  return c >= 0xA1 && c <= 0xFF && !VietnameseLatin1(c) && kModern.find(static_cast<char32_t>(c)) == std::u32string_view::npos;
}

enum class LineKind { kBlank, kModern, kLegacy, kNeutral };

LineKind Classify(std::string_view line, bool* has_high) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(line.data());
  int32_t len = static_cast<int32_t>(line.size());
  int signs = 0;
  bool blank = true;
  UChar32 prev = ' ';
  *has_high = false;
  auto letter = [](UChar32 x) { return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= 0xC0 && x <= 0xFF); };
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) c = 0xFFFD;
    if (c >= 0x100 && (c < 0x2000 || c > 0x206F) && c != 0xFEFF && c != 0xFFFD && c != 0x20AC)
      return LineKind::kModern;  // a Vietnamese letter, a combining mark... (not punctuation)
    if (c != ' ' && c != '\t' && c != '\r') blank = false;
    if (c >= 0x80 && c <= 0xFF) *has_high = true;
    // A sign next to a letter: "Gi¸o", "§µo".
    UChar32 next = ' ';
    if (i < len) {
      int32_t j = i;
      U8_NEXT(s, j, len, next);
    }
    if (LegacySign(c) && (letter(prev) || letter(next))) ++signs;
    prev = c;
  }
  if (blank) return LineKind::kBlank;
  return signs >= 2 ? LineKind::kLegacy : LineKind::kNeutral;
}

void RepairLegacyLines(DecodedText* d) {
  const std::string& u = d->utf8;
  // Latin-1 characters above 0x9F are C2 A0..BF and C3 xx in UTF-8.
  if (u.find('\xC2') == std::string::npos && u.find('\xC3') == std::string::npos) return;
  struct Line {
    size_t begin, end;
    LineKind kind;
    bool high;
  };
  std::vector<Line> lines;
  bool any = false;
  for (size_t b = 0; b <= u.size();) {
    size_t e = u.find('\n', b);
    if (e == std::string::npos) e = u.size();
    Line l{b, e, LineKind::kBlank, false};
    l.kind = Classify(std::string_view(u).substr(b, e - b), &l.high);
    any = any || l.kind == LineKind::kLegacy;
    lines.push_back(l);
    b = e + 1;
  }
  if (!any) return;
  static const std::optional<std::array<std::string, 256>> table = ByteTable("TCVN5712-1");
  if (!table) return;
  std::vector<bool> repair(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kLegacy) {
      repair[i] = true;
    } else if (lines[i].kind == LineKind::kNeutral && lines[i].high) {
      size_t a = i, z = i;
      while (a > 0 && lines[a - 1].kind == LineKind::kBlank) --a;
      while (z + 1 < lines.size() && lines[z + 1].kind == LineKind::kBlank) ++z;
      repair[i] = a > 0 && z + 1 < lines.size() && lines[a - 1].kind == LineKind::kLegacy &&
                  lines[z + 1].kind == LineKind::kLegacy;
    }
  }
  std::string out;
  std::vector<uint32_t> map;
  out.reserve(u.size() + u.size() / 8);
  map.reserve(u.size() + u.size() / 8 + 1);
  auto copy = [&](size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) map.push_back(uint32_t(d->OriginalOffset(k)));
    out.append(u, b, e - b);
  };
  size_t done = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!repair[i]) continue;
    copy(done, lines[i].begin);
    const uint8_t* s = reinterpret_cast<const uint8_t*>(u.data());
    int32_t len = static_cast<int32_t>(lines[i].end);
    for (int32_t k = static_cast<int32_t>(lines[i].begin); k < len;) {
      int32_t start = k;
      UChar32 c;
      U8_NEXT(s, k, len, c);
      if (c >= 0x80 && c <= 0xFF) {
        const std::string& r = (*table)[static_cast<size_t>(c)];
        for (size_t j = 0; j < r.size(); ++j) map.push_back(uint32_t(d->OriginalOffset(start)));
        out += r;
      } else {
        copy(start, k);
      }
    }
    done = lines[i].end;
    d->legacy_lines.push_back(d->OriginalOffset(lines[i].begin));
  }
  copy(done, u.size());
  map.push_back(uint32_t(d->OriginalOffset(u.size())));
  d->utf8 = std::move(out);
  d->to_original = std::move(map);
}

}  // namespace

Result<DecodedText> Decode(std::string bytes, const std::string& path, const DecodeOptions& options) {
  DecodedText d;
  d.path = path;
  d.original = std::move(bytes);
  const std::string& b = d.original;
  auto starts = [&](std::string_view p) { return b.compare(0, p.size(), p) == 0; };

  std::string enc = options.encoding;
  for (auto& c : enc) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  if (enc == "auto") {
    // UTF-8 or UTF-16 when the bytes say so, else a legacy Vietnamese encoding.
    DecodeOptions strict;
    auto utf = Decode(d.original, path, strict);
    if (utf.ok() || utf.status().code() == Status::Code::kBinary) return utf;
    enc = GuessLegacy(d.original);
  }
  if (!enc.empty() && enc != "utf-8" && enc != "utf8") {
    if (enc == "vni" || enc == "vni-windows") return DecodeVni(std::move(d));
    if (const char* iconv_name = IconvName(enc)) return DecodeSingleByte(std::move(d), enc, iconv_name);
    return DecodeWithIcu(std::move(d), enc);
  }
  if (b.size() >= 2 && (starts("\xFF\xFE") || starts("\xFE\xFF"))) return DecodeUtf16(std::move(d), starts("\xFE\xFF"));

  if (b.find('\0') != std::string::npos) {
    size_t at = b.find('\0');
    return Status::Binary(path, fmt::format("binary file (NUL byte at offset {}), not a text document", at));
  }
  d.encoding = "utf-8";
  if (starts("\xEF\xBB\xBF")) d.shift = 3, d.encoding = "utf-8-bom";

  // Validate; on the first invalid byte either fail or switch to lossy copy.
  const uint8_t* s = reinterpret_cast<const uint8_t*>(b.data());
  int32_t len = static_cast<int32_t>(b.size());
  int32_t i = static_cast<int32_t>(d.shift);
  // Fast path: ASCII and valid sequences need no copy or map.
  while (i < len) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      if (!options.lossy) {
        Location at = Where(path, b, start);
        return Status::BadEncoding(
            at, fmt::format("invalid UTF-8 byte 0x{:02X} at offset {} (use --lossy to replace it, or --encoding "
                            "to name the file's encoding)",
                            s[start], start));
      }
      i = start;
      break;
    }
  }
  if (i >= len) {
    d.utf8.assign(b, d.shift, std::string::npos);
    RepairLegacyLines(&d);
    return d;
  }
  // Lossy: copy with replacement characters and a full map.
  d.replaced = true;
  d.utf8.reserve(b.size());
  d.to_original.reserve(b.size() + 1);
  for (int32_t k = static_cast<int32_t>(d.shift); k < len;) {
    int32_t start = k;
    UChar32 c;
    U8_NEXT(s, k, len, c);
    if (c < 0) c = 0xFFFD;
    size_t before = d.utf8.size();
    AppendUtf8(d.utf8, c);
    for (size_t j = before; j < d.utf8.size(); ++j) d.to_original.push_back(uint32_t(start));
  }
  d.to_original.push_back(uint32_t(b.size()));
  RepairLegacyLines(&d);
  return d;
}

}  // namespace vbtool
