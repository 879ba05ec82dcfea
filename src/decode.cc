// Decode(): raw bytes → UTF-8 with a map back to the original bytes.
// UTF-8 (with or without BOM) and UTF-16 with BOM are detected; other
// encodings are decoded with ICU converters when the caller names them.
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <fmt/format.h>

#include <memory>

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
  UBool err = false;
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

}  // namespace

Result<DecodedText> Decode(std::string bytes, const std::string& path, const DecodeOptions& options) {
  DecodedText d;
  d.path = path;
  d.original = std::move(bytes);
  const std::string& b = d.original;
  auto starts = [&](std::string_view p) { return b.compare(0, p.size(), p) == 0; };

  if (!options.encoding.empty() && options.encoding != "utf-8" && options.encoding != "utf8")
    return DecodeWithIcu(std::move(d), options.encoding);
  if (b.size() >= 2 && (starts("\xFF\xFE") || starts("\xFE\xFF")))
    return DecodeUtf16(std::move(d), starts("\xFE\xFF"));

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
  return d;
}

}  // namespace vbtool
