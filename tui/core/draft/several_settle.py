"""Groups settled once every report is merged: a story of one place,
whose toll "in the town of X" is of its people rather than of "X
residents", a name that only tells two places' tolls apart."""

from __future__ import annotations

import re

from tui.core.draft.groups import of_another_incident
from tui.core.draft.names import countries_in
from tui.core.draft.resolve import Group, Names, body_words
from tui.core.draft.several_items import Item
from tui.core.draft.several_names import vague_kind
from tui.core.draft.several_rules import (
    GENERIC,
    PLACED,
    claim_order,
    group_key,
    responders,
    told_exactly,
)
from tui.core.draft.words import RESPONDERS
from tui.core.format.model import Briefing

# A place's people as a report names them: "residents of the village of X", never
# "soldiers of the X garrison" or "X miners"
_PLACES_PEOPLE = re.compile(r"^(?:residents|inhabitants|villagers|people|population)\b", re.I)


def settle_places(items: list[Item], base: Briefing) -> None:
    """The one place's group made from where a sentence put a toll becomes
    "people" again, unless every toll of the story is that place's and
    says so (then "X residents" is how the reports name them)."""
    claims = [i for i in items if i.section == "casualty_claims"]
    groups = [c.affected for c in base.casualty_claims] + [
        str(i.fields["affected"]) for i in claims]
    places = {group_key(g) for g in groups if PLACED.match(g)}
    # another group of people somewhere ("people nationwide") is what the place tells apart
    if len(places) != 1 or any(group_key(g).startswith("people ") for g in groups) or any(
            PLACED.match(c.affected) for c in base.casualty_claims):
        return
    place = places.pop()
    mine = [i for i in claims if group_key(str(i.fields["affected"])) == place]
    if any(not i.placed for i in mine):
        return  # a report names the group so: "X residents" is theirs
    town = str(mine[0].fields["affected"]).removesuffix(" residents").casefold()
    others = {group_key(g) for g in groups} - {place} - GENERIC - RESPONDERS
    if not others and all(town in str(i.fields.get("note", "")).casefold() for i in mine):
        return  # every toll is the place's, and says where
    # (a group a report names with the place, "residents of the village of Mbankouop",
    # is the place's people as that report writes them)
    named = {g for g in groups if group_key(g) in others and _PLACES_PEOPLE.match(g)
             and re.search(rf"\b{re.escape(town)}\b", g.casefold())}
    group = named.pop() if len(named) == 1 else "people"
    for item in mine:
        item.fields["affected"] = group


def settle_to_the_briefings_groups(items: list[Item], base: Briefing, names: Names) -> None:
    """A claimant's group as a report names it with a place ("Kastrovouni
    residents") is the group the briefing already gives that claimant
    ("residents") when that is its only one and the place is all the
    report adds: the editor's name for the group is kept, so the figure is
    a revision of it."""
    # (each base claim's group found once, not once per item)
    by_group: dict[int, set[str]] = {}
    for c in base.casualty_claims:
        if (group := names.find(c.claimant)) is not None:
            by_group.setdefault(id(group), set()).add(c.affected)
    for item in items:
        if item.section != "casualty_claims" or item.group is None:
            continue
        theirs = by_group.get(id(item.group), set())
        affected = str(item.fields["affected"])
        if len(theirs) != 1 or (old := next(iter(theirs))) == affected:
            continue
        old_words = set(group_key(old).split())
        extra = [w for w in affected.split() if group_key(w) not in old_words]
        if old_words <= set(group_key(affected).split()) and extra and all(
                w[:1].isupper() for w in extra):
            item.fields["affected"] = old


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _groups_of_one(counts: list[tuple[str, str | None, str | None]]) -> set[str]:
    """The groups whose every count is one person: (group, killed, injured)."""
    figures: dict[str, set[str]] = {}
    for group, *measures in counts:
        figures.setdefault(group, set()).update(m for m in measures if m is not None)
    return {group for group, found in figures.items() if found == {"1"}}


def majority(groups: list[str]) -> str | None:
    """The group (not a generic one, nor the responders') that more than
    half of `groups` name."""
    counts: dict[str, list[str]] = {}
    for name in groups:
        if group_key(name) not in GENERIC and not responders(name):
            counts.setdefault(group_key(name), []).append(name)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return best[0] if len(best) * 2 > sum(len(v) for v in counts.values()) else None


def naming_all(groups: list[str]) -> str | None:
    """The one group whose words hold every other's ("passengers of the Rumi
    bus" beside "bus" and "passengers"): the fullest name of one group."""
    named = [g for g in groups if group_key(g) not in GENERIC and not responders(g)]
    if len({group_key(g) for g in named}) < 2:
        return None
    words = {g: set(group_key(g).split()) for g in named}
    full = [g for g in named if all(words[o] <= words[g] for o in named)]
    return full[0] if full else None


def settle_people(items: list[Item], base: Briefing, names: Names, story: str) -> None:
    """A toll of "people" that a later report shows to be of a known group
    (a flash's "8 killed" before the police speak of spectators) joins
    the group most of its claimant's claims count, else most of the
    story's; never where the claimant already states the same count then.
    So does the one toll of the story's own town ("Four dead as building
    collapses in Lagos"), which counts whoever the story goes on to count."""
    claims = [i for i in items if i.section == "casualty_claims"]
    known = [(names.find(c.claimant), c.affected) for c in base.casualty_claims]
    every = [(g, a) for g, a in known + [(i.group, str(i.fields["affected"])) for i in claims]
             if not of_another_incident(a)]
    # ("A fourth suspect was shot dead": a group of one person is no group for "8 killed",
    # though it may be for another count of one)
    one_each = _groups_of_one([(str(c.affected), c.killed.text if c.killed else None,
                                c.injured.text if c.injured else None)
                               for c in base.casualty_claims]
                              + [(str(i.fields["affected"]), _text(i.fields.get("killed")),
                                  _text(i.fields.get("injured"))) for i in claims])
    for item in claims:
        affected = str(item.fields["affected"])
        alone = sum(1 for _, a in every if group_key(a) == group_key(affected)) == 1
        if group_key(affected) == "resident" and any(
                g is not item.group and group_key(a) == "resident" for g, a in every):
            continue  # residents another claimant counts apart from the story's other groups
        town = affected.removesuffix(" residents")
        if item.group is None or item.kept or not (group_key(affected) in GENERIC or (
                alone and town != affected and town in story)):
            continue
        counts = {_text(item.fields.get(m)) for m in ("killed", "injured")} - {None}
        too_small = one_each if counts - {"1"} else set()
        own = [a for g, a in every if g is item.group and a != affected and a not in too_small]
        target = majority(own) or naming_all(own) or majority(
            [a for _, a in every if a != affected and a not in too_small])
        if target is None or any(
                other.group is item.group and group_key(str(other.fields["affected"]))
                == group_key(target) and other.fields.get("said") == item.fields.get("said")
                for other in claims):
            continue
        item.fields["affected"] = target


# "Office of the Regional Commissioner, Morogoro", "Morogoro Regional Commissioner's
# Office": an office named by the title of the one who holds it (and where; the title
# is of two words or more, never a bare "Governor")
_OFFICE_OF_TITLE = re.compile(r"(?i:the\s+)?(?:(?i:office\s+of\s+the)\s+(?P<title>[A-Za-z][\w -]*?)"
                              r"(?:,\s*(?P<place>[A-ZÀ-ɏ][\w -]*))?"
                              r"|(?P<owner>[A-ZÀ-ɏ][\w -]*?)['’]s\s+(?i:office))")


# A minister's title of a portfolio of several words, before the name
_MINISTER_OF = (r"\b(?:(?:Deputy|Vice|First|Acting|State)\s+)*Minister\s+(?:of|for)\s+(?:the\s+)?"
                r"(?:[A-ZÀ-ɏ][\w’'-]*\s+(?:and\s+)?){1,4}")


def settle_offices(items: list[Item], names: Names, texts: tuple[str, ...] = ()) -> None:
    """A person the reports name by a title ("Regional Commissioner Halima
    Sengo") speaks for the office of that title they also name ("Office of
    the Regional Commissioner, Morogoro", in the office's own statement):
    the person's tolls are the office's, the person one of its officials.
    "Her office" or "his office" is that office when the story names one."""
    # ("Deputy Minister of Emergency Situations Kanybek Asanov ... told reporters", and
    # later "According to Kanybek Asanov, seven were injured": the title of any report)
    titled: dict[int, list[str]] = {}  # a person's group -> their names with such a title
    for group in {id(i.group): i.group for i in items if i.section == "casualty_claims"
                  and i.group is not None and i.group.person}.values():
        name = group.canonical()
        titled[id(group)] = [m.group(0) for text in texts
                             if (m := re.search(_MINISTER_OF + re.escape(name), text))]
    offices: list[tuple[Group, str, str]] = []  # (office, its title, its place)
    for group in names.groups:
        if group.person:
            continue
        for name in group.names:
            if (m := _OFFICE_OF_TITLE.fullmatch(name.strip())) is None:
                continue
            if m["title"]:
                offices.append((group, m["title"].lower(), (m["place"] or "").lower()))
                continue
            # "Morogoro Regional Commissioner's Office": the title may open with its place
            words = m["owner"].split()
            for cut in range(len(words) - 1):
                offices.append((group, " ".join(words[cut:]).lower(),
                                " ".join(words[:cut]).lower()))
    # a minister's portfolio ("Security Minister X", "Minister of Health X") and the
    # ministries named ("Santa Fe Ministry of Security"): a minister speaks for the one
    # ministry of that portfolio the story names
    ministries = [g for g in names.groups if not g.person
                  and any("ministry" in body_words(n) for n in g.names)]
    if not offices and not ministries:
        return
    for item in items:
        if item.section != "casualty_claims" or item.group is None:
            continue
        claimant = str(item.fields["claimant"]).lower()
        if claimant in ("her office", "his office") and len({id(o) for o, _, _ in offices}) == 1:
            office = offices[0][0]
        elif item.group.person and (run := _ministry_of(
                [*item.group.names, *titled.get(id(item.group), [])], ministries)) is not None:
            office = run
            names.also_known_as(office, item.group.canonical())
        elif item.group.person:
            written = " ".join(item.group.names).lower()
            held = [(o, place) for o, title, place in offices if len(title.split()) >= 2
                    and re.search(rf"\b{re.escape(title)}\b", written)]
            if len({id(o) for o, _ in held}) > 1:  # two offices of the title: the place says
                held = [(o, place) for o, place in held if place and place in written]
            if len({id(o) for o, _ in held}) != 1:
                continue
            office = held[0][0]
            names.also_known_as(office, item.group.canonical())
        else:
            continue
        item.group = office
        item.fields["claimant"] = office.canonical()


# A post in a body, held by the person named beside it
_POST = (r"(?:spokes(?:man|woman|person)|director|chief|head|commander|official|officer|"
         r"coordinator|superintendent|press\s+officer)")


# Words of a title that say where or how high, never what a body does: "district",
# "county", "deputy" ("Wolfsberg district commander" is no fire brigade's)
_WHERE_OR_RANK = frozenset({"district", "county", "regional", "provincial", "state", "city",
                            "municipal", "national", "federal", "local", "deputy", "senior",
                            "assistant", "acting", "chief", "head", "the", "general", "area",
                            "zone", "division", "sub-county", "department"})
# Capitalised words of a body's name that say what it does, not where it is
_WHAT_IT_DOES_WORDS = frozenset({"fire", "police", "health", "rescue", "red", "cross", "civil",
                                 "defence", "defense", "emergency", "disaster", "brigade",
                                 "ambulance", "medical", "army", "service", "services"})


# Words before a post that say what kind of post ("regional"), never a post held no more
# ("former", "retired") nor another's beside it ("the Red Cross and the militia commander")
_WORDS = r"(?:(?!(?:and|or|former|retired|ex|late|then)\b)[a-z-]+\s+){0,3}"


def _posts(person: Group, bodies: list[Group], texts: tuple[str, ...]) -> list[Group]:
    """The bodies the reports name `person` as holding a post in: "the
    Senapred regional director for Los Lagos, Marcela Antileo", "the
    brigade's spokeswoman, Lt. Col. Adriana Lobato", "Park Jun-ho, chief
    of the Hoengseong Fire Station"."""
    names = "|".join(re.escape(n) for n in sorted(person.names, key=len, reverse=True)
                     if len(n.split()) >= 2)
    if not names:
        return []
    # a body's last word names it where only one known body ends so ("the brigade's")
    ends: dict[str, list[Group]] = {}
    for body in bodies:
        for n in body.names:
            ends.setdefault(n.split()[-1].lower(), []).append(body)
    # the words of each title the person is named with, before the post: in the
    # reports ("District fire commander Gerald Rieger said") or in a name of theirs
    title = rf"((?:[A-Za-z][a-z-]+\s+){{2,3}}){_POST}\s+"
    titled = [m.group(1) for text in texts
              for m in re.finditer(rf"\b{title}(?:{names})\b", text, re.IGNORECASE)]
    titled += [m.group(1) for n in person.names
               if (m := re.match(rf"{title}[A-ZÀ-ɏ]", n, re.IGNORECASE))]
    titles = [{w.lower() for w in t.split()} for t in titled]
    found: dict[int, Group] = {}
    for body in bodies:
        refs = [re.escape(n) for n in body.names if len(n) >= 3]
        # ("National Disaster Prevention and Response Service (Senapred)": "Senapred" too)
        refs += [re.escape(inner) for n in body.names
                 for inner in re.findall(r"\(([A-ZÀ-ɏ][\w-]{2,})\)", n)]
        refs += [rf"the\s+{re.escape(end)}" for end, of in ends.items()
                 if len({id(g) for g in of}) == 1 and of[0] is body and len(end) >= 4]
        if not refs:
            continue
        ref = "(?:" + "|".join(refs) + ")"
        post = (rf"(?i:{ref}(?:['’]s)?\s+{_WORDS}{_POST})\b[^,.;]{{0,40}},\s+"
                rf"(?:[A-ZÀ-ɏ][\w.]*\s+){{0,4}}?(?:{names})\b"
                # ("X, Director of the Media Department at the CDAA": a unit between)
                rf"|(?:{names}),\s+(?i:(?:the\s+)?{_WORDS}{_POST}\s+(?:of|for|at)\s+(?:the\s+)?)"
                rf"(?:(?:[A-ZÀ-ɏ][\w-]*\s+){{1,4}}(?i:at|of)\s+(?i:the\s+)?)?{ref}\b"
                rf"|(?:{names}),\s+(?i:(?:the\s+)?{ref}['’]s\s+{_WORDS}{_POST})\b"
                # ("Lieutenant Colonel X of the CDAA told reporters": a person of it)
                rf"|(?:{names})\s+of\s+(?:the\s+)?{ref}\b")
        if any(re.search(post, text) for text in texts):
            found[id(body)] = body
            continue
        # ("District fire commander Gerald Rieger": a title of the body's own words
        # before the name, the body "Wolfsberg district fire brigade command"; words of
        # what the body does, not only of where it is: "Wolfsberg district commander")
        own = {w.lower().removesuffix("s") for n in body.names for w in n.split()}
        proper = {w.lower() for n in body.names for w in n.split() if w[:1].isupper()
                  and w.lower() not in _WHAT_IT_DOES_WORDS}
        if any(len(words) >= 2 and words <= own and words - _WHERE_OR_RANK - proper
               for words in titles):
            found[id(body)] = body
    return list(found.values())


def settle_officials(items: list[Item], names: Names, texts: tuple[str, ...]) -> None:
    """A person the reports name with a post in one body the story names
    (its spokeswoman, director, chief) gives that body's figures: the
    claims and figures are the body's, the person one of its officials,
    still the speaker of their quotes."""
    bodies = [g for g in names.groups if not g.person and vague_kind(g.names[0], "") is None]
    for person in {id(i.group): i.group for i in items if i.group is not None
                   and i.group.person and i.section in ("casualty_claims", "figures")}.values():
        held = _posts(person, bodies, texts)
        if len(held) != 1:
            continue
        body = held[0]
        names.also_known_as(body, person.canonical())
        for item in items:
            if item.group is person and item.section in ("casualty_claims", "figures"):
                item.group = body
                item.fields[item.name_key] = body.canonical()


def join_halves(items: list[Item]) -> None:
    """One claimant's dead and injured stated at one time in two sentences
    ("... lowered the toll to 11", "the commissioner said 61 residents were
    still being treated"), read as two claimants until settled: one claim
    (as `several_revisions.complements` joins them while reading, when the
    claimant is already known). A count told again at that time is dropped."""
    claims = [i for i in items if i.section == "casualty_claims"]
    joined: set[int] = set()  # the ids of the claims folded into an earlier one
    for i, item in enumerate(claims):
        for earlier in claims[:i]:
            if id(earlier) in joined or earlier.group is None \
                    or earlier.group is not item.group \
                    or earlier.fields.get("said") != item.fields.get("said") \
                    or earlier.fields.get("affected") != item.fields.get("affected"):
                continue
            have = {m for m in ("killed", "injured") if m in earlier.fields}
            adds = {m for m in ("killed", "injured") if m in item.fields}
            if adds and adds <= have and all(
                    str(item.fields[m]) == str(earlier.fields[m]) for m in adds):
                joined.add(id(item))  # "all the nine dead were residents": told again
                break
            if told_exactly(earlier.fields, item.fields):
                # ("killing at least 19, police said ... 19 had died and 38 were
                # injured": the round figure told exactly; one claim, the exact one)
                for measure in adds:
                    earlier.fields[measure] = item.fields[measure]
                earlier.fields = claim_order(earlier.fields)
                joined.add(id(item))
                break
            if len(have) == 1 and len(adds) == 1 and have != adds:
                measure = adds.pop()
                earlier.fields[measure] = item.fields[measure]
                earlier.fields = claim_order(earlier.fields)
                joined.add(id(item))
                break
    items[:] = [i for i in items if id(i) not in joined]


# "Security Minister Ramiro Ledesma", "the Minister of Health, X": the portfolio
# ("Deputy Minister of Emergency Situations": the portfolio after "of", not "Deputy")
_PORTFOLIO = re.compile(r"\b(?:([A-Za-z]+)\s+Minister(?!\s+(?:of|for)\b)|Minister\s+(?:of|for)\s+"
                        r"(?:the\s+)?([A-Za-z]+))\b")


def _ministry_of(person: list[str], ministries: list[Group]) -> Group | None:
    """The one ministry of the portfolio a person (by their names) is named
    minister of."""
    portfolios = {(m[1] or m[2]).lower() for n in person for m in _PORTFOLIO.finditer(n)}
    portfolios -= {"prime", "deputy", "state", "chief", "the", "former", "vice"}
    # (not another country's: "Ugandan Health Minister X" is no minister of "Kenya's
    # Ministry of Health")
    theirs = {c.code for n in person for c in countries_in(n)}
    found = {id(g): g for g in ministries for n in g.names for p in portfolios
             if p in body_words(n) and not (
                 theirs and (owned := {c.code for c in countries_in(n)}) and not owned & theirs)}
    return next(iter(found.values())) if len(found) == 1 else None

