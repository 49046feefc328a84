"""The words of toll sentences that several_claims reads: "it said",
"According to X,", a region's own body, where the injured were treated,
and what a drafter took for a group that is none."""

from __future__ import annotations

import re

IT_SAID = re.compile(r"\bit (?:said|says|added|reported)\b")
ACCORDING = re.compile(r"^According to (?:the )?([A-ZÀ-ɏ][\w-]*(?: (?:of |and |for )?[A-ZÀ-ɏ]"
                       r"[\w-]*)*)"
                        r"(?: \([A-ZÀ-ɏ]+\))?,")
PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# "in the province" of "the Zambezia provincial government"
OWN_REGION = re.compile(r"\bin the (province|region|district|county|state)\b")
REGIONAL = re.compile(r"^(?:the\s+)?([A-ZÀ-ɏ][\w-]*(?: [A-ZÀ-ɏ][\w-]*)?) (?:provincial|regional|"
                       r"district|county|state)\b")
# "treated at hospitals in Nkawkaw and Koforidua"
TREATED_IN = re.compile(r"\b(?:hospitals?|clinics?|(?:health|medical) (?:facilities|centres|"
                         r"centers)) (?:in|at) [A-ZÀ-ɏ][\w-]*(?:(?:\s+|\s+and\s+|,\s+)"
                         r"[A-ZÀ-ɏ][\w-]*)*")
# what the drafter took for a group: a kind of injury ("treated 58 people for burns"),
# a word of the count ("the number of persons confirmed dead")
INJURIES = frozenset({"burn", "injurie", "wound", "fracture"})
COUNT_WORDS = re.compile(r"\s+(?:confirmed|reported|recorded|counted)$")
