"""Bodies that English-language coverage names in ways no rule can join:
a brand or transliterated acronym beside a translated name ("EMERCOM of
Russia", "MChS", "the Russian Emergencies Ministry"). Each entry is one
body's names, as wires and the body's own English pages write them; a
name here joins the others only through this table, never by words."""

from __future__ import annotations

from tui.core.format.names import subject_key

_SAME = (
    ("EMERCOM of Russia", "EMERCOM", "MChS", "Emergencies Ministry", "Russian Emergencies Ministry",
     "Ministry of Emergency Situations", "Russian Ministry of Emergency Situations",
     "Emergency Situations Ministry"),
    ("AFAD", "Disaster and Emergency Management Authority",
     "Turkey's Disaster and Emergency Management Authority"),
    ("BNPB", "National Disaster Management Agency", "Indonesia's disaster management agency",
     "National Disaster Mitigation Agency"),
    ("Basarnas", "National Search and Rescue Agency", "Indonesia's search and rescue agency"),
    ("SES", "State Emergency Service"),
    ("INGD", "National Institute for Disaster Risk Management and Reduction",
     "National Institute for Disaster Management"),
)
_BY_KEY: dict[str, tuple[str, ...]] = {subject_key(n): names for names in _SAME for n in names}


def other_names(name: str) -> tuple[str, ...]:
    """The other names of the body `name` is one of the table's names of."""
    names = _BY_KEY.get(subject_key(name).removeprefix("the "), ())
    return tuple(n for n in names if subject_key(n) != subject_key(name))
