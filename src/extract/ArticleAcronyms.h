// Acronyms an article defines: "le Groupe d'assistance à la sécurité pour l'Ukraine (SAG-U)" makes "SAG-U"
// a name of that institution in this article, and every bare "SAG-U" of the article a mention of it. A name
// no lexicon knows is an institution when the acronym spells it ("la Force intérimaire des Nations unies au
// Liban (Finul)") or, in capitals, has its letters from an institution's head noun on ("le groupe
// d'assistance à la sécurité du Pentagone en Ukraine, ou SAG-U,"). Runs after coreference (the institution's
// key is final) and before relations (which then see the new mentions).
#pragma once

#include "core/Document.h"
#include "schema/Schema.h"

namespace newsgraph {

class ArticleAcronyms {
 public:
  explicit ArticleAcronyms(const Schema& schema) : schema_(schema) {}
  void Process(Document& doc) const;

 private:
  const Schema& schema_;
};

}  // namespace newsgraph
