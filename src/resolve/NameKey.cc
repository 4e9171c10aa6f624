#include "resolve/NameKey.h"

#include "text/Fold.h"

namespace newsgraph {

std::string NameKey(std::string_view name) {
  std::string folded = Fold(name);
  std::string key;
  for (char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (alnum) {
      key += c;
    } else if (!key.empty() && key.back() != '_') {
      key += '_';
    }
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

}  // namespace newsgraph
