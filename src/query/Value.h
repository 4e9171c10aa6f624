// A value in a query: what a property, a literal or a count evaluates to.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph {

class Value {
 public:
  enum class Kind { kNull, kBool, kInt, kFloat, kString, kList };

  Value() = default;
  static Value Bool(bool b);
  static Value Int(std::int64_t i);
  static Value Float(double d);
  static Value String(std::string s);
  static Value List(std::vector<Value> items);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_number() const { return kind_ == Kind::kInt || kind_ == Kind::kFloat; }
  bool as_bool() const { return bool_; }
  std::int64_t as_int() const { return int_; }
  double as_number() const { return kind_ == Kind::kInt ? static_cast<double>(int_) : float_; }
  const std::string& as_string() const { return string_; }
  const std::vector<Value>& as_list() const { return list_; }

  friend int CompareValues(const Value& a, const Value& b, bool* comparable);
  // A total order for sorting, grouping and DISTINCT: kinds first (null last), then values.
  friend bool operator<(const Value& a, const Value& b);
  friend bool operator==(const Value& a, const Value& b);

  // Text for tables and CSV: strings as they are, lists joined by "; ", null as "".
  std::string ToText() const;

 private:
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  std::int64_t int_ = 0;
  double float_ = 0;
  std::string string_;
  std::vector<Value> list_;
};

// Cypher comparison: -1, 0 or 1; `*comparable` is false (the result is null) when the kinds cannot be
// compared.
int CompareValues(const Value& a, const Value& b, bool* comparable);

}  // namespace newsgraph
