// Printers: JSON serialization never aborts on a bad string.
#include <doctest/doctest.h>

#include "print/json_doc.h"

using namespace vbtool;

TEST_CASE("print: invalid UTF-8 in a field becomes U+FFFD, the record is still written") {
  Document d;
  d.source.path = "bad.txt";
  d.self.title = std::string("Kế hoạch \xC3");  // a character cut in half
  std::string line = print::Dump(print::DocumentToJson(d));
  CHECK(line.find("\"title\":\"Kế hoạch \xEF\xBF\xBD\"") != std::string::npos);
}
