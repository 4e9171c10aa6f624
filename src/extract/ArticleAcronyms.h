// Acronyms an article defines: "le Groupe d'assistance à la sécurité pour l'Ukraine (SAG-U)" makes "SAG-U"
// a name of that institution in this article, and every later bare "SAG-U" a mention of it. Runs after
// coreference (the institution's key is final) and before relations (which then see the new mentions).
#pragma once

#include "core/Document.h"

namespace newsgraph {

class ArticleAcronyms {
 public:
  void Process(Document& doc) const;
};

}  // namespace newsgraph
