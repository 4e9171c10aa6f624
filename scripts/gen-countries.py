#!/usr/bin/python3
"""Generates schema/gazetteer/countries.tsv from Debian's iso-codes and scripts/countries-extra.tsv.

Run with /usr/bin/python3 (python3-gettext and the iso-codes package are Debian's). Names come from ISO 3166-1
(English) and its French translation catalogue; inverted ISO forms ("Russie, Fédération de") are turned into
the word order the press uses ("Fédération de Russie"), and short forms shared by several entries ("Corée") are
dropped. Demonyms, capitals, ids of well-known states and the names the press actually uses come from the
hand-written extra file, whose rows also come first in their entry.

    /usr/bin/python3 scripts/gen-countries.py [--iso-dir /usr/share/iso-codes/json] [--out FILE]
"""

import argparse
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREPOSITION_END = re.compile(r"(\b(de|du|des|de la|of|of the)|d')$", re.IGNORECASE)


def fold(text):
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def snake(text):
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def strip_article(name):
    return re.sub(r"^(the |The |l'|L')", "", name)


def uninvert(name):
    """'Russie, Fédération de' -> ['Fédération de Russie', 'Russie']; 'Syrienne, République arabe' ->
    ['République arabe syrienne']. Names without a comma are returned as they are."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    tail_words = tail.split()
    if PREPOSITION_END.search(tail):
        joiner = "" if tail.endswith("'") else " "
        full = tail + joiner + head
        return [full[0].upper() + full[1:], head]
    if tail_words[0] in ("République", "Republic"):
        return [tail + " " + head.lower()]
    if tail_words[0].lower() in ("île", "îles", "island", "islands"):
        return [tail + " " + head]
    return [name]


def french_adjectives(word):
    if "/" in word:
        return word.split("/")
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith("s"):
        return [word, word + "e", word + "es"]
    if word.endswith("ien") or word.endswith("éen"):
        return [word, word + "ne", word + "s", word + "nes"]
    return [word, word + "e", word + "s", word + "es"]


def english_demonyms(word):
    if word.endswith(("ese", "sh", "ch", "ss")):
        return [word]
    return [word, word + "s"]


def split_list(text):
    return [part.strip() for part in text.split("|") if part.strip()]


def read_extra(path):
    rows = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            sys.exit(f"{path}:{line_no}: expected at least 5 tab-separated columns")
        cols += [""] * (8 - len(cols))
        rows.append({
            "alpha_2": cols[0], "id": cols[1], "names": split_list(cols[2]),
            "adjectives": [f for w in split_list(cols[3]) for f in french_adjectives(w)]
                          + [f for w in split_list(cols[4]) for f in english_demonyms(w)],
            "capital": split_list(cols[5]),
            "successor": cols[6].strip(),
            "short": split_list(cols[7]),
        })
    return rows


def dedupe(items):
    seen, out = set(), []
    for item in items:
        if fold(item) not in seen:
            seen.add(fold(item))
            out.append(item)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--extra", default=str(ROOT / "scripts" / "countries-extra.tsv"))
    parser.add_argument("--out", default=str(ROOT / "schema" / "gazetteer" / "countries.tsv"))
    args = parser.parse_args()

    countries = json.loads(Path(args.iso_dir, "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    french = gettext.translation("iso_3166-1", localedir=args.locale_dir, languages=["fr"])
    extra = read_extra(Path(args.extra))
    extra_by_code = {row["alpha_2"]: row for row in extra if row["alpha_2"] != "-"}

    entries = []
    for country in countries:
        english = [country.get("common_name"), country["name"], country.get("official_name")]
        english = [n for n in english if n]
        generated = []
        for name in [french.gettext(n) for n in english] + english:
            generated += [strip_article(n) for n in uninvert(name)]
        row = extra_by_code.get(country["alpha_2"])
        if row:
            ident = row["id"]
        else:
            base = country.get("common_name") or country["name"]
            head, _, tail = base.partition(", ")
            ident = snake(head if tail and PREPOSITION_END.search(tail) else base)
        entries.append({"id": ident, "row": row, "generated": dedupe(generated),
                        "codes": [country["alpha_2"], country["alpha_3"]]})
    entries += [{"id": row["id"], "row": row, "generated": [], "codes": []}
                for row in extra if row["alpha_2"] == "-"]

    # A generated short form that several entries share ("Corée", "Virgin Islands") names none of them.
    owners = {}
    for entry in entries:
        for name in entry["generated"]:
            owners.setdefault(fold(name), set()).add(entry["id"])
    ids = set()
    lines = []
    for entry in entries:
        if entry["id"] in ids:
            sys.exit(f"gen-countries: id '{entry['id']}' is produced twice")
        ids.add(entry["id"])
        row = entry["row"] or {"names": [], "adjectives": [], "capital": []}
        unique = [n for n in entry["generated"] if len(owners[fold(n)]) == 1]
        names = dedupe(row["names"] + (unique or entry["generated"]))
        attributes = []
        if row["capital"]:
            attributes.append("capital=" + "|".join(row["capital"]))
        if entry["codes"]:
            attributes.append("iso=" + "|".join(entry["codes"]))
        if row.get("successor"):
            attributes.append("successor=" + row["successor"])
        if row.get("short"):
            attributes.append("short=" + "|".join(row["short"]))
        lines.append("\t".join([entry["id"], "Country", "|".join(names), "|".join(dedupe(row["adjectives"])),
                                ";".join(attributes)]))

    header = ("# Generated by scripts/gen-countries.py from Debian iso-codes (ISO 3166-1 and its French\n"
              "# translation) and scripts/countries-extra.tsv. Do not edit: edit the extra file and rerun.\n"
              "# id\ttype\tnames\tadjectives\tattributes\n")
    Path(args.out).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
