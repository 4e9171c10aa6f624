#!/usr/bin/env python3
"""Deterministic generator of synthetic French news articles for the newsgraph benchmarks.

    python3 tests/bench/gen_corpus.py --count 10000 --seed 7 --out corpus/          # one .txt per article
    python3 tests/bench/gen_corpus.py --count 100000 --seed 7 --jsonl corpus.jsonl  # one JSON Lines file

Articles talk about officials, institutions, countries and communication lines with the sentence shapes of
French agency copy: preposed and incise reporting ("X a déclaré que ...", "..., a-t-il dit"), "selon X",
titles and appositions ("le porte-parole du Kremlin, Dmitri Peskov"), contacts ("s'est entretenu avec son
homologue"), hotlines set up / used / linking two capitals, "citant un responsable non identifié", denials,
and filler sentences without any fact. Names come from a pool of well-known officials and 4,800 invented
people (first name x surname, each with a fixed nationality and post, drawn with a skew so that a few are
frequent and most are rare), so the cast of a large corpus is bounded, as in a real archive on one beat.

Real copy also has a large, growing vocabulary (a few thousand distinct words in a thousand articles, ten
times that in a hundred thousand), which the templates alone lack: their thousand articles use a few hundred
words. With `--lexicon /usr/share/hunspell/fr_FR.dic`, every paragraph gets one more sentence made of nouns,
adjectives and verbs drawn from that dictionary with a Zipf-like skew (rank r about 1/r as frequent), so that
the cost of seeing new words (morphology above all) shows in the benchmarks as it does on real text.

Same arguments, same bytes: everything is drawn from one random.Random(seed), nothing depends on the clock,
the environment or hash order. Standard library only, no network.
"""

import argparse
import json
import os
import random
import re
import sys

# (name, masculine adjective, feminine adjective, capital, article + name as a subject)
COUNTRIES = [
    ("Russie", "russe", "russe", "Moscou", "la Russie"),
    ("États-Unis", "américain", "américaine", "Washington", "les États-Unis"),
    ("Ukraine", "ukrainien", "ukrainienne", "Kiev", "l'Ukraine"),
    ("France", "français", "française", "Paris", "la France"),
    ("Allemagne", "allemand", "allemande", "Berlin", "l'Allemagne"),
    ("Chine", "chinois", "chinoise", "Pékin", "la Chine"),
    ("Turquie", "turc", "turque", "Ankara", "la Turquie"),
    ("Corée du Sud", "sud-coréen", "sud-coréenne", "Séoul", "la Corée du Sud"),
    ("Corée du Nord", "nord-coréen", "nord-coréenne", "Pyongyang", "la Corée du Nord"),
    ("Inde", "indien", "indienne", "New Delhi", "l'Inde"),
    ("Pakistan", "pakistanais", "pakistanaise", "Islamabad", "le Pakistan"),
    ("Japon", "japonais", "japonaise", "Tokyo", "le Japon"),
    ("Royaume-Uni", "britannique", "britannique", "Londres", "le Royaume-Uni"),
    ("Pologne", "polonais", "polonaise", "Varsovie", "la Pologne"),
    ("Israël", "israélien", "israélienne", "Jérusalem", "Israël"),
    ("Iran", "iranien", "iranienne", "Téhéran", "l'Iran"),
    ("Italie", "italien", "italienne", "Rome", "l'Italie"),
    ("Espagne", "espagnol", "espagnole", "Madrid", "l'Espagne"),
    ("Brésil", "brésilien", "brésilienne", "Brasilia", "le Brésil"),
    ("Canada", "canadien", "canadienne", "Ottawa", "le Canada"),
]

# Officials every reader knows: (full name, surname, country index, title phrase).
KNOWN_PEOPLE = [
    ("Vladimir Poutine", "Poutine", 0, "président russe"),
    ("Sergueï Lavrov", "Lavrov", 0, "ministre russe des Affaires étrangères"),
    ("Dmitri Peskov", "Peskov", 0, "porte-parole du Kremlin"),
    ("Sergueï Choïgou", "Choïgou", 0, "ministre russe de la Défense"),
    ("Joe Biden", "Biden", 1, "président américain"),
    ("Antony Blinken", "Blinken", 1, "secrétaire d'État américain"),
    ("Lloyd Austin", "Austin", 1, "secrétaire américain à la Défense"),
    ("Mark Milley", "Milley", 1, "chef d'état-major américain"),
    ("Volodymyr Zelensky", "Zelensky", 2, "président ukrainien"),
    ("Dmytro Kouleba", "Kouleba", 2, "ministre ukrainien des Affaires étrangères"),
    ("Emmanuel Macron", "Macron", 3, "président français"),
    ("Olaf Scholz", "Scholz", 4, "chancelier allemand"),
    ("Xi Jinping", "Xi", 5, "président chinois"),
    ("Recep Tayyip Erdogan", "Erdogan", 6, "président turc"),
    ("Moon Jae-in", "Moon", 7, "président sud-coréen"),
    ("Kim Jong Un", "Kim", 8, "dirigeant nord-coréen"),
]

FIRST_NAMES = [
    "Alexandre", "Anna", "Boris", "Claire", "Daniel", "Elena", "Fabien", "Gabriel", "Hélène", "Igor",
    "Jean", "Karin", "Laurent", "Marie", "Nikolaï", "Olga", "Pierre", "Quentin", "Rachel", "Sophie",
    "Thomas", "Ulrich", "Valentina", "William", "Yann", "Zoé", "Andreï", "Benoît", "Catherine", "David",
    "Émilie", "Frédéric", "Georges", "Hugo", "Irina", "Julien", "Katarzyna", "Luc", "Mikhaïl", "Natalia",
    "Oleg", "Paul", "Roman", "Sergueï", "Tatiana", "Victor", "Wolfgang", "Youri", "Agnès", "Bruno",
    "Camille", "Denis", "Étienne", "Florence", "Grégoire", "Isabelle", "Jacques", "Kenji", "Leila", "Marc",
]
SURNAMES = [
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier", "Rousseau",
    "Ivanov", "Petrov", "Sokolov", "Volkov", "Kuznetsov", "Morozov", "Novikov", "Fedorov", "Orlov", "Belov",
    "Kowalski", "Nowak", "Schmidt", "Weber", "Becker", "Hoffmann", "Müller", "Schulz", "Keller", "Brandt",
    "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Lysenko", "Savchenko", "Rudenko",
    "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thompson", "Harris", "Clark", "Lewis",
    "Yilmaz", "Demir", "Kaya", "Çelik", "Tanaka", "Suzuki", "Watanabe", "Park", "Lee", "Choi",
    "Rossi", "Russo", "Ferrari", "García", "Fernández", "López", "Silva", "Santos", "Cohen", "Levi",
    "Hosseini", "Rahimi", "Karimi", "Sharma", "Gupta", "Khan", "Malik", "Chen", "Wang", "Zhang",
]

TITLES = [
    "ministre {adj} des Affaires étrangères",
    "ministre {adj} de la Défense",
    "vice-ministre {adj} des Affaires étrangères",
    "ambassadeur {adj} à {capital}",
    "porte-parole du ministère {adj} des Affaires étrangères",
    "conseiller {adj} à la sécurité nationale",
    "chef d'état-major {adj}",
    "général {adj}",
    "diplomate {adj}",
    "négociateur {adj}",
]

INSTITUTIONS = [
    ("le Kremlin", "du Kremlin", 0),
    ("le Pentagone", "du Pentagone", 1),
    ("la Maison Blanche", "de la Maison Blanche", 1),
    ("le Département d'État", "du Département d'État", 1),
    ("l'OTAN", "de l'OTAN", None),
    ("l'ONU", "de l'ONU", None),
    ("l'Élysée", "de l'Élysée", 3),
    ("le ministère {adj} de la Défense", "du ministère {adj} de la Défense", "any"),
    ("le ministère {adj} des Affaires étrangères", "du ministère {adj} des Affaires étrangères", "any"),
    ("l'état-major {adj}", "de l'état-major {adj}", "any"),
]

OUTLETS = ["Reuters", "l'AFP", "l'agence Associated Press", "l'agence Tass", "l'agence Yonhap", "Le Monde",
           "le New York Times", "l'agence Anadolu"]

LINES = [
    "la ligne de déconfliction",
    "la hotline militaire",
    "la ligne rouge téléphonique",
    "la ligne directe",
    "la ligne téléphonique sécurisée",
    "la ligne de communication d'urgence",
]

REPORT_VERBS = ["a déclaré", "a affirmé", "a indiqué", "a annoncé", "a précisé", "a souligné", "a assuré",
                "a expliqué", "a estimé", "a ajouté"]
INCISE_VERBS = ["a-t-il déclaré", "a-t-il dit", "a-t-il affirmé", "a-t-il ajouté", "a-t-il précisé",
                "a-t-il souligné"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
PLACES = ["la centrale nucléaire de Zaporijia", "le port d'Odessa", "la région de Kherson",
          "la mer Noire", "la zone démilitarisée", "le détroit de Taïwan", "la frontière orientale",
          "la mer Baltique", "l'espace aérien syrien", "le bureau de liaison de Kaesong"]
TOPICS = ["la sécurité régionale", "l'échange de prisonniers", "l'accord sur les céréales",
          "les livraisons d'armes", "la reprise du dialogue", "les sanctions économiques",
          "la situation humanitaire", "le contrôle des armements", "la stabilité stratégique",
          "la coopération énergétique"]

CLAUSES = [
    "{C} était prête à reprendre les discussions sur {topic}",
    "les deux pays poursuivraient leurs consultations la semaine prochaine",
    "aucun accord n'avait encore été trouvé sur {topic}",
    "la situation autour de {place} restait très préoccupante",
    "{C} n'avait aucune intention d'intensifier le conflit",
    "les négociations sur {topic} avaient progressé ces derniers jours",
    "des incidents graves avaient été évités de justesse près de {place}",
    "le dialogue militaire restait indispensable pour éviter une escalade",
]

FILLERS = [
    "Les tensions entre les deux pays se sont nettement accrues depuis le début de l'année.",
    "Cette rencontre intervient quelques semaines après l'échec d'un précédent sommet.",
    "Aucun détail supplémentaire n'a été communiqué à ce stade.",
    "Les observateurs s'attendent à de nouvelles discussions dans les prochains mois.",
    "La question de {topic} reste au cœur des préoccupations des chancelleries européennes.",
    "Plusieurs analystes jugent ce rapprochement fragile et réversible.",
    "Les marchés ont réagi avec prudence à cette annonce.",
    "La situation sur le terrain demeure confuse, selon des témoins joints par téléphone.",
    "Depuis {year}, les contacts de haut niveau étaient restés rares et irréguliers.",
    "Le sujet devrait être abordé lors du prochain sommet prévu en {month}.",
]


def read_lexicon(path):
    """Nouns, adjectives and infinitives of a hunspell .dic with morphological fields ("mot/FLAGS po:nom ..."):
    lower-case letters only, in file order, without duplicates."""
    pools = {"nom": [], "adj": [], "infi": []}
    seen = set()
    word = re.compile(r"^[a-zàâäçéèêëîïôöùûüœ]+$")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2:
                continue
            w = fields[0].split("/")[0]
            if w in seen or not word.match(w):
                continue
            tags = fields[1:]
            kind = ("infi" if "po:infi" in tags or (tags[0].startswith("po:v") and w.endswith(("er", "ir", "re")))
                    else "nom" if "po:nom" in tags else "adj" if "po:adj" in tags else None)
            if kind:
                seen.add(w)
                pools[kind].append(w)
    return pools


class Writer:
    """Draws the articles from one seeded generator."""

    def __init__(self, seed, lexicon=None):
        self.r = random.Random(seed)
        self.lexicon = None
        if lexicon:
            # Ranks fixed by the seed, not by the dictionary's alphabetical order.
            self.lexicon = {k: self.r.sample(v, len(v)) for k, v in sorted(read_lexicon(lexicon).items())}

    def word(self, kind):
        """A word of the lexicon: rank r drawn about 1/r as often (log-uniform ranks)."""
        pool = self.lexicon[kind]
        return pool[min(len(pool) - 1, int((len(pool) + 1) ** self.r.random()) - 1)]

    def background(self):
        """A sentence of lexicon words: no fact, only vocabulary."""
        n, a, v = self.word, self.word, self.word
        return self.pick([
            f"Le {n('nom')} {a('adj')} pourrait {v('infi')} le {n('nom')} de la {n('nom')} {a('adj')}.",
            f"Selon les experts, la {n('nom')} {a('adj')} devrait {v('infi')} un {n('nom')} {a('adj')}.",
            f"Il faudra {v('infi')} le {n('nom')} et la {n('nom')} avant de {v('infi')} le {n('nom')}.",
            f"Un {n('nom')} {a('adj')} vient de {v('infi')} les {n('nom')}s du {n('nom')} {a('adj')}.",
        ])

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self):
        """A person: (full name, surname, country index, title phrase)."""
        if self.r.random() < 0.35:
            return self.pick(KNOWN_PEOPLE)
        # An invented person keeps one nationality and one post; a few are in the news far more than the rest.
        p = int(len(FIRST_NAMES) * len(SURNAMES) * self.r.random() ** 2)
        first, last = FIRST_NAMES[p % len(FIRST_NAMES)], SURNAMES[p // len(FIRST_NAMES)]
        country = p * 7 % len(COUNTRIES)
        capital = COUNTRIES[p * 11 % len(COUNTRIES)][3]
        title = TITLES[p * 3 % len(TITLES)].format(adj=COUNTRIES[country][1], capital=capital)
        return (f"{first} {last}", last, country, title)

    def titled(self, p):
        """'le ministre russe des Affaires étrangères Sergueï Lavrov'."""
        return f"le {p[3]} {p[0]}"

    def institution(self):
        subj, compl, country = self.pick(INSTITUTIONS)
        adj = COUNTRIES[self.r.randrange(len(COUNTRIES))][1] if country == "any" else ""
        return subj.format(adj=adj), compl.format(adj=adj)

    def fill(self, template, c=None):
        c = c if c is not None else self.r.randrange(len(COUNTRIES))
        return template.format(C=COUNTRIES[c][4], topic=self.pick(TOPICS), place=self.pick(PLACES),
                               year=self.r.randrange(2012, 2024), month=self.pick(MONTHS))

    def clause(self, c=None):
        return self.fill(self.pick(CLAUSES), c)

    def sentence(self, cast):
        p1, p2 = cast
        kind = self.r.randrange(14)
        day = self.pick(DAYS)
        verb = self.pick(REPORT_VERBS)
        if kind == 0:
            return f"{cap(self.titled(p1))} {verb} {day} que {self.clause(p1[2])}."
        if kind == 1:
            return f"« {cap(self.clause())} », {verb} {p1[0]}."
        if kind == 2:
            return f"Selon {p2[0]}, {self.clause()}."
        if kind == 3:
            return (f"{cap(self.titled(p1))} s'est entretenu {day} avec son homologue "
                    f"{COUNTRIES[p2[2]][1]} {p2[0]}, au cours d'un appel consacré à {self.pick(TOPICS)}.")
        if kind == 4:
            inst, _ = self.institution()
            return f"{p1[0]} et {p2[0]} se sont entretenus par téléphone {day}, {verb} {inst}."
        if kind == 5:
            a, b = self.r.sample(range(len(COUNTRIES)), 2)
            return (f"{cap(self.pick(LINES))} entre {COUNTRIES[a][3]} et {COUNTRIES[b][3]} a été mise en place "
                    f"en {self.pick(MONTHS)} {self.r.randrange(2012, 2024)}, a rapporté {self.pick(OUTLETS)}, "
                    f"citant un responsable non identifié.")
        if kind == 6:
            c = self.r.randrange(len(COUNTRIES))
            return (f"{cap(COUNTRIES[c][4])} a utilisé {self.pick(LINES)} pour faire part de ses préoccupations "
                    f"concernant {self.pick(PLACES)}, a indiqué un porte-parole {self.institution()[1]}.")
        if kind == 7:
            _, compl = self.institution()
            return f"Le porte-parole {compl}, {self.pick(FIRST_NAMES)} {self.pick(SURNAMES)}, {verb} que {self.clause()}."
        if kind == 8:
            return f"« {cap(self.clause())} », {self.pick(INCISE_VERBS)} devant la presse."
        if kind == 9:
            return f"{p2[0]} a démenti que {self.clause()}."
        if kind == 10:
            a, b = self.r.sample(range(len(COUNTRIES)), 2)
            return (f"{cap(self.pick(LINES))}, qui relie {COUNTRIES[a][3]} à {COUNTRIES[b][3]}, n'a été utilisée "
                    f"qu'une seule fois depuis {self.r.randrange(2012, 2024)}.")
        if kind == 11:
            return (f"{p1[0]}, {p1[3]}, a rencontré {day} {p2[0]} à {COUNTRIES[p1[2]][3]} pour évoquer "
                    f"{self.pick(TOPICS)}.")
        return self.fill(self.pick(FILLERS))

    def article(self, index):
        year = self.r.randrange(2014, 2026)
        month = self.r.randrange(1, 13)
        cast = [self.person() for _ in range(4)]
        a, b = self.r.sample(range(len(COUNTRIES)), 2)
        headline = self.pick([
            f"{cap(COUNTRIES[a][4])} et {COUNTRIES[b][4]} renouent le dialogue sur {self.pick(TOPICS)}",
            f"{cast[0][0]} appelle {COUNTRIES[b][4]} à la retenue",
            f"Un appel sur {self.pick(LINES)} entre {COUNTRIES[a][3]} et {COUNTRIES[b][3]}",
            f"{cast[1][0]} et {cast[2][0]} se sont parlé au téléphone",
        ])
        paragraphs = []
        for _ in range(self.r.randrange(4, 9)):
            sentences = [tidy(self.sentence(self.r.sample(cast, 2))) for _ in range(self.r.randrange(2, 5))]
            if self.lexicon:
                sentences.append(tidy(self.background()))
            paragraphs.append(" ".join(sentences))
        return {
            "id": f"gen-{index:07d}",
            "title": tidy(headline),
            "date": f"{year}-{month:02d}",
            "source": "synthetic",
            "text": "\n\n".join(paragraphs),
        }


def cap(s):
    return s[:1].upper() + s[1:]


# French contractions and elisions the templates create when they glue words together.
CONTRACTIONS = [(re.compile(p), r) for p, r in [
    (r"\b([Ll])e ([aeiouéèêAEIOUÉÈ])", r"\1'\2"),
    (r"\b([Qq]u)e ([aeiouéèêAEIOUÉÈ])", r"\1'\2"),
    (r"\bà les ", "aux "),
    (r"\bà le ", "au "),
    (r"\bde les ", "des "),
    (r"\bde le ", "du "),
]]


def tidy(text):
    for pattern, replacement in CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lexicon", help="hunspell .dic with morphology (fr_FR.dic): adds vocabulary")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="folder for plain-text files (1000 per sub-folder)")
    target.add_argument("--jsonl", help="JSON Lines file ('-' for stdout)")
    args = parser.parse_args(argv)

    writer = Writer(args.seed, args.lexicon)
    if args.jsonl:
        out = sys.stdout if args.jsonl == "-" else open(args.jsonl, "w", encoding="utf-8", newline="\n")
        with out:
            for i in range(args.count):
                out.write(json.dumps(writer.article(i), ensure_ascii=False, sort_keys=True) + "\n")
        return 0
    for i in range(args.count):
        a = writer.article(i)
        folder = os.path.join(args.out, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{a['id']}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"date {a['date']} {a['title']}\n\n{a['text']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
