// The gender an article shows for a person, so that "il" and "elle" stand for someone they can: "X a
// rencontré Natalia Petrova. Elle a déclaré ..." is Natalia Petrova speaking, not X.
#pragma once

#include <cstdint>

#include "core/Document.h"
#include "schema/Lexicon.h"

namespace newsgraph {

enum class Gender : std::uint8_t { kUnknown, kMasculine, kFeminine };

// The gender a word marks: words.tsv's `masculine` and `feminine` classes ("il", "-t-elle", "Mme").
Gender GenderMarked(const Lexicon& lexicon, const Token& token);

// The gender of the person `mention` refers to, from every mention of its entity in the article: a first
// name of one gender (hunspell's po:prn is:mas / is:fem) or a courtesy title right before the name ("Mme
// Horvath"). kUnknown when nothing says, or when two things disagree.
Gender PersonGender(const Lexicon& lexicon, const Document& doc, std::uint32_t mention);

// A person of gender `a` cannot be what a word of gender `b` stands for.
inline bool Disagree(Gender a, Gender b) {
  return a != Gender::kUnknown && b != Gender::kUnknown && a != b;
}

}  // namespace newsgraph
