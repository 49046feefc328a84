"""Misreadings a second reader found in the session's last readings
(ministries of several fields, ministers across reports, surnames without
accents, documents that name their issuer); each was mended. Report: the
session's second-reading-23c notes."""

from __future__ import annotations

import pytest

from tests.core.several_helpers import BASE, claims, report
from tui.core.draft.pipeline import draft_briefing
from tui.core.story.update import update_text

HEAD = "Headline of the story\n\nMOROVA - "


def _claimants(text: str) -> list[str]:
    return [str(c["claimant"].value) for c in draft_briefing(HEAD + text + "\n")
            .casualty_claims]


@pytest.mark.parametrize(("text", "claimant"), [
    ("In a letter to the Ministry of Defence, Governor Ana Ruiz said 12 people were killed.",
     "Ana Ruiz"),
    ("After meeting the Ministry of Health, Mayor Ilse Marr said 12 people were killed.",
     "Ilse Marr"),
    ("Aid was sent by the Ministry of Health, Police Chief Amar Das said, adding that 12 "
     "people died.", "Amar Das"),
    ("Twelve people were killed, the Ministry of Health, Civil Defence said.", "Civil Defence"),
    ("Local leader Ali Hamas spoke to reporters. HAMAS said 12 people were killed.", "HAMAS"),
    ("Twelve people died, according to data available from the ministry of health.",
     "ministry of health"),
    ("Twelve people died, according to data as of Friday from the health ministry.",
     "health ministry"),
    ("Twelve people died, according to a report by the WHO.", "WHO"),
])
def test_the_claimant_an_editor_would_give(text: str, claimant: str) -> None:
    assert _claimants(text) == [claimant]


@pytest.mark.parametrize(("first", "later", "person"), [
    ("Aid was sent by the Ministry of Health, Interior Minister Omar Vale said, adding that 15 "
     "workers were injured.", "Interior Minister Omar Vale said 16 workers were injured.",
     "Omar Vale"),
    ("After meeting the Ministry of Health, Mayor Ilse Marr said 15 workers were injured.",
     "Mayor Ilse Marr said 16 workers were injured.", "Ilse Marr"),
    ("In a letter to the Ministry of Health, Interior Minister Omar Vale said 15 workers were "
     "injured.", "Vale said on Friday that 16 workers were injured.", "Omar Vale"),
])
def test_a_person_after_a_ministry_and_a_comma_keeps_their_figures(first: str, later: str,
                                                                   person: str) -> None:
    new = update_text(BASE, [report(f"Blast\n\n{first}\n"),
                             report(f"Blast\n\n{later}\n", "2025-03-02T09:00:00+00:00")]).new
    assert [(c[0], c[3]) for c in claims(new)] == [(person, "15"), (person, "16")]
    assert all("Ministry" not in " ".join(a.others) for a in new.aliases)
