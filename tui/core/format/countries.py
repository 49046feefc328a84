"""Countries: ISO 3166-1 codes, English names, common short names, suggestions.

The data comes from pycountry's ISO 3166-1 database (kept current with ISO).
We read its JSON file directly rather than `import pycountry`, which pulls in
importlib.metadata: ~46 ms of start-up, where reading the data takes ~1.5 ms.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from tui.core.format.model import Country

# Short English names where ISO's name is formal ("Russian Federation") and
# pycountry gives no common_name. What a newsroom would print.
SHORT_NAMES: dict[str, str] = {
    "BO": "Bolivia",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "BN": "Brunei",
    "TR": "Turkey",
    "CZ": "Czech Republic",
}

# Other names people write; matched case-insensitively, dots ignored.
ALIASES: dict[str, str] = {
    "republic of korea": "KR",
    "britain": "GB",
    "great britain": "GB",
    "uk": "GB",
    "england": "GB",
    "usa": "US",
    "us": "US",
    "america": "US",
    "united states of america": "US",
    "the united states": "US",
    "russia": "RU",
    "ivory coast": "CI",
    "holland": "NL",
    "burma": "MM",
    "drc": "CD",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "republic of congo": "CG",
    "republic of the congo": "CG",
    "vatican": "VA",
    "holy see": "VA",
    "turkiye": "TR",
    "türkiye": "TR",
    "czechia": "CZ",
    "east timor": "TL",
    "cape verde": "CV",
    "swaziland": "SZ",
    "macedonia": "MK",
    "persia": "IR",
    "palestinian territories": "PS",
    "uae": "AE",
    "emirates": "AE",
    "gaza": "PS",
    "west bank": "PS",
}


# Codes ISO 3166-1 leaves user-assigned but that are in wide use, with the
# fields pycountry's records have; pycountry's database lacks them.
EXTRA_COUNTRIES: tuple[dict[str, str], ...] = (
    {"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo", "official_name": "Republic of Kosovo"},
)


def _records() -> list[dict[str, str]]:
    import json  # here, not at the top: a parse-cache hit needs data_signature() only

    records: list[dict[str, str]] = json.loads(_data_file().read_text(encoding="utf-8"))["3166-1"]
    return [*records, *EXTRA_COUNTRIES]


def _data_file() -> Path:
    # find_spec locates the package without executing its __init__.
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pycountry is not installed; run `pip install pycountry`")
    return Path(next(iter(spec.submodule_search_locations))) / "databases" / "iso3166-1.json"


def data_signature() -> str:
    """Changes when pycountry's data changes (the parse cache keys on it)."""
    data = _data_file()
    st = data.stat()
    return f"{data}:{st.st_mtime_ns}:{st.st_size}"


def _normalise(name: str) -> str:
    text = name.strip().replace(".", "").casefold()
    text = re.sub(r"\s+", " ", text)
    return text


@cache
def _tables() -> tuple[dict[str, Country], dict[str, str]]:
    """(code -> Country, normalised name -> code)."""
    records = _records()
    by_code: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    for rec in records:
        code = rec["alpha_2"]
        short = SHORT_NAMES.get(code) or rec.get("common_name") or rec["name"]
        by_code[code] = Country(code, short)
        for key in ("name", "common_name", "official_name", "alpha_3"):
            if key in rec:
                by_name.setdefault(_normalise(rec[key]), code)
        by_name[_normalise(short)] = code
    for alias, code in ALIASES.items():
        by_name[_normalise(alias)] = code
    return by_code, by_name


def lookup_country(text: str) -> Country | None:
    """A code (`IR`), a name (`Iran`) or an alias (`UK`); None if unknown."""
    by_code, by_name = _tables()
    cleaned = text.strip()
    if len(cleaned) == 2 and cleaned.isalpha() and cleaned.upper() in by_code:
        return by_code[cleaned.upper()]
    key = _normalise(cleaned)
    if key.startswith("the "):
        key = key[4:]
    code = by_name.get(key)
    return by_code[code] if code else None


def suggest_country(text: str) -> str | None:
    """The English short name closest to a misspelt country, if any is close."""
    import difflib  # only needed on the error path

    by_code, by_name = _tables()
    matches = difflib.get_close_matches(_normalise(text), list(by_name), n=1, cutoff=0.75)
    if not matches:
        return None
    return by_code[by_name[matches[0]]].name


def spellings() -> list[str]:
    """Every code and name a briefing may give for a country, as usually
    written (for the JSON Schema's completions; the checker also accepts
    other capitalisations)."""
    records = _records()
    found = {country.code for country in _tables()[0].values()}
    found |= {country.name for country in _tables()[0].values()}
    for rec in records:
        found |= {rec[key] for key in ("name", "common_name", "official_name", "alpha_3")
                  if key in rec}
    for alias in ALIASES:
        found.add(alias.upper() if len(alias) <= 3 else alias.title())
    return sorted(found)
