#include "query/ResultTable.h"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace newsgraph {
namespace {

// Width in characters (UTF-8 code points): French labels carry accents.
std::size_t Width(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A table cell stays on one line.
std::string Cell(const Value& v) {
  std::string text = v.ToText();
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteJson(rapidjson::Writer<rapidjson::StringBuffer>& writer, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      writer.Null();
      break;
    case Value::Kind::kBool:
      writer.Bool(v.as_bool());
      break;
    case Value::Kind::kInt:
      writer.Int64(v.as_int());
      break;
    case Value::Kind::kFloat:
      writer.Double(v.as_number());
      break;
    case Value::Kind::kString:
      writer.String(v.as_string().c_str(), static_cast<rapidjson::SizeType>(v.as_string().size()));
      break;
    case Value::Kind::kList:
      writer.StartArray();
      for (const Value& item : v.as_list()) WriteJson(writer, item);
      writer.EndArray();
      break;
  }
}

}  // namespace

std::optional<TableFormat> ParseTableFormat(std::string_view name) {
  if (name == "table") return TableFormat::kText;
  if (name == "json") return TableFormat::kJson;
  if (name == "csv") return TableFormat::kCsv;
  return std::nullopt;
}

std::string ResultTable::Render(TableFormat format) const {
  switch (format) {
    case TableFormat::kText:
      return ToText();
    case TableFormat::kJson:
      return ToJsonLines();
    case TableFormat::kCsv:
      return ToCsv();
  }
  return "";
}

std::string ResultTable::ToText() const {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const std::string& c : columns_) widths.push_back(Width(c));
  for (const auto& row : rows_) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(Cell(row[i]));
      widths[i] = std::max(widths[i], Width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto pad = [](const std::string& s, std::size_t width, bool right) {
    std::string fill(width - Width(s), ' ');
    return right ? fill + s : s + fill;
  };
  auto emit = [](std::string& out, std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  std::string out, header, rule;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) {
      header += "  ";
      rule += "  ";
    }
    header += pad(columns_[i], widths[i], false);
    rule += std::string(widths[i], '-');
  }
  emit(out, header);
  emit(out, rule);
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < cells[r].size(); ++i) {
      if (i) line += "  ";
      line += pad(cells[r][i], widths[i], rows_[r][i].is_number());
    }
    emit(out, line);
  }
  out += fmt::format("({} row{})\n", rows_.size(), rows_.size() == 1 ? "" : "s");
  return out;
}

std::string ResultTable::ToCsv() const {
  std::string out;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) out += ',';
    out += CsvField(columns_[i]);
  }
  out += "\r\n";
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += CsvField(row[i].ToText());
    }
    out += "\r\n";
  }
  return out;
}

std::string ResultTable::ToJsonLines() const {
  std::string out;
  for (const auto& row : rows_) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    for (std::size_t i = 0; i < row.size(); ++i) {
      writer.Key(columns_[i].c_str(), static_cast<rapidjson::SizeType>(columns_[i].size()));
      WriteJson(writer, row[i]);
    }
    writer.EndObject();
    out += buffer.GetString();
    out += '\n';
  }
  return out;
}

}  // namespace newsgraph
