"""What the drafter makes of a few sentences under a wire headline and
dateline: the claims and the quotes' speakers as plain tuples, for tests
that state them in a line."""

from __future__ import annotations

from tui.core.draft import draft_briefing

HEAD = ("Headline of the story\n\nNORVALE, March 3, 2024 (Reuters) - A lead paragraph "
        "about events.\n\n")


def claims(body: str) -> list[tuple[str, str, object, object]]:
    """(claimant, affected, killed, injured) of each claim of a drafted story."""
    return claims_of(HEAD + body)


def claims_of(text: str) -> list[tuple[str, str, object, object]]:
    """(claimant, affected, killed, injured) of each claim drafted from `text`."""
    out = []
    for c in draft_briefing(text).casualty_claims:
        killed, injured = c.get("killed"), c.get("injured")
        out.append((str(c["claimant"].value), str(c["affected"].value),
                    killed and killed.value, injured and injured.value))
    return out


def speakers_and_roles(body: str) -> list[tuple[str, str | None]]:
    """(speaker, role) of each quote of a drafted story."""
    return [(str(q["speaker"].value), q.get("role") and str(q["role"].value))
            for q in draft_briefing(HEAD + body).quotes]


# A lead that sets the story in Cyprus: a country a sentence names alone is then never
# taken for the story's own
CYPRUS_HEAD = ("Fire in Cyprus\n\nNICOSIA - Fires killed three people in Cyprus, police "
               "said.\n\n")


def reacting_countries(body: str) -> list[str]:
    """The country codes of the reactions of a story set in Cyprus."""
    return [str(r["country"].value) for r in draft_briefing(CYPRUS_HEAD + body).reactions
            if "country" in r]


def reactors(body: str, title: str = "Headline of the story", head: str = HEAD) -> list[object]:
    """The country code or organisation of each reaction of a drafted story
    (`head`: the headline and lead it follows, `title` in place of the headline)."""
    d = draft_briefing(title + head.removeprefix("Headline of the story") + body)
    return [r["country"].value if "country" in r else r["organisation"].value
            for r in d.reactions]
