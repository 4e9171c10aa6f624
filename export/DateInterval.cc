#include "export/DateInterval.h"

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

// The year and month, checked to be digits, are written back as the date has them (what "{:04}" and "{:02}"
// made of their values), without formatting: an export to GEXF asks for the interval of each date of each
// edge.
std::optional<std::pair<std::string, std::string>> DateInterval(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return std::nullopt;
  std::optional<int> year = Digits(date.substr(0, 4));
  if (!year) return std::nullopt;
  const auto with = [&](std::string_view end) { return std::string(date).append(end); };
  if (date.size() == 4) return std::pair{with("-01-01"), with("-12-31")};
  if (date[4] != '-') return std::nullopt;
  std::optional<int> month = Digits(date.substr(5, 2));
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  int last_day = DaysInMonth(*year, *month);
  if (date.size() == 7) {
    const char last[] = {'-', static_cast<char>('0' + last_day / 10), static_cast<char>('0' + last_day % 10)};
    return std::pair{with("-01"), with(std::string_view(last, 3))};
  }
  if (date[7] != '-') return std::nullopt;
  std::optional<int> day = Digits(date.substr(8, 2));
  if (!day || *day < 1 || *day > last_day) return std::nullopt;
  std::string full(date);
  return std::pair{full, full};
}

}  // namespace newsgraph
