"""What each claimant has stated so far, by the group it counts (or the
thing a figure counts), in time order: a new figure becomes a revision, a
figure it stated before (its current one or an older one told again) is
not added, and the second half of one statement the drafter read as two
claims fills in the first."""

from __future__ import annotations

from datetime import tzinfo

from tui.core.draft.several_items import Item
from tui.core.draft.several_rules import claim_order, count_value, covers, told_exactly
from tui.core.format.model import CasualtyClaim, When
from tui.core.format.when import when_sort_key

Key = tuple[int, str]  # (the claimant's group id, the group or thing counted)


class Revisions:
    """Each claimant's values per key, with the order of their `said`."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self.table: dict[Key, list[tuple[int, int, tuple[str, ...]]]] = {}

    def seen(self, key: Key, said: When | None, values: tuple[str, ...]) -> None:
        order = when_sort_key(said, self.zone) if said is not None else (0, 0)
        self.table.setdefault(key, []).append((order[0], order[1], values))

    def restated(self, key: Key, values: tuple[str, ...]) -> bool:
        """The claimant said this before (its current figure or an older one)."""
        return any(covers(old, values) for *_, old in self.table.get(key, []))

    def keys_of(self, group_id: int) -> list[str]:
        """The groups (or things) one claimant has counted so far."""
        return [k for g, k in self.table if g == group_id]


def complements(items: list[Item], revisions: Revisions, key: Key, said_text: str,
                c: CasualtyClaim) -> bool:
    """One statement the drafter read as two claims (38 killed; 120
    injured): the second fills in the count the first left out; or told
    twice, the second time in full ("rose to 19, officials said … 19 had
    been killed and nine injured"): the fuller telling completes the first."""
    for item in reversed(items):
        if item.key != key or item.fields.get("said") != said_text:
            continue
        if told_exactly(item.fields, {name: count_value(count) for name in ("killed", "injured")
                                      if (count := getattr(c, name)) is not None}):
            # ("killing at least 19 people, police said ... 19 people had died and 38
            # were injured": the lead's round figure, told exactly; one claim)
            for name in ("killed", "injured"):
                if (count := getattr(c, name)) is not None:
                    item.fields[name] = count_value(count)
            item.fields = claim_order(item.fields)
            revisions.seen(key, None, tuple(
                "" if item.fields.get(m) is None else str(item.fields[m])
                for m in ("killed", "injured")))
            return True
        for have, other in (("killed", "injured"), ("injured", "killed")):
            add = getattr(c, other)
            if have not in item.fields or other in item.fields or add is None:
                continue
            mine = getattr(c, have)
            if mine is not None and str(count_value(mine)) != str(item.fields[have]):
                continue
            item.fields[other] = count_value(add)
            item.fields = claim_order(item.fields)
            killed, injured = item.fields.get("killed"), item.fields.get("injured")
            revisions.seen(key, None, (
                "" if killed is None else str(killed),
                "" if injured is None else str(injured)))
            return True
        return False
    return False

