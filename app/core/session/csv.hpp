#pragma once
// CSV as Dutch Excel opens it: UTF-8 with BOM, ';'-separated, CRLF, quoted where needed.
#include <string>
#include <vector>

namespace tafel {

// One CSV field, quoted when it holds a separator, a quote or a line break.
std::string csv_field(const std::string& value);
// The byte order mark that makes Excel read a CSV file as UTF-8.
inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";
// One CSV row: fields joined by ';', ended by CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace tafel
