"""The order inside a pane (`s`): claims by size, time or claimant; quotes by
time or speaker; reactions by stance or country. The file's order first.

A pane is sorted by handing it the briefing with that list reordered, so
each pane lists (and groups) its rows as ever. The claims are sorted a
claimant's revisions at a time, every revision on its current claim's key:
a stable sort then keeps their order, and with it which one is current.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tui.core.format.model import Briefing, CasualtyClaim, Quote, Reaction
from tui.core.story.revisions import claim_key, said_order

if TYPE_CHECKING:
    from tui.core.format.counts import Count

# Each sortable pane's orders, by its PANE_ID; "" is the file's order.
ORDERS: dict[str, tuple[str, ...]] = {
    "casualties": ("", "size", "time", "claimant"),
    "quotes": ("", "time", "speaker"),
    "reactions": ("", "stance", "country"),
}


def next_order(pane_id: str, order: str) -> str | None:
    """The order after `order` for the pane (None: the pane has one order)."""
    orders = ORDERS.get(pane_id)
    if orders is None:
        return None
    at = orders.index(order) if order in orders else 0
    return orders[(at + 1) % len(orders)]


def order_title(order: str) -> str:
    """What a pane's title says of its order ("" for the file's)."""
    return f"by {order}" if order else ""


def _size(count: Count | None) -> float:
    """The largest value a count allows (an open-ended one its lower bound);
    -1 for none, so that no figure sorts after the smallest."""
    if count is None or count.low is None:
        return -1
    return count.high if count.high is not None else count.low


def _claim_sort(b: Briefing, order: str) -> Callable[[CasualtyClaim], tuple[object, ...]]:
    zone = b.zone

    def key(c: CasualtyClaim) -> tuple[object, ...]:
        if order == "size":  # largest first: killed, then injured
            return (-_size(c.killed), -_size(c.injured))
        if order == "time":
            return said_order(c.said, zone)
        return (c.claimant.casefold(),)
    return key


def _claims(b: Briefing, order: str) -> tuple[CasualtyClaim, ...]:
    key = _claim_sort(b, order)
    current = {k: key(history[-1]) for k, history in b.claim_revisions.items()}
    names = b.names
    return tuple(sorted(b.casualty_claims, key=lambda c: current[claim_key(c, names)]))


def _quote_key(b: Briefing, order: str) -> Callable[[Quote], tuple[object, ...]]:
    zone = b.zone
    if order == "time":
        return lambda q: said_order(q.said, zone)
    return lambda q: (q.speaker.casefold(),)


def _reaction_key(order: str) -> Callable[[Reaction], tuple[object, ...]]:
    if order == "stance":  # no stance after every stance
        return lambda r: (r.stance is None, (r.stance or "").casefold())
    return lambda r: (r.country is None, r.who.casefold())


def arranged(b: Briefing, pane_id: str, order: str) -> Briefing:
    """`b` with the pane's list in `order` (`b` itself for the file's order)."""
    if not order:
        return b
    if pane_id == "casualties":
        return b._replace(casualty_claims=_claims(b, order))
    if pane_id == "quotes":
        return b._replace(quotes=tuple(sorted(b.quotes, key=_quote_key(b, order))))
    if pane_id == "reactions":
        return b._replace(reactions=tuple(sorted(b.reactions, key=_reaction_key(order))))
    return b
