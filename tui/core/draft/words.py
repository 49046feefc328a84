"""The drafter's vocabulary: speech verbs, words for people and bodies, numbers,
and the tables kept as data (draft_data.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

# The drafter's word lists are data (draft_data.json), one list per concept,
# read once when the drafter is first imported.
_DATA = json.loads((Path(__file__).parent / "draft_data.json").read_text(encoding="utf-8"))
# Verbs of saying, and of doing what a speaker does with words ("condemned", "sent").
# ("By the next morning the ministry was reporting six dead": saying, when what it reports
# follows; not "the officer was reporting for duty", "was reporting record profits")
_REPORTING = (r"(?:was|were|is)\s+reporting(?!\s+(?:for|to|from|on|back|live|record|profits?|"
              r"shortages?|losses)\b)")
# ("the governor gave the information that the number ... rose to 4": translated
# officialese for saying so)
_GAVE_INFORMATION = r"gave\s+(?:the\s+)?information\s+that"
SAY_VERBS = "|".join([*_DATA["say_verbs"], _REPORTING, _GAVE_INFORMATION])
SAY = re.compile(rf"\b({SAY_VERBS})\b")
# What a country or an organisation does in reaction, besides saying something.
REACTION_VERBS = r"\b(?:" + "|".join([SAY_VERBS, *_DATA["reaction_verbs"]]) + r")\b"
REACT = re.compile(REACTION_VERBS)
# A capital letter, accented ones too ("Élise", "Şahin", "Øvre", "Əliyev"): a class for
# regexes. The drafter's patterns write it short as [A-ZÀ-ɏ], the Latin letters with
# accents; its lower-case ones never open a word of English copy, so a name's capital is
# all it ever matches there.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƏ"
# A capitalised word of a name, accented too: "Peñaranda", "Élise"
CAPITALISED_WORD = rf"[{UPPER}][\w’'\-]+"
# A title before a person's name, not part of it ("Dr", "Engr.", "Assistant Commissioner")
TITLES_BEFORE_NAME: tuple[str, ...] = (
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Engr", "Sr", "Sra", "SP", "ASP", "DSP", "SSP", "Pol", "Col",
    "Gen", "Maj", "Capt", "Lt", "Sgt", "Insp", "Supt", "Senior", "Assistant", "Deputy",
    "Commissioner", "Brig", "Rev", "Colonel", "General", "Major", "Captain", "Lieutenant",
    "Brigadier", "Inspector", "Superintendent",
    # (Malaysian honours and police ranks: "Datuk Rosli Hamdan", "Asst Comm Anuar Md Yusof")
    "Datuk", "Dato", "Datin", "Tan Sri", "Asst", "Comm", "ACP", "DCP")
TITLE_BEFORE_NAME = rf"(?:(?:{'|'.join(TITLES_BEFORE_NAME)})\.?\s+)"
# A body holding or setting its own figure, before what the figure is: "kept its",
# "put the", "maintained their own"
HOLDS_ITS_FIGURE = (r"(?:kept|keeps|put|puts|maintained|maintains|placed|places)\s+"
                    r"(?:its|their|our|the)\s+(?:own\s+)?")
# The verbs by which a body sets a toll ("put the toll at 37", "kept its toll at six")
TOLL_SETTING_VERBS = ("put", "puts", "placed", "places", "gave", "gives", "estimated",
                      "estimates", "revised",
                      "revises", "raised", "raises", "lowered", "lowers", "updated", "updates",
                      "lifted", "lifts", "increased", "corrected", "corrects", "kept", "keeps",
                      "maintained", "maintains", "upgraded", "upgrades", "downgraded",
                      "downgrades")
# A time said after who said it, before the verb or after "counted by X" ("last night",
# "this morning", "on Monday"): when, never part of the name
WHEN_SAID = (r"(?:late\s+|early\s+)?(?:last\s+night|overnight|yesterday(?:\s+(?:morning|"
             r"afternoon|evening))?|this\s+(?:morning|afternoon|evening)|tonight|earlier"
             r"(?:\s+today)?|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
# Words that say an office is no longer held ("former", "retired"), or held for no body
# ("shadow", "off-duty"): its holder speaks for themselves, and heads nothing
NO_LONGER_HELD = "|".join(re.escape(w) for w in _DATA["offices_no_longer_held"])
HELD_FOR_NO_BODY = "|".join(re.escape(w) for w in _DATA["offices_held_for_no_body"])
# Either kind, as one word: "a former director", "the shadow minister"
OFFICE_NOT_HELD = rf"\b(?:{NO_LONGER_HELD}|{HELD_FOR_NO_BODY})\b"
# Offices named with the place they are over ("the Governor of the West Region"; never
# a body's head: "the Chairman of the Tarsa Mining Corporation" speaks for it)
OFFICES_OF_A_PLACE: frozenset[str] = frozenset(_DATA["offices_of_a_place"])
# The small words inside a person's name: "Ursula von der Leyen", "Marta de la Cruz"
PERSON_NAME_PARTICLES: frozenset[str] = frozenset(_DATA["person_name_particles"])
_PARTICLE = "(?:" + "|".join(sorted(PERSON_NAME_PARTICLES)) + ")"
# A word of a person's name, or an Arabic one with its article ("al-Saadi")
_PERSON_NAME_WORD = rf"(?:{CAPITALISED_WORD}|(?:al|el|as|ash|ad)-{CAPITALISED_WORD})"


# A person's initials before their surname: "O. ", "P. K. ", "R.K. "
# (not a country's or a union's letters: "U.S. Marines", "U.N. staff")
_INITIALS = r"(?:(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?:[A-ZÀ-ɏ]\.\s?){1,3}\s)"


def without_titles(name: str) -> str:
    """A name matched by `person_name` without the titles before it ("Engr.
    Ese Okorodudu" is Ese Okorodudu)."""
    return re.sub(rf"^{TITLE_BEFORE_NAME}+", "", name).strip()


def person_name(group: str) -> str:
    """A pattern for a person's name of two to four words, titles before it
    allowed ("Dr. Phan Thi Thu Ha"), or of one after a title ("Colonel
    Enkhbayar"), captured as `group`."""
    # ("Colonel Enkhbayar": after a title, a surname alone is a name)
    # (three titles at most: "Pol Col", "Lieutenant Colonel", never a run of thousands)
    # ("Colonel O. Hüseynov", "P. K. Banassim": initials before the surname)
    return (rf"(?P<{group}>{TITLE_BEFORE_NAME}{{1,3}}{_INITIALS}?{CAPITALISED_WORD}"
            rf"(?:\s+(?:{_PARTICLE}\s+)*{_PERSON_NAME_WORD}){{0,3}}|{_INITIALS}?{CAPITALISED_WORD}"
            rf"(?:\s+(?:{_PARTICLE}\s+)*{_PERSON_NAME_WORD}){{1,3}}|{_INITIALS}{CAPITALISED_WORD})")
# A word of a name, or its initials: "Menon", "R.K."
_NAME_WORD = r"(?:[A-ZÀ-ɏ][\w’'\-]+|(?:[A-ZÀ-ɏ]\.){1,3})"
PRONOUN_SAY = re.compile(rf"^[\s,]*(he|she|they)\s+({SAY_VERBS})\b", re.I)
# (`U.S. Secretary of State Marco Rubio wrote`: a title with "of" before the name)
AFTER_NAME_SAY = re.compile(
    # (a long title before the name: "Additional Director General of Police Daljit
    # Singh Manhas said")
    # ("Siti Aminah binti Yusof said": a particle inside the name)
    rf"^[\s,]*((?:{_NAME_WORD}\s+(?:of\s+|{_PARTICLE}\s+(?=[A-ZÀ-ɏ]))?){{0,8}}"
    rf"[A-ZÀ-ɏ][\w’'\-]+)\s+({SAY_VERBS})\b")
AFTER_SAY_NAME = re.compile(
    # ("said Defence Secretary and NDRRMC Chairman Delfin Lorenzana": titles joined)
    rf"^[\s,]*({SAY_VERBS})\s+((?:{_NAME_WORD}\s+(?:(?:and|of|{_PARTICLE})\s+(?=[A-ZÀ-ɏ]))?)"
    rf"{{0,8}}[A-ZÀ-ɏ][\w’'\-]+)")
# `R.K. Menon, the district collector, said`: the name, its description, the verb
NAME_COMMA_ROLE_SAY = re.compile(
    # (the comma after the role sometimes left out: "Major Nur Aden, a police officer told")
    rf"^[\s,]*((?:{_NAME_WORD}\s+){{0,3}}[A-ZÀ-ɏ][\w’'\-]+),\s+(?:the|a|an)\s+([^,]{{2,60}}?),?"
    rf"\s+(?:{SAY_VERBS})\b")
# `Ana Ruiz, chief engineer of the port authority, told reporters`: the name, a role
# without an article (the comma after it sometimes left out), the verb
# (`P.B. Murthy, regional railway manager, south central railways told AFP`: a role
# of two parts)
NAME_COMMA_BARE_ROLE_SAY = re.compile(
    rf"^[\s,]*((?:{_NAME_WORD}\s+){{1,3}}[A-ZÀ-ɏ][\w’'\-]+),\s+(?!(?:the|a|an)\s)"
    rf"([^,“”\"]{{2,80}}?(?:,\s+[^,“”\"]{{2,60}}?)?),?\s+(?:{SAY_VERBS})\b")
# `said a ferry mechanic surnamed Oduya`: a person described, then named
AFTER_SAY_SURNAMED = re.compile(
    rf"^[\s,]*(?:{SAY_VERBS})\s+(?:one|a|an|the|another)\s+[^,.;“”\"]{{0,60}}?\b"
    rf"(?:surnamed|named)\s+([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){{0,2}})")
# `a man surnamed Gu, who saw it, told`: the name a described person is given
SURNAMED_SAY = re.compile(
    rf"^[\s,]*(?:one|a|an|another)\s+[^,.;“”\"]{{0,40}}?\b(?:surnamed|named|called)\s+"
    rf"([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){{0,2}})(?:,[^,“”\"]{{1,80}},)?\s+(?:{SAY_VERBS})\b")
# "according to X": X runs to the clause's end ("the Rio de Janeiro human rights
# commission of the state assembly"), after "figures given by" and the like, and
# before "whose ...", "on Monday", "since ..."; "its" or "their" X is the subject's own.
ACCORDING = re.compile(
    # ("according to the latest data of the MChS": the body whose data they are)
    r"[Aa]ccording to (?:(?:the\s+)?(?:(?:latest|new|updated|preliminary|initial|first|official|"
    r"provisional)\s+){0,2}(?:figures|data|reports|a count|estimates|a tally|a statement|"
    r"information|statistics)\s+(?:given |released |compiled |published |issued )?"
    r"(?:by|from|of)\s+)?"
    # (not "reports from its teams", "my data": the subject's own, who is the claimant)
    r"(?!(?:its|their|his|her)\b|(?:my|our)\s+(?:data|figures|information|count|records)\b|"
    r"(?:figures|data|reports|estimates|information)\s+(?:\w+\s+)?"
    r"(?:by|from)\s+(?:its|their|his|her)\b)((?:the |a |an )?(?:[^,.;:]|:(?!\s)){2,80}?)"
    # ("official figures released on Friday": the figures; "according to the SNGR: eight
    # visitors and two workers": what the count is, after the colon)
    r"(?=\s*(?:[,.;]|:\s|$)|\s+(?:on|last|this|in|which|who|whose|since|after|before|released|"
    r"issued|published|showing)\b"
    # ("According to Chattogram district administration the death toll ...": no comma)
    r"|\s+the\s+(?:death\s+toll|toll|number)\b)"
    r"(?:,\s+((?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,3}[A-ZÀ-ɏ][\w’'\-]+)(?=\s*[,.;]|$))?")
REPORTED_SAYING = re.compile(
    r"\b(?:reported|quoted|cited)\s+(.+?)\s+(?:saying|as saying)\b", re.I)
WHO_CHANTED = re.compile(r"\b([A-ZÀ-ɏ][\w’'\-]+)\s+who\s+(chanted|shouted|said|sang)\b")
# `said rescuer Dmytro Hrytsenko`, `said Walhi campaigner Dedi Kurnia`: a lower-case
# description, then the name
# (`said Emergency Management Services spokesman Robert Mulaudzi`: a body's name first)
AFTER_SAY_ROLE_NAME = re.compile(
    rf"^[\s,]*({SAY_VERBS})\s+((?:[A-ZÀ-ɏ][\w\-]*\s+){{0,4}}(?:[a-z0-9][\w\-]*\s+){{1,3}})"
    rf"((?:{_NAME_WORD}\s+){{0,3}}[A-ZÀ-ɏ][\w’'\-]+)")
# `said one survivor`, `said a 16-year-old boy who ...`, `said a traffic officer at the
# scene`: a person described, not named (the place is not the person)
AFTER_SAY_DESCRIBED = re.compile(
    rf"^[\s,]*(?:{SAY_VERBS})(?:\s+\w+)?\s+(?:one|a|an|the|another)\s+((?:[\w\-]+\s+){{0,3}}?"
    rf"[a-z][\w\-]*)(?:\s+(?:at|in|from|near|on)\s+[^,.;]*)?(?=\s+who\b|\s*[,.;]|\s*$)")
# `said the instructor, Anna Berger`: the description, then the name
# (`said the Resident Coordinator, Mr. Paulo Nhantumbo,`: a role in capitals, a title)
AFTER_SAY_DESCRIBED_NAME = re.compile(
    # (`said the head of the search and rescue team, Abdul Malik`: a long description)
    # (`said the group's chair, Lorraine Whitaker`: a possessive in the description)
    # (`», - said the head of the regional department of the MChS, colonel of internal
    # service Andrey Kurilovich`: a translation's dash, a rank in lower case before the name)
    rf"^[\s,–—-]*(?:{SAY_VERBS})\s+(?:one|a|an|the|another|our|its|their|his|her)\s+"
    rf"(?:[\w’'\-]+\s+){{0,9}}?[A-Za-z][\w\-]*"
    # (never a place after the comma: "..., Irkutsk Oblast")
    rf",\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:(?:colonel|major|general|lieutenant|captain|"
    rf"sergeant)(?:\s+of\s+(?:internal\s+service|justice|police))?\s+){{0,2}}"
    rf"(?!(?:[A-ZÀ-ɏ][\w’'\-]+\s+){{0,3}}(?:Oblast|Region|Province|District|County|Krai|"
    rf"Republic|Territory)\b)"
    rf"((?:[A-ZÀ-ɏ][\w’'\-]+\s+){{1,3}}?[A-ZÀ-ɏ][\w’'\-]+)\s*(?:[,.;]|$)")
# `the official said`
DESCRIBED_SAY = re.compile(
    # (`an Israeli foreign ministry spokesperson said`: a nationality among the words)
    rf"^[\s,]*(?:the|a|an|one)\s+((?:[A-ZÀ-ɏ][a-zà-ɏ\-]+\s+)?(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*)"
    # (`a truck driver who stopped to help told the broadcaster`)
    rf"(?:\s+(?:of|at|from|in|for)\s+[^,]{{1,40}}?|\s+who\s+[^,“”\"„]{{1,40}}?)?"
    rf"\s+(?:{SAY_VERBS})\b")
# `fire service director Abdul Karim told reporters`: a lower-case role, the name, the verb
ROLE_NAME_SAY = re.compile(
    # ("state's principal secretary PC Kapoor said")
    # ("Police chief Ralph Godbee said": a role that opens with a capital)
    # ("district official D.D. Kale said": initials are words of the name)
    rf"^[\s,]*((?:[A-ZÀ-ɏ][\w’'\-]*\s+)?(?:[a-z][\w’'\-]*\s+){{1,5}}(?:{_NAME_WORD}\s+){{1,3}}?"
    # ("shopkeeper Sanjay Mistry, who was among the pilgrims, told AFP")
    rf"[A-ZÀ-ɏ][\w’'\-]+)(?:,\s*who\b[^,“”\"]{{1,80}},)?\s+(?:{SAY_VERBS})\b")
# `its director, Paolo Benedetti, said`: a role, then the name between commas
ROLE_COMMA_NAME_SAY = re.compile(
    rf"^[\s,]*(?:(?:its|his|her|their|the|a|an)\s+)?(?:[a-z][\w’'\-]*\s+){{0,3}}[a-z][\w\-]*,\s+"
    rf"((?:[A-ZÀ-ɏ][\w’'\-]+\s+){{0,3}}[A-ZÀ-ɏ][\w’'\-]+),\s+(?:{SAY_VERBS})\b")
# What carries someone's words without speaking them: a letter, a statement.
DOCUMENTS = frozenset({"letter", "statement", "report", "post", "message", "note", "communique",
                       "communiqué", "bulletin", "release"})
# Papers whose author an article may not name ("the document said"): no speaker of their
# own, and not the body last named either (a leaked memo may be anyone's)
PAPERS = frozenset({"document", "memo", "memorandum"})
# `the letter said`, `the statement said` (`said the statement.`): the document, whose
# author spoke before
DOCUMENT_SAY = re.compile(rf"^[\s,]*(?:the ({'|'.join(sorted(DOCUMENTS))})\s+(?:{SAY_VERBS})\b"
                          rf"|(?:{SAY_VERBS})\s+the ({'|'.join(sorted(DOCUMENTS))})\s*[.,;]?\s*$)")
# `one of the doctors said`: one person of a group described before
ONE_OF_SAY = re.compile(rf"^[\s,]*one of the ([a-z][\w\-]*)(?:\s+who\s+[^,“”\"„]{{1,40}}?)?"
                        rf"\s+(?:{SAY_VERBS})\b")
# `who gave only her first name, Halyna`
GAVE_NAME = re.compile(r"gave (?:only )?(?:his|her|their) (?:first )?name(?: only)?(?: as)?,?\s+"
                        r"([A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+)?)")
# People described by their role, not named: "Ukraine's president said ..."
# People described by their role, not named: "Ukraine's president said ..."
PERSON_WORDS: frozenset[str] = frozenset(_DATA["person_words"])
# Who a person is, written before the name and never part of it, unlike a title
# ("Survivor Thabo Ramokgopa, 34, said": a survivor named Thabo Ramokgopa)
PERSON_LABELS: frozenset[str] = frozenset(_DATA["person_labels"])
# The verbs of a reaction that give or join in something ("joined the wave of
# condolences", not "put the magnitude at" or "received a call"): a subject of theirs reacts
GIVING_VERBS: frozenset[str] = frozenset(_DATA["giving_verbs"])
# A company's legal form written last in capitals, as a letterhead gives it ("VESTFJORD
# HELIKOPTER AS", "Volvo AB"): a body, though "as" alone is no body's word
LEGAL_FORMS: frozenset[str] = frozenset(_DATA["legal_forms"])
# A body's name's lower-case words in French, Spanish or Portuguese, after a capital
# ("Gendarmerie nationale", "Protection civile")
BODY_NAME_LOWER_WORDS: frozenset[str] = frozenset(_DATA["body_name_lower_words"])
# The words before "reports" that make it a noun, not a body's verb ("Initial reports")
REPORTS_OF_NO_ONE: frozenset[str] = frozenset(_DATA["reports_of_no_one"])
# Words of a title before a name: "US Defence Secretary Mark Esper"
ROLE_WORDS: frozenset[str] = frozenset(_DATA["role_words"])
# Nouns that can be a speaking subject on their own: "the service", "state media"
SUBJECT_NOUNS: frozenset[str] = frozenset(_DATA["subject_nouns"])
DETERMINERS: frozenset[str] = frozenset(_DATA["determiners"])
# Words between a subject and its verb: "the ministry later said"
ADVERBS: frozenset[str] = frozenset(_DATA["adverbs"])
# Bodies that speak: "the coast guard said", "the regional health office said".
GROUP_NOUNS: frozenset[str] = frozenset(_DATA["group_nouns"])
# The plural nouns that name a group of people, as a list's heading or its parts
# do ("Workers of the complex:", "- four (04) herders"): never "Summary", "coffins"
GROUPS_OF_PEOPLE: frozenset[str] = frozenset(_DATA["groups_of_people"]) | frozenset(
    f"{w}s" for w in (*_DATA["person_words"], *_DATA["person_labels"]))
# Those who came to help (firefighters, rescuers, soldiers), as a group's key writes
# them (no plural s): their own casualties are a group of their own
RESPONDERS: frozenset[str] = frozenset(_DATA["responders"])
# The word lists as regex alternations, for the patterns built from them.
GROUP_NOUN = "|".join(sorted(GROUP_NOUNS))
PERSON_WORD = "|".join(sorted(PERSON_WORDS))
# "Police chief Tom Reyes visited ...", "Health Minister Ana Lima arrived": a sentence
# that starts with a person
# (a name's small words kept: "Ursula von der Leyen")
# ("Dr. Ismaël Dago-Yapi runs the ward", "Dr. Dago-Yapi has": a title with its
# point, and then a surname alone is a name)
STARTS_WITH_NAME = re.compile(
    r"^((?:[\w’'\-]+\s+){0,3}?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+(?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}"
    # ("Colonel O. Hüseynov did not": an initial is a word of the name)
    r"[A-ZÀ-ɏ][\w’'\-]+|(?:(?:[A-ZÀ-ɏ][\w’'\-]+|[A-ZÀ-ɏ]\.)\s+(?:" + _PARTICLE + r"\s+)*){1,3}"
    r"[A-ZÀ-ɏ][\w’'\-]+))"
    r"\s+(?!" + _PARTICLE + r"\s)[a-z]")
# "Saudi Arabia's health ministry did not ...": a sentence that starts with a body
STARTS_WITH_BODY = re.compile(r"^(?:The\s+)?((?:[A-ZÀ-ɏ][\w’'\-]+\s+)*[A-ZÀ-ɏ][\w\-]+[’']s\s+"
                               r"(?:[a-z][\w\-]*\s+){0,3}(?:" + GROUP_NOUN
                               + r"))\b")
# "the country's disaster agency AFAD": a body described, then its short name
NAMED_BODY = re.compile(r"(?<![\w’'])((?:[a-z][\w\-]*\s+){0,2}(?:" + GROUP_NOUN
                         + r"))\s+([A-ZÀ-ɏ]{2,8})\b")
# Plural bodies that speak without an article: "police said", "rescuers said".
BARE_SPEAKERS: frozenset[str] = frozenset(_DATA["bare_speakers"])
# News outlets that relay what others said: "..., The Associated Press reported."
NEWS_OUTLETS: tuple[str, ...] = tuple(_DATA["news_outlets"])
NEWS_OUTLETS_FOLDED: frozenset[str] = frozenset(o.casefold() for o in NEWS_OUTLETS)
_OUTLET_NAMES = "|".join(re.escape(o) for o in sorted(NEWS_OUTLETS, key=len, reverse=True))
# `..., said Abu Sufian Khan, the deputy commissioner`: the verb, then the name
# (never "told": whom a person told is the listener, "..., Ibrahima Ndao, told APS",
# "the mayor told Omar Vale, a local reporter, that ...")
SAY_THEN_NAME = re.compile(
    rf",[”\"]?\s*(?!told\b|tells\b|tell\b)"
    # ("said Lt. Col. Rhoderick Parayno, spokesman for ...": a rank's short form before
    # the name is no part of it)
    rf"(?:{SAY_VERBS})\s+"
    # ("said a spokesman General Zaher Azimi", "said a police spokeswoman, Ana Ruiz": the
    # person the role names)
    r"(?:(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:spokes(?:man|woman|person)|official)"
    r"\s*,?\s+(?=[A-ZÀ-ɏ]))?"
    rf"(?:(?:Lt|Col|Gen|Maj|Capt|Sgt|Cpl|Cmdr|Adm|Brig|Supt|Insp|Dr|Prof|"
    rf"Sen|Gov)\.\s+)*((?:{_NAME_WORD}\s+){{0,3}}[A-ZÀ-ɏ][\w’'\-]+)\s*(?:,|\.(?!\s*[A-ZÀ-ɏ]\w*\.)|$)")
# An outlet by name, or by a name that says it is one ("the Iraqi News Agency (INA)")
OUTLET = (r"(?:(?:the\s+|The\s+)?(?:state-run\s+|official\s+|[A-ZÀ-ɏ][\w\-]+\s+)?(?:"
          + _OUTLET_NAMES + r")|(?:[Tt]he\s+)?(?:[A-ZÀ-ɏ][\w\-]+\s+){0,3}"
          r"(?:News(?:\s+Agency)?|Press|Television|Radio|Media)(?:\s+\([A-ZÀ-ɏ]{2,8}\))?"
          # ("the agency Noticias Argentinas", "the newspaper La Capital": named as one)
          r"|(?:the\s+)?(?:news\s+)?(?:agency|newspaper|daily|broadcaster)\s+"
          r"[A-ZÀ-ɏ][\w\-]+(?:\s+[A-ZÀ-ɏ][\w\-]+){0,3})")
# "..., The Associated Press reported.", "..., said the police, quoted by Geo News.":
# an outlet named last, after a clause that has its own claimant
# (", the secretariat said, according to the state news agency.": the agency relays)
# (", Thai PBS reported, counting people treated and sent home.": a clause of how
# the figure was counted may follow)
# (a broadcaster by its letters, "Thai PBS reported", when a clause before has its own
# claimant: a body by its letters would say, not report, what another said)
RELAYED_LAST = re.compile(r",\s+(?:(" + OUTLET + r"|(?:[A-ZÀ-ɏ][\w\-]+\s+)?[A-ZÀ-ɏ]{2,5}"
                                                 r"(?=\s+report))"
                          r"\s+(?:reported|reports|said|says)|"
                          r"(?:quoted|cited)\s+by\s+(" + OUTLET + r")|according\s+to\s+(" + OUTLET
                          + r"))(?:,\s+[a-z][\w\-]*ing\b[^.;]*)?\s*\.?\s*$")
# Nationality adjectives -> ISO code. Countries by name come from core.countries.
DEMONYMS: dict[str, str] = _DATA["demonyms"]
# A nation's people by a noun of their own, not the adjective: "one Pole", "two Swedes"
NATIONALS_BY_NOUN: dict[str, str] = _DATA["nationals_by_noun"]
# Places and institutions that speak for a country in news style.
METONYMS: dict[str, str] = _DATA["metonyms"]
# Organisations that react: canonical name -> the ways articles write it.
ORGANISATIONS: dict[str, list[str]] = _DATA["organisations"]
NUMBER_WORDS: dict[str, int] = _DATA["number_words"]
# A count of two or more in words ("fourteen", "a dozen"), as a regex alternation
COUNT_WORD = "(?:" + "|".join(w for w, n in NUMBER_WORDS.items()
                              if isinstance(n, int) and n >= 2) + ")"
# A figure, as digits or a word: whether a clause states one at all
A_FIGURE = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
# The labels of a situation report's lines of figures ("Deceased: 12", "Injured: 31")
DEAD_LABELS = ("dead", "deaths", "deceased", "fatalities", "killed")
INJURED_LABELS = ("injured", "wounded")
# "Twenty-one": a tens word, a hyphen, a unit word
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
WEEKDAYS: list[str] = _DATA["weekdays"]
MONTHS: list[str] = _DATA["months"]
# The stance a reaction's verb shows: "condemned" condemns, "sent" supports.
STANCE_BY_VERB: dict[str, str] = _DATA["stance_by_verb"]
# Whom a disaster "claimed": "the mudflow claimed three villagers"
CLAIMED_PEOPLE = ("people|villagers|residents|workers|miners|passengers|children|victims|soldiers|"
                  "civilians|pupils|students")
# Being treated for injuries, as a statement words it: "receiving inpatient treatment"
IN_TREATMENT = r"receiving\s+(?:medical\s+|inpatient\s+|hospital\s+)?treatment"
# The words that say a number counts the dead, or the injured, when no count rule reads
# it: "3 persons without life", "19 residents have received treatment"
KILLED_MEASURES: tuple[str, ...] = tuple(_DATA["killed_measures"])
INJURY_MEASURES: tuple[str, ...] = tuple(_DATA["injury_measures"])
# (the measure words first: "lost their life", "without life", "medical assistance")
_MEASURE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                          for w in (*KILLED_MEASURES, *INJURY_MEASURES))
CASUALTY = re.compile(r"\b(" + _MEASURE_WORDS + r"|"
                      r"killed|killing|dead|deceased|died|drowned|perished|harmed|lives|"
                      r"injured|injuring|traumati[sz]ed|passed away|"
                      r"(?:were|was|been|are|is|also|got)\s+poisoned|the\s+poisoned|"
                      r"poisoned\s+(?:by|with|after)\b|"
                      r"wounded|wounding|hurt|casualties|death toll|toll|injuries|bodies|body|"
                      r"treating|"
                      # ("seven people burned": the burned, alive, are injured)
                      r"(?<=people )burned(?=\s*[,.;:]|\s+(?:in|at|on|when|after|while|and|"
                      r"as|during|inside|by|overnight|alive|severely|badly|seriously)\b)|"
                      r"(?<=persons )burned\b|(?<=children )burned\b|"
                      r"treated|hospitali[sz]ed|hospitals?|succumbed|victims|bury|buried|"
                      + IN_TREATMENT + r"|"
                      r"undergoing treatment|death|injury|"
                      r"neutrali[sz]ed|deaths|to death|martyrs?|fatalities|fatality|wounds|burns|"
                      # "the mudflow claimed three villagers"
                      r"claim(?:ed|ing)\s+(?:\S+\s+){1,3}?(?:" + CLAIMED_PEOPLE + r")\b|"
                      # "the army lost 10 soldiers"
                      r"los(?:t|es|ing)\s+(?:\S+\s+){1,3}?(?:soldiers|troops|servicemen|"
                      r"personnel|officers|policemen|fighters|colleagues|firefighters)\b|"
                      # "a fourth death"
                      r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) "
                      r"(?:death|fatality|victim)|"
                      r"(?:corrected|revised|lowered|raised) the (?:figure|number|count))\b", re.I)
# Amounts an article gives without a figure: the count is "unknown", the word kept in a note.
VAGUE: tuple[str, ...] = tuple(_DATA["vague_amounts"])
# (a whole word: not the "one" of "telephone" or "someone")
# (nor a part of a time or a decimal: "at 09:00", "a 7.1-magnitude quake")
# The words that say what a place is after its name: "Nampula province"
REGION_WORD = r"(?:province|district|state|county|region|governorate)"
# (a figure's digits in groups of three, or India's "1,00,000": never a run of figures
# such as "24 24 24", which read as one number would take time the length squared)
NUM = (r"(?<![\w-])(?<!\d[:.])(\d{1,3}(?:[, ]\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}|\d+|"
       r"(?:" + _TENS + r")-(?:" + _UNITS + r")|"
        + "|".join(sorted((*NUMBER_WORDS, *VAGUE), key=len, reverse=True))
        + r")(?![\w-])(?![:.]\d)")
COUNTED = re.compile(
    rf"\b(?:(at least|more than|over|some|about|nearly|up to)\s+)?{NUM}\s+"
    r"((?:[\w’'\-“”\"]+\s+){0,2}?)"
    r"(missiles|rockets|drones|shells|bombs|targets|facilities|bases|sites|troops|soldiers|"
    r"people|civilians|boats|ships|aircraft|planes|homes|buildings|vehicles|"
    r"protesters|prisoners|hostages|refugees|families|residents)\b", re.I)
# What is counted in a sentence about a disaster but is no one's casualty.
NOT_PEOPLE: frozenset[str] = frozenset(_DATA["not_people"])
# Diseases whose dead, in a disaster's camps, are a group of their own.
DISEASES: frozenset[str] = frozenset(_DATA["diseases"])
# What befell people that is no casualty: "4,300 homeless", "12 missing".
NOT_CASUALTIES: frozenset[str] = frozenset(_DATA["not_casualties"])
# The words of a count that make its people dead, not injured.
KILLED_WORDS: tuple[str, ...] = tuple(_DATA["killed_words"])
# Words that make a name a place: "Mount Lewotana" is no one a later "he" can be.
PLACE_WORDS: frozenset[str] = frozenset(_DATA["place_words"])
# Where a quote was said: (pattern on the lower-cased text, name), in order;
# no name means "<word> briefing" ("Pentagon briefing").
MEDIUMS: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
    (re.compile(pattern), name) for pattern, name in _DATA["mediums"])
# Words a body's name may have in lower case ("the provincial health department")
BODY_NAME_WORDS: frozenset[str] = frozenset(_DATA["body_name_words"])
# Capitalised words that open a sentence or a clause, never part of a name before them
CLAUSE_OPENERS: frozenset[str] = frozenset(_DATA["clause_openers"]) | frozenset(WEEKDAYS)
# Words between a body's name and an office, part of the office ("fire service deputy director")
OFFICE_MODIFIERS: frozenset[str] = frozenset(_DATA["office_modifiers"])
# A body's words in Spanish, Portuguese, French and Italian, in English ("Secretaría de
# Salud" is a health secretariat), and the small words of names in those languages
BODY_WORDS_TRANSLATED: dict[str, str] = _DATA["body_words_translated"]
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["name_particles"])
# Labels that open a live entry and name no source or speaker: "UPDATE:", "BREAKING NEWS:"
ENTRY_LABELS: frozenset[str] = frozenset(_DATA["entry_labels"])
# Currencies written before an amount: "Tk 10,000", "Rs. 5 lakh"
CURRENCY_SIGNS: tuple[str, ...] = tuple(_DATA["currency_signs"])
# Titles of a person, never of an office's name
PERSONAL_TITLES: frozenset[str] = frozenset(_DATA["personal_titles"])
# Words of a body's name or of a time of day, never of a person's
NEVER_A_PERSONS_NAME: frozenset[str] = frozenset(_DATA["never_a_persons_name"])


# A ministry as copy names it: "the Ministry of Public Health", "Lebanon's Health Ministry"
# (the words before it capitalised, and no article or preposition: "at the Ministry")
# (a ministry of several fields lists them with commas and closes the list with "and":
# "of Internally Displaced Persons from the Occupied Territories, Labour, Health and
# Social Affairs"; never "the Ministry of Defence, Governor Ana Ruiz said")
_FIELD_WORD = r"(?!(?:Governor|Mayor|Minister|Chief|Doctor|Dr|President|Prime|Commissioner|" \
    r"Secretary|Police|Army|Interior\s+Minister)\b)[A-ZÀ-ɏ][\w-]*"
MINISTRY_NAME = re.compile(
    r"(?:(?!(?:The|A|An|At|By|From|In|On|Of|To|For|With)\b)[A-ZÀ-ɏ][\w’'-]*\s+){0,2}Ministry"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ɏ][\w-]*(?:\s+[A-ZÀ-ɏ][\w-]*|\s+(?:from|of)\s+the\s+"
    r"[A-ZÀ-ɏ][\w-]*){0,6}"
    r"(?:(?:,\s+" + _FIELD_WORD + r"(?:\s+[A-ZÀ-ɏ][\w-]*){0,3})*,?\s+and\s+" + _FIELD_WORD
    + r"(?:\s+[A-ZÀ-ɏ][\w-]*){0,3})?)?")
