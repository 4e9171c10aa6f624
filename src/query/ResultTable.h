// The rows a query returns, and their three renderings: an aligned text table, CSV (RFC 4180) and JSON Lines
// (one object per row, keys in column order).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/Value.h"

namespace newsgraph {

enum class TableFormat { kText, kJson, kCsv };

// "table", "json" (JSON Lines) or "csv".
std::optional<TableFormat> ParseTableFormat(std::string_view name);

class ResultTable {
 public:
  explicit ResultTable(std::vector<std::string> columns) : columns_(std::move(columns)) {}

  void AddRow(std::vector<Value> row) { rows_.push_back(std::move(row)); }

  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<std::vector<Value>>& rows() const { return rows_; }

  // Header, a rule, one line per row (numbers right-aligned), then "(N rows)".
  std::string ToText() const;
  std::string ToCsv() const;
  std::string ToJsonLines() const;
  std::string Render(TableFormat format) const;

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<Value>> rows_;
};

}  // namespace newsgraph
