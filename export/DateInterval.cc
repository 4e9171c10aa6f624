#include "export/DateInterval.h"

#include <fmt/format.h>

namespace newsgraph {
namespace {

std::optional<int> Digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<std::pair<std::string, std::string>> DateInterval(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return std::nullopt;
  std::optional<int> year = Digits(date.substr(0, 4));
  if (!year) return std::nullopt;
  if (date.size() == 4)
    return std::pair{fmt::format("{:04}-01-01", *year), fmt::format("{:04}-12-31", *year)};
  if (date[4] != '-') return std::nullopt;
  std::optional<int> month = Digits(date.substr(5, 2));
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  int last_day = DaysInMonth(*year, *month);
  if (date.size() == 7)
    return std::pair{fmt::format("{:04}-{:02}-01", *year, *month),
                     fmt::format("{:04}-{:02}-{:02}", *year, *month, last_day)};
  if (date[7] != '-') return std::nullopt;
  std::optional<int> day = Digits(date.substr(8, 2));
  if (!day || *day < 1 || *day > last_day) return std::nullopt;
  std::string full(date);
  return std::pair{full, full};
}

}  // namespace newsgraph
