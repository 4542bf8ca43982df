#pragma once
#include <string>

namespace tafel {

// True for a real calendar date written dd-mm-jjjj (the way action cards show dates).
bool is_valid_date(const std::string& text);

// "dd-mm-jjjj" to a number that sorts by date (jjjjmmdd); 0 when not a valid date.
int date_sort_key(const std::string& text);

// A valid date moved by whole days or months ("31-01-2027" + 1 month = "28-02-2027", the last
// day of a shorter month). Returns `text` unchanged when it is not a valid date.
std::string add_days(const std::string& text, int days);
std::string add_months(const std::string& text, int months);

}  // namespace tafel
