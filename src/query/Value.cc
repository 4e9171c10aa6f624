#include "query/Value.h"

#include <fmt/format.h>

namespace newsgraph {

Value Value::Bool(bool b) {
  Value v;
  v.kind_ = Kind::kBool;
  v.bool_ = b;
  return v;
}

Value Value::Int(std::int64_t i) {
  Value v;
  v.kind_ = Kind::kInt;
  v.int_ = i;
  return v;
}

Value Value::Float(double d) {
  Value v;
  v.kind_ = Kind::kFloat;
  v.float_ = d;
  return v;
}

Value Value::String(std::string s) {
  Value v;
  v.kind_ = Kind::kString;
  v.string_ = std::move(s);
  return v;
}

Value Value::List(std::vector<Value> items) {
  Value v;
  v.kind_ = Kind::kList;
  v.list_ = std::move(items);
  return v;
}

int CompareValues(const Value& a, const Value& b, bool* comparable) {
  *comparable = true;
  if (a.is_number() && b.is_number()) {
    if (a.kind_ == Value::Kind::kInt && b.kind_ == Value::Kind::kInt)
      return (a.int_ > b.int_) - (a.int_ < b.int_);
    double x = a.as_number(), y = b.as_number();
    return (x > y) - (x < y);
  }
  if (a.kind_ != b.kind_ || a.is_null()) {
    *comparable = false;
    return 0;
  }
  switch (a.kind_) {
    case Value::Kind::kBool:
      return static_cast<int>(a.bool_) - static_cast<int>(b.bool_);
    case Value::Kind::kString: {
      int c = a.string_.compare(b.string_);
      return (c > 0) - (c < 0);
    }
    case Value::Kind::kList: {
      for (std::size_t i = 0; i < a.list_.size() && i < b.list_.size(); ++i) {
        int c = CompareValues(a.list_[i], b.list_[i], comparable);
        if (!*comparable || c != 0) return c;
      }
      return (a.list_.size() > b.list_.size()) - (a.list_.size() < b.list_.size());
    }
    default:
      return 0;
  }
}

namespace {

// Rank of a kind in the total order; numbers share one rank so 2 and 2.5 sort together; null sorts last.
int Rank(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::kBool:
      return 0;
    case Value::Kind::kInt:
    case Value::Kind::kFloat:
      return 1;
    case Value::Kind::kString:
      return 2;
    case Value::Kind::kList:
      return 3;
    case Value::Kind::kNull:
      return 4;
  }
  return 4;
}

}  // namespace

bool operator<(const Value& a, const Value& b) {
  int ra = Rank(a.kind_), rb = Rank(b.kind_);
  if (ra != rb) return ra < rb;
  if (a.is_null()) return false;
  if (a.kind_ == Value::Kind::kList) {
    for (std::size_t i = 0; i < a.list_.size() && i < b.list_.size(); ++i) {
      if (a.list_[i] < b.list_[i]) return true;
      if (b.list_[i] < a.list_[i]) return false;
    }
    return a.list_.size() < b.list_.size();
  }
  bool comparable = false;
  return CompareValues(a, b, &comparable) < 0;
}

bool operator==(const Value& a, const Value& b) {
  return !(a < b) && !(b < a);
}

std::string Value::ToText() const {
  switch (kind_) {
    case Kind::kNull:
      return "";
    case Kind::kBool:
      return bool_ ? "true" : "false";
    case Kind::kInt:
      return std::to_string(int_);
    case Kind::kFloat:
      return fmt::format("{:.6g}", float_);
    case Kind::kString:
      return string_;
    case Kind::kList: {
      std::string out;
      for (const Value& item : list_) {
        if (!out.empty()) out += "; ";
        out += item.ToText();
      }
      return out;
    }
  }
  return "";
}

}  // namespace newsgraph
