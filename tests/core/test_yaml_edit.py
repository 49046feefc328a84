"""Additions by textual insertion keep every other byte of the file:
comments, key order, quoting, flow lists, blank lines, CRLF line endings."""

from __future__ import annotations

import re

import pytest

from tui.core.export.yaml_edit import EditError, Plan, apply_plan, scalar
from tui.core.format.load import parse_briefing

BASE = """\
# The editor's note: keep this.
format: 1
title: "Quoted title"   # a comment after a value
date: 2025-02-11
place: 'Kambeya, Sierra Leone'
tags: [fire, hospital]
summary: |
  A fire broke out.

  Second paragraph.

quotes:
  - speaker: Lina Koroma
    text: "We are doing everything we can."
    source: AFP

casualty_claims:
    # an indented comment before the first item
    -   claimant: Health Ministry
        affected: patients
        killed: "5+"   # at least five
        source: AFP

# TODO: staff? -- nothing yet

sources:
  - {name: AFP, url: "https://example.org/afp"}
"""

CLAIM = [("claimant", "Red Cross", "claimant from the attribution"),
         ("affected", "patients", None), ("killed", "18", None),
         ("said", "2025-02-12T10:05Z", None), ("source", "Reuters", None)]
SOURCE = [("name", "Reuters", None), ("url", scalar("https://example.org/r"), None)]
TIMELINE_ENTRY = [("when", "2027-08-17", None), ("event", scalar("Rain."), None)]


def lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def kept_in_order(base: str, out: str, changed: frozenset[int] = frozenset()) -> bool:
    """Every line of `base` (but the `changed` ones) is a line of `out`, in order, byte for byte."""
    it = iter(lines(out))
    return all(line in it for i, line in enumerate(lines(base)) if i not in changed)


def full_plan() -> Plan:
    return Plan(updated="2025-02-12T10:05Z",
                sections={"casualty_claims": [CLAIM], "sources": [SOURCE],
                          "figures": [[("what", "patients transferred", "what is counted?"),
                                       ("claimant", "Health Ministry", None),
                                       ("value", "42", None)]],
                          "timeline": [[("when", "2025-02-11T05:00Z", None),
                                        ("event", scalar("Fire: under control"), None)]]},
                aliases=[("Sierra Leone Red Cross Society", ["Red Cross"])],
                grow_sources=[("quotes", 0, ["Reuters"])])


def test_every_untouched_line_is_kept_byte_for_byte() -> None:
    out = apply_plan(BASE, full_plan())
    source_line = lines(BASE).index("    source: AFP\n")
    assert kept_in_order(BASE, out, frozenset({source_line}))
    assert "    source: [AFP, Reuters]\n" in out  # the one edit inside a record
    b = parse_briefing(out)
    assert b.quotes[0].source == ("AFP", "Reuters")
    assert [c.claimant for c in b.casualty_claims] == ["Health Ministry", "Red Cross"]
    assert b.sources[-1].name == "Reuters" and b.figures[0].value.low == 42
    assert str(b.updated) == "2025-02-12 10:05:00+00:00"
    assert b.names.key("Red Cross") == b.names.key("Sierra Leone Red Cross Society")


def test_removing_the_added_lines_gives_the_base_back() -> None:
    plan = full_plan()
    plan.grow_sources = []
    out = apply_plan(BASE, plan)
    base_lines = lines(BASE)
    # what is added is whole lines: taking them out leaves the base exactly
    remaining = []
    it = iter(base_lines)
    want = next(it, None)
    for line in lines(out):
        if line == want:
            remaining.append(line)
            want = next(it, None)
    assert "".join(remaining) == BASE
    assert len(lines(out)) > len(base_lines)


def test_new_items_follow_the_sections_indentation_and_carry_check_comments() -> None:
    out = apply_plan(BASE, full_plan())
    assert ("    -   claimant: Red Cross  # check: claimant from the attribution\n"
            "        affected: patients\n") in out
    # inserted after the last item, before the blank line and the comment that follow it
    assert out.index("claimant: Red Cross") < out.index("# TODO: staff?")
    assert "what: patients transferred  # check: what is counted?" in out


def test_crlf_line_endings_are_kept_and_used_for_new_lines() -> None:
    base = BASE.replace("\n", "\r\n")
    out = apply_plan(base, full_plan())
    assert "\n" not in out.replace("\r\n", "")
    source_line = lines(BASE).index("    source: AFP\n")
    assert kept_in_order(base, out, frozenset({source_line}))
    assert parse_briefing(out).casualty_claims[-1].claimant == "Red Cross"


def test_a_flow_list_grows_inside_its_brackets() -> None:
    out = apply_plan(BASE, full_plan())
    assert ('  - {name: AFP, url: "https://example.org/afp"}\n' in out)
    b = parse_briefing(apply_plan(BASE.replace(
        '  - {name: AFP, url: "https://example.org/afp"}\n',
        '  [{name: AFP, url: "https://example.org/afp"}]\n').replace("sources:\n", "sources:"),
        Plan(sections={"sources": [SOURCE]})))
    assert [s.name for s in b.sources] == ["AFP", "Reuters"]


def test_existing_updated_value_is_replaced_and_nothing_else() -> None:
    base = BASE.replace("date: 2025-02-11\n", "date: 2025-02-11\nupdated: 2025-02-11  # old\n")
    out = apply_plan(base, Plan(updated="2025-02-12T10:05Z"))
    assert out == base.replace("updated: 2025-02-11  # old", "updated: 2025-02-12T10:05Z  # old")


def test_a_missing_section_is_added_before_the_later_ones() -> None:
    out = apply_plan(BASE, Plan(sections={"reactions": [[
        ("country", "SL", None), ("summary", "Condolences.", "trim")]]}))
    assert out.index("reactions:") < out.index("sources:")
    assert out.index("# TODO: staff?") < out.index("reactions:")
    assert kept_in_order(BASE, out)
    assert parse_briefing(out).reactions[0].summary == "Condolences."


def test_a_file_without_a_final_line_break() -> None:
    base = BASE.rstrip("\n")
    out = apply_plan(base, Plan(sections={"sources": [SOURCE]}))
    assert out.startswith(base + "\n  - name: Reuters")
    assert parse_briefing(out).sources[-1].name == "Reuters"
    # (and still ends without one, as the editor keeps it)
    assert not out.endswith("\n")


def test_a_byte_order_mark_is_kept() -> None:
    out = apply_plan("\ufeff" + BASE, Plan(updated="2025-02-12"))
    assert out.startswith("\ufeff# The editor's note")


@pytest.mark.parametrize("text", ["[sic]", "a: b", "# no", "yes", "null", "12", "-dash",
                                  "ends:", "line\nbreak", "'quoted'", "*star", "2025-02-11"])
def test_scalars_read_back_as_the_same_string(text: str) -> None:
    import yaml

    assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}


def test_a_top_level_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(EditError):
        apply_plan("- a\n- b\n", Plan(updated="2025-01-01"))


def test_records_added_to_an_empty_flow_list_stay_one_string_each() -> None:
    base = BASE.replace("quotes:\n  - speaker: Lina Koroma\n    text: \"We are doing everything "
                        "we can.\"\n    source: AFP\n", "quotes: []\n")
    record = [("speaker", "Lina Koroma", "who"), ("text", scalar("Yes, we will act {now}"), None),
              ("said", "2025-02-11T10:30Z", None), ("source", "[AFP, Reuters]", None)]
    out = apply_plan(base, Plan(sections={"quotes": [record], "sources": [SOURCE]}))
    b = parse_briefing(out)
    assert b.quotes[0].text == "Yes, we will act {now}"
    assert b.quotes[0].source == ("AFP", "Reuters")
    assert str(b.quotes[0].said) == "2025-02-11 10:30:00+00:00"
    assert kept_in_order(base, out, frozenset({lines(base).index("quotes: []\n")}))


ANCHORED = """\
format: 1
title: An editor who writes anchors
date: 2025-02-11
summary: A race in the cold.
sources:
- name: &xh Xinhua
quotes:
- speaker: Wang Lixin
  text: "Every runner is our priority."
  source: *xh
casualty_claims:
- claimant: Taibai County government
  affected: runners
  killed: 4
  source: *xh
"""


def test_an_alias_grows_where_it_is_written_and_records_follow_it() -> None:
    # (a node composed for "*xh" is the anchor's, on the sources line: nothing may be
    # written there)
    plan = Plan(sections={"casualty_claims": [CLAIM], "sources": [SOURCE]},
                grow_sources=[("quotes", 0, ["Reuters"])])
    out = apply_plan(ANCHORED, plan)
    source_line = lines(ANCHORED).index("  source: *xh\n")
    assert kept_in_order(ANCHORED, out, frozenset({source_line}))
    assert "  source: [*xh, Reuters]\n" in out and "- name: &xh Xinhua\n" in out
    b = parse_briefing(out)
    assert b.quotes[0].source == ("Xinhua", "Reuters")
    assert [c.claimant for c in b.casualty_claims] == ["Taibai County government", "Red Cross"]
    assert [s.name for s in b.sources] == ["Xinhua", "Reuters"]


def test_a_list_that_ends_with_an_alias_is_refused_in_words() -> None:
    text = ANCHORED.replace("- claimant: Taibai", "- &first\n  claimant: Taibai") + "- *first\n"
    with pytest.raises(EditError, match="alias"):
        apply_plan(text, Plan(sections={"casualty_claims": [CLAIM]}))


def test_a_grown_source_is_quoted_as_the_value_beside_it() -> None:
    base = ('format: 1\nquotes:\n  - "speaker": "A"\n    "text": "B"\n    "source": '
            '"Armenpress"\n  - speaker: C\n    text: D\n    source: [\'It\'\'s Radio\']\n')
    plan = Plan(grow_sources=[("quotes", 0, ["Azatutyun"]), ("quotes", 1, ["Radio Van's"])])
    out = apply_plan(base, plan)
    assert '    "source": ["Armenpress", "Azatutyun"]\n' in out
    assert "    source: ['It''s Radio', 'Radio Van''s']\n" in out


FLOW_BASE = """\
--- # a house style: flow lists, one entry a line, a comma after every entry
format: 1
title: Squall at sea
date: 2027-09-14
summary: A squall.
casualty_claims: [
  {claimant: Prefecture, affected: fishermen, killed: "4+", source: APS},
]
quotes: [
  {speaker: Ana Ndao, text: "We search.", source: APS}
]
sources: [{name: APS}, {name: BBC},]
"""

QUOTE = [("speaker", "Modou Diouf", "speaker from the attribution"), ("text", "Too high", None),
         ("partial", "true", None), ("source", "BBC", None)]


def test_a_flow_list_written_one_entry_a_line_grows_one_entry_a_line() -> None:
    out = apply_plan(FLOW_BASE, Plan(sections={"casualty_claims": [CLAIM, CLAIM],
                                               "quotes": [QUOTE], "sources": [SOURCE]}))
    assert kept_in_order(FLOW_BASE, out, frozenset({9, 11}))
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["Prefecture", "Red Cross", "Red Cross"]
    # (each new entry on its own line at the items' indent, the trailing comma kept, and
    # its checks as the line's comment)
    assert out.count('  {claimant: "Red Cross", affected: "patients", killed: 18, '
                     'said: 2025-02-12T10:05Z, source: "Reuters"},  '
                     '# check: claimant from the attribution\n') == 2
    # (a list with no trailing comma gains one after its last entry, none after the new)
    assert '  {speaker: Ana Ndao, text: "We search.", source: APS},\n' in out
    assert b.quotes[1].partial is True and b.quotes[1].speaker == "Modou Diouf"


def test_a_one_line_flow_list_with_a_trailing_comma_stays_valid() -> None:
    out = apply_plan(FLOW_BASE, Plan(sections={"sources": [SOURCE]}))
    assert "sources: [{name: APS}, {name: BBC}, {name: \"Reuters\", " in out
    assert [s.name for s in parse_briefing(out).sources] == ["APS", "BBC", "Reuters"]


LEADING_COMMA_BASE = """\
# a house style: the comma opens the next entry, so an entry only adds lines
format: 1
title: Gas from a crater lake
date: 2027-08-16
summary: Gas.
casualty_claims: [
    {claimant: Governor of the West Region, affected: residents,
     killed: 18+, source: CRTV}
]
timeline: [
    {when: 2027-08-15, event: A rumbling.}
  , {when: 2027-08-16, event: "The dead found."}
]
sources: [
    {name: CRTV}
  , {name: Reuters}
]
"""


def test_a_list_whose_lines_open_with_the_comma_grows_by_lines_alone() -> None:
    out = apply_plan(LEADING_COMMA_BASE, Plan(sections={"casualty_claims": [CLAIM],
                                                        "timeline": [TIMELINE_ENTRY]}))
    # (no line of the base changes: not even the last entry gains a comma)
    assert kept_in_order(LEADING_COMMA_BASE, out)
    assert '\n  , {claimant: "Red Cross", affected: "patients", killed: 18, ' in out
    assert '\n  , {when: 2027-08-17, event: "Rain."}\n]' in out
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["Governor of the West Region", "Red Cross"]
    assert [t.event for t in b.timeline][-1] == "Rain."


def test_a_new_section_goes_below_the_files_header_comment() -> None:
    base = "\ufeff# header of the file\r\n# second line\r\ncasualty_claims: []\r\n" \
           "date: 2027-01-23\r\nformat: 1\r\nsummary: S.\r\ntitle: T\r\n"
    out = apply_plan(base, Plan(aliases=[("Zambia Police Service", ["police"])]))
    assert out.startswith("\ufeff# header of the file\r\n# second line\r\naliases:\r\n")
    assert kept_in_order(base.lstrip("\ufeff"), out.lstrip("\ufeff"))


def test_a_header_comment_after_the_yaml_directive_and_start_stays_first() -> None:
    base = "%YAML 1.2\n---\n# header of the desk file\n# second line\nsources:\n  - name: W\n" \
           "date: 2027-01-23\nformat: 1\nsummary: S.\ntitle: T\n"
    out = apply_plan(base, Plan(aliases=[("Zambia Police Service", ["police"])]))
    assert out.startswith("%YAML 1.2\n---\n# header of the desk file\n# second line\n"
                          "aliases:\n")
    assert kept_in_order(base, out)


JSON_BASE = """\
# JSON with comments: every key and string quoted, a comma after every entry
{
  "format": 1,
  "title": "Flood at a camp",
  "date": "2028-07-18",
  "summary": "A flood.",

  "casualty_claims": [
    # the district's first count
    {
      "claimant": "District Administration",
      "affected": "workers",
      "killed": "7+",
      "source": "Kuensel",
    },
  ],

  "sources": [
    {"name": "Kuensel", "accessed": "2028-07-18"},
  ],
}
"""


def test_a_json_like_briefing_grows_by_lines_in_its_own_style() -> None:
    plan = Plan(updated="2028-07-20T07:30+06:00",
                sections={"casualty_claims": [CLAIM],
                          "sources": [SOURCE, [("name", "PTI", None)]],
                          "timeline": [TIMELINE_ENTRY],
                          "quotes": [[("speaker", "Ana Ruiz", None),
                                      ("text", scalar("We saw it, then ran."), None),
                                      ("source", "[Kuensel, PTI]", None)]]},
                aliases=[("District Administration", ["the district, its office"])],
                grow_sources=[("casualty_claims", 0, ["PTI"])])
    out = apply_plan(JSON_BASE, plan)
    changed = frozenset({13})  # the `"source": "Kuensel",` that grows into a list
    assert kept_in_order(JSON_BASE, out, changed)
    assert '\n  "date": "2028-07-18",\n  "updated": "2028-07-20T07:30+06:00",\n' in out
    assert '      "source": ["Kuensel", "PTI"],\n' in out
    assert '\n    {"claimant": "Red Cross", "affected": "patients", ' in out
    assert '"source": ["Kuensel", "PTI"]}' in out  # a list's items quoted inside brackets
    assert '"said": "2025-02-12T10:05Z"' in out and '"killed": 18' in out  # as the file does
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["District Administration", "Red Cross"]
    assert [s.name for s in b.sources] == ["Kuensel", "Reuters", "PTI"]
    assert b.timeline[-1].event == "Rain." and b.quotes[0].text == "We saw it, then ran."
    assert b.aliases[0].others == ("the district, its office",)
    assert str(b.updated).startswith("2028-07-20")


def test_a_json_like_briefing_without_trailing_commas_gains_the_one_it_needs() -> None:
    base = '{"format": 1, "title": "T", "date": "2028-07-18", "summary": "S",\n' \
           ' "sources": [{"name": "Kuensel"}]\n}\n'
    out = apply_plan(base, Plan(updated="2028-07-20", sections={"timeline": [TIMELINE_ENTRY]}))
    b = parse_briefing(out)
    assert b.timeline[0].event == "Rain." and str(b.updated) == "2028-07-20"


def test_a_name_with_a_comma_stays_one_item_of_a_list() -> None:
    out = apply_plan(BASE, Plan(aliases=[("Lima Police", ["police of Lima, Peru"])],
                                grow_sources=[("quotes", 0, ["Reuters, London"])],
                                sections={"sources": [[("name", scalar("Reuters, London"),
                                                        None)]]}))
    b = parse_briefing(out)
    assert b.aliases[0].others == ("police of Lima, Peru",)
    assert b.quotes[0].source == ("AFP", "Reuters, London")


# A briefing whose house style writes every top-level key in YAML's explicit form
EXPLICIT_BASE = """\
# One house's style: explicit keys.
? format
: 1
? title
: Fire at a camp
? date
: 2029-03-12
? summary
: A fire.
? casualty_claims
: - claimant: UNHCR
    affected: refugees
    killed: 9
? sources
: - name: France 24
  - name: Reuters
"""


def test_an_explicit_key_briefing_grows_in_its_own_style() -> None:
    plan = Plan(updated="2029-03-13T19:05+01:00",
                sections={"casualty_claims": [CLAIM], "timeline": [TIMELINE_ENTRY]},
                aliases=[("UNHCR", ["UN refugee agency"])])
    out = apply_plan(EXPLICIT_BASE, plan)
    assert kept_in_order(EXPLICIT_BASE, out, frozenset())
    assert "\n? updated\n: 2029-03-13T19:05+01:00\n" in out
    assert "\n? aliases\n: UNHCR: [UN refugee agency]" in out
    assert "\n? timeline\n: - when: " in out
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["UNHCR", "Red Cross"]
    assert str(b.updated) == "2029-03-13 19:05:00+01:00" and b.timeline[0].event == "Rain."
    assert b.aliases[0].others == ("UN refugee agency",)


# A briefing whose house style writes every key in single quotes
SINGLE_QUOTED_BASE = """\
# House rule: every key in single quotes.
'format': 1
'title': Fire on a night train
'date': 2029-08-19
'summary': |+
  A fire.

'casualty_claims':
  -
    'claimant': Ministry of Interior
    'affected': passengers
    'killed': 3+
'sources':
  -
    'name': Reuters
"""


def test_a_single_quoted_key_briefing_grows_in_its_own_style() -> None:
    plan = Plan(updated="2029-08-19T12:55Z",
                sections={"casualty_claims": [CLAIM], "timeline": [TIMELINE_ENTRY]},
                aliases=[("Ministry of Interior", ["interior ministry"])])
    out = apply_plan(SINGLE_QUOTED_BASE, plan)
    assert kept_in_order(SINGLE_QUOTED_BASE, out, frozenset())
    assert "\n'updated': 2029-08-19T12:55Z\n" in out
    assert "\n'timeline':\n" in out and "\n'aliases':\n" in out
    # (every key of the new items in the file's quotes)
    assert not re.search(r"^\s*-?\s*[a-z_]+:", out, re.M)
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["Ministry of Interior", "Red Cross"]
    assert b.timeline[0].event == "Rain." and b.aliases[0].others == ("interior ministry",)


# A house style: every text value on the line below its key, items apart
VALUES_BELOW_BASE = """\
# House style: every text value goes on the line below its key.
format: 1
title:
  Suspected anthrax in Mzimba
date: 2029-11-04
summary: |
  Meat of a dead cow was shared.

casualty_claims:

  - killed: 2
    claimant:
      Mzimba District Health Office
    affected:
      people of Kadzakalowa village
    source:
      Reuters

sources:

  - name:
      Reuters
"""


def test_a_house_style_of_values_below_their_keys_grows_in_that_style() -> None:
    out = apply_plan(VALUES_BELOW_BASE, Plan(sections={"casualty_claims": [CLAIM]}))
    assert kept_in_order(VALUES_BELOW_BASE, out, frozenset())
    # (the text values below their keys, the figures and times on theirs, a blank line
    # before the new item as before each of the file's)
    assert ("      Reuters\n\n  - claimant:\n      Red Cross  # check: claimant from the "
            "attribution\n    affected:\n      patients\n    killed: 18\n"
            "    said: 2025-02-12T10:05Z\n    source:\n      Reuters\n") in out
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["Mzimba District Health Office",
                                                       "Red Cross"]


def test_a_file_that_tags_its_date_tags_the_updated_time_too() -> None:
    base = "format: 1\ntitle: T\ndate: !!str 2029-02-13\nsummary: S\n"
    out = apply_plan(base, Plan(updated="2029-02-13T16:10+11:00"))
    assert "\ndate: !!str 2029-02-13\nupdated: !!str 2029-02-13T16:10+11:00\n" in out
    assert kept_in_order(base, out) and str(parse_briefing(out).updated).startswith("2029-02-13")


# A house style: the whole briefing two spaces in, as pasted from a wiki's code block,
# with the editors' comments at the left margin
INDENTED_BASE = """\
# Pasted from the desk wiki.
  format: 1
  title: Chlorine leak at a swimming hall
  date: 2030-02-12
  summary: |  # two paragraphs
    Gas spread through the hall.

    One person died.

  casualty_claims:
    - claimant: Police
# police: one dead at 11:48
      affected: people at the hall
      killed: 1
  sources:
    - name: Yle News
"""


def test_a_briefing_pasted_two_spaces_in_grows_at_its_own_margin() -> None:
    plan = Plan(updated="2030-02-13T14:05Z",
                sections={"casualty_claims": [CLAIM], "timeline": [TIMELINE_ENTRY],
                          "sources": [SOURCE]},
                aliases=[("Police", ["the police"])])
    out = apply_plan(INDENTED_BASE, plan)
    assert kept_in_order(INDENTED_BASE, out)
    assert "\n  updated: 2030-02-13T14:05Z\n" in out
    assert "\n  timeline:\n    - when: 2027-08-17\n" in out and "\n  aliases:\n    Police:" in out
    b = parse_briefing(out)
    assert [c.claimant for c in b.casualty_claims] == ["Police", "Red Cross"]
    assert b.timeline[0].event == "Rain." and b.aliases[0].others == ("the police",)


def test_updated_follows_the_spacing_after_the_key_before_it() -> None:
    """A house style that aligns values by tabs ("date:<TAB><TAB>2029-12-07")
    gets `updated:` aligned the same way; a plain file keeps one space."""
    base = "format:\t\t1\ntitle:\t\tA fall\ndate:\t\t2029-12-07\nsummary:\tA tree fell.\n"
    out = apply_plan(base, Plan(updated="2029-12-08T09:00-03:00"))
    assert "\ndate:\t\t2029-12-07\nupdated:\t\t2029-12-08T09:00-03:00\n" in out
    assert kept_in_order(base, out)
    plain = apply_plan("format: 1\ntitle: A fall\ndate: 2029-12-07\nsummary: A tree fell.\n",
                       Plan(updated="2029-12-08T09:00-03:00"))
    assert "\nupdated: 2029-12-08T09:00-03:00\n" in plain
