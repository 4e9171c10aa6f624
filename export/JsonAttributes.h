// The nodes and edges of the JSON exports, written straight into a TextSink by RapidJSON; shared by the
// node-link and Cytoscape.js writers.
#pragma once

#include <rapidjson/prettywriter.h>

#include <cassert>
#include <memory>
#include <string_view>
#include <utility>

#include "export/AttributeTable.h"
#include "export/InOrder.h"
#include "export/PlainTexts.h"
#include "export/RapidJsonSink.h"
#include "export/RoomWriter.h"
#include "export/TextSink.h"

namespace newsgraph {

// RapidJSON's pretty writer into a TextSink, which can also take a value laid out by hand (the evidence).
class PrettyJson : public rapidjson::PrettyWriter<TextSink> {
 public:
  using PrettyWriter::PrettyWriter;
  // A string, or a member name, laid out as PrettyWriter lays it out, the separator, indent and escaped text
  // appended at once rather than character by character.
  bool String(std::string_view text);
  bool String(const Ch* text, rapidjson::SizeType length, bool = false) {
    return String(std::string_view(text, length));
  }
  bool Key(std::string_view name) { return String(name); }
  // A number as PrettyWriter writes it; the digits appended at once (AppendJsonDouble), a whole one (an
  // edge's weight) without RapidJSON's Grisu conversion.
  bool Double(double value);
  // The number of objects and arrays open around the next value.
  std::size_t depth() const { return level_stack_.GetSize() / sizeof(Level); }
  char indent_char() const { return indentChar_; }
  unsigned indent_count() const { return indentCharCount_; }
  // Members of the object open, laid out by hand as PrettyWriter would lay them out at depth():
  // `write(RoomWriter& out, bool first)` writes them (the first one without a comma when `first`: the
  // object has none yet) and returns how many it wrote.
  template <typename Write>
  void Members(Write&& write) {
    Level& level = *level_stack_.template Top<Level>();
    std::size_t members = 0;
    os_->WriteInRoom([&](std::string& buffer, std::size_t& room) {
      RoomWriter out(buffer, room);
      members = write(out, level.valueCount == 0);
    });
    level.valueCount += 2 * members;
  }
  // An object as the next value of the array open, laid out by hand as PrettyWriter would lay it out at
  // depth(): `write(RoomWriter& out, bool first)` writes it whole, from the comma before it (none when
  // `first`: the array has no value yet) to its closing brace. (Not with kFormatSingleLineArray.)
  template <typename Write>
  void ArrayObject(Write&& write) {
    Level& level = *level_stack_.template Top<Level>();
    assert(level.inArray && !(formatOptions_ & rapidjson::kFormatSingleLineArray));
    os_->WriteInRoom([&](std::string& buffer, std::size_t& room) {
      RoomWriter out(buffer, room);
      write(out, level.valueCount == 0);
    });
    ++level.valueCount;
  }
  // For laying out part of an array elsewhere (export/InOrder.h): this writer (on another sink) continues
  // where `from` stands after `values` more values of its innermost container, an array; once the part's
  // text is in `from`'s sink, `from.Skip(values)` moves it past them.
  void ContinueFrom(const PrettyJson& from, std::size_t values) {
    SetIndent(from.indentChar_, from.indentCharCount_);
    SetFormatOptions(from.formatOptions_);
    level_stack_.Clear();
    for (std::size_t i = 0; i < from.depth(); ++i)
      *level_stack_.template Push<Level>() = from.level_stack_.template Bottom<Level>()[i];
    level_stack_.template Top<Level>()->valueCount += values;
  }
  void Skip(std::size_t values) { level_stack_.template Top<Level>()->valueCount += values; }
  // Where the evidence sentences found plain are kept (export/PlainTexts.h), if anywhere: a memo that lives
  // no longer than the graph written.
  void KeepPlainTexts(PlainTexts* memo) { plain_texts_ = memo; }
  PlainTexts* plain_texts() const { return plain_texts_; }

 private:
  // What PrettyPrefix writes before the next value or name (not at the root, nor with single-line arrays),
  // then `append(out)`'s text.
  template <typename Append>
  void Prefixed(Append&& append);

  PlainTexts* plain_texts_ = nullptr;
};

// Writes `count` values into the array `writer` (on `sink`) has open: `write(part, i)` writes value i through
// `part`, a writer laid out as `writer` would be at that point; on `threads` threads, in chunks cut by
// `estimate(i)`, value i's approximate size (export/InOrder.h).
template <typename Estimate, typename WriteValue>
void WriteJsonArrayInOrder(PrettyJson& writer, TextSink& sink, std::size_t count, unsigned threads,
                           Estimate&& estimate, WriteValue&& write) {
  WriteInOrder(sink, count, threads, estimate, [&](TextSink& out, std::size_t begin, std::size_t end) {
    PrettyJson part(out);
    part.ContinueFrom(writer, begin);
    // A memo pays over a whole section: a chunk of a few dozen values (on several threads) rarely cites a
    // sentence twice, and looking each one up there cost more than it saved.
    PlainTexts plain_texts(count);
    if (begin == 0 && end == count) part.KeepPlainTexts(&plain_texts);
    for (std::size_t i = begin; i < end; ++i) write(part, i);
  });
  writer.Skip(count);
}

// "id" then every attribute the node has, in table order, inside an object the caller opened.
void WriteJsonNodeFields(PrettyJson& writer, const NodeRecord& node, const ExportOptions& options);
// "id", "key" (the relation type, when `with_key`), "source", "target" then every attribute the edge has.
void WriteJsonEdgeFields(PrettyJson& writer, const EdgeRecord& edge, const ExportOptions& options,
                         bool with_key);

// Writes nodes (edges, with their "key") as whole objects with the members above, each the next value of the
// array a PrettyJson has open, laid out at once (one piece of text instead of the writer's object start and
// end). Their layout is made once, for the section and all its threads, rather than found per record.
//
//   writer.StartArray();
//   const JsonObjectWriter<EdgeRecord> edges(writer, options);
//   edges.Write(part, edge);   // `part`: `writer`, or a writer that continues it (PrettyJson::ContinueFrom)
template <typename Record>
class JsonObjectWriter {
 public:
  // `writer` has the objects' array open, and its indent set.
  JsonObjectWriter(const PrettyJson& writer, const ExportOptions& options);
  ~JsonObjectWriter();
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  void Write(PrettyJson& writer, const Record& record) const;

 private:
  struct Layout;
  std::unique_ptr<const Layout> layout_;
  const ExportOptions& options_;
};

extern template class JsonObjectWriter<NodeRecord>;
extern template class JsonObjectWriter<EdgeRecord>;

}  // namespace newsgraph
