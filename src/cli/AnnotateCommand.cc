// `newsgraph annotate ARTICLE`: shows, sentence by sentence, the mentions, cues and relations found and the
// rule behind each, so a user can see why an edge exists (or why it does not).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <vector>

#include "cli/Command.h"
#include "cli/SchemaPath.h"
#include "core/BySentence.h"
#include "extract/ArticlePipeline.h"
#include "ingest/ArticleReader.h"

namespace newsgraph::cli {
namespace {

struct AnnotateOptions {
  std::string input;
  std::string format = "text";
  std::string schema;
};

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "";
}

// Indices of each sentence's mentions, cues and relations: a long article is annotated in linear time.
struct Grouped {
  std::vector<std::vector<std::uint32_t>> mentions, cues, relations;

  explicit Grouped(const Document& doc)
      : mentions(BySentence(doc.sentences.size(), doc.mentions, [](const Mention& m) { return m.sentence; })),
        cues(BySentence(doc.sentences.size(), doc.cues,
                        [&](const Cue& c) { return doc.tokens[c.first_token].sentence; })),
        relations(
            BySentence(doc.sentences.size(), doc.relations, [](const Relation& r) { return r.sentence; })) {}
};

void PrintText(const Document& doc) {
  const Grouped grouped(doc);
  std::cout << "# " << doc.article.id << (doc.article.date.empty() ? "" : " (" + doc.article.date + ")")
            << "\n";
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::cout << "\n[" << s << "] " << doc.SentenceText(s) << "\n";
    for (std::uint32_t k : grouped.mentions[s]) {
      const Mention& m = doc.mentions[k];
      std::cout << "  mention  " << Name(m.type) << " \"" << m.name << "\" -> "
                << (m.entity.empty() ? "(unresolved)" : m.entity) << "  [" << m.rule << "]";
      if (!m.role.empty()) std::cout << " role=\"" << m.role << "\"" << (m.former ? " former" : "");
      if (m.generic) std::cout << " generic";
      std::cout << "\n";
    }
    for (std::uint32_t k : grouped.cues[s]) {
      const Cue& c = doc.cues[k];
      std::cout << "  cue      " << c.cls << " \"" << doc.TokenSpan(c.first_token, c.end_token) << "\""
                << (c.conditional ? " conditional" : "") << "\n";
    }
    for (std::uint32_t k : grouped.relations[s]) {
      const Relation& r = doc.relations[k];
      std::cout << "  " << (r.modality == Modality::kAsserted ? "edge     " : "no edge  ") << Name(r.type)
                << "(" << doc.mentions[r.source].entity << ", " << doc.mentions[r.target].entity << ")  ["
                << r.rule << "]";
      if (r.modality != Modality::kAsserted) std::cout << " " << ModalityName(r.modality);
      if (r.attributed_to) std::cout << " attributed_to=" << doc.mentions[*r.attributed_to].entity;
      for (const auto& [k, v] : r.attributes) std::cout << " " << k << "=\"" << v << "\"";
      std::cout << "\n";
    }
  }
}

void PrintJson(const Document& doc) {
  // One JSON object per sentence (JSON Lines).
  const Grouped grouped(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("document");
    w.String(doc.article.id.c_str());
    w.Key("sentence");
    w.Uint(s);
    w.Key("start");
    w.Uint(doc.OriginalOffset(doc.sentences[s].begin));
    w.Key("end");
    w.Uint(doc.OriginalOffset(doc.sentences[s].end));
    w.Key("text");
    std::string text(doc.SentenceText(s));
    w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    w.Key("mentions");
    w.StartArray();
    for (std::uint32_t k : grouped.mentions[s]) {
      const Mention& m = doc.mentions[k];
      w.StartObject();
      w.Key("text");
      w.String(m.name.c_str());
      w.Key("type");
      w.String(std::string(Name(m.type)).c_str());
      w.Key("entity");
      w.String(m.entity.c_str());
      w.Key("start");
      w.Uint(doc.OriginalOffset(doc.tokens[m.first_token].begin));
      w.Key("end");
      w.Uint(doc.OriginalOffset(doc.tokens[m.end_token - 1].end));
      w.Key("rule");
      w.String(m.rule.data(), static_cast<rapidjson::SizeType>(m.rule.size()));
      if (!m.role.empty()) {
        w.Key("role");
        w.String(m.role.c_str());
      }
      w.EndObject();
    }
    w.EndArray();
    w.Key("relations");
    w.StartArray();
    for (std::uint32_t k : grouped.relations[s]) {
      const Relation& r = doc.relations[k];
      w.StartObject();
      w.Key("type");
      w.String(std::string(Name(r.type)).c_str());
      w.Key("source");
      w.String(doc.mentions[r.source].entity.c_str());
      w.Key("target");
      w.String(doc.mentions[r.target].entity.c_str());
      w.Key("modality");
      w.String(ModalityName(r.modality));
      w.Key("rule");
      w.String(r.rule.c_str());
      if (r.attributed_to) {
        w.Key("attributed_to");
        w.String(doc.mentions[*r.attributed_to].entity.c_str());
      }
      for (const auto& [k, v] : r.attributes) {
        w.Key(k.c_str());
        w.String(v.c_str());
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::cout << buffer.GetString() << "\n";
  }
}

int Annotate(const AnnotateOptions& options) {
  auto schema = Schema::Load(SchemaDir(options.schema), MorphologyTablePath());
  if (!schema) {
    spdlog::error("{}", schema.error().ToString());
    return kExitFatal;
  }
  ArticlePipeline pipeline(*schema);
  ArticleReader reader;
  int errors = 0;
  std::size_t n = reader.Read(
      options.input,
      [&](Article&& a) {
        Document doc = pipeline.Run(std::move(a));
        if (options.format == "json")
          PrintJson(doc);
        else
          PrintText(doc);
      },
      [&](Error&& e) {
        spdlog::error("{}", e.ToString());
        ++errors;
      });
  if (n == 0) return kExitFatal;
  return errors ? kExitPartial : kExitOk;
}

const bool kRegistered = RegisterCommand(
    {"annotate",
     "Show each sentence of an article with its mentions, cues and edges, and the rule behind each",
     [](CLI::App& app) {
       auto options = std::make_shared<AnnotateOptions>();
       app.add_option("article", options->input, "An article (.txt, .jsonl, folder, or - for stdin)")
           ->required();
       app.add_option("--format", options->format, "text (default) or json (one JSON object per sentence)")
           ->check(CLI::IsMember({"text", "json"}));
       app.add_option("--schema", options->schema,
                      "Schema folder (default: $NEWSGRAPH_SCHEMA, else the built-in one)");
       return [options] { return Annotate(*options); };
     }});

}  // namespace
}  // namespace newsgraph::cli
