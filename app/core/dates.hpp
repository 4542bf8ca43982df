#pragma once
#include <string>

namespace tafel {

// True for a real calendar date written dd-mm-jjjj (the way action cards show dates).
bool is_valid_date(const std::string& text);

// "dd-mm-jjjj" to a number that sorts by date (jjjjmmdd); 0 when not a valid date.
int date_sort_key(const std::string& text);

}  // namespace tafel
