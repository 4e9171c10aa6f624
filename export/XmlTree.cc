#include "export/XmlTree.h"

#include <optional>

#include "export/Utf8.h"

namespace newsgraph {
namespace {

class Parser {
 public:
  Parser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  Result<XmlElement> Document() {
    SkipMisc();
    XmlElement root;
    if (!LookingAt("<"))
      Fail("expected the root element");
    else if (Element(root)) {
      SkipMisc();
      if (pos_ != text_.size()) Fail("content after the root element");
    }
    if (error_) return *error_;
    return root;
  }

 private:
  bool LookingAt(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }

  // Records the first problem; returns false so that callers can `return Fail(...)`.
  bool Fail(const std::string& message) {
    if (!error_) error_ = Error{ErrorCode::kBadGraph, "XML: " + message, Location{file_, 0, pos_, true}};
    return false;
  }

  void SkipSpace() {
    while (pos_ < text_.size() && std::string_view(" \t\r\n").find(text_[pos_]) != std::string_view::npos)
      ++pos_;
  }

  // Skips white space, comments and processing instructions (the XML declaration) between elements.
  void SkipMisc() {
    for (;;) {
      SkipSpace();
      if (LookingAt("<?")) {
        pos_ = Find("?>", 2);
      } else if (LookingAt("<!--")) {
        pos_ = Find("-->", 3);
      } else {
        return;
      }
    }
  }

  std::size_t Find(std::string_view end, std::size_t length) {
    std::size_t at = text_.find(end, pos_);
    return at == std::string_view::npos ? text_.size() : at + length;
  }

  std::string Name() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && std::string_view(" \t\r\n/>=").find(text_[pos_]) == std::string_view::npos)
      ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  // Decodes character data up to `stop`, resolving references.
  bool CharacterData(std::string& out, char stop) {
    while (pos_ < text_.size() && text_[pos_] != stop) {
      if (text_[pos_] != '&') {
        out += text_[pos_++];
        continue;
      }
      std::size_t semicolon = text_.find(';', pos_);
      if (semicolon == std::string_view::npos) return Fail("unterminated reference");
      std::string_view ref = text_.substr(pos_ + 1, semicolon - pos_ - 1);
      if (ref == "amp")
        out += '&';
      else if (ref == "lt")
        out += '<';
      else if (ref == "gt")
        out += '>';
      else if (ref == "quot")
        out += '"';
      else if (ref == "apos")
        out += '\'';
      else if (ref.size() > 1 && ref[0] == '#') {
        bool hex = ref[1] == 'x';
        unsigned long code = 0;
        try {
          code = std::stoul(std::string(ref.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10);
        } catch (const std::exception&) {
          return Fail("bad character reference");
        }
        if (code > 0x10FFFF) return Fail("bad character reference");
        AppendUtf8(out, static_cast<char32_t>(code));
      } else {
        return Fail("unknown entity &" + std::string(ref) + ";");
      }
      pos_ = semicolon + 1;
    }
    return true;
  }

  bool Element(XmlElement& element) {
    // Our files nest four deep; a hostile file must not exhaust the stack.
    if (++depth_ > kMaxDepth) return Fail("elements nested too deep");
    ++pos_;  // '<'
    element.name = Name();
    if (element.name.empty()) return Fail("expected an element name");
    for (;;) {
      SkipSpace();
      if (LookingAt("/>")) {
        pos_ += 2;
        --depth_;
        return true;
      }
      if (LookingAt(">")) {
        ++pos_;
        break;
      }
      std::string key = Name();
      SkipSpace();
      if (key.empty() || !LookingAt("=")) return Fail("malformed attribute");
      ++pos_;
      SkipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\''))
        return Fail("unquoted attribute");
      char quote = text_[pos_++];
      std::string value;
      if (!CharacterData(value, quote)) return false;
      if (pos_ >= text_.size()) return Fail("unterminated attribute");
      ++pos_;
      element.attributes[key] = std::move(value);
    }
    for (;;) {
      if (pos_ >= text_.size()) return Fail("unterminated element <" + element.name + ">");
      if (LookingAt("</")) {
        pos_ += 2;
        if (Name() != element.name) return Fail("mismatched end tag for <" + element.name + ">");
        SkipSpace();
        if (!LookingAt(">")) return Fail("malformed end tag");
        ++pos_;
        --depth_;
        return true;
      }
      if (LookingAt("<!--")) {
        pos_ = Find("-->", 3);
      } else if (LookingAt("<![CDATA[")) {
        std::size_t end = text_.find("]]>", pos_);
        if (end == std::string_view::npos) return Fail("unterminated CDATA");
        element.text += text_.substr(pos_ + 9, end - pos_ - 9);
        pos_ = end + 3;
      } else if (LookingAt("<?")) {
        pos_ = Find("?>", 2);
      } else if (LookingAt("<")) {
        element.children.emplace_back();
        if (!Element(element.children.back())) return false;
      } else if (!CharacterData(element.text, '<')) {
        return false;
      }
    }
  }

  std::string_view text_;
  std::string file_;
  std::size_t pos_ = 0;
  static constexpr int kMaxDepth = 256;
  int depth_ = 0;
  std::optional<Error> error_;
};

}  // namespace

std::string XmlElement::Attribute(const std::string& key) const {
  auto it = attributes.find(key);
  return it == attributes.end() ? "" : it->second;
}

Result<XmlElement> ParseXml(std::string_view text, const std::string& file) {
  return Parser(text, file).Document();
}

}  // namespace newsgraph
