"""Article text -> a draft briefing, by rules on sentences. Offline, no models.

The draft is valid YAML in the briefing format; every value that is a guess
carries a `# check:` comment so the editor knows what to verify. The rules
cover the wire-report style: quotes in straight or curly marks with "X said",
"said X", "he told", "according to X"; roles from apposition ("Pentagon
spokesman Jonathan Hoffman"); casualty and other counted claims with their
claimant; reactions of countries named or implied ("Iranian" -> Iran).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tui.core.article import Article
from tui.core.countries import lookup_country
from tui.core.model import Country

# ---------------------------------------------------------------------------
# Vocabulary

SAY_VERBS = (
    "said|says|told|wrote|added|warned|stated|declared|announced|tweeted|insisted|"
    "accused|confirmed|activated|deployed|released|donated|issued|"
    "claimed|reported|condemned|urged|called|vowed|threatened|denied|welcomed|"
    "criticised|criticized|praised|demanded|offered|pledged|expressed|sent|promised|"
    "blamed|described|dismissed|rejected|spoke"
)
_SAY = re.compile(rf"\b({SAY_VERBS})\b")
# What a country or an organisation does in reaction, besides saying something.
REACTION_VERBS = (r"\b(?:" + SAY_VERBS + r"|began|started|delivered|distributed|provided|"
                  r"dispatched|airlifted|mobilised|mobilized|allocated|summoned|recalled|"
                  r"expelled|suspended|imposed|opened|updated|raised|put|took|received|"
                  r"hosted|accepted|launched|advised|asked|set up|closed)\b")
_REACT = re.compile(REACTION_VERBS)
_PRONOUN_SAY = re.compile(rf"^[\s,]*(he|she|they)\s+({SAY_VERBS})\b", re.I)
_AFTER_NAME_SAY = re.compile(
    rf"^[\s,]*((?:[A-Z][\w’'\-]+\s+){{0,3}}[A-Z][\w’'\-]+)\s+({SAY_VERBS})\b")
_AFTER_SAY_NAME = re.compile(
    rf"^[\s,]*({SAY_VERBS})\s+((?:[A-Z][\w’'\-]+\s+){{0,3}}[A-Z][\w’'\-]+)")
_BODIES = (r"(?:police|officials|authorities|army|military|ministry|government|media|sources|"
           r"minister|spokesman|spokeswoman|spokesperson|governor|mayor|official|agency|"
           r"office|service|coroner|hospital|doctors|medics)")
# "according to X": X runs to the clause's end ("the Rio de Janeiro human rights
# commission of the state assembly"), after "figures given by" and the like, and
# before "whose ...", "on Monday", "since ..."; "its" or "their" X is the subject's own.
_ACCORDING = re.compile(
    r"[Aa]ccording to (?:(?:figures|data|reports|a count|estimates|a tally|a statement|"
    r"information)\s+(?:given |released |compiled |published |issued )?(?:by|from)\s+)?"
    r"(?!(?:its|their|his|her)\b)((?:the |a |an )?[^,.;]{2,80}?)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|last|this|in|which|who|whose|since|after|before)\b)"
    r"(?:,\s+((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+)(?=\s*[,.;]|$))?")
_REPORTED_SAYING = re.compile(
    r"\b(?:reported|quoted|cited)\s+(.+?)\s+(?:saying|as saying)\b", re.I)
_WHO_CHANTED = re.compile(r"\b([A-Z][\w’'\-]+)\s+who\s+(chanted|shouted|said|sang)\b")
# `said rescuer Dmytro Hrytsenko`, `said Walhi campaigner Dedi Kurnia`: a lower-case
# description, then the name
_AFTER_SAY_ROLE_NAME = re.compile(
    rf"^[\s,]*({SAY_VERBS})\s+((?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+){{1,3}})((?:[A-Z][\w’'\-]+\s+){{0,3}}"
    rf"[A-Z][\w’'\-]+)")
# `said one survivor`, `said a 16-year-old boy who ...`, `said a traffic officer at the
# scene`: a person described, not named (the place is not the person)
_AFTER_SAY_DESCRIBED = re.compile(
    rf"^[\s,]*(?:{SAY_VERBS})(?:\s+\w+)?\s+(?:one|a|an|the|another)\s+((?:[\w\-]+\s+){{0,3}}?"
    rf"[a-z][\w\-]*)(?:\s+(?:at|in|from|near|on)\s+[^,.;]*)?(?=\s+who\b|\s*[,.;]|\s*$)")
# `said the instructor, Anna Berger`: the description, then the name
_AFTER_SAY_DESCRIBED_NAME = re.compile(
    rf"^[\s,]*(?:{SAY_VERBS})\s+(?:one|a|an|the|another)\s+(?:[\w\-]+\s+){{0,3}}?[a-z][\w\-]*"
    rf",\s+((?:[A-Z][\w’'\-]+\s+){{1,3}}?[A-Z][\w’'\-]+)\s*(?:[,.;]|$)")
# `the official said`
_DESCRIBED_SAY = re.compile(
    rf"^[\s,]*(?:the|a|an|one)\s+((?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*)"
    rf"(?:\s+(?:of|at|from|in|for)\s+[^,]{{1,40}}?)?\s+(?:{SAY_VERBS})\b")
# `fire service director Abdul Karim told reporters`: a lower-case role, the name, the verb
_ROLE_NAME_SAY = re.compile(
    rf"^[\s,]*((?:[a-z][\w\-]*\s+){{1,3}}(?:[A-Z][\w’'\-]+\s+){{1,3}}?[A-Z][\w’'\-]+)\s+"
    rf"(?:{SAY_VERBS})\b")
# `its director, Paolo Benedetti, said`: a role, then the name between commas
_ROLE_COMMA_NAME_SAY = re.compile(
    rf"^[\s,]*(?:(?:its|his|her|their|the|a|an)\s+)?(?:[a-z][\w’'\-]*\s+){{0,3}}[a-z][\w\-]*,\s+"
    rf"((?:[A-Z][\w’'\-]+\s+){{0,3}}[A-Z][\w’'\-]+),\s+(?:{SAY_VERBS})\b")
# `the letter said`, `the statement said`: the document, whose author spoke before
_DOCUMENT_SAY = re.compile(rf"^[\s,]*the (letter|statement|report|post|message|note)\s+"
                           rf"(?:{SAY_VERBS})\b")
# `..., said Abu Sufian Khan, the deputy commissioner`: the verb, then the name
_SAY_THEN_NAME = re.compile(
    rf",\s*(?:{SAY_VERBS})\s+((?:[A-Z][\w’'\-]+\s+){{0,3}}[A-Z][\w’'\-]+)\s*(?:,|\.|$)")
# `one of the doctors said`: one person of a group described before
_ONE_OF_SAY = re.compile(rf"^[\s,]*one of the ([a-z][\w\-]*)\s+(?:{SAY_VERBS})\b")
# `who gave only her first name, Halyna`
_GAVE_NAME = re.compile(r"gave (?:only )?(?:his|her|their) (?:first )?name(?: as)?,?\s+"
                        r"([A-Z][\w’'\-]+)")
# People described by their role, not named: "Ukraine's president said ..."
PERSON_WORDS = {
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
    "director", "leader", "chief", "ambassador", "secretary", "commander", "official",
    "officer", "survivor", "witness", "resident", "rescuer", "nurse", "doctor", "farmer",
    "teacher", "adviser", "advisor", "analyst", "worker", "diplomat", "soldier", "medic",
    "paramedic", "firefighter", "villager", "fisherman", "student", "mother", "father", "man",
    "woman", "driver", "owner", "shopkeeper", "journalist", "lawyer", "activist", "engineer",
    "instructor", "guide", "pilot", "captain", "sailor", "miner", "passenger", "neighbour",
    "neighbor", "relative", "volunteer", "trader", "vendor", "coordinator", "pastor",
    "priest", "imam", "bishop", "preacher", "monk",
}

ROLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "leader", "supreme", "foreign", "defence", "defense", "interior",
    "general", "gen", "commander", "ambassador", "chief", "senator", "governor", "mayor",
    "official", "head", "director", "emergency", "opposition", "rebel", "deputy", "state",
    "army", "military", "pentagon",
    "police", "health", "envoy", "king", "queen", "prince", "chancellor", "colonel",
    "major", "captain", "admiral", "speaker", "representative", "mp", "senior",
    "white", "house", "department", "ministry", "office", "un", "nato", "eu",
    "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "brig", "dr", "prof", "gov", "sen", "rep",
}
SUBJECT_NOUNS = {
    "service", "office", "guard", "side", "embassy", "union", "company", "institute",
    "authorities", "officials", "official", "television", "tv",
    "state", "media", "military", "source",
    "sources", "spokesman", "spokeswoman", "government", "ministry", "army", "forces",
    "police", "agency", "radio", "news", "officers", "commander", "firefighters", "volunteers",
    "activists", "paramedics", "nurses", "monitors", "investigators", "prosecutors", "rescuers",
}
DETERMINERS = {"the", "a", "an", "other", "another", "its", "their"}
ADVERBS = {"later", "also", "earlier", "then", "previously", "separately", "first", "again",
           "initially", "now", "still", "had", "has", "have"}
# Bodies that speak: "the coast guard said", "the regional health office said".
GROUP_NOUNS = {"guard", "office", "service", "ministry", "agency", "department", "police",
               "hospital",
               "group", "network", "charity", "organisation", "organization", "institute",
               "society", "mission", "officer",
               "army", "military", "government", "authorities", "officials", "company",
               "union", "council", "committee", "commission", "court", "embassy", "side",
               "navy", "force", "forces", "spokesman", "spokeswoman", "broadcaster", "sources",
               "coalition", "alliance", "association", "federation", "unit", "directorate",
               "bureau", "secretariat", "administration", "authority", "centre", "center",
               "board", "corps", "brigade", "team", "services", "prefecture", "municipality",
               "governorate", "prosecutor", "defence", "defense"}
# "Police chief Tom Reyes visited ...", "Health Minister Ana Lima arrived": a sentence
# that starts with a person
_STARTS_WITH_NAME = re.compile(r"^((?:[\w’'\-]+\s+){0,3}?(?:[A-Z][\w’'\-]+\s+){1,3}"
                               r"[A-Z][\w’'\-]+)\s+[a-z]")
# "Saudi Arabia's health ministry did not ...": a sentence that starts with a body
_STARTS_WITH_BODY = re.compile(r"^(?:The\s+)?((?:[A-Z][\w’'\-]+\s+)*[A-Z][\w\-]+[’']s\s+"
                               r"(?:[a-z][\w\-]*\s+){0,3}(?:" + "|".join(sorted(GROUP_NOUNS))
                               + r"))\b")
# "the country's disaster agency AFAD": a body described, then its short name
_NAMED_BODY = re.compile(r"(?<![\w’'])((?:[a-z][\w\-]*\s+){0,2}(?:" + "|".join(sorted(GROUP_NOUNS))
                         + r"))\s+([A-Z]{2,8})\b")
BARE_SPEAKERS = {"police", "officials", "authorities", "rescuers", "witnesses", "residents",
                 "medics", "doctors", "troops", "firefighters", "volunteers", "activists",
                 "sources", "paramedics", "nurses", "monitors", "investigators", "prosecutors"}

# The drafter's tables are data (draft_data.json), not code.
_DATA = json.loads((Path(__file__).parent / "draft_data.json").read_text(encoding="utf-8"))
# Nationality adjectives -> ISO code. Countries by name come from core.countries.
DEMONYMS: dict[str, str] = _DATA["demonyms"]
# Places and institutions that speak for a country in news style.
METONYMS: dict[str, str] = _DATA["metonyms"]
# Organisations that react: canonical name -> the ways articles write it.
ORGANISATIONS: dict[str, list[str]] = _DATA["organisations"]
NUMBER_WORDS = {
    "no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# "Twenty-one": a tens word, a hyphen, a unit word
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STANCE_BY_VERB = {
    "condemned": "condemns", "criticised": "condemns", "criticized": "condemns",
    "warned": "warns", "threatened": "warns", "vowed": "warns",
    "welcomed": "supports", "praised": "supports", "offered": "supports",
    "pledged": "supports", "sent": "supports", "promised": "supports",
}
CASUALTY = re.compile(r"\b(killed|killing|dead|died|drowned|lives|injured|injuring|wounded|"
                      r"wounding|hurt|casualties|death toll|toll|injuries|bodies|treated|"
                      r"hospitali[sz]ed|hospitals?|succumbed|victims|bury|buried|"
                      r"neutrali[sz]ed|deaths|to death)\b", re.I)
# Amounts an article gives without a figure: the count is "unknown", the word kept in a note.
VAGUE = ("dozens", "scores", "hundreds", "thousands")
_NUM = (r"(\d[\d,  ]*\d|\d|(?:" + _TENS + r")-(?:" + _UNITS + r")|"
        + "|".join(sorted((*NUMBER_WORDS, *VAGUE), key=len, reverse=True)) + r")(?![\w-])")
COUNTED = re.compile(
    rf"\b(?:(at least|more than|over|some|about|nearly|up to)\s+)?{_NUM}\s+"
    r"((?:[\w’'\-“”\"]+\s+){0,2}?)"
    r"(missiles|rockets|drones|shells|bombs|targets|facilities|bases|sites|troops|soldiers|"
    r"people|civilians|boats|ships|aircraft|planes|homes|buildings|vehicles|"
    r"protesters|prisoners|hostages|refugees|families|residents)\b", re.I)


# ---------------------------------------------------------------------------
# Text helpers


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


_ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Rev|Prof|Sen|Rep|Gov|No|U\.S|U\.N)\.$")


def sentences(paragraph: str) -> list[str]:
    """Split on . ! ? (also before a closing quote), not after common abbreviations."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][”\"’']?(?=\s+[“\"‘A-Z0-9])", paragraph):
        end = m.end()
        if _ABBREV.search(paragraph[start:m.start() + 1]):
            continue
        # a quotation that goes on ("It was like an earthquake. The windows ...")
        so_far = paragraph[start:end]
        if so_far.count("“") > so_far.count("”") or so_far.count('"') % 2:
            continue
        # a "!" or "?" inside a quote followed by attribution is not a sentence end
        if m.group(0)[0] in "!?" and m.group(0)[-1] in "”\"" and re.match(
                rf"\s+(?:[A-Z][\w’'\-]+\s+){{0,3}}({SAY_VERBS}|he|she)\b",
                paragraph[end:]):
            continue
        out.append(paragraph[start:end].strip())
        start = end
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


# Small words inside names: "Osama bin Laden", "Jama'at Nusrat al-Islam wal-Muslimin"
_NAME_PARTICLE = re.compile(r"(?:al|el|bin|ibn|de|da|do|dos|del|van|von|der)"
                            r"|(?:al|el|wal|ad|as|ash|an|ar)-[A-Z][\w’'\-]*")
# Where a story happens: "in northern Burkina Faso", "off the coast of western Libya"
_PLACE = re.compile(r"\b(?:in|near|off|outside|across|outskirts of|coast of)\s+(?:the\s+)?"
                    r"((?:[a-z][\w\-]*\s+){0,2}[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})")
# Titles written short: "Col. Abdoulaye Maiga" is Col Abdoulaye Maiga, a role and a name.
_HONORIFIC = re.compile(r"\b(Col|Gen|Lt|Sgt|Capt|Maj|Cmdr|Adm|Brig|Dr|Prof|Gov|Sen|Rep)\.")


def _clean_name(text: str) -> str:
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _capitalised(word: str) -> bool:
    """A word that can be part of a name: "Saleh", "al-Wadei", "bin"."""
    return word[:1].isupper() or bool(re.fullmatch(_NAME_PARTICLE, word))


def split_role(phrase: str) -> tuple[str, str | None]:
    """'US Defence Secretary Mark Esper' -> ('Mark Esper', 'US Defence Secretary')."""
    words = _clean_name(re.sub(_HONORIFIC, r"\1", phrase)).split()
    i = 0
    while i < len(words) - 1:
        w = words[i].lower().strip("’'s")
        base = re.sub(r"[’']s$", "", words[i]).lower()
        if (w in ROLE_WORDS or base in ROLE_WORDS or base in DEMONYMS
                or lookup_country(re.sub(r"[’']s$", "", words[i])) is not None):
            i += 1
            continue
        break
    if i == 0:
        # "Mines Minister Ana Lima": a role word last before a name of two or more words
        i = next((j + 1 for j in range(len(words) - 3, -1, -1)
                  if words[j].lower() in ROLE_WORDS and words[j][:1].isupper()), 0)
    if i == 0 or i >= len(words) or all(w.lower() in ROLE_WORDS for w in words[i:]):
        return " ".join(words), None
    name = words[i:]
    if any(w.lower() in SUBJECT_NOUNS for w in name) or not all(map(_capitalised, name)):
        return " ".join(words), None
    return " ".join(name), " ".join(words[:i])


def subject_before(text: str) -> str | None:
    """The noun phrase before a say-verb in `text` ("Iranian state television"),
    trying the last verb first ("X said it launched ... and called it ...")."""
    for match in reversed(list(_SAY.finditer(text))):
        found = _subject_at(text[: match.start()])
        if found:
            return found
    return None


def _subject_at(head: str) -> str | None:
    head = re.sub(_HONORIFIC, r"\1", head)  # ", Dr. Jairo Mkumbo," has no sentence end in it
    if m := re.search(r",\s*(?:the\s+)?((?:[A-Z][\w’'\-]+\s+(?:(?:for|of|on|and)\s+(?:the\s+)?)?)"
                      r"{1,6}[A-Z][\w’'\-]+)(?:,\s*\d{1,3})?,\s*$", head):
        # "The mayor's spokeswoman, Ana Lima," said; "A rights group, the National
        # Human Rights Defense Network," said; "A resident, Eleni Papadaki, 72,": the name
        return m.group(1)
    # "Two doctors at the hospital, who spoke on condition of anonymity, said": the doctors
    head = re.sub(r",\s*(?:who|which|where|when)\b[^,]*,\s*$", " ", head)
    head = re.sub(r"([A-Z][\w’'\-]+),\s*\d{1,3}\s*$", r"\1 ", head)  # "Sunita Deshmukh, 52,"
    head = re.sub(r"\s+(?:that|which)\s+[^,]*$", " ", head)  # "a charity that runs the morgue"
    # "Analyst Sana Mirza of the Lahore Policy Institute said": the person
    if m := re.search(r"((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)\s+of\s+the\s+"
                      r"(?:[A-Z][\w’'\-]+\s*){1,5}$", head):
        return m.group(1)
    # "Local officials in the Indian-held area said": who, not where
    if m := re.search(r"((?:[A-Z][\w’'.\-]+\s+){0,2}(?i:officials|police|authorities|sources|"
                      r"residents|witnesses|diplomat|officer|official|embassy|consulate|doctors?|"
                      r"medics?|nurses?|rescuers|firefighters|workers|staff|high commission|"
                      r"mission|office|ministry|agency|service))\s+(?:in|at|from|near)\s+"
                      r"[^,]*$", head):
        words = m.group(1).split()
        return " ".join(words[1:] if words[0].lower() in NUMBER_WORDS else words)
    # "Saudi Arabia's ambassador to Yemen said": the ambassador's country, not the host
    if m := re.search(r"((?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+[’']s\s+(?:[a-z]+\s+)?(?:ambassador|"
                      r"envoy|embassy|mission|representative))\s+(?:to|in)\s+[^,]*$", head):
        return m.group(1)
    # "the governor of South Kivu province said"
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
                      + "|".join(sorted(PERSON_WORDS | ROLE_WORDS | GROUP_NOUNS))
                      + r")\s+of\s+(?:[A-Z][\w’'\-]*\s+){1,4}"
                      r"(?:province|state|region|district|county)?)\s*$", head):
        return m.group(1).strip()
    # "A coalition of opposition parties and civil society groups said": the whole body
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:coalition|alliance|association|federation|union|"
                      r"network|group|committee|council)\s+of\s+(?:[\w’'\-]+\s+){1,6}?"
                      r"[\w’'\-]+)\s*$", head):
        return m.group(1)
    # "Jama'at Nusrat al-Islam wal-Muslimin, an al Qaeda affiliate known as JNIM, said"
    if m := re.search(r"\bknown as ([A-Z][\w’'\-]+),?\s*$", head):
        return m.group(1)
    # "Peru's energy and mines ministry said"
    if m := re.search(r"([A-Z][\w\-]+[’']s(?:\s+(?:and|[a-z][\w\-]*)){0,4}\s+(?:"
                      + "|".join(sorted(GROUP_NOUNS)) + r"))\s*$", head):
        return m.group(1)
    if m := re.search(r"\b(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\s+([A-Z]{2,8})\s*$", head):
        return m.group(1)  # "the country's disaster agency AFAD said": the agency's name
    head = re.sub(r",[^,]*,\s*$", " ", head)  # drop ", which has personnel in Iraq,"
    tokens = head.split()
    # "the ministry later said", "South Africa temporarily closed"
    while tokens and (tokens[-1].lower() in ADVERBS
                      or (tokens[-1].islower() and tokens[-1].endswith("ly"))):
        tokens.pop()
    # "the coast guard", "the Libyan coast guard", "the Houthi-run health ministry"
    if m := re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|"
                      r"[Ss]ome)\s+((?:[\w’'\-]+\s+){0,4}"
                      r"[a-z][\w\-]*)$",
                      " ".join(tokens)):
        words = m.group(1).split()
        if words[-1] in GROUP_NOUNS or (words[-1] in BARE_SPEAKERS and "and" in words):
            # "the coast guard said", "the regional health office said", "a local rescue
            # group and residents said"
            return m.group(1)
    # "A local official said": a person described, with an adjective
    if m := re.search(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
                      + "|".join(sorted(PERSON_WORDS)) + r"))$", " ".join(tokens)):
        return m.group(1)
    taken: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        tok = tokens[position]
        bare = tok.strip(",;:()“”\"")
        if not bare or (tok.endswith((",", ";", ":")) and taken):
            break
        if (bare in ("of", "on", "for", "and") and taken and taken[-1][:1].isupper()
                and position > 0 and tokens[position - 1][:1].isupper()):
            taken.append(bare)  # "Commission on Human Rights", "Ministry of Health"
            continue
        if (bare[0].isupper() or bare.lower() in SUBJECT_NOUNS | ROLE_WORDS | GROUP_NOUNS
                or re.fullmatch(_NAME_PARTICLE, bare)):
            taken.append(bare)
            continue
        break
    taken.reverse()
    while taken and taken[0].lower() in {"but", "and", "while", "as", "the"}:
        taken = taken[1:]
    core = [t for t in taken if t.lower() not in DETERMINERS]
    if not core:
        return None
    if all(t.lower() in SUBJECT_NOUNS and t.islower() for t in core):
        # "A source said": a bare noun needs its article to read as a speaker,
        # except the bodies that speak as plurals ("police said") and names of
        # more than one word ("state media reported")
        if (len(core) == 1 and core[0] in BARE_SPEAKERS) or len(core) > 1:
            return " ".join(core)
        return " ".join(taken) if len(taken) > len(core) else None
    return " ".join(t for t in taken if t.lower() not in ("the",))


def countries_in(text: str) -> list[Country]:
    """Countries named, implied by a nationality adjective, or by a capital/institution."""
    found: list[Country] = []

    def add(code: str | None, name: str | None = None) -> None:
        c = lookup_country(code) if code else (lookup_country(name) if name else None)
        if c is not None and c not in found:
            found.append(c)

    lowered = text.lower()
    for key, metonym_code in METONYMS.items():
        for m in re.finditer(rf"(?<![\w.]){re.escape(key)}(?![\w])", lowered):
            before = re.sub(r"[’']s$", "", lowered[: m.start()].split()[-1]) \
                if lowered[: m.start()].split() else ""
            if before in DEMONYMS or (before and lookup_country(before) is not None):
                continue  # "the German foreign office" is Germany's, not the UK's
            add(metonym_code)
            break
    # runs of capitalised words, with "of" and "and" inside ("Bosnia and Herzegovina")
    for m in re.finditer(r"[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w\-]*){0,3}",
                         text):
        words = m.group(0).split()
        start = 0
        while start < len(words):  # "The Kyrgyz": from each word on, not only the first
            # try the longest run first ("United Kingdom", then "United")
            for n in range(len(words) - start, 0, -1):
                base = re.sub(r"[’']s$", "", " ".join(words[start:start + n]))
                code = DEMONYMS.get(base.lower())
                # a three-letter word is a code only in capitals ("Pan", "Col" are not)
                if code is None and (len(base) > 3 or base in ("US", "UK")
                                     or (len(base) == 3 and base.isupper())):
                    code = c.code if (c := lookup_country(base)) is not None else None
                if code is not None:
                    add(code)
                    start += n
                    break
            else:
                start += 1
    return found


_BOUND = r"(?:\b(more than|at least|over|about|nearly|some|around|almost|up to)\s+)?"
# Up to three words naming who was counted: words, not "-", "before he was" or verbs.
_NOUN = (r"((?:(?!(?:before|after|when|while|as|he|she|they|it|and|but|then|had|have|has|been|"
         r"was|were)\b)[“”\"]?[A-Za-z][\w’'\-]*[”\"]?\s+){0,3}?)")
# Who is counted: a plural noun ("skiers", "fishermen") or one of the words
# that are plural without an s.
_GROUP = (r"((?!(?:days|hours|weeks|months|years|times|minutes|seconds|miles|kilometres|"
          r"kilometers|metres|meters|percent|this|was|has|is|its|his|thus|always|across|"
          r"towards|less|unless|whereas)\b)(?:[a-z][\w\-]*(?<!ou)s|[a-z]*men|people|children|police|crew|staff|"
          r"personnel)\b)")
# (pattern, measure): each finds a number, with a bound before it and the group counted.
_COUNT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "the death toll rose to 44", "revised the death toll from 95 to 84": the last figure
    # (and the earlier one, a revision)
    (re.compile(r"\b(?:death )?toll\b[^.;]*?\b(?:from\s+" + _NUM + r"\s+)?"
                r"(?:to|at|of|reached|stood at|is|was)\s+" + _BOUND + _NUM, re.I), "toll"),
    # "put the number of dead at 29", "the number of injured at 284"
    # "the number of injured treated in Manila hospitals was 63"
    (re.compile(r"\bnumber of (?:[A-Z][\w\-]+\s+)?(dead|deaths|people killed|injured|wounded)"
                r"(?:\s+[a-z][^,.;\d]{0,40}?)?\s+(?:at|to|was|is|stood at|"
                r"(?:had |has )?(?:reached|risen to|rose to|climbed to|stood at))\s+"
                + _BOUND
                + _NUM, re.I), "number"),
    # "killing at least nine people", "wounding 12 people", "killing four skiers"
    # "had “neutralised” more than 60 attackers": the army's word for killed
    (re.compile(r"\b(killing|killed|kill|injuring|injured|wounding|wounded|"
                r"[“\"]?neutrali[sz]ed[”\"]?)\s+" + _BOUND + _NUM
                + r"\s+(?:of the\s+)?(?:[a-z][\w\-]*\s+)?" + _GROUP, re.I), "verb first"),
    # "it had treated more than 2,700 pilgrims"
    # (not "treated 5,600 patients with measles": a disease's patients are no casualties)
    (re.compile(r"\b(?:treated|hospitali[sz]ed|admitted)\s+" + _BOUND + _NUM
                + r"\s+(?!patients|cases)" + _GROUP, re.I), "treated"),
    # "helped to bury 27 people", "27 people were buried"
    (re.compile(r"\b(?:bury|buried|burying)\s+" + _BOUND + _NUM + r"\s+(people|bodies|"
                r"victims|villagers|residents|miners|workers|children|men|women|members|"
                r"relatives|soldiers|civilians)\b", re.I), "buried"),
    # "killing four skiers and injuring six", "and wounded 28 on Friday": no noun of its own
    (re.compile(r"(?:\band|,)\s+(injuring|wounding|injured|wounded|killing|killed)\s+" + _BOUND
                + _NUM + r"(?=\s*(?:[,.;]|$)|\s+(?:others|more|on|in|at|and|before|after|when|"
                r"as)\b)", re.I),
     "verb first"),
    # "between 40 and 60 people were killed", "40 to 60 people died": a range
    (re.compile(r"\bbetween\s+" + _NUM + r"\s+and\s+" + _NUM + r"\s+" + _NOUN
                + r"(?:were |was |had been |have been )?"
                r"(killed|dead|died|injured|wounded|bodies)\b",
                re.I), "range"),
    # "52 bodies had been buried", "the bodies of four fishermen"
    (re.compile(_BOUND + _NUM + r"\s+bodies\b|\bbodies of\s+" + _BOUND + _NUM, re.I),
     "bodies"),
    # "21 civilians and three members of the security forces had died": two groups
    (re.compile(_BOUND + _NUM + r"\s+((?:[\w\-]+\s+){0,2}?[\w\-]+)\s+and\s+" + _BOUND + _NUM
                + r"\s+((?:[\w\-]+\s+){0,5}?[\w\-]+)\s+(?:had |have |were |was )?(?:been )?"
                r"(killed|died|dead)\b", re.I), "pair"),
    # "nine injured people succumbed", "12 wounded later died": dead, not injured
    (re.compile(_BOUND + _NUM + r"\s+(?:injured|wounded)\s+" + _NOUN
                + r"(?:had |have |later )?(succumbed|died)\b", re.I), "number first"),
    # "19 people were being treated in hospital", "36 people were taken to Mulago hospital"
    (re.compile(_BOUND + _NUM + r"\s+" + _NOUN + r"(?:were |was |are |had been )?(?:being )?"
                r"(?:treated|hospitali[sz]ed|remained in hospital|in hospital|kept in hospital|"
                r"taken to (?:[A-Z][\w\-]*\s+){0,3}hospitals?)\b", re.I),
     "hospital"),
    # "16 people had been pulled from the river alive and flown to hospitals"
    (re.compile(_BOUND + _NUM + r"\s+(people|passengers|workers|others|survivors|children)\s+"
                r"[^.;\d]{0,60}?\b(?:taken|flown|rushed|airlifted|admitted|evacuated)\s+to\s+"
                r"(?:[A-Z][\w\-]*\s+)?hospitals?\b", re.I), "hospital"),
    # "A farm worker, 52, died", "A police officer was among the dead": one person
    (re.compile(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+((?:(?!(?:whose|who|that|which)\b)[A-Za-z][\w\-]*\s+)"
                r"{0,3}?[a-z][\w\-]*)"
                r"(?:,\s*\d{1,3},)?\s+(?:also\s+)?(?:was\s+(?:killed|shot dead|found dead|"
                r"confirmed dead|among the dead)|(?:had\s+|has\s+)?(?:later\s+)?died|"
                r"was\s+(?:seriously\s+|badly\s+)?(injured|wounded|hurt))\b"), "one"),
    # "Two of the victims were German": the victims of a deadly event are its dead
    (re.compile(_BOUND + _NUM + r"\s+of the (?:dead|victims)\s+(?:were|was)\b", re.I),
     "of the dead"),
    # "31 people were killed", "12 people were shot dead", "38 people in western Kenya
    # this week" (after "killed")
    (re.compile(_BOUND + _NUM + r"(?!\s+of\s+(?:whom|them)\b)\s+" + _NOUN
                # "two engineers who worked at the plant were among the injured"
                + r"(?:(?:who|that)\s+(?:[\w’'\-]+\s+){1,6}?)?"
                # "Two women, aged 19 and 20, died"; "two of its citizens, the pilot and
                # the flight engineer, had died"
                + r"(?:[\w’'\-]+,[^,]{1,40},\s*)?"
                + r"(?:were |was |had been |have been |had |"
                r"have |later )?(?:seriously |badly |critically |severely |slightly |lightly )?"
                r"(?:shot |found |confirmed |burned |crushed )?"
                r"(killed|dead|died|drowned|neutrali[sz]ed|(?:crushed|burned|burnt|trampled|stabbed|"
                r"beaten|frozen) to death|(?<!of the )injured|(?<!of the )wounded|"
                r"hurt|treated for injuries|succumbed|lost their lives|among the dead|"
                r"among the (?:injured|wounded)|buried|had (?:serious |severe )?burns|deaths)\b"
                # not "the two attacks had killed 29": the number is the object's
                r"(?!\s+(?:more than |at least |over |about |nearly )?(?:\d|(?:"
                + "|".join(NUMBER_WORDS) + r")\b))", re.I),
     "number first"),
]
# Words that make a name a place: "Mount Lewotana" is no one a later "he" can be.
PLACE_WORDS = {"mount", "mountain", "lake", "river", "port", "cape", "fort", "gulf", "bay",
               "island", "islands", "sea", "ocean", "valley", "city", "province", "state",
               "district", "region", "street", "road", "square", "airport", "hospital",
               "university", "school", "stadium", "hotel", "bridge", "camp", "park", "county"}
# What is counted in a sentence about a disaster but is no one's casualty.
NOT_PEOPLE = {"houses", "homes", "buildings", "cars", "vehicles", "trucks", "animals", "livestock",
              "sheep", "goats", "cattle", "cows", "horses", "camels", "hectares", "acres", "tonnes",
              "tons", "shops", "schools", "bridges", "roads", "villages", "attacks", "strikes",
              "missiles", "rockets", "drones", "shells", "bombs", "boats", "ships", "aircraft"}
_KILLED_WORDS = ("killed", "dead", "died", "drowned", "succumbed", "lost their lives",
                 "crushed to death", "burned to death", "burnt to death", "trampled to death",
                 "stabbed to death", "beaten to death", "frozen to death",
                 "among the dead", "neutralised", "neutralized", "buried", "deaths")


@dataclass
class Count:
    """A count a sentence states: `bound` is "at least", "about", ... or a
    range's text ("40-60"); `earlier` is the figure a revision replaced."""

    measure: str  # "killed" or "injured"
    number: int
    bound: str | None
    noun: str
    earlier: int | None = None
    included: bool = False  # "..., including two firefighters": part of another count
    start: int = -1  # where the count stands in its sentence
    kind: str = ""  # the pattern that found it
    parts: tuple[int, int] | None = None  # "nine died at the scene and five others later"

    @property
    def text(self) -> int | str:
        """The count as the format writes it: 9, "9+", "40-60"."""
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return "unknown"
        if "-" in bound:
            return bound
        return f"{self.number}+" if bound in ("more than", "at least", "over") else self.number

    @property
    def check(self) -> str | None:
        """Why the figure is only approximately the article's."""
        if self.parts:
            return f"the sum of the article's {self.parts[0]} and {self.parts[1]}"
        bound = (self.bound or "").lower()
        if bound in VAGUE:
            return f"the article says '{bound}'; no figure"
        if bound in ("about", "nearly", "some", "around", "almost", "up to"):
            return f"the article says '{bound} {self.number:,}'"
        return None


def _counts_in(sentence: str) -> list[Count]:
    """Each count the sentence states, the way a figure is stated most plainly first."""
    out: list[Count] = []
    taken: set[int] = set()  # where each number counted so far stands: one number, one count
    sentence = re.sub(r"[“”\"]", "", sentence)  # had killed “more than 60” people
    for pattern, kind in _COUNT_PATTERNS:
        for m in pattern.finditer(sentence):
            groups = m.groups()
            at = next((m.start(i + 1) for i, g in enumerate(groups) if g is not None
                       and (parse_number(g) is not None or g.lower() in VAGUE)), m.start())
            if at in taken:
                continue
            taken.add(at)
            earlier = None
            if kind == "pair":
                first, second = parse_number(groups[1]), parse_number(groups[4])
                if first is None or second is None:
                    continue
                taken.add(m.start(5))
                out.append(Count("killed", first, groups[0], groups[2], start=m.start(2)))
                out.append(Count("killed", second, groups[3], groups[5], start=m.start(5)))
                continue
            if kind == "toll":
                n = parse_number(groups[2])
                earlier = parse_number(groups[0]) if groups[0] else None
                measure, bound, noun = "killed", groups[1], ""
            elif kind == "number":
                n = parse_number(groups[2])
                measure = "killed" if groups[0].lower() in ("dead", "deaths", "people killed") \
                    else "injured"
                bound, noun = groups[1], ""
            elif kind == "range":
                low, high = parse_number(groups[0]), parse_number(groups[1])
                if low is None or high is None:
                    continue
                word = groups[3].lower()
                measure = "killed" if word in ("killed", "dead", "died", "bodies") else "injured"
                out.append(Count(measure, low, f"{low}-{high}", groups[2].strip()))
                continue
            elif kind == "bodies":
                n = parse_number(groups[1] or groups[3])
                measure, bound, noun = "killed", groups[0] or groups[2], ""
            elif kind == "hospital":
                n = parse_number(groups[1])
                measure, bound = "injured", groups[0]
                noun = re.sub(r"^of (?:them|whom|the \w+)\s*", "", (groups[2] or "").strip())
            elif kind == "treated":
                n, measure, bound, noun = parse_number(groups[1]), "injured", groups[0], groups[2]
            elif kind == "buried":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], groups[2]
            elif kind == "one":
                n, bound, noun = 1, None, groups[0]
                measure = "injured" if groups[1] else "killed"
            elif kind == "of the dead":
                n, measure, bound, noun = parse_number(groups[1]), "killed", groups[0], ""
            elif kind == "verb first":
                n = parse_number(groups[2])
                verb = groups[0].lower().strip("“”\"")
                measure = "killed" if verb.startswith(("kill", "neutrali")) else "injured"
                bound, noun = groups[1], (groups[3] if len(groups) > 3 else "") or ""
            else:
                n = parse_number(groups[1])
                measure = "killed" if groups[3].lower() in _KILLED_WORDS else "injured"
                bound, noun = groups[0], groups[2].strip().strip("“”\"")
                # "41 of its citizens had died": the citizens
                noun = re.sub(r"^of (?:its|their|his|her|the)\s+", "", noun)
                if noun.lower() in ("others", "other", "more", "injured", "wounded"):
                    noun = ""
            if noun.lower().split()[-1:] and noun.lower().split()[-1] in NOT_PEOPLE:
                continue  # "150 houses had been buried", "4.7 million sheep died"
            vague = next((g.lower() for g in groups if g and g.lower() in VAGUE), None)
            if n is None and vague:
                n, bound = 0, vague  # "wounding dozens"
            if re.match(r"[^.;,]{0,40}?\b(?:(?:every|each|per) (?:year|month|week)|annually)\b",
                        sentence[m.end():]):
                continue  # "dozens of miners died every year": a rate, not a toll
            if n is not None and kind == "number first" and (rest := re.match(
                    r"[^.;\d]{0,40}?\band\s+" + _NUM + r"\s+others\b(?!\s+(?:were|was|had|have)\b)",
                    sentence[m.end():], re.I)):
                # "nine people had died on the spot and five others on the way to hospital"
                more = parse_number(rest.group(1))
                if more is not None:
                    out.append(Count(measure, n + more, bound, noun, start=at, kind=kind,
                                     parts=(n, more)))
                    taken.add(m.end() + rest.start(1))
                    continue
            if n is not None:
                included = bool(re.search(r"\b(?:including|among them|of them)\s+$",
                                          sentence[:m.start()], re.I))
                out.append(Count(measure, n, bound, noun, earlier, included, at, kind))
    return out


def organisations_in(text: str) -> list[str]:
    """Organisations named in `text`, canonical names, longest match first
    ("the Chilean Red Cross" is the Red Cross, not Chile)."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    spellings = sorted(((spelling, name) for name, spellings in ORGANISATIONS.items()
                        for spelling in spellings), key=lambda pair: -len(pair[0]))
    for spelling, name in spellings:
        flags = 0 if spelling.isupper() else re.I
        for m in re.finditer(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", text, flags):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if t.isdigit():
        return int(t)
    if "-" in t:  # "twenty-one"
        tens, _, unit = t.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(t)


# ---------------------------------------------------------------------------
# Extraction


@dataclass
class Value:
    """A field value with an optional `# check:` note."""

    value: object
    check: str | None = None


Record = dict[str, Value]


@dataclass
class Draft:
    title: str = ""
    date: Value = field(default_factory=lambda: Value(date.today().isoformat()))
    summary: str = ""
    key_points: list[str] = field(default_factory=list)
    quotes: list[Record] = field(default_factory=list)
    casualty_claims: list[Record] = field(default_factory=list)
    figures: list[Record] = field(default_factory=list)
    reactions: list[Record] = field(default_factory=list)
    timeline: list[Record] = field(default_factory=list)


_QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)
_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
_MONTH_YEAR = re.compile(r"\bin\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)


def find_date(text: str) -> date | None:
    if m := _ISO.search(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if m := _DMY.search(text):
        return date(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1]))
    if m := _MDY.search(text):
        return date(int(m[3]), MONTHS.index(m[1].lower()) + 1, int(m[2]))
    return None


def _medium(rest: str) -> str | None:
    low = rest.lower()
    for pattern, name in ((r"twitter|tweet", "Twitter"), (r"\bx\b post|\bon x\b", "X"),
                          (r"telegram", "Telegram"), (r"facebook", "Facebook"),
                          (r"instagram", "Instagram"), (r"truth social", "Truth Social"),
                          (r"state (?:television|tv)", "state television"),
                          (r"(\w+) briefing", None), (r"press conference", "press conference"),
                          (r"interview", "interview"), (r"statement", "statement"),
                          (r"television|\btv\b", "television"), (r"radio", "radio")):
        if m := re.search(pattern, low):
            if name is None:
                word = rest[m.start(1):m.end(1)]
                return f"{word} briefing" if word[:1].isupper() else "briefing"
            return name
    return None


class _Extractor:
    def __init__(self, text: str) -> None:
        lines = text.strip().splitlines()
        self.title = lines[0].strip().lstrip("#").strip() if lines else ""
        self.body = "\n".join(lines[1:])
        self.paras = paragraphs(self.body)
        self.article_date = find_date(text)
        self.people: dict[str, tuple[str, str | None]] = {}  # surname -> (name, role)
        self.last_person: str | None = None
        self.last_quote_speaker: tuple[str, str | None] | None = None
        # (sentence number, name): the claimant of the last claim, the subject
        # of the last sentence that had one; "It said" is the more recent.
        self.last_claimant: tuple[int, str | None] = (-1, None)
        self.last_subject: tuple[int, str | None] = (-1, None)
        self.sentence_number = 0
        self.bodies: list[str] = []  # claimants and subjects that are not people, in order
        self.aliases: dict[str, str] = {}  # "disaster agency" -> "AFAD"
        # (sentence number, claimant) of a claimant described, not named: "a local group"
        self.indefinite: tuple[int, str] = (-1, "")
        self.draft = Draft(title=self.title)
        # A headline that names one country names where the story happens; one
        # that names none ("near Dhaka") leaves it to the first sentence.
        named = countries_in(self.title)
        for para in self.paras[:3]:
            if named:
                break
            first = sentences(para)[0] if sentences(para) else ""
            # only where something happened: "on the outskirts of Bangladesh's capital"
            named = [c for m in _PLACE.finditer(first) for c in countries_in(m.group(1))]
        self.host = named[0] if len(named) == 1 else None

    # -- people --------------------------------------------------------------

    def person(self, phrase: str) -> tuple[str, str | None]:
        """Resolve a subject phrase to (speaker, role), remembering named people."""
        phrase = re.sub(_HONORIFIC, r"\1", phrase)
        if organisations_in(phrase):
            return _clean_name(phrase), None  # "the Organisation of Islamic Cooperation"
        name, role = split_role(phrase)
        words = name.split()
        is_person = (len(words) >= 2 and all(map(_capitalised, words))
                     and not {words[0].lower(), words[-1].lower()} & PLACE_WORDS
                     and not any(w.lower() in SUBJECT_NOUNS for w in words)
                     and not countries_in(name) and not organisations_in(name))
        if is_person:
            self.people[words[-1]] = (name, role)
            self.last_person = words[-1]
            return name, role
        if not is_person and (m := re.search(r"\b[a-z][\w\-]*\s+((?:[A-Z][\w’'\-]+\s+){1,2}"
                                             r"[A-Z][\w’'\-]+)$", name)) \
                and not organisations_in(m.group(1)) and not countries_in(m.group(1)):
            # "Union leader Rosa Mamani": the name after the role
            found, title = split_role(m.group(1))  # "spokesman Col Abdoulaye Maiga"
            role = " ".join(filter(None, (name[: m.start(1)].strip(), title))) or None
            self.people[found.split()[-1]] = (found, role)
            self.last_person = found.split()[-1]
            return self.people[self.last_person]
        if len(words) == 1 and words[0] in self.people:
            self.last_person = words[0]
            return self.people[words[0]]
        if words and re.sub(r"[’']s$", "", words[-1]).lower() in PERSON_WORDS \
                and not organisations_in(name):
            # "Ukraine's president": a person, though not named; a later "he" is them
            self.people[name] = (name, role)
            self.last_person = name
        return name, role

    def pronoun(self) -> tuple[str, str | None] | None:
        if self.last_person and self.last_person in self.people:
            return self.people[self.last_person]
        return None

    # -- quotes --------------------------------------------------------------

    def quotes_in(self, sentence: str) -> None:
        for m in _QUOTE.finditer(sentence):
            words = (m.group(1) or m.group(2)).strip()
            if len(words) < 2:
                continue
            if not _SAY.search(sentence) and len(words.split()) <= 5 and all(
                    w[:1].isupper() or w in ("of", "the", "and") for w in words.split()):
                continue  # the Pacific “Ring of Fire”: a name in quote marks, not a quote
            before, after = sentence[: m.start()], sentence[m.end():]
            speaker: tuple[str, str | None] | None = None
            check = None
            if gm := _GAVE_NAME.search(after):
                speaker = (gm.group(1), None)
            elif pm := _PRONOUN_SAY.match(after):
                speaker = self.pronoun()
                check = f"'{pm.group(1)}' taken to be the last named speaker"
            elif rn := _AFTER_SAY_ROLE_NAME.match(after):
                speaker = self.person(rn.group(3))
            elif dn := _AFTER_SAY_DESCRIBED_NAME.match(after):
                speaker = self.person(dn.group(1))
            elif dm := _AFTER_SAY_DESCRIBED.match(after):
                speaker = (dm.group(1).split()[-1], None)
                check = "a person described, not named"
            elif rc := _ROLE_COMMA_NAME_SAY.match(after):
                speaker = self.person(rc.group(1))
            elif doc := _DOCUMENT_SAY.match(after):
                author = max((self.last_subject, self.last_claimant), key=lambda p: p[0])[1]
                speaker = (author, None) if author else None
                check = f"the author of the {doc.group(1)} named before"
            elif os_ := _ONE_OF_SAY.match(after):
                speaker = (re.sub(r"s$", "", os_.group(1)), None)  # "one of the doctors"
                check = "a person described, not named"
            elif ds := _DESCRIBED_SAY.match(after):
                speaker = (ds.group(1).split()[-1], None)
                check = "a person described, not named"
            elif am := _AFTER_NAME_SAY.match(after):
                speaker = self.person(am.group(1))
            elif rs := _ROLE_NAME_SAY.match(after):
                speaker = self.person(rs.group(1))
            elif sm := _AFTER_SAY_NAME.match(after):
                speaker = self.person(sm.group(2))
            elif rm := _REPORTED_SAYING.search(before):
                speaker = (_clean_name(rm.group(1)), None)
            elif wm := _WHO_CHANTED.search(before):
                speaker = (wm.group(1), None)
            elif subj := subject_before(before):
                if subj.lower() in ("he", "she"):  # "She said ... “once and for all”"
                    speaker = self.pronoun()
                    check = f"'{subj}' taken to be the last named speaker"
                elif subj.lower() in ("it", "they") or (subj.islower() and (
                        subj.split()[-1] in GROUP_NOUNS or self.resolve_body(subj) != subj)):
                    speaker = (self.resolve_body(subj), None)  # "the group said": which
                else:
                    speaker = self.person(subj)
            elif acc := _ACCORDING.search(sentence):
                speaker = self.person(acc.group(2) or acc.group(1))
            elif re.match(r"(?:He|She)\b", before):
                # "He blamed the organisers for distributing money “...”"
                speaker = self.pronoun()
                check = "the pronoun taken to be the last named speaker"
            elif opener := _STARTS_WITH_NAME.match(before):
                # "Prime Minister Le Van Thanh ordered ... and told officials “...”"
                speaker = self.person(opener.group(1))
            if speaker is None and self.last_quote_speaker is not None:
                # A quotation that goes on with no attribution of its own.
                speaker = self.last_quote_speaker
                check = "continues the last quote; same speaker?"
            if speaker is None:
                speaker = ("Unknown", None)
                check = "no speaker found; fill it in"
            elif speaker[0] != "Unknown":
                self.last_quote_speaker = speaker
                word = speaker[0]
                if (" " not in word and word[:1].isupper() and word not in self.people
                        and not countries_in(word) and not organisations_in(word)):
                    # "“...,” Malik said": a person, whom a later "he" may mean
                    self.people[word] = speaker
                    self.last_person = word
            starts = not before.strip(" —-:")
            partial = not starts and not re.search(r"[:,]\s*$", before)
            record: Record = {"speaker": Value(speaker[0], check)}
            if speaker[1]:
                record["role"] = Value(speaker[1], "role from apposition")
            country = countries_in(speaker[1] or speaker[0])
            if country:
                record["country"] = Value(country[0].code, "guessed from the speaker")
            record["text"] = Value(words)
            if partial:
                record["partial"] = Value(True)
            if medium := _medium(after if starts else sentence):
                record["medium"] = Value(medium, "check the medium")
            self.draft.quotes.append(record)

    # -- claims -------------------------------------------------------------

    def claimant(self, sentence: str) -> str | None:
        # "..., according to the Ugandan police": the attribution closest to the figure
        if (acc := _ACCORDING.search(sentence)) and _counts_in(sentence[: acc.start()]):
            return _clean_name(acc.group(2) or acc.group(1))
        subj = subject_before(sentence)
        if subj:
            return self.person(subj)[0]
        if after := _SAY_THEN_NAME.search(sentence):
            return self.person(after.group(1))[0]  # "..., said Abu Sufian Khan, the deputy ..."
        put = re.search(r"^(.*?)\s+(?:put|puts|estimated|estimates|revised|raised|lowered|"
                        r"updated)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:number|toll)", sentence)
        if put and (found := _subject_at(put.group(1))):
            return self.person(found)[0]
        if acc:
            return _clean_name(acc.group(2) or acc.group(1))
        found_by = re.search(r"^(.*?)\s+(?:had\s+|has\s+|have\s+)?(?:recovered|found|counted|"
                             r"recorded|registered|pulled out)\b", sentence)
        if found_by and (who := _subject_at(found_by.group(1))):
            return self.person(who)[0]  # "the coast guard had recovered 82 bodies"
        if said := re.search(rf"(?:[”\"],?|,)\s*(he|she|it|they)\s+(?:{SAY_VERBS})\b", sentence):
            # "“We have buried 61 people,” he said", "..., it said": whoever that is
            return said.group(1)
        return None

    def resolve_body(self, name: str) -> str:
        """"It said", "he said", "the ministry said": who that is, from what came before."""
        low = name.lower().removeprefix("the ")
        if low in ("he", "she"):
            return (self.pronoun() or (name, None))[0]
        earlier = max((self.last_subject, self.last_claimant), key=lambda pair: pair[0])[1]
        if low in ("it", "they"):
            return earlier or name
        if low in self.aliases:
            return self.aliases[low]  # "the disaster agency" named AFAD before
        if low in PERSON_WORDS or low in ROLE_WORDS:
            # "according to the minister": the last person named with that role
            for person, role in reversed(list(self.people.values())):
                if role and low in role.lower().split() and person != name:
                    return person
        words = low.split()
        if words and all(w.islower() for w in name.split()) and words[-1] in GROUP_NOUNS:
            # "the ministry": the last body of that kind named ("the emergency
            # situations ministry"), not a person who spoke since
            for body in reversed(self.bodies):
                if (body.lower().endswith(words[-1])
                        and set(words) < set(body.lower().split())):
                    return body
        return name

    def casualties_in(self, sentence: str) -> None:
        # "Denmark said two citizens had died, and Britain said a woman had died": two
        # claimants, each with its own count
        clauses = re.split(r",\s+and\s+(?=(?:the\s+)?[A-Z])", sentence)
        if (len(clauses) > 1 and all(_counts_in(c) for c in clauses)
                and all(_SAY.search(c) for c in clauses[1:])):
            for clause in clauses:
                self.claims_in(clause)
        else:
            self.claims_in(sentence)

    def claims_in(self, sentence: str) -> None:
        if re.search(r"\b(?:did not|didn't|gave no|without)\b.*\bevidence\b", sentence, re.I):
            if self.draft.casualty_claims:
                self.draft.casualty_claims[-1]["evidence"] = Value(
                    "not-provided", "the article says no evidence was given")
            return
        if not CASUALTY.search(sentence) or _QUOTE.fullmatch(sentence.strip()):
            return
        # ("Japan and South Korea, whose citizens were there, said ...": the list)
        listed = re.sub(r",\s*(?:which|who|whose)\b[^,]*,", "", sentence)
        claimants = self.list_subject(listed) or (
            [c] if (c := self.claimant(sentence)) else [])
        if not claimants and self.last_claimant[0] == self.sentence_number - 1 \
                and self.last_claimant[1]:
            # "Three other firefighters were injured.": the claim before goes on
            claimants = [self.last_claimant[1]]
        claimants = [self.resolve_body(c) for c in claimants]
        if not claimants:
            return
        low = sentence.lower()
        killed: Count | None = None
        injured: Count | None = None
        others: list[Count] = []
        affected = "check"
        if m := re.search(r"\bnone of (?:their|its|his|her) (\w+)", low):
            affected = m.group(1)
            if "killed" in low or "dead" in low or "victims" in low:
                killed = Count("killed", 0, None, affected)
            else:
                injured = Count("injured", 0, None, affected)
        elif m := re.search(r"\b(?:no|not suffer(?: any)?|did not suffer|not aware of any)\s+"
                            r"((?:\w+\s+)?)casualties", sentence, re.I):
            killed = Count("killed", 0, None, "")
            word = m.group(1).strip()
            affected = ("civilians" if word == "civilian"
                        else f"{word} personnel" if word not in ("", "any") else "forces")
            if re.search(r"\b(its|their) forces\b", low):
                affected = "forces"
        else:
            found = _counts_in(sentence)
            if not found:
                return
            # a toll stated as one first ("the toll rose to 44"), then in the sentence's order
            found.sort(key=lambda c: (c.kind not in ("toll", "number"), c.start))
            for count in found:
                # each figure keeps its own bound: "at least 9 dead and 40 injured"
                if count.measure == "killed" and killed is None:
                    killed = count
                elif count.measure == "injured" and injured is None:
                    injured = count
                elif (count.measure == "killed" and killed is not None and not count.included
                      and count.start > killed.start and count.number != killed.number
                      and count.kind != "bodies"
                      and re.search(r",\s+and\s+|;\s", sentence[killed.start:count.start])):
                    # "Eight people drowned in Galle, and two died in Colombo": two places
                    others.append(count)
                elif (count.measure == "killed" and killed is not None and count.noun
                      and not count.included
                      and killed.noun and count.noun != killed.noun
                      and count.number != killed.number):
                    # "17 soldiers had been killed and ... neutralised 60 attackers":
                    # another group's dead, a claim of its own
                    others.append(count)
                if count.noun and affected == "check":
                    affected = count.noun
            if others and killed is not None:
                # the groups' claims in the order the sentence gives them
                first, *others = sorted([killed, *others], key=lambda c: c.start)
                if first is not killed:
                    affected, killed = first.noun, first
            if affected == "check":
                affected = "people"
        for who in claimants:
            who_country = countries_in(who)
            group = affected
            if affected in ("forces", "troops", "soldiers", "personnel") and who_country:
                adjective = next((a for a, c in DEMONYMS.items() if c == who_country[0].code),
                                 who_country[0].name)
                group = f"{adjective.title()} {affected}"
            head: Record = {"claimant": Value(who, "claimant from the attribution")}
            if who_country:
                head["country"] = Value(who_country[0].code, "guessed from the claimant")
            head["affected"] = Value(group, "whose casualties? make groups match to compare")
            if killed is not None and killed.earlier is not None:
                # "revised the toll from 95 to 84": the earlier figure is a revision before
                self.draft.casualty_claims.append({
                    **head, "killed": Value(killed.earlier),
                    "note": Value(f"the earlier figure, revised to {killed.number}: {sentence}",
                                  "a revision: the claim after this one is the current")})
            record = dict(head)
            if killed is not None:
                record["killed"] = Value(killed.text, killed.check)
            if injured is not None:
                record["injured"] = Value(injured.text, injured.check)
            record["note"] = Value(sentence, "the sentence this claim came from")
            self.draft.casualty_claims.append(record)
            for other in others:
                self.draft.casualty_claims.append({
                    **head, "affected": Value(other.noun, "whose casualties?"),
                    "killed": Value(other.text, other.check), "note": record["note"]})
            self.last_claimant = (self.sentence_number, who)
            self.remember_body(who)
            if re.search(rf"\b(?:[Aa]n?)\s+{re.escape(who)}\b", sentence):
                self.indefinite = (self.sentence_number, who)

    def remember_body(self, name: str) -> None:
        if name.lower() not in ("it", "they", "he", "she") and name.split()[-1] not in self.people:
            self.bodies.append(name)

    def figures_in(self, sentence: str) -> None:
        if CASUALTY.search(sentence):
            return
        for m in COUNTED.finditer(sentence):
            n = parse_number(m.group(2))
            if n is None or n == 0:
                continue
            tail = sentence[m.end():].lower()
            verb = re.search(r"\b(fired|launched|targeted|hit|struck|destroyed|deployed|"
                             r"remain|displaced|arrested|detained|evacuated|lined up)\b",
                             tail + " " + sentence[: m.start()].lower())
            what = m.group(4).lower() + (f" {verb.group(1)}" if verb else "")
            value = f"{n}+" if m.group(1) and m.group(1).lower() in (
                "at least", "more than", "over") else str(n)
            claimant = self.claimant(sentence[: m.start()]) or self.claimant(sentence)
            if not claimant:
                continue
            self.draft.figures.append({
                "what": Value(what, "name figures alike so disputes are found"),
                "claimant": Value(claimant, "claimant from the attribution"),
                "value": Value(value),
                "note": Value(sentence),
            })

    def list_subject(self, sentence: str, verbs: str = SAY_VERBS) -> list[str]:
        """'Germany, Denmark, Norway and Poland said' -> the four names;
        'New Zealand and the Netherlands updated' -> the two."""
        name = r"(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
        m = re.match(rf"^(?:The\s+)?((?:{name}(?:,\s+(?:and\s+)?|\s+and\s+))+{name})\s+(?:also\s+)?"
                     rf"(?:{verbs})",
                     sentence)
        if not m or organisations_in(m.group(1)):
            return []  # "the Food and Agriculture Organization said": one name
        parts = [re.sub(r"^the\s+", "", p.strip()) for p in
                 re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p.strip()]
        names: list[str] = []
        for part in parts:  # "Bosnia and Herzegovina" is one country
            if names and lookup_country(f"{names[-1]} and {part}") is not None:
                names[-1] = f"{names[-1]} and {part}"
            else:
                names.append(part)
        return names

    # -- reactions ----------------------------------------------------------

    def reactions_in(self, sentence: str) -> None:
        # Each clause of a sentence may be a reaction ("France condemned the
        # strike, and Germany said ...").
        clauses = re.split(r",\s+(?:and|while|but)\s+(?=(?:the\s+)?[A-Z])|;\s+", sentence)
        # (not "The UN refugee agency, UNHCR, and the IOM said": one clause, two subjects)
        if len(clauses) > 1 and _REACT.search(clauses[0]):
            for clause in clauses:
                self._reaction_in(clause)
        else:
            self._reaction_in(sentence)

    def _reaction_in(self, sentence: str) -> None:
        # "Iran, which has long said ..., told Washington": the clause is not the subject
        main = re.sub(r",\s*(?:which|who|whose)\b[^,]*,", "", sentence)
        # "Pakistan and Iran, Afghanistan's neighbours, sent ...": nor is a description
        main = re.sub(r",(?!\s*[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*,)\s*[^,]{1,60},\s*(?="
                      + REACTION_VERBS + r")", " ", main)
        names = self.list_subject(main, REACTION_VERBS)
        verb_match = _SAY.search(main) or _REACT.search(main)
        if not verb_match:
            return
        organisations: list[str] = []
        if names:
            countries = [c for n in names for c in countries_in(n)]
        else:
            head = main[: verb_match.start()]
            subject = subject_before(main[: verb_match.end()]) or _subject_at(head)
            # the one nearest the verb: "The UN agency for Palestinian refugees, UNRWA, said"
            named = organisations_in(head)
            # "The UN refugee agency, UNHCR, and the IOM said": each; else the one nearest
            organisations = named if re.search(r",?\s+and\s+(?:the\s+)?[A-Z]", head) else named[-1:]
            countries = [] if organisations else (countries_in(subject)[:1] if subject else [])
            if not organisations and re.fullmatch(
                    r"\s*(?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+[’']s\s+[a-z]+\s+and\s+(?:[A-Z][\w\-]+\s+)?"
                    r"[A-Z][\w\-]+[’']s\s+[a-z]+\s*", head):
                countries = countries_in(head)  # "Israel's president and Germany's chancellor"
            if subject and not countries and not organisations and re.fullmatch(
                    r"[^,]{1,60},\s*(?:[A-Z][\w’'\-]+\s*){1,5},\s*", head):
                # "Poland's foreign minister, Adam Nowak, called ...": the role names it
                # (not "A survivor from Gambia, Lamin Jallow, said": a person from there)
                role = re.sub(r"\b(?:from|in|at|near)\s+.*", "", head.split(",")[0])
                countries = countries_in(role)[:1]
        stance = next((STANCE_BY_VERB[v.group(1).lower()] for v in _SAY.finditer(main)
                       if v.group(1).lower() in STANCE_BY_VERB), None)
        if re.search(r"\brestraint\b", sentence, re.I):
            stance = "calls-for-restraint"
        for c in countries:
            if c == self.host:
                continue  # the story's own country: its authorities are sources, not reactions
            record: Record = {"country": Value(c.code)}
            record["stance"] = Value(stance or "other", "stance guessed from the verb")
            record["summary"] = Value(sentence, "trim to what this country said or did")
            self.draft.reactions.append(record)
        for name in organisations:
            if any(r.get("organisation", Value(None)).value == name for r in self.draft.reactions):
                continue
            record = {"organisation": Value(name, "the organisation named as the subject")}
            record["stance"] = Value(stance or "other", "stance guessed from the verb")
            record["summary"] = Value(sentence, "trim to what this organisation said or did")
            self.draft.reactions.append(record)

    # -- timeline -----------------------------------------------------------

    def timeline_in(self, sentence: str) -> None:
        low = sentence.lower()
        when: date | None = None
        check = None
        if m := _MONTH_YEAR.search(sentence):
            when = date(int(m[2]), MONTHS.index(m[1].lower()) + 1, 1)
            check = "only the month is given; day set to 1"
        elif (d := find_date(sentence)) is not None:
            when = d
        elif self.article_date is not None:
            for i, day in enumerate(WEEKDAYS):
                if re.search(rf"\b{day}\b", low):
                    back = (self.article_date.weekday() - i) % 7
                    if re.search(rf"\b(next|coming)\s+{day}\b", low):
                        when = self.article_date + timedelta(days=(i - self.article_date.weekday())
                                                             % 7 or 7)
                    else:
                        when = self.article_date - timedelta(days=back)
                    check = f"'{day.title()}' resolved against the article date"
                    break
        if when is not None:
            self.draft.timeline.append({"when": Value(when.isoformat(), check),
                                        "event": Value(sentence, "shorten to the event")})

    # -- whole article --------------------------------------------------------

    def run(self) -> Draft:
        d = self.draft
        if self.article_date:
            d.date = Value(self.article_date.isoformat(), "date found in the article")
        else:
            d.date = Value(date.today().isoformat(),
                           "PLACEHOLDER: the article states no date; set the event's date")
        lead = self.paras[:2]
        d.summary = "\n\n".join(lead)
        for para in self.paras[1:5]:
            first = sentences(para)[0] if sentences(para) else ""
            if first and not _QUOTE.match(first):
                d.key_points.append(first)
        for para in self.paras:
            for sentence in sentences(para):
                self.sentence_number += 1
                self.quotes_in(sentence)
                self.casualties_in(sentence)
                self.figures_in(sentence)
                self.reactions_in(sentence)
                self.timeline_in(sentence)
                self.remember_subjects(sentence)
        return d

    def remember_subjects(self, sentence: str) -> None:
        """Who this sentence is about, for the pronouns and short names that follow."""
        described = re.match(r"(?:A|An|The|One)\s+((?:[a-z][\w\-]*\s+){0,2}(?:"
                             + "|".join(sorted(PERSON_WORDS)) + r"))(?=\s|,)", sentence)
        subj = None if _QUOTE.search(sentence) else subject_before(sentence)
        named = subj is not None and len(subj.split()) >= 2 and subj.istitle()
        named_role = re.match(r"(?:The|A|An)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+"
                              r"((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+),", sentence)
        if named_role:
            self.person(named_role.group(1))  # "The regional president, Jorge Sanchis, ..."
        elif described and _SAY.search(sentence) and not named:
            # "A nurse ... said", "A local official spoke"; then "she", "he"
            self.people[described.group(1)] = (described.group(1), None)
            self.last_person = described.group(1)
        elif subj:
            self.person(subj)  # remember who spoke, for later pronouns
            if subj.lower() not in ("it", "they"):
                self.last_subject = (self.sentence_number, subj)
                self.remember_body(subj)
        elif body := _STARTS_WITH_BODY.match(sentence):
            # "Saudi Arabia's health ministry did not give a total. It said ...": it
            self.last_subject = (self.sentence_number, body.group(1))
            self.remember_body(body.group(1))
        elif (opener := re.match(r"(?:The\s+)?((?:[A-Z][\w’'\-]*\s+(?:of\s+|and\s+)?){0,5}"
                                 r"[A-Z][\w’'\-]*)\s+[a-z]", sentence)) \
                and organisations_in(opener.group(1)):
            # "The World Health Organization gave a lower figure. It said ...": it
            self.last_subject = (self.sentence_number, _clean_name(opener.group(1)))
        elif starts := _STARTS_WITH_NAME.match(sentence):
            self.person(starts.group(1))  # "Police chief Tom Reyes arrived."; then "he"
        if (subj and named and self.indefinite[0] == self.sentence_number - 1
                and re.search(re.escape(subj) + r",\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:"
                              + "|".join(sorted(GROUP_NOUNS)) + r")\b", sentence)):
            # "..., a local volunteer group said. The Jebel Tawra Emergency Room, a
            # network of volunteers ..., said": the group described is the one named
            described_as = self.indefinite[1]
            self.aliases[described_as.lower()] = subj
            if self.people.pop(subj.split()[-1], None) and self.last_person == subj.split()[-1]:
                self.last_person = None  # a body, not a person a later "he" could be
            for claim in self.draft.casualty_claims:
                if claim["claimant"].value == described_as:
                    claim["claimant"] = Value(
                        subj, f"named in the next sentence ('a {described_as}')")
        if subj and subj[:1].isupper() and (m := re.search(
                re.escape(subj) + r",\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?("
                + "|".join(sorted(GROUP_NOUNS)) + r")\b", sentence)):
            self.aliases[m.group(1)] = subj  # "JNIM, the al Qaeda-linked group": "the group"
        for titled in re.finditer(r"\b([A-Z][a-z]+)\s+((?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+)",
                                  sentence):
            if titled.group(1).lower() in PERSON_WORDS | ROLE_WORDS and not countries_in(
                    titled.group(2)) and not organisations_in(titled.group(0)):
                name = titled.group(2)  # remembered for "the pastor", not made the last person
                self.people.setdefault(name.split()[-1], (name, titled.group(1)))
        if not _QUOTE.search(sentence) and (inverted := _SAY_THEN_NAME.search(sentence)):
            self.person(inverted.group(1))  # "..., said Abdul Malik, the head of the office"
        for m in _NAMED_BODY.finditer(sentence):
            # "the country's disaster agency AFAD": later "the disaster agency" is AFAD
            self.aliases[m.group(1)] = m.group(2)
            self.aliases[m.group(1).split()[-1]] = m.group(2)


def draft_briefing(text: str) -> Draft:
    """Extract a Draft from article text."""
    return _Extractor(text).run()


# ---------------------------------------------------------------------------
# YAML output with `# check:` comments


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # JSON strings are valid YAML double-quoted scalars; nothing is left to YAML's guessing.
    return json.dumps(str(value), ensure_ascii=False)


def _comment(check: str | None) -> str:
    return f"  # check: {' '.join(check.split())}" if check else ""


def _records(name: str, records: list[Record]) -> list[str]:
    if not records:
        return []
    out = [f"{name}:"]
    for rec in records:
        for i, (key, val) in enumerate(rec.items()):
            lead = "  - " if i == 0 else "    "
            out.append(f"{lead}{key}: {_scalar(val.value)}{_comment(val.check)}")
    return out


def draft_yaml(text: str, article: Article | None = None) -> str:
    """A draft briefing as YAML text, valid for `briefing check`. `article`
    is the page it came from, if any: its title, date and source are used."""
    d = draft_briefing(text)
    if article is not None and article.title:
        d.title = article.title
    if article is not None and article.date and _ISO.fullmatch(article.date):
        d.date = Value(article.date, "the page's date; the event may be earlier")
    out = [
        "# Draft made by `briefing draft`: every line marked `# check:` is a guess.",
        "format: 1",
        f"title: {_scalar(d.title or 'Untitled')}"
        + _comment(None if d.title else "no headline found"),
        f"date: {_scalar(d.date.value)}{_comment(d.date.check)}",
        "summary: |  # check: the lead paragraphs; rewrite as a summary",
    ]
    summary = d.summary or "Write the summary."
    out += [f"  {line}" if line else "" for line in summary.split("\n")]
    if d.key_points:
        out.append("key_points:  # check: first sentences of the next paragraphs")
        out += [f"  - {_scalar(p)}" for p in d.key_points]
    out += _records("quotes", d.quotes)
    out += _records("casualty_claims", d.casualty_claims)
    out += _records("figures", d.figures)
    out += _records("reactions", d.reactions)
    out += _records("timeline", d.timeline)
    if article is not None and (article.site or article.url):
        source: Record = {"name": Value(article.site or article.url)}
        if article.url and article.url.startswith(("http://", "https://")):
            source["url"] = Value(article.url)
        if article.accessed:
            source["accessed"] = Value(article.accessed)
        out += _records("sources", [source])
    return "\n".join(out) + "\n"
