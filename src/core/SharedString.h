// An immutable string whose copies share one buffer. Evidence keeps its article id, date and sentence text
// in these: every edge found in a sentence points to the same text instead of holding its own copy, which is
// most of the graph's memory on a large corpus.
//
//   SharedString text(std::string(sentence));
//   Evidence a{.text = text}, b{.text = text};   // one buffer
//   std::string_view view = a.text;              // reads like a string
#pragma once

#include <compare>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace newsgraph {

class SharedString {
 public:
  SharedString() = default;
  SharedString(std::string value)  // NOLINT: implicit, a string is a valid value
      : value_(value.empty() ? nullptr : std::make_shared<const std::string>(std::move(value))) {}
  SharedString(std::string_view value) : SharedString(std::string(value)) {}  // NOLINT
  SharedString(const char* value) : SharedString(std::string(value)) {}       // NOLINT

  const std::string& str() const { return value_ ? *value_ : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.value_ == b.value_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    if (a.value_ == b.value_) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }
  friend std::ostream& operator<<(std::ostream& out, const SharedString& s) { return out << s.str(); }

 private:
  static const std::string& Empty() {
    static const std::string kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::string> value_;
};

}  // namespace newsgraph
