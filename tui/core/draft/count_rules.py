"""The ways a sentence states a count of the dead or the injured: an ordered
table of named patterns, each with a sentence it finds a count in; and the
ways it says no one was hurt, tried before them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from tui.core.draft.stated import StatedCount, Tolls
from tui.core.draft.words import (
    CLAIMED_PEOPLE,
    DEAD_LABELS,
    HOLDS_ITS_FIGURE,
    IN_TREATMENT,
    INJURED_LABELS,
    NUM,
    NUMBER_WORDS,
    UPPER,
)

# The ordinal of a death to the toll it makes ("a fourth death": four dead).
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}

# ("killing all 157 people on board": the figure, exactly)
# ("not less than 200", "no fewer than 12": at least)
_BOUND = (r"(?:\b(more than|at least|over|about|nearly|some|around|almost|up to|all(?: the)?|"
          r"as high as|as many as|not less than|no (?:less|fewer) than)\s+)?")
# A plain word of a group's name: no verb of its own ("were", "fled", "arrested") and
# no measure of time or heat ("40 minutes", "45 degrees")
_PLAIN_WORD = (r"(?!(?:had|have|has|were|was|are|is|been|minutes|hours|days|weeks|degrees|"
               r"metres|meters|kilometres|km|percent)\b)[a-z][\w\-]*(?<!ed)")
# "among the", "among those who", "among the 14", "among the passengers": what a part
# of a toll is among, before the toll's verb or noun
AMONG_THE = (r"(?:among\s+(?:the\s+|those\s+(?:who\s+)?)?(?:(?!(?:feared|presumed|believed|"
             r"thought|reported|missing)\b)[a-z]+\s+)?)")
# A toll's verb or noun that counts more than the dead: "among the dead or missing",
# "among those killed or injured", "the killed and wounded"
NOT_THE_DEAD_ALONE = r"(?!\s+(?:or|and)\s+(?:missing|injured|wounded|hurt|unaccounted)\b)"
# A verb of being, or "among", that ends a group's name ("two Canadians were among the dead")
_A_VERB_OF_BEING = r"(?:had|have|has|were|was|are|is|been|among)\b"
# Words for more than one person, or for none, after "the": "the crew", "the wounded"
_NO_ONE_PERSON = (r"(?:crew|family|children|people|wounded|injured|dead|police|staff|public|"
                  r"rest|others|majority|number|dog|cat|horse|cow|goat)\b")
# Whom "one of the" picks from: the injured (a word or two after), the dead or the
# victims, or those who died
# ("one of the perished", a translation's word for the dead)
_ONE_OF_WHOM = (r"(?:(injured|wounded|hurt)(?:\s+(?:[a-z][\w\-]*\s+){0,2}|(?=,))|"
                r"(?:dead|victims|perished|deceased)"
                r"(?:\s+|(?=,))|"
                r"(?:[a-z][\w\-]*\s+){1,2}(?:who|that)\s+(?:lost (?:their|his|her) li(?:fe|ves)|"
                r"died|were killed)(?:\s+|(?=,)))")
# An aside between commas: ", a visitor from Florida,"
_AN_ASIDE = r"(?:,\s+[^,;.]{1,60},\s+)?"
# Who a part of a toll is among ("two Malagasy nationals are among those injured")
AMONG_THOSE_WHO = ("killed", "who died", "injured", "wounded", "hurt")
# Up to three words naming who was counted: words, not "-", "before he was" or verbs.
# (nor a verb of the count: "Two passengers died later in hospital")
# ("three of its own volunteers": a body's own people, the words before the noun)
_NOUN = (r"((?:of\s+(?:its|their|our|his|her)\s+own\s+)?"
         r"(?:(?!(?:before|after|when|while|as|he|she|they|it|and|but|then|had|have|has|been|"
         r"was|were|died|killed|drowned|perished|passed|said|says|told|added|announced)\b)"
         # ("three U.K. citizens": a country's initials, in capitals)
         r"(?:(?-i:(?:[A-Z]\.){2,})|[“”\"]?[A-Za-z][\w’'\-]*[”\"]?)\s+){0,3}?)")
# Who is counted: a plural noun ("skiers", "fishermen") or one of the words
# that are plural without an s.
_GROUP = (r"((?!(?:days|hours|weeks|months|years|times|minutes|seconds|miles|kilometres|"
          r"kilometers|metres|meters|percent|this|was|has|is|its|his|thus|always|across|"
          r"towards|less|unless|whereas)\b)(?:[a-z][\w\-]*(?<!ou)s|[a-z]*men|people|children|police|crew|staff|"
          r"personnel|person)\b)")

# The same word, not captured: a lookahead's.
_GROUP_WORD = "(?:" + _GROUP[1:]
# The words of a clause between a count and its verb: no other number, no verb of
# a count or of speech, no word that opens another clause.
_CLAUSE_WORDS = (r"((?:(?!(?:and|but|or|while|when|whereas|after|before|because|since|than|"
                 r"said|says|told|as|if|where|which|whom|whose|killed|died|dead|"
                 r"injured|wounded|hurt|perished|"
                 r"were|was|had|have|has|are|is)\b)(?!\d)[A-Za-z][\w’'\-]*\s+){1,8}?)")
_AUX = (r"(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+|has\s+been\s+|had\s+|have\s+|"
        r"has\s+|are\s+|is\s+)?(?:also\s+|later\s+|reportedly\s+|tragically\s+)?"
        r"(?:seriously\s+|badly\s+|critically\s+|severely\s+|slightly\s+|fatally\s+)?")
# A verb of death or injury: its measure is "killed" when it is one of KILLED_WORDS.
_DEATH_OR_INJURY = (r"perished|died|drowned|succumbed|lost (?:their|his|her) li(?:ves|fe)|"
                    # ("came to lose their lives": a translation's wording)
                    r"came to lose (?:their|his|her) li(?:ves|fe)|"
                    r"martyred|"
                    r"fell as martyrs|passed away|"
                    r"(?:received|sustained|suffered)\s+(?:\w+\s+){0,3}?(?:injuries|wounds|burns)")


class CountRule(NamedTuple):
    """A named way a sentence states a count: the pattern, how its groups are
    read (`reading`), and a sentence it finds a count in."""

    pattern: re.Pattern[str]
    reading: str
    name: str
    example: str


# "a seventh child has died", "the fourth death": the toll is the ordinal (not "a
# fourth suspect was shot dead": one more person, not the fourth death)
# (the ordinal word a group of its own where the rule uses it)
_ORDINAL = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# ("a third young person has died": an adjective before the person)
_AFTER_THE_ORDINAL = (r"\s+(?:death|fatality|victim\s+(?:died|to die)|person\s+to\s+die|"
                      r"(?:[a-z]+\s+)?(?:child|person|man|woman|pupil|student|worker|miner|patient|"
                      r"passenger|soldier|victim|resident|tourist|climber|fisherman)\s+"
                      r"(?:has\s+|had\s+)?(?:died|dies|to\s+die|succumbed))\b")


# Ordered: a figure is taken by the first rule that finds it (one number, one count).
# A word of a group's name, never a verb, a joint or what is counted ("people were
# killed and ...", "4 fatalities and 18 people hurt")
_NAME_OF_GROUP = (r"(?!(?:were|was|had|have|has|been|are|is|killed|died|dead|injured|wounded|"
                  r"hurt|die|be|to|who|that|and|in|at|on|fatalities|deaths|casualties|injuries|"
                  r"bodies)\b)"
                  r"[a-z][\w\-]*")
# The count rules that read a figure as the one a toll had before
EARLIER_COUNT_RULES = ("toll_revised_from", "earlier_toll_of")
COUNT_RULES: tuple[CountRule, ...] = tuple(CountRule(*rule) for rule in (
    # "the death toll rose to 44", "revised the death toll from 95 to 84": the last figure
    # (and the earlier one, a revision)
    # ("taking the total death count to 33": a count of the dead is a toll)
    # ("raised its count of dead in Isabela province to 22")
    # ("kept its count at four", "put their figure at 12": a body's own count, held or set)
    (re.compile(r"\b(?:(?:death )?toll|(?:death|casualty|body) count|(?:death )?tally|"
                r"count of (?:the )?(?:dead|deaths)|"
                # ("the balance of the victims increased to four": a translation's toll)
                r"balance of (?:the )?(?:victims|dead|deaths)(?=\s+(?:has\s+|had\s+)?(?:increased|"
                r"rose|risen|climbed|reached|grew|stood|stands)\b)|"
                # ("the number of deceased persons has reached 5")
                r"number of (?:the )?(?:deceased|dead)(?: persons| people)?(?=\s+(?:is|was|has|"
                r"had|now|stood|stands|reached))|"
                # ("the number of people killed in the shooting fell from 86 to 68")
                r"number of (?:people|persons) killed(?!\s+or\b)(?=[^.;,]{0,60}?\s(?:rose|"
                r"fell|went|climbed|dropped|increased|decreased|reached|stood|stands)\b)|"
                + HOLDS_ITS_FIGURE + r"(?:count|figure)(?=\s+at\b)|"
                # ("police say, taking their count to five": a body's own count, raised)
                r"(?<=taking )(?:its|their) count(?=\s+to\b)|"
                r"(?<=bringing )(?:its|their) count(?=\s+to\b)|"
                # ("deaths increased to 7 persons": a translated report's toll)
                # (not "the number of deaths has risen to 11 tourists", read on its own)
                r"(?:^|(?<=[,;:]\s)|(?<=[-–—)]\s))deaths(?=\s+(?:have\s+|has\s+)?(?:increased|rose|risen|"
                r"climbed|jumped)\s+to\b))"
                r"\b[^.;]*?"
                # ("had risen from seven earlier in the day to 12": when the earlier was)
                r"\b(?:from\s+" + NUM + r"\s+(?:(?:earlier|in|on|at|the|day|morning|"
                r"afternoon|evening|night|yesterday|[A-ZÀ-ɏ][a-z]+day)\s+){0,4}"
                # ("revised the death toll from 52 down to 28")
                r"(?:(?:down|up)\s+(?=to\b))?)?"
                # ("put the death toll as high as 65")
                # ("the toll has hit 98", "now stands at 40", "topped 200")
                # ("The previous official death toll ... had been 14")
                # ("believed the death toll to be 16")
                r"(?:(?:to be|to|at|of|reached|stood at|stands at|is|was|had been|has been|hit|"
                r"topped|passed|crossed|"
                r"exceeded|surpassed|(?:climbed|rose|went)\s+(?:past|above|beyond))\s+"
                r"|(?=as\s+(?:high|many)\s+as\s))"
                + _BOUND + NUM
                # "revised the toll to 58 from 61": the earlier figure after the current
                # "lowered the toll to 12 against a first toll of 13": so is this one
                # "is 108 and not 114 as stated earlier": so is this one
                + r"(?:,?\s+(?:(?:up |down )?from|against|and not)\s+"
                r"(?:an? (?:earlier|previous|first|initial) )?(?:(?:toll|figure|count) of\s+)?"
                + NUM + r")?",
                re.I),
     "toll", "toll_rose_to",
     "The health ministry said the death toll rose to 44."),
    # "The death toll rose quickly ... We have adjusted the number from 81 to 85": a
    # count of the dead revised, named as "the number" after the sentence's toll
    (re.compile(r"\b(?:toll|deaths|dead|killed|fatalities)\b[^;]*?\b(?:adjusted|revised|raised|"
                r"lowered|updated|corrected|changed)\s+(?:the|its|our|their|that)\s+"
                r"(?:number|figure|count)\s+from\s+" + NUM + r"\s+to\s+" + _BOUND + NUM + "()"
                # (the dead's figures: not "from 500 to 1,200 soldiers deployed")
                r"(?=\s*(?:[,.;](?!\d)|[”\"…]|$|\s+(?:dead|deaths|killed|people\s+dead|on|in|at|after|as)"
                r"\b))", re.I),
     "toll", "number_adjusted_from_to",
     "“The toll rose fast. We have adjusted the number from 81 to 85,” the agency said."),
    # "the number of dead victims grew from 50 to 61": the earlier figure and the current
    # (not "the number of flood victims in shelters": victims are the dead only as
    # "dead victims")
    (re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|dead\s+victims|"
                r"fatalities)\s+(?:[^.;\d]{0,40}?\s)?(?:grew|rose|climbed|increased|jumped|"
                r"went\s+up)\s+from\s+" + NUM + r"\s+to\s+" + _BOUND + NUM + "()", re.I),
     "toll", "number_rose_from_to",
     "The number of dead victims grew from 50 to 61, officials said."),
    # "revised the number of dead from the air strike on Qana from 52 down to 28": the
    # revising verb before the number, what it counts and its cause between
    (re.compile(r"\b(?:adjusted|revised|raised|lowered|updated|corrected|changed|cut)\s+(?:the|its|"
                r"our|their)\s+number\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|dead\s+victims|"
                # (not "the number of dead and injured", "of people killed or missing")
                r"fatalities)\s+(?!(?:and|or)\b)(?:[^.;\d]{0,80}?\s)?from\s+" + NUM
                + r"\s+(?:(?:down|up)\s+)?to\s+" + _BOUND + NUM + "()", re.I),
     "toll", "number_revised_from_to",
     "A hospital in Tyre revised the number of dead from the air strike on Qana from 52 down "
     "to 28."),
    # "raising to 16 the number of passengers killed", "bringing to 30 the death toll":
    # the figure before what it counts
    (re.compile(r"\b(?:raising|bringing|taking|pushing|lifting|raised|brought|took|pushed|"
                r"lifted)\s+to\s+()" + _BOUND + NUM + r"()\s+the\s+(?:(?:death\s+)?toll|"
                r"number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|victims|"
                r"fatalities))\b", re.I),
     "toll", "raising_to_n_the_toll",
     "Divers found two more bodies, raising to 16 the number of passengers killed."),
    # "was revised downward from 126", "not in the initial count of 149": the figure a
    # toll had before, with no current one in the sentence (the merge puts it first)
    # ("Authorities revised the confirmed death toll from 79 following a count", "the
    # number of dead victims grew from 50 on Friday": the same, said another way)
    (re.compile(r"(?:\b(?:(?:death\s+)?toll|count|tally|figure)\s+(?:was|has been|had been)\s+"
                r"(?:revised|lowered|corrected|cut|raised)\s+(?:downward|upward|down|up)?\s*"
                r"|\b(?:revised|lowered|corrected|cut|raised|updated|adjusted)\s+(?:the|its|their)"
                r"\s+(?:(?:confirmed|official|provisional)\s+)?(?:death\s+)?(?:toll|count|tally)"
                r"\s+(?:(?:downward|upward|down|up)\s+)?"
                r"|\b(?:(?:death\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|"
                r"dead\s+victims|fatalities))\s+(?:[^.;\d]{0,40}?\s)?(?:grew|rose|climbed|increased|"
                r"jumped)\s+)"
                r"from\s+()" + _BOUND + NUM
                # (the figure alone, or with when: not "its tally from 12 hospitals")
                + r"()(?=\s*(?:[,.;](?!\d)|$|\s+(?:on|in|at|after|following|as|earlier|last|"
                r"yesterday|this|overnight|announced|reported|given|dead|deaths|killed)\b))"
                r"(?![^.;]{0,40}?\bto\s+(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b))", re.I),
     "toll", "toll_revised_from",
     "The death toll was revised downward from 126, the ministry said."),
    (re.compile(r"\b(?:initial|previous|earlier|first|original)\s+(?:official\s+)?(?:death\s+)?"
                r"(?:toll|count|tally)\s+of\s+()" + _BOUND + NUM + "()", re.I),
     "toll", "earlier_toll_of",
     "Some bodies were not in the initial count of 149, the police said."),
    # "deaths from the cholera outbreak have risen to 54": the dead of a cause, a toll
    # (the groups as the toll rule's: no earlier figure before or after)
    # ("Deaths from Severe Tropical Storm Kristine climbed to 85")
    (re.compile(r"\bdeaths?\s+(?:from|due to|caused by|in)\s+[^.;\d]{1,60}?\s+"
                r"(?:(?:has|have|had)\s+(?:risen|climbed|increased|reached)|rose|climbed|"
                r"increased|reached|jumped)\s+"
                r"(?:to\s+)?()" + _BOUND + NUM + "()", re.I),
     "toll", "deaths_rose_to",
     "The centre said deaths from the cholera outbreak have risen to 54."),
    # "put the number of dead at 29", "the number of injured at 284"
    # "the number of injured treated in Manila hospitals was 63"
    # ("bringing the number of passengers killed to 14": whose, before the verb)
    (re.compile(r"\bnumber of (?:the\s+)?(?:(?-i:[A-ZÀ-ɏ])[\w\-]+\s+)?"
                # ("the number of persons confirmed dead": whose, and how they are counted)
                r"((?:(?!(?:the|those|people)\b)[a-z][\w\-]*\s+)?(?:confirmed\s+|reported\s+)?"
                r"(?:killed|dead|injured|wounded)|deaths|people killed|martyrs|victims|"
                r"fatalities|"
                # ("the number of children in hospital is 19, not 21")
                r"[a-z][\w\-]*\s+in\s+hospital)"
                # "the number of martyrs of the fire which broke out in the Al-Rashidiya
                # General Hospital has reached 23": what the dead are of, however long
                # (and with asides: "..., in Diyala Governorate, reached twenty-one (21)")
                # ("was by press time reported to be at least 136")
                r"(?:\s+[a-z][^.;\d]{0,160}?)?\s+(?:reported\s+to\s+be|at|to|was|is|stood at|"
                # "could top 1,000": a projection (read as one by its "could")
                r"(?:could|may|might|would|will)\s+(?:top|exceed|surpass|pass|reach)|"
                r"(?:had |has )?(?:reached|risen to|rose to|climbed to|stood at)|"
                # ("the number of injured remains 61")
                r"remains(?:\s+at)?|remained(?:\s+at)?)\s+"
                + _BOUND
                + NUM, re.I), "number", "number_of_dead_at",
     "Officials put the number of injured at 284, the governor said."),
    # "1. Deceased children: 6.", "2. Children receiving inpatient treatment: 27, of
    # whom": a numbered line of a statement, who and how in its label
    # (not "Dead or missing: 30", "Dead and injured: 40": two measures in one figure)
    (re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-•*]\s*)?((?:deceased|dead)\s+(?!(?:or|and)\b)[a-z]+"
                r"(?:\s+[a-z]+)?|"
                r"[a-z]+(?:\s+[a-z]+)?\s+(?:" + IN_TREATMENT + r"|"
                r"hospitali[sz]ed|in\s+hospital|injured|wounded|dead|killed))\s*:\s*"
                + _BOUND + NUM + r"(?=\s*(?:[.,;]|$))", re.I), "number", "labelled_table_line",
     "1. Deceased children: 6."),
    # "Deceased: 12", "Injured: 31": a line of a situation report's table of figures
    # ("- Deceased: 6 workers", "- Injured: 17 (4 in critical condition)": a bullet, who,
    # and an aside; "- Dead: 34, including 9 children": and who is among them)
    (re.compile(r"^\s*(?:[-•*▪]\s*)?(" + "|".join((*DEAD_LABELS, *INJURED_LABELS)) + r")\s*:\s*"
                + _BOUND + NUM + r"(?:\s+([a-z][\w-]*))?(?:\s*\([^)]*\))?"
                r"(?:\s*[,;–—-]?\s+(?:including|among (?:them|whom)|of whom|[\w-]+ of them)\s+"
                r"[^.;:]{1,60})?\s*[.;]?\s*$", re.I),
     "number", "table_line",
     "Deceased: 12"),
    # "The bulletin puts the dead at 14 and the injured at 31"
    (re.compile(r"\b(?:puts?|putting|placed|places|and)\s+the\s+(dead|injured|wounded)\s+at\s+"
                + _BOUND + NUM, re.I), "number", "puts_the_dead_at",
     "The council's morning bulletin puts the dead at 14 and the injured at 31."),
    # "its first figure for the injured: 34 people": a figure after a colon
    (re.compile(r"\b(?:figure|toll|count|tally|number)\s+(?:for|of)\s+the\s+"
                r"(dead|injured|wounded|deaths)\s*:\s*" + _BOUND + NUM, re.I),
     "number", "figure_for_the_dead_colon",
     "The Ministry of Health has given its first figure for the injured: 34 people."),
    # "killing at least nine people", "wounding 12 people", "killing four skiers"
    # "had “neutralised” more than 60 attackers": the army's word for killed
    # ("..., causing 445 deaths while injuring more than 7,000.": no group named)
    (re.compile(r"\b(killing|killed|kill|injuring|injured|wounding|wounded|"
                r"[“\"]?neutrali[sz]ed[”\"]?)\s+" + _BOUND + NUM
                + r"(?:\s+(?:of the\s+)?(?:[a-z][\w\-]*\s+)?" + _GROUP
                + r"|(?=\s*(?:[.;]|,\s+(?:the|a|an|police|officials|according)\b|$)))", re.I),
     "verb first", "verb_then_count",
     "Gunmen stormed the depot, killing at least nine guards, police said."),
    # "the army lost 10 soldiers": its dead (people, never "lost 40 homes")
    (re.compile(r"\b(lost|loses|losing)\s+" + _BOUND + NUM + r"\s+((?:of\s+(?:its|their|our)\s+)?"
                r"(?:[a-z][\w\-]*\s+)?(?:soldiers|troops|servicemen|men|personnel|officers|"
                r"policemen|fighters|members|colleagues|workers|crew|firefighters|rescuers|"
                r"guards|staff))\b", re.I),
     "verb first", "lost_n_people",
     "The army said it lost 10 soldiers in the fighting."),
    # "it had treated more than 2,700 pilgrims"
    # (not "treated 5,600 patients with measles": a disease's patients are no casualties)
    # ("the hospital attended 26 people from the parade, most with fractures": a
    # translation's word for treating the injured, only with the injuries named)
    # (never what else a service attends: "attended 30 incidents, five with injuries")
    (re.compile(r"\b(?:treated|hospitali[sz]ed|admitted|attended(?!\s+\S+\s+(?:other\s+)?"
                r"(?:incidents|fires|calls|call-outs|callouts|funerals|ceremonies|hearings|"
                r"meetings|sessions|events|briefings|workshops)\b)(?![^.;]{0,60}?\bnone\s+with"
                r"\s+(?:fractures|injuries|burns|wounds)\b)(?=\s[^.;]{0,60}?\bwith\s+"
                r"(?:\w+\s+)?(?:fractures|injuries|burns|wounds)\b(?!\s+(?:specialists?|units?|"
                r"wards?|experts?|doctors?|surgeons?|teams?)\b)))\s+" + _BOUND + NUM
                + r"\s+(?!patients|cases)" + _GROUP, re.I), "treated", "treated_count",
     "The Red Crescent said it had treated more than 270 marchers."),
    # "helped to bury 27 people", "27 people were buried"
    (re.compile(r"\b(?:bury|buried|burying)\s+" + _BOUND + NUM + r"\s+(people|bodies|"
                r"victims|villagers|residents|miners|workers|children|men|women|members|"
                r"relatives|soldiers|civilians)\b", re.I), "buried", "buried_count",
     "Elders said they helped to bury 27 villagers."),
    # "killing four skiers and injuring six", "and wounded 28 on Friday": no noun of its own
    (re.compile(r"(?:\band|,)\s+(injuring|wounding|injured|wounded|killing|killed)\s+" + _BOUND
                + NUM + r"(?=\s*(?:[,.;]|$)|\s+(?:others|more|on|in|at|and|before|after|when|"
                r"as)\b)", re.I),
     "verb first", "and_verb_count",
     "The blast killed four guards and wounded 28 on Friday, the army said."),
    # "between 40 and 60 people were killed", "40 to 60 people died": a range
    # "three or four people dead": a range too
    # ("250 to 300 people died in the crush": the comment's "40 to 60")
    (re.compile(r"(?:\bbetween\s+" + NUM + r"\s+and\s+|" + NUM + r"\s+(?:or|to)\s+)" + NUM
                + r"\s+" + _NOUN
                + r"(?:were |was |had been |have been )?"
                r"(killed|dead|died|injured|wounded|bodies)\b",
                re.I), "range", "range_count",
     "Between 40 and 60 people were killed, the mayor said."),
    # "52 bodies had been buried", "the bodies of four fishermen"
    # (not bodies that act: "The two bodies held a joint media briefing", "both bodies said")
    (re.compile(_BOUND + NUM + r"\s+bodies\b(?!\s+(?:held\s+(?:a|an|joint|talks)|said|say|says|"
                r"urged|demanded|called\s+(?:for|on)|issued\s+(?:a|an|joint)|announced\s+(?:a|an|"
                r"that)|agreed\s+(?:to|that|on)|signed\s+(?:a|an)|met\s+(?:with|on)|have\s+(?:said|"
                r"called|agreed))\b)|\bbodies of\s+" + _BOUND + NUM
                + r"(?:\s+(?:more\s+)?" + _GROUP + r")?", re.I),
     "bodies", "bodies_count",
     "Divers said 52 bodies had been recovered."),
    # "21 civilians and three members of the security forces had died": two groups
    # ("seven residents of Kabwelume, among them three children, and two waste pickers
    # whose bodies were dug out ... have so far been confirmed dead": an aside after the
    # first group, a clause after the second, an adverb and "confirmed" before the verb)
    (re.compile(_BOUND + NUM + r"\s+((?:[\w\-]+\s+){0,2}?[\w\-]+)(?:,[^,.;]{1,60},)?\s+and\s+"
                + _BOUND + NUM + r"\s+((?!of\b)(?:(?!" + _A_VERB_OF_BEING + r")[\w\-]+\s+){0,5}?"
                r"[\w\-]+)"
                r"(?:\s+(?:who|whose|that)\s+[^,.;]{1,100}?)?\s+"
                r"(?:had |have |has |were |was |are )?"
                r"(?:(?:so far|thus far|now|also|already) )?(?:been )?"
                r"(?:(?:officially )?(?:reported|confirmed|found|declared|pronounced) )?"
                + AMONG_THE + r"?(killed|died|dead)\b" + NOT_THE_DEAD_ALONE, re.I),
     "pair", "two_groups_dead",
     "The army said 21 civilians and three members of the security forces had died."),
    # "four spectators and the pilot have died": a group, and one person named by what
    # they were (never "the passengers" or "the crew": a group with no number; never
    # "both militants and the army had killed": who killed, not who died; nor "five
    # soldiers were wounded and a civilian was killed": each group its own verb)
    (re.compile(r"(?<!\bboth )" + _BOUND + r"(?!both\b)" + NUM
                + r"\s+((?:" + _PLAIN_WORD + r"\s+){0,2}?" + _PLAIN_WORD + r")\s+and\s+()"
                r"(the|a|an)\s+((?:" + _PLAIN_WORD + r"\s+)?(?!" + _NO_ONE_PERSON + r")"
                + _PLAIN_WORD + r"(?<!s))\s+"
                r"(?:(?:were|was|have been|had been|has been) (?:(?:also|both) )?(?=killed)|"
                r"(?:had |have |has )?(?:(?:also|both) )?(?=died)|(?:are |were )?(?=dead))"
                r"(killed|died|dead)\b", re.I),
     "pair", "one_and_the_other_dead",
     "Police said four spectators and the pilot have died."),
    # "Thirty-one pupils and one teacher sustained injuries": each group's injured
    (re.compile(_BOUND + NUM + r"\s+([a-z][\w\-]*)\s+and\s+" + _BOUND + NUM
                + r"\s+([a-z][\w\-]*)\s+(?:also\s+)?((?:sustained|suffered|received) injuries)\b",
                re.I), "pair", "two_groups_injured",
     "Thirty-one pupils and one teacher sustained injuries, police said."),
    # "19 passengers and four crew members were injured": each group's injured, as the
    # dead of two groups are
    (re.compile(_BOUND + NUM + r"\s+((?:" + _NAME_OF_GROUP + r"\s+){0,2}?" + _NAME_OF_GROUP
                + r")\s+and\s+" + _BOUND + NUM + r"\s+((?:" + _NAME_OF_GROUP + r"\s+){0,3}?"
                + _NAME_OF_GROUP
                + r")\s+(?:had |have |were |was )?(?:been )?(?:also )?(injured|wounded|hurt)\b",
                re.I), "pair",
     "two_groups_hurt", "Police said 19 passengers and four crew members were injured."),
    # "over 30 fishermen and farmers have been killed": one count of two kinds of people
    # ("14 fire and rescue officials had been injured": two words before one noun)
    # ("24 students and staff members have been confirmed injured", "students and staff")
    (re.compile(_BOUND + NUM + r"\s+((?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:s|men|children)\s+and\s+"
                r"(?:[a-z][\w\-]*(?:s|men|children)|staff|personnel|crew)|[a-z][\w\-]*\s+and\s+(?!(?:"
                + "|".join(NUMBER_WORDS) + r")\b)[a-z][\w\-]*\s+[a-z][\w\-]*(?:s|men|children))\s+"
                r"(?:had |have |were |was )?(?:been )?(?:confirmed |reported )?"
                r"(killed|died|dead|drowned|perished|injured|"
                r"wounded|hurt)\b", re.I), "number first", "one_count_of_two_kinds",
     "Over 30 fishermen and farmers have been killed, the UN said."),
    # "nine injured people succumbed", "12 wounded later died": dead, not injured
    (re.compile(_BOUND + NUM + r"\s+(?:injured|wounded)\s+" + _NOUN
                + r"(?:had |have |later )?(succumbed|died)\b", re.I),
     "number first", "injured_then_died",
     "The hospital said nine injured people later died."),
    # "19 people were being treated in hospital", "36 people were taken to Mulago hospital"
    # ("2 persons have been hospitalised", "2 skiers are receiving medical treatment")
    # ("around 90 people, including minors, were being treated": an aside of who)
    (re.compile(_BOUND + NUM + r"\s+" + _NOUN + r"(?:([A-Za-z][\w\-]*),\s+(?:including|among "
                r"them)\s+[^,;.]{1,40},\s+)?(?:were |was |are |is |had been |have been |"
                r"has been )?(?:now |currently )?(?:still (?=receiving|being|undergoing))?"
                r"(?:being )?"
                # (not "treated as witnesses": how they were regarded)
                r"(?:treated(?!\s+(?:as\s+(?:witness|suspect|victim|crime)|like)\w*)|"
                r"hospitali[sz]ed|remained in hospital|in hospital|"
                r"kept in hospital|"
                + IN_TREATMENT + r"|undergoing treatment|"
                r"(?:taken|brought|rushed) to (?:[A-ZÀ-ɏ][\w\-]*\s+){0,3}hospitals?|"
                # ("admitted to Chinhoyi Provincial Hospital with injuries"; not the rescued
                # "admitted to hospital" for a check)
                r"admitted to (?:the )?(?:[A-ZÀ-ɏ][\w\-]*\s+){0,3}hospitals?\s+with\s+(?:\w+\s+)?"
                r"(?:injuries|wounds|burns))\b"
                # (not "one of the residents taken to hospital has died": a death)
                r"(?!\s+(?:has|have|had)\s+(?:since\s+|later\s+)?(?:died|passed away)"
                r"|\s+(?:later\s+)?(?:died|passed away)"
                # (nor a figure "treated with caution": handled, not cared for)
                r"|\s+with\s+(?:caution|care|scepticism|skepticism|suspicion))", re.I),
     "hospital", "in_hospital",
     "The governor said 19 people were being treated in hospital."),
    # "16 people had been pulled from the river alive and flown to hospitals"
    # (not "Four people drowned and six others were admitted to hospital": each number
    # its own verb, so nothing between the count and "taken" dies or is counted)
    (re.compile(_BOUND + NUM + r"\s+(people|passengers|workers|others|survivors|children)\s+"
                r"(?:(?!\b(?:drowned|died|dead|killed|perished|and\s+" + NUM + r"))[^.;\d]){0,60}?"
                r"\b(?:taken|flown|rushed|airlifted|admitted|evacuated)\s+to\s+"
                r"(?:[A-ZÀ-ɏ][\w\-]*\s+)?hospitals?\b", re.I), "hospital", "taken_to_hospital",
     "Paramedics said 16 people had been pulled from the river and flown to hospitals."),
    # "a third rescuer was injured": the injured of that group are now that ordinal
    # (not "one firefighter died and a second firefighter was injured": after a death,
    # the ordinal counts the group's casualties, not its injured)
    (re.compile(r"(?<!died and )(?<!killed and )(?<!dead and )\b(?:a|the)\s+"
                r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                r"\s+([a-z][\w\-]*)\s+(?:was|has been|had been)\s+(?:also\s+)?"
                r"(?:seriously\s+|badly\s+|slightly\s+)?(?:injured|hurt|wounded)\b", re.I),
     "ordinal hurt", "ordinal_injured",
     "A third rescuer was injured on Sunday afternoon when a slab shifted."),
    # "A farm worker, 52, died", "A police officer was among the dead": one person
    # ("a passenger has since died": one more, an increment)
    # (not "one of the injured died": one of a count already given, a part of it)
    # (not "a seventh child has died": the toll is the ordinal, `ordinal_death`)
    (re.compile(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+(?!of\s+(?:the|them|those|these)\b)"
                r"(?!(?:" + _ORDINAL + r")" + _AFTER_THE_ORDINAL + r")"
                r"((?:(?!(?:whose|who|that|which|has|had|since)\b)"
                r"[A-Za-z][\w\-]*\s+){0,3}?(?!(?:whose|who|that|which)\b)[a-z][\w\-]*)"
                # ("A volunteer rescuer for the Iranian Red Crescent was killed": whose he was;
                # "a woman waiting at the stop was killed": where)
                r"(?:\s+(?:for|of|with|from)\s+(?:the\s+)?(?:[A-ZÀ-ɏ][\w’'\-]+\s+){1,5}?(?=was\b)|"
                r"\s+(?:waiting|travelling|traveling|standing|sitting|working|living|staying|"
                r"walking|riding|skiing)\s+(?:(?!\d)[\w’'\-]+\s+){1,5}?(?=was\b))?"
                # (", 27," or a name with its age: ", Leading Seaman Kasun Herath (27),")
                r"(?:,\s*\d{1,3},|,\s+(?:[A-ZÀ-ɏ][\w’'\-]*\s+){1,5}\(\d{1,3}\),)?\s*(?:also\s+)?"
                # ("a ski tourer had been killed in an avalanche near Davos")
                r"(?:(?:was|had\s+been|has\s+been)\s+(?:killed|shot dead|found dead|"
                r"confirmed dead|among the dead)|(?:had\s+|has\s+)?(?:later\s+|since\s+)?died|"
                r"was\s+(?:seriously\s+|badly\s+)?(injured|wounded|hurt))\b"), "one", "one_person",
     "A farm worker was killed, police said."),
    # "reported receiving a body and four injured", "a body was pulled from the river":
    # one dead (not "a body of water", "the governing body")
    (re.compile(r"\b(?:recover\w*|receiv\w*|found|finding|pull\w*|retriev\w*|discover\w*)\s+"
                r"(a|one)\s+body\b(?!\s+of\b)|\b(a|one)\s+body\s+(?:was|has been|had been)\s+"
                r"(?:found|recovered|pulled|retrieved|discovered)\b", re.I),
     "one body", "one_body",
     "Divers recovered a body from the harbour, the coast guard said."),
    # "A nurse from Orla was among the pilgrims killed", "Another Dane was among the injured"
    (re.compile(r"(?<![\w’'])(?:[Aa]n?|Another)\s+((?:(?!(?:whose|who|that|which|of)\b)"
                r"[A-Za-z][\w\-]*\s+){0,2}?[A-Za-z][\w\-]*)(?:\s+from\s+[A-ZÀ-ɏ][\w\-]*"
                r"(?:\s+[A-ZÀ-ɏ][\w\-]*)?)?\s+was\s+among\s+the\s+(?:(?:[\w\-]+\s+){0,3}?"
                r"(?:dead|killed|victims)|(injured|wounded))\b"), "one", "one_among_the",
     "A nurse from Orla was among the pilgrims killed, the embassy said."),
    # "one of the injured hikers was a Moldovan citizen", "one of the workers who lost
    # their life is an Azerbaijani citizen": one person of a nation among them (never "one
    # of the surviving victims", nor a nation a later clause gives someone else)
    # (the same words twice: in the lookahead without their group, so that the nation is
    # the rule's first group and "injured" its second)
    # ("one of the three patients who died, a visitor from Florida, was a United States
    # citizen": an aside between, a nation of two words)
    (re.compile(r"\b[Oo]ne of the (?=" + _ONE_OF_WHOM.replace("(injured", "(?:injured", 1)
                + _AN_ASIDE + r"(?:was|is)\s+an?\s+((?:(?-i:[A-ZÀ-ɏ])[\w\-]+\s+){1,3}?"
                # (not "a Premier League national team scout": "national" of a longer name)
                r"(?:citizen|national(?!\s+(?:team|side|squad|league|guard|park|assembly|army|"
                r"police|coach|scout|player|anthem|holiday|day|service)\b))"
                # ("a citizen of the Republic of Moldova": the country named after)
                r"|citizen\s+of\s+(?:the\s+)?(?:(?-i:[A-ZÀ-ɏ])[\w\-]+\s+of\s+)?"
                r"(?-i:[A-ZÀ-ɏ])[\w\-]+(?:\s+(?:and\s+)?(?-i:[A-ZÀ-ɏ])[\w\-]+){0,2})\b)"
                + _ONE_OF_WHOM
                + _AN_ASIDE
                + r"(?:was|is)\b", re.I),
     "one", "one_of_a_nation",
     "The embassy said one of the injured hikers was a Moldovan citizen."),
    # "Two of the victims were German": the victims of a deadly event are its dead
    # ("Five of those who died are Israelis": those who died are the dead)
    # (but "Two of those who died were found in the river": who they were, not where)
    # ("Four of the dead and two of the injured were Britons": each its own part)
    (re.compile(_BOUND + NUM + r"\s+of (?:the (?:dead|victims)\s+(?:were|was|are|is)\b|"
                r"the dead(?=\s+and\s+[\w-]+\s+of\s+the\s+(?:injured|wounded)\s+(?:were|are)\s+"
                r"(?-i:[A-ZÀ-ɏ]))|"
                # ("six of the 12 people who died were Indian nationals": the dead, counted)
                r"the\s+(?:" + NUM + r"\s+)?(?:people|persons|victims|workers|passengers)\s+"
                r"(?:who|that)\s+(?:died|were killed|lost their lives|perished)\s+(?:were|are)\b"
                r"(?=\s+(?:an?\s+)?(?-i:[A-ZÀ-ɏ]))|those "
                r"(?:who|that) (?:died|were killed|lost their lives|perished)\s+(?:were|was|are|"
                r"is)\b(?=\s+(?:an?\s+)?(?-i:[A-ZÀ-ɏ])))", re.I),
     "of the dead", "of_the_dead",
     "Police said two of the victims were German."),
    # "four of the injured were New Zealand citizens": the injured's part, only a nation's
    # (not "four of the injured were children": who they are, no group a body counts)
    (re.compile(_BOUND + NUM + r"\s+of the (?:injured|wounded|hurt)\s+(?:were|was|are|is)\b"
                r"(?=\s+(?:an?\s+)?(?-i:[A-ZÀ-ɏ]))", re.I),
     "of the dead", "of_the_injured",
     "The ministry said four of the injured were New Zealand citizens."),
    # "of the total killed in Friday's fighting, 275 were Iranians": the same, the dead
    # named first (each later "85 were Saudi" a part of its own, `breakdown_by_kind`)
    # (only after "the total": "Of the dead, 137 were Han" is a toll's breakdown by kind)
    (re.compile(r"\bof the total (?:number )?(?:killed|dead|victims)\b(?!\s+(?:and|or)\b)"
                r"[^.;,]{0,60},\s+"
                + _BOUND + NUM + r"\s+(?:were|was)\b(?=\s+(?:an?\s+)?(?-i:[A-ZÀ-ɏ]))", re.I),
     "of the dead", "of_the_dead_first",
     "Of the total killed, 275 were Iranians, the statement said."),
    # "12 passengers of the ferry drowned", "five workers at the Kova plant were killed",
    # "nine villagers in Upper Tamar died": the group and which one it is
    # ("two soldiers of the Frontier Works Organization were killed": a body's name)
    # ("nine passengers of the Transportes Rumi Ñan bus": capitals with accents)
    (re.compile(r"(?i:" + _BOUND + NUM + r")\s+([a-z][\w\-]*)\s+((?:of|at|aboard)\s+the\s+"
                rf"(?:[{UPPER}][\w’'\-]+\s+){{0,3}}(?:[a-z][\w\-]*|(?<=\s)[{UPPER}][\w’'\-]+)|"
                r"(?:in|near)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[A-ZÀ-ɏ][\w\-]*['’]s\b)"
                r"[A-ZÀ-ɏ][\w’'\-]+(?:\s+[A-ZÀ-ɏ][\w’'\-]+){0,2})\s+"
                r"(?:were |was |had been |have been |had |have )?(?:seriously |badly )?"
                # ("fell as martyrs": an official's word for killed)
                r"(killed|dead|died|drowned|injured|wounded|hurt|fell as martyrs)\b"),
     "grouped", "group_of_the",
     "Twelve passengers of the ferry drowned, the coast guard said."),
    # "Among the dead were three Danish tourists", "among the dead were a family of four"
    # (a nationality or a family: the part of the toll a government or an embassy claims)
    # ("Among the wounded are two Costa Rican tourists": the injured's part, a nation of
    # two words)
    # ("Among the injured there are three citizens of the Federal Republic of Germany": a
    # translation's "there are", the nation by its state's name)
    (re.compile(r"\b(?i:among the (dead|victims|wounded|injured) (?:there\s+)?(?:were|was|are|"
                r"is))\s+"
                r"(?:an?\s+)?(?:([A-ZÀ-ɏ]"
                r"[\w\-]*\s+"
                r"(?:family|group|couple)) of\s+(?i:" + _BOUND + NUM + r")|(?i:" + _BOUND + NUM
                + r")\s+((?:[A-ZÀ-ɏ][\w\-]*\s+){1,2}(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*|"
                r"(?:citizens|nationals)\s+of\s+(?:the\s+)?[A-ZÀ-ɏ][\w\-]*"
                r"(?:\s+(?:of\s+)?[A-ZÀ-ɏ][\w\-]*){0,4}))\b"),
     "among", "among_the_dead_were",
     "Among the dead were three Danish tourists, the embassy said."),
    # "Mayor Ana Ruiz and 15 others were wounded": the one named and the others
    (re.compile(r"(?<![\w’'])((?:[A-ZÀ-ɏ][\w’'\-]+\s+){0,2}[A-ZÀ-ɏ][\w’'\-]+)\s+and\s+" + NUM
                + r"\s+others\s+(?:were|was|had been|have been)\s+(?:also\s+)?(killed|wounded|"
                r"injured|hurt)\b"),
     "name and others", "one_named_and_others",
     "Mayor Ana Ruiz and 15 others were wounded in the blast, police said."),
    # "the victims of the tragedy are four workers": the dead, named as what they were
    # (not "the victims were four", a part's count with no one named)
    # (never the victims of what does not kill: "the victims of the robbery")
    # (and none said to be treated or hurt: "the victims were four workers, all treated")
    (re.compile(r"(?<!among )(?<!Among )\bthe\s+(?:dead|victims(?:\s+of\s+the\s+(?:tragedy|"
                r"disaster|crash|collapse|fires?|blaze|inferno|explosion|blast|accident|attack|"
                r"floods?|flooding|landslide|mudslide|sinking|stampede|crush|quake|earthquake|"
                r"shooting|massacre|bombing|avalanche|storm|shipwreck|plunge|derailment|cyclone|"
                r"hurricane|typhoon|tsunami|eruption|ambush|airstrike|raid))?)(?![^.;]*\b(?:"
                r"treated|critical|hospitali[sz]ed|injur|hurt|wounded))\s+(?:are|were)\s+"
                + _BOUND + NUM + r"\s+((?:[a-z][\w\-]*\s+)?" + _GROUP_WORD + r")(?=\s*[.,;:]|$)",
                re.I),
     "lives", "the_victims_are",
     "According to the union, the victims of the tragedy are four workers."),
    # "the crash, which claimed 179 lives", "the fire cost 12 lives"
    (re.compile(r"\b(?:took|takes|taken|taking|claimed|claims|claiming|cost|costs|costing)\s+"
                + _BOUND + NUM + r"\s+()lives\b", re.I),
     "lives", "claimed_n_lives",
     "The ferry fire, which claimed 31 lives, began in the engine room, the coast guard said."),
    # "resulted in the loss of 46 lives", "causing the deaths of at least 445 people"
    (re.compile(r"\b(?:the\s+)?(?:loss|losses)\s+of\s+" + _BOUND + NUM + r"\s+(lives)\b"
                r"|\bthe\s+deaths?\s+of\s+" + _BOUND + NUM + r"\s+(?:[a-z][\w\-]*\s+)?" + _GROUP,
                re.I),
     "loss", "loss_of_lives",
     "The fire resulted in the loss of 46 lives, the fire service said."),
    # "resulted in the death of 82 people and injury of another 110 citizens", "injuries
    # to 14 workers": the injured, named by what they suffered
    (re.compile(r"\binjur(?:y|ies)\s+(?:of|to)\s+(?:another\s+)?" + _BOUND + NUM
                + r"\s+(?:[a-z][\w\-]*\s+)?" + _GROUP, re.I), "treated", "injury_of",
     "The blast resulted in the death of 82 people and injury of another 110 citizens."),
    # "the blast took the lives of 21 people", "claimed the lives of three pilots"
    (re.compile(r"\b(?:took|taken|taking|claimed|claiming|cost|costing)\s+the\s+lives\s+of\s+"
                # "six (6) of our personnel": the figure in brackets, the body's own
                + _BOUND + NUM + r"(?:\s+\(\d+\))?\s+(?:of\s+(?:our|its|their|the)\s+)?"
                r"(?:[a-z][\w\-]*\s+)?" + _GROUP, re.I),
     "lives", "took_the_lives_of",
     "The landslide took the lives of 17 herders, the district chief said."),
    # "the disaster also claimed three villagers": killed
    (re.compile(r"\b(?:claimed|claiming)\s+(?:the\s+lives\s+of\s+)?" + _BOUND + NUM
                + r"\s+(?:more\s+)?(?:[a-z][\w\-]*\s+)?(" + CLAIMED_PEOPLE + r")\b"
                # (not "claimed 20,000 people attended", "claimed 300 students were
                # arrested": a verb after the group makes "claimed" a claim, not a toll)
                r"(?!\s+(?:were|was|had|have|has|are|is|would|will|could|[a-z]+ed)\b)", re.I),
     "lives", "claimed_n_people",
     "The mudflow also claimed three villagers in Nyamaredzi, the director said."),
    # "the service had shifted 104 patients to hospitals": injured or sick, in hospital
    # (not "staff transferred 30 patients to another hospital": moved, not hurt)
    (re.compile(r"\b(?:shifted|rushed)\s+" + _BOUND + NUM
                + r"\s+(?:injured\s+|more\s+)?" + _GROUP + r"\s+to\s+(?:the\s+)?"
                r"(?:[A-ZÀ-ɏ][\w\-]*\s+){0,3}hospitals?\b", re.I), "treated", "moved_to_hospital",
     "Rescue 1122 said it had shifted 104 patients to hospitals since 1am."),
    # "police reported a fourth death", "the sixth victim died in hospital": the toll
    # is now that ordinal
    # ("A seventh child has died", "a third worker died overnight")
    (re.compile(r"\b(?:a|the)\s+(" + _ORDINAL + r")" + _AFTER_THE_ORDINAL, re.I),
     "ordinal", "ordinal_death",
     "Later, police reported a fourth death among the patients."),
    # "a first count said 31 had died; it later said 29": the later figure is the current
    # ("but subsequently police officials revised it to six": its subject between)
    (re.compile(r"\b(?:later|then|subsequently|afterwards)\s+"
                r"(?:(?!(?:said|gave|put|revised|corrected|lowered|raised)\b)[A-Za-z][\w’'\-]*\s+"
                r"){0,3}?(?:said|gave|put (?:it|that|the "
                r"(?:death )?toll) at|(?:revised|corrected|lowered|raised) (?:it|that|(?:the|its|"
                r"their) (?:death )?(?:toll|figure|number|count)) to)\s+" + _BOUND + NUM
                + r"(?=\s*(?:[,.;)]|$|and\b))", re.I),
     "later", "later_figure_is_current",
     "The mayor first said 31 people had died; he later said 29."),
    # "31 people were killed", "12 people were shot dead", "38 people in western Kenya
    # this week" (after "killed")
    # (not "eight of those hurt were in a critical condition": a part of a count)
    # (nor "two of the deceased were buried by relatives": a part of the dead)
    (re.compile(_BOUND + NUM + r"(?!\s+of\s+(?:whom|them|those)\b)"
                r"(?!\s+of\s+the\s+(?:deceased|dead|victims)\s+(?:were|was|are|is|had been|"
                r"have been)\s+buried)\s+" + _NOUN
                # "More than 100 people in neighbouring India and China also died"
                + r"(?:(?:in|from)\s+(?:[a-z][\w\-]*\s+)?(?-i:[A-ZÀ-ɏ][\w’'\-]+(?:\s+(?:and\s+)?"
                r"[A-ZÀ-ɏ][\w’'\-]+){0,3})\s+(?:also\s+)?)?"
                # "two engineers who worked at the plant were among the injured", "18
                # Canadians who perished"
                + r"(?:(?:who|that)\s+(?:(?!\d)[\w’'\-]+\s+){0,6}?)?"
                # "four people working at our plant in Ban Khlong Sai, Rayong province,
                # have died": where they were, however long
                + r"(?:(?:working|living|travelling|traveling|staying|employed|trapped|"
                r"sheltering)\s+(?:at|in|on|near|inside|aboard)\s+(?:(?!\b(?:died|killed|dead|"
                r"injured|wounded|and)\b)[^.;]){1,80}?,?\s+(?=(?:have|has|had|were|was)\s|"
                r"(?:died|drowned|perished)\b))?"
                # "Two women, aged 19 and 20, died"; "two of its citizens, the pilot and
                # the flight engineer, had died"
                + r"(?:[\w’'\-]+,[^,]{1,80},\s*)?"
                + r"(?:were |was |had been |have been |had |"
                r"have |later |are |is )?(?:also |now |so far |thus far |already )?"
                # ("four workers have now been confirmed dead", "have also been killed",
                # "have so far been confirmed dead": the adverb before "been")
                r"(?:(?:(?<=have now )|(?<=has now )|(?<=had now )|(?<=have also )|"
                r"(?<=has also )|(?<=had also )|(?<=have so far )|(?<=has so far )|"
                r"(?<=had so far )|(?<=have thus far )|(?<=has thus far )|(?<=have already )|"
                r"(?<=has already )|(?<=had already ))been )?"
                # "were reported killed", "are now confirmed to have died"
                r"(?:(?:officially )?(?:reported|confirmed|known|believed)\s+(?:to\s+have\s+)?)?"
                r"(?:seriously |badly |critically |severely |slightly |lightly )?"
                r"(?:shot |found |confirmed |burned |crushed |pronounced |declared |certified )?"
                # ("3 persons had deceased and 6 persons were traumatised", "passed away",
                # "found without signs of life": a translation's words)
                r"(killed|dead|died|drowned|perished|fell as martyrs|neutrali[sz]ed|deceased|"
                r"passed away|traumati[sz]ed|without (?:vital )?signs of life|"
                r"(?:crushed|burned|burnt|trampled|stabbed|"
                r"beaten|frozen|poisoned) to death|(?:burned|burnt) alive|"
                r"(?<!of the )injured|(?<!of the )wounded|"
                r"hurt|treated for injuries|succumbed|lost (?:their lives|his life|her life)|"
                # ("seven people burned": burned and alive, the injured; never "burned
                # down", "burned out", what burned)
                r"burn(?:ed|t)(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|when|after|while|and|as|during|"
                r"inside|by|overnight|severely|badly|seriously|slightly)\b|\s+(?:their|his|her)\s+"
                r"(?:feet|hands|arms|legs|faces?|backs?|skin)\b)|"
                r"among the dead|"
                r"among the (?:injured|wounded|poisoned)|"
                # ("38 people have been poisoned": the sickened are the injured, as a
                # translation's "traumatised" are; never those who poisoned)
                r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=are )|(?<=is )|(?<=also )|(?<=got ))"
                r"poisoned(?!\s+to\s+death)|poisoned(?=\s+(?:by|with|after)\b)|"
                # ("two Malagasy nationals are among those injured")
                r"among those (?:" + "|".join(AMONG_THOSE_WHO) + r")(?!\s+or\b)|buried|"
                r"had (?:serious |severe )?burns|deaths|"
                r"fatalities|(?:suffered|sustained|received) (?:\w+ )?(?:wounds|injuries|burns)|"
                # ("(1) one martyr and (3) three injured": a translation's word for the dead)
                r"fatality|(?<!of the )(?<!of )martyrs?(?![’'])|"
                r"injuries)\b"
                # not "the two attacks had killed 29": the number is the object's
                r"(?!\s+(?:more than |at least |over |about |nearly )?(?:\d|(?:"
                + "|".join(NUMBER_WORDS) + r")\b))", re.I),
     "number first", "count_then_verb",
     "Police said 31 people were killed."),
    # The rules above read a count as published copy usually words it; these two
    # bind a number to a verb of death or injury further along its own clause, for
    # wordings no rule above was written for.
    # "four cadets of the academy perished while ...", "six residents of the hamlet
    # lost their lives": the people counted, however they are described
    # (a count of no one is left to ZERO_RULES)
    (re.compile(_BOUND + r"(?!(?:no|none|zero)\b)" + NUM
                + r"\s+(?=(?:[a-z][\w\-]*\s+)?" + _GROUP_WORD + r")"
                + _CLAUSE_WORDS + _AUX + r"(" + _DEATH_OR_INJURY
                # ("two landslides ... killed four": the verb's subject, never its count)
                + r"|(?:(?<=were )|(?<=was )|(?<=been )|(?<=are )|(?<= is )|(?<=ly ))"
                r"(?:killed|injured|wounded|hurt))\b", re.I),
     "number first", "number_binds_to_its_verb",
     "The army said three conscripts of the signal battalion perished in the fire."),
    # "the number of civilians who perished in the blast has reached seven"
    # ("the number of people who were confirmed dead in Friday's earthquake has now
    # increased to 2,497", "the number of people injured has risen to 40")
    (re.compile(r"\bnumber of (?:the\s+)?(?:[a-z][\w\-]*\s+){1,2}?(?:(?:who|that)\s+"
                r"(?:have\s+|had\s+|were\s+|was\s+)?(?:been\s+)?)?"
                r"(?:(?:confirmed|reported)\s+)?(" + _DEATH_OR_INJURY + r"|dead|killed|injured|"
                r"wounded)\b(?!\s+or\s+missing)"
                # (never across another count's word: "wounded in the attack who have since
                # died has risen to four")
                r"(?:(?!\b(?:died|dead|killed|missing)\b)[^;]){0,200}?\s(?:has\s+|had\s+)?"
                r"(?:now\s+)?(?:reached|risen\s+to|rose\s+to|"
                r"climbed\s+to|"
                # ("the number of pupils who died remains five")
                r"increased\s+to|grown\s+to|stands\s+at|stood\s+at|is|was|remains(?:\s+at)?|"
                r"remained(?:\s+at)?)\s+" + _BOUND + NUM,
                re.I),
     "number", "number_of_those_who",
     "The governor said the number of miners who died in the flooded shaft has reached 12."),
))


def _none_of_their(sentence: str) -> Tolls | None:
    low = sentence.lower()
    if not (m := re.search(r"\bnone of (?:their|its|his|her) (\w+)", low)):
        return None
    if "killed" in low or "dead" in low or "victims" in low:
        return Tolls(StatedCount("killed", 0, None, m.group(1), rule="none_of_their"), None,
                     (), m.group(1))
    return Tolls(None, StatedCount("injured", 0, None, m.group(1), rule="none_of_their"), (),
                 m.group(1))


def _no_casualties(sentence: str) -> Tolls | None:
    if not (m := re.search(r"\b(?:no|not suffer(?: any)?|did not suffer|not aware of any)\s+"
                           r"((?:\w+\s+)?)casualties", sentence, re.I)):
        return None
    word = m.group(1).strip()
    affected = ("civilians" if word == "civilian"
                else f"{word} personnel" if word not in ("", "any") else "forces")
    if re.search(r"\b(its|their) forces\b", sentence.lower()):
        affected = "forces"
    return Tolls(StatedCount("killed", 0, None, "", rule="no_casualties"), None, (), affected)


class ZeroRule(NamedTuple):
    """A named way a sentence says no one was hurt, with an example; some only
    where the sentence counts no one itself ("two were injured, but no one was
    killed": the counts say it)."""

    name: str
    find: Callable[[str], Tolls | None]
    example: str
    without_counts: bool = False


def _no_one_harmed(sentence: str) -> Tolls | None:
    # "its forces had fired only at military positions and that “no civilian was harmed”"
    if not (m := re.search(r"\bno\s+(one|civilians?|passengers?|residents?|patients?|people|"
                           r"person)\s+(?:was|were|had been|has been)\s+(?:harmed|hurt|injured|"
                           r"killed)\b", sentence, re.I)):
        return None
    word = m.group(1).lower()
    group = "people" if word in ("one", "person", "people") else word.rstrip("s") + "s"
    said = m.group(0).lower()
    # ("harmed": neither killed nor injured)
    killed = None if said.endswith(("hurt", "injured")) else StatedCount(
        "killed", 0, None, group, rule="no_one_harmed")
    injured = None if said.endswith("killed") else StatedCount(
        "injured", 0, None, group, rule="no_one_harmed")
    return Tolls(killed, injured, (), group)


# Tried before the counts: a sentence that says no one was hurt counts no one.
ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule("none_of_their", _none_of_their,
             "Spain and Italy said none of their sailors were injured."),
    ZeroRule("no_casualties", _no_casualties,
             "The navy said it suffered no casualties."),
    ZeroRule("no_one_harmed", _no_one_harmed,
             "The brigade said in a statement that no civilian was harmed.",
             without_counts=True),
)
