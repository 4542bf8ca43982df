#include "core/session/dates.hpp"

#include <cctype>
#include <cstdio>

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

namespace {
// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
void civil_from_days(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}
std::string format_date(int y, int m, int d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d-%02d-%04d", d, m, y);
    return buffer;
}
}  // namespace

std::string add_days(const std::string& text, int days) {
    const int key = date_sort_key(text);
    if (key == 0) return text;
    int y = key / 10000, m = key / 100 % 100, d = key % 100;
    civil_from_days(days_from_civil(y, m, d) + days, y, m, d);
    return date_sort_key(format_date(y, m, d)) ? format_date(y, m, d) : text;
}

std::string add_months(const std::string& text, int months) {
    const int key = date_sort_key(text);
    if (key == 0) return text;
    int y = key / 10000, m = key / 100 % 100, d = key % 100;
    int total = y * 12 + (m - 1) + months;
    y = total / 12;
    m = total % 12 + 1;
    while (d > 28 && !date_sort_key(format_date(y, m, d))) --d;  // 31 January + 1 month: 28 February
    return date_sort_key(format_date(y, m, d)) ? format_date(y, m, d) : text;
}

}  // namespace tafel
