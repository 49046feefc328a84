"""Groups settled once every report is merged: a story of one place,
whose toll "in the town of X" is of its people rather than of "X
residents", a name that only tells two places' tolls apart."""

from __future__ import annotations

from tui.core.draft.several_items import Item
from tui.core.draft.several_rules import GENERIC, PLACED, group_key
from tui.core.format.model import Briefing

# Those who came to help: a toll of "people" is never theirs
RESPONDERS = frozenset({"rescuer", "firefighter", "fire fighter", "soldier", "police officer",
                        "policemen", "paramedic", "troop", "lifeguard", "volunteer"})


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
    for item in mine:
        item.fields["affected"] = "people"


def majority(groups: list[str]) -> str | None:
    """The group (not a generic one, nor the responders') that more than
    half of `groups` name."""
    counts: dict[str, list[str]] = {}
    for name in groups:
        if group_key(name) not in GENERIC and group_key(name) not in RESPONDERS:
            counts.setdefault(group_key(name), []).append(name)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return best[0] if len(best) * 2 > sum(len(v) for v in counts.values()) else None
