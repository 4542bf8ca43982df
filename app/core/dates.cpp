#include "core/dates.hpp"

#include <cctype>

namespace tafel {

int date_sort_key(const std::string& t) {
    if (t.size() != 10 || t[2] != '-' || t[5] != '-') return 0;
    for (size_t i : {0, 1, 3, 4, 6, 7, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return 0;
    }
    const int day = std::stoi(t.substr(0, 2)), month = std::stoi(t.substr(3, 2)), year = std::stoi(t.substr(6, 4));
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return 0;
    static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day > last) return 0;
    return year * 10000 + month * 100 + day;
}

bool is_valid_date(const std::string& text) { return date_sort_key(text) != 0; }

}  // namespace tafel
