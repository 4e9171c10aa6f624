// The classes of words.tsv that the extraction rules test token by token, on a token's folded form or on its
// lemmas. Each has a bit of its own, its place in the enum, which the lexicon gives the words it lists under
// it when loaded (Lexicon::Is(WordClass, Token), Lexicon::LemmaIn(WordClass, Token)), instead of hashing the
// class name and the word at every test. A class no word of the lexicon has is simply never matched. Classes
// that only data refers to (a `channel:phone` value, `national_force`...) are read by name through the
// Lexicon.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace newsgraph {

enum class WordClass {
  kAdverbPhrase,   // "revanche", "nouveau": after a preposition, an adverb ("en revanche", "de nouveau")
  kAnonymity,      // "identifié" (in "non identifié"), "anonyme"
  kAnother,        // "autre", "distinct": not the one named before ("une ligne distincte"; lemmas)
  kCessation,      // "cesser", "renoncer" (lemmas)
  kChannel,        // "téléphone": any valued class "channel:HOW" (how a conversation took place)
  kClitic,         // "-il", "-t-elle"
  kCompany,        // "airlines", "group": a word that ends a company's name ("Azerbaijan Airlines")
  kCourtesy,       // "M.", "Mme"
  kDeTopic,        // "discuter": contact verbs whose "des" opens a topic ("ont discuté des otages"; lemmas)
  kDeterminer,     // "le", "son", "ces"
  kDirectContact,  // lemmas of contact verbs that take a direct object ("rencontrer")
  kDomain,         // "défense", "affaires" (complements of institution names)
  kEponymousHead,  // "université": an institution head that may be named after a person
  kExchanged,      // "prisonnier", "tir": what is exchanged when no conversation is (lemmas)
  kExchangeVerb,   // "échanger" (lemmas)
  kFeminine,       // "elle", "-t-elle", "Mme": words that say a person is a woman
  kFormer,         // "ancien", "ex-"
  kGathering,      // "réunir": contact verbs whose subject is the conversation (lemmas)
  kGoBetween,      // "intermédiaire", "présence": a complement naming who stands between the parties
  kGovernment,     // "gouvernement", "autorités"
  kHostNoun,       // "rôle", "soutien": backing talks ("pour leur soutien aux pourparlers"; lemmas)
  kHostVerb,       // "accueillir", "parrainer": hosting or backing talks without taking part (lemmas)
  kHypothetical,   // "si", "éventuellement"
  kInciseReport,   // "rappeler", "poursuivre": verbs that state only in an incise (lemmas)
  kKin,            // "sœur", "fils": a person's relatives (forms and lemmas)
  kLightVerb,      // "avoir", "tenir" before a contact noun ("a eu un entretien"; lemmas)
  kLineGeneric,    // "communication", "urgence"
  kLineOther,      // "dure", "ferroviaire": another kind of line ("une ligne dure")
  kLineQualifier,  // "téléphonique", "directe"
  kLineVague,      // "mécanisme": a line head that refers back to a line only after a demonstrative
  kLocatedHead,    // "ambassade", "consulat"
  kMasculine,      // "il", "-t-il", "M.": words that say a person is a man
  kMonth,          // "février"
  kMultinational,  // "occidentaux", "étrangers": an institution head of many states ("services occidentaux")
  kNamedAfterLeader,  // "administration", "régime": a government or group a name right after says who leads
  kNationalHead,      // "ministère", "armée": heads a nationality adjective attaches to
  kNeedsClause,       // "assurer": a statement verb that states only with a clause (lemmas)
  kNegation,          // "ne", "pas", "jamais"
  kOccasion,          // "lors", "cours": opening a complement of occasion ("lors d'un entretien avec Y")
  kOccurrence,        // "lieu", "tenir": saying that an event took place ("a eu lieu", "s'est tenu"; lemmas)
  kOutletHead,        // "agence", "journal": a noun for a news outlet
  kOutletPiece,       // "rapport", "dépêche": what an outlet published ("..., dit le rapport")
  kParticle,          // "de", "von", "bin" inside names
  kPeriod,            // "semaine", "mois": nouns of a time complement ("la semaine dernière")
  kPlatform,          // "twitter", "telegram": a social network or messaging platform, no word of a name
  kPossessive,        // "son", "leur"
  kPreposition,       // "de", "avec", "pour"
  kReflexiveOnly,     // "servir": a cue verb that is the cue only when reflexive ("s'est servi de"; lemmas)
  kRefusal,           // "refuser" (lemmas)
  kRelative,          // "qui", "que", "dont"
  kRounds,            // "cycle", "série": rounds of talks ("plusieurs cycles de pourparlers"; lemmas)
  kSent,              // "proposition", "réponse": sent to someone, as a message is (lemmas)
  kStateNoun,         // "pays": a noun that stands for the state named before ("le président du pays")
  kStatementNoun,     // "propos", "informations": what someone said ("les propos de M. Borrell")
  kStates,            // "intercoréen": any valued class "states:IDS" (an adjective of several states)
  kStop,              // "le", "la": words that never start a name, even capitalised
  kStopSurname,       // "ma": a stop word that is also a surname ("M. Ma", "Ma Ying-jeou")
  kTimes,             // "fois", "reprises" (after a number: how often)
  kTopicContact,      // lemmas of contact verbs whose object is a topic ("discuter")
  kUrge,              // "exhorter": urging its object to do what the infinitive after it says (lemmas)
  kWire,              // "ligne", "téléphone": a line head that names a wire, no office
  kWish,              // "souhaiter", "vouloir" (lemmas)
  kCount
};

// clang-format off
// The name of each class in words.tsv, in enum order.
inline constexpr std::array<std::string_view, static_cast<std::size_t>(WordClass::kCount)> kWordClassNames = {
    "adverb_phrase",
    "anonymity",
    "another",
    "cessation",
    "channel:",
    "clitic",
    "company",
    "courtesy",
    "de_topic",
    "determiner",
    "direct_contact",
    "domain",
    "eponymous_head",
    "exchanged",
    "exchange_verb",
    "feminine",
    "former",
    "gathering",
    "go_between",
    "government",
    "host_noun",
    "host_verb",
    "hypothetical",
    "incise_report",
    "kin",
    "light_verb",
    "line_generic",
    "line_other",
    "line_qualifier",
    "line_vague",
    "located_head",
    "masculine",
    "month",
    "multinational",
    "named_after_leader",
    "national_head",
    "needs_clause",
    "negation",
    "occasion",
    "occurrence",
    "outlet_head",
    "outlet_piece",
    "particle",
    "period",
    "platform",
    "possessive",
    "preposition",
    "reflexive_only",
    "refusal",
    "relative",
    "rounds",
    "sent",
    "state_noun",
    "statement_noun",
    "states:",
    "stop",
    "stop_surname",
    "times",
    "topic_contact",
    "urge",
    "wire",
    "wish",
};
// clang-format on

}  // namespace newsgraph
