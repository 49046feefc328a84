"""`briefing update BRIEFING REPORT…` and `briefing draft R1 R2…`, on files
and on a local HTTP server's pages: revisions with the report's time and
source, names resolved through aliases, one quote for two outlets, every
byte of the base kept outside the change, `--write` refused when the file
changed since it was read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.local_http import serving
from tui.cli import main
from tui.core.format.load import load_briefing, parse_briefing

STORIES = DATA / "stories"

BASE = """\
# Kambeya hospital fire -- from the AFP urgent. Keep revisions.
format: 1
title: Fire at Kambeya hospital kills at least five
date: 2025-02-11
timezone: Africa/Freetown
summary: |
  A fire broke out overnight at the government hospital in Kambeya.

aliases:
  Health Ministry: [the ministry of health]

quotes:
  - speaker: Lina Koroma
    text: "We are doing everything we can for the injured and for their families."
    source: AFP   # the urgent

casualty_claims:
  - claimant: Health Ministry
    country: SL
    affected: patients
    killed: "5+"
    said: 2025-02-11T03:20
    source: AFP

sources:
  - name: AFP
    url: "https://example.org/afp/urgent"
    accessed: 2025-02-11
"""

# What the single-article drafter gives for a report: fixed here, so these
# tests check the merge, not the drafter (which has tests of its own).
DRAFT = """\
format: 1
title: Report
date: 2025-02-11
summary: x
quotes:
  - speaker: Koroma
    text: "We are doing everything we can for the injured,"
  - speaker: Lina Koroma
    text: "No family should lose a loved one here."
casualty_claims:
  - claimant: the ministry of health
    affected: patients
    killed: 9
    injured: 14
  - claimant: Health Ministry
    affected: patients
    killed: "5+"
  - claimant: Sierra Leone Red Cross Society
    affected: patients
    killed: 12
figures:
  - what: patients transferred
    claimant: the ministry of health
    value: 42
"""

REPORT = """\
Hospital fire toll rises to nine

KAMBEYA, Sierra Leone, Feb 11 (Reuters) - Nine patients were killed and 14 injured in a \
fire at a hospital in Kambeya, the ministry of health said on Tuesday.
"""


def lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def kept(base: str, out: str, changed: frozenset[int] = frozenset()) -> bool:
    it = iter(lines(out))
    return all(line in it for i, line in enumerate(lines(base)) if i not in changed)


@pytest.fixture
def fixed_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.core.draft.several.draft_yaml",
                        lambda text, article=None, today=None, keep_lead_whole=True: DRAFT)


def story(tmp_path: Path, crlf: bool = False) -> tuple[Path, Path]:
    base = tmp_path / "fire.yaml"
    base.write_bytes((BASE.replace("\n", "\r\n") if crlf else BASE).encode())
    report = tmp_path / "report-2.txt"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "report-2.meta.yaml").write_text(
        "outlet: Reuters\nurl: https://example.org/reuters/fire\n"
        "published: 2025-02-11T09:10:00+00:00\n", encoding="utf-8")
    return base, report


@pytest.mark.usefixtures("fixed_draft")
def test_update_adds_revisions_sources_and_keeps_every_other_byte(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, report = story(tmp_path)
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), str(report), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Health Ministry, patients: killed 5+ -> 9; injured none -> 14" in printed  # diff text
    text = out.read_text(encoding="utf-8")
    source_line = lines(BASE).index("    source: AFP   # the urgent\n")
    assert kept(BASE, text, frozenset({source_line}))
    b = load_briefing(out)
    history = b.claim_history(b.casualty_claims[0])
    assert [c.killed.text for c in history if c.killed] == ["5+", "9"]  # 5+ not repeated
    new = history[-1]
    assert new.claimant == "Health Ministry" and str(new.said) == "2025-02-11 09:10:00+00:00"
    assert new.source == ("Reuters",)
    assert b.sources[-1] == b.sources[-1]._replace(name="Reuters",
                                                  url="https://example.org/reuters/fire")
    assert str(b.updated) == "2025-02-11 09:10:00+00:00"
    # the quote cut by a word is the base's quote, now with both sources
    assert [q.source for q in b.quotes if q.text.startswith("We are")] == [("AFP", "Reuters")]
    assert "    source: [AFP, Reuters]   # the urgent\n" in text
    # a new quote and a new claimant, each marked for checking
    assert any(q.text.startswith("No family") and q.source == ("Reuters",) for q in b.quotes)
    assert any(c.claimant == "Sierra Leone Red Cross Society" for c in b.casualty_claims)
    assert "claimant: Sierra Leone Red Cross Society  # check:" in text
    assert b.figures[0].claimant == "Health Ministry"


@pytest.mark.usefixtures("fixed_draft")
def test_crlf_base_stays_crlf(tmp_path: Path) -> None:
    base, report = story(tmp_path, crlf=True)
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), str(report), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")
    source_line = lines(BASE).index("    source: AFP   # the urgent\n")
    assert kept(base.read_bytes().decode(), data.decode(),
                frozenset({source_line}))


@pytest.mark.usefixtures("fixed_draft")
def test_the_update_goes_to_stdout_and_the_change_to_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, report = story(tmp_path)
    assert main(["update", str(base), str(report)]) == 0
    got = capsys.readouterr()
    assert parse_briefing(got.out).sources[-1].name == "Reuters"
    assert "Casualty claims" in got.err
    assert base.read_text(encoding="utf-8") == BASE  # not written without --write


@pytest.mark.usefixtures("fixed_draft")
def test_write_replaces_the_briefing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, report = story(tmp_path)
    assert main(["update", str(base), str(report), "--write"]) == 0
    assert "Sources\n  added      Reuters" in capsys.readouterr().out
    assert load_briefing(base).sources[-1].name == "Reuters"


def test_write_is_refused_when_the_file_changed_since_it_was_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    base, report = story(tmp_path)
    edited = BASE.replace("kills at least five", "kills at least six")

    def editor_saves_meanwhile(text: str, article: object = None, today: object = None,
                               keep_lead_whole: bool = True) -> str:
        base.write_text(edited, encoding="utf-8")
        return DRAFT

    monkeypatch.setattr("tui.core.draft.several.draft_yaml", editor_saves_meanwhile)
    assert main(["update", str(base), str(report), "--write"]) == 1
    assert "changed since it was read; nothing written" in capsys.readouterr().err
    assert base.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir() if "briefing-tmp" in p.name] == []


@pytest.mark.parametrize(("args", "message", "code"), [
    (["nope.yaml", "r.txt"], "cannot read nope.yaml", 1),
    (["fire.yaml", "missing.txt"], "cannot read missing.txt", 1),
    (["broken.yaml", "report-2.txt"], "broken.yaml is not a valid briefing", 1),
    (["fire.yaml", "report-2.txt", "-o", "x.yaml", "--write"], "not allowed with", 2),
])
def test_bad_input_gets_one_line_and_no_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        args: list[str], message: str, code: int) -> None:
    story(tmp_path)
    (tmp_path / "broken.yaml").write_text("format: 1\ntitle: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) if code == 2 else _nothing():
        assert main(["update", *args]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_every_tuning_story_updates_without_changing_its_base(tmp_path: Path) -> None:
    """The real drafter on the tuning stories: valid output, one source per
    report, and every line of base.yaml kept (a grown `source` aside)."""
    for folder in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        reports = sorted(folder.glob("report-*.txt"))
        out = tmp_path / f"{folder.name}.yaml"
        assert main(["update", str(folder / "base.yaml"), *map(str, reports[1:]),
                     "-o", str(out)]) == 0, folder.name
        base = (folder / "base.yaml").read_bytes().decode()
        text = out.read_bytes().decode()
        grown = frozenset(i for i, line in enumerate(lines(base))
                          if line.lstrip().startswith("source:"))
        assert kept(base, text, grown), folder.name
        assert ("\r\n" in base) == ("\r\n" in text)
        b = load_briefing(out)
        old = load_briefing(folder / "base.yaml")
        assert len(b.sources) >= len(old.sources) + 1, folder.name
        assert b.updated is not None


def test_draft_of_several_reports_is_one_briefing(tmp_path: Path) -> None:
    folder = STORIES / "hospital-fire"
    out = tmp_path / "draft.yaml"
    reports = sorted(folder.glob("report-*.txt"))
    assert main(["draft", *map(str, reports), "-o", str(out)]) == 0
    b = load_briefing(out)
    assert [s.name for s in b.sources] == ["AFP", "Sierra Leone Telegraph",
                                           "Sierra Leone Ministry of Health", "Reuters"]
    assert all(c.said is not None and c.source for c in b.casualty_claims)
    texts = [q.text for q in b.quotes]
    assert len([t for t in texts if "No family should" in t]) == 1  # carried twice, kept once
    assert "Draft made by `briefing draft` from several reports" in out.read_text()


# A report as a web page, served by the test on 127.0.0.1.
PAGE = """<!doctype html><html><head><title>Hospital fire toll rises to nine</title>
<meta property="og:site_name" content="Freetown Wire">
<meta property="article:published_time" content="2025-02-11T09:10:00+00:00">
</head><body><article><h1>Hospital fire toll rises to nine</h1>
<p>KAMBEYA, Sierra Leone, Feb 11 - Nine patients were killed and 14 injured in a fire at a
hospital in the eastern town of Kambeya, the ministry of health said on Tuesday, as
families gathered outside the gutted maternity wing waiting for news of relatives.</p>
<p>The fire broke out overnight in a generator room next to the ward, officials said.</p>
</article></body></html>"""


class Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def site() -> Iterator[str]:
    with serving(Pages) as url:
        yield url


def test_a_report_from_a_url(tmp_path: Path, site: str) -> None:
    pytest.importorskip("trafilatura", reason="needs briefing[web] (make test installs it)")
    base, _ = story(tmp_path)
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), f"{site}/fire", "--allow-private", "-o",
                 str(out)]) == 0
    b = load_briefing(out)
    added = b.sources[-1]
    assert added.name == "Freetown Wire" and added.url == f"{site}/fire"
    assert kept(BASE, out.read_text(encoding="utf-8"),
                frozenset(i for i, line in enumerate(lines(BASE)) if "source:" in line))


def test_a_private_url_needs_allow_private(tmp_path: Path, site: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura", reason="needs briefing[web] (make test installs it)")
    base, _ = story(tmp_path)
    assert main(["update", str(base), f"{site}/fire"]) == 1
    assert "allow-private" in capsys.readouterr().err


@pytest.mark.parametrize(("head", "said"), [
    ("SOURCE: Reuters · 2024-07-14 08:05 GMT\nDHAKA - text.", "2024-07-14T08:05:00+00:00"),
    ("Headline\n\nBy AFP\nUpdated 11:40 GMT, 14 July 2024\n", "2024-07-14T11:40:00+00:00"),
    ("[EFE] 2025-09-03 12:48 UTC\nLIMA - text.", "2025-09-03T12:48:00+00:00"),
    ("PTI | 18 Oct 2025, 21:47 IST\ntext", "2025-10-18T21:47:00+05:30"),
    ("ANKARA (AA) – 02.03.2026 04:52\nFLASH: text", "2026-03-02T04:52:00+00:00"),
    ("Release\n\nFreetown, 11 February 2025, 18:00 hrs\n", "2025-02-11T18:00:00+00:00"),
    ("HUAYLLA, Peru — Sept. 5, 2025, 9:30 a.m. EDT\n", "2025-09-05T09:30:00-04:00"),
    ("Wrap-up\n\nJuly 15, 2024\n\nNo time here.", "2024-07-15"),
])
def test_a_reports_time_is_read_from_its_first_lines(head: str, said: str) -> None:
    from tui.core.draft.report_time import report_time

    assert str(report_time(head, None, None)).replace(" ", "T") == said


def test_a_live_blog_gives_each_entry_its_own_time() -> None:
    from tui.core.draft.article import Article
    from tui.core.draft.report import report_of

    blog = ("LIVE: fire\nTelegraph -- live, 11 February 2025 (times are GMT+3)\n\n"
            "11:55\nNurses died.\n\n10:30 | The minister arrived.\n\n[09:10] Nine died.\n")
    report = report_of(Article(blog), "blog.txt", {})
    assert [(p.text, p.said.isoformat()) for p in report.parts] == [
        ("Nurses died.", "2025-02-11T11:55:00+03:00"),
        ("The minister arrived.", "2025-02-11T10:30:00+03:00"),
        ("Nine died.", "2025-02-11T09:10:00+03:00")]


def test_names_across_reports_resolve_to_one_person_or_body() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    minister = names.resolve("Health Minister Lina Koroma")
    ministry = names.resolve("the Health Ministry")
    assert names.resolve("Dr Lina Koroma") is minister
    assert names.resolve("Koroma") is minister
    assert names.resolve("the ministry of health") is ministry
    assert names.resolve("Sierra Leone's health ministry") is ministry
    assert minister is not None and minister.canonical() == "Lina Koroma"
    # near names of two bodies stay two
    lasema = names.resolve("Lagos State Emergency Management Agency")
    nema = names.resolve("National Emergency Management Agency")
    assert lasema is not nema
    assert names.resolve("NEMA") is nema
    # a name that could be either joins neither
    assert names.resolve("Emergency Management Agency") not in (lasema, nema)
    assert names.resolve("Red Cross") is not ministry
    service = names.resolve("a fire service official")  # speaks for the service
    assert names.resolve("Bangladesh Fire Service and Civil Defence") is service
    assert service is not None and service.canonical() == \
        "Bangladesh Fire Service and Civil Defence"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("No family should ever lose a loved one in a place meant to heal them.",
     "No family should lose a loved one in a place meant to heal them,", True),
    ("We will not stop until every missing person is found.",
     "“We will not stop until every missing person is found”", True),
    ("Our divers have recovered 23 bodies so far.",
     "Our divers have recovered 34 bodies so far.", False),
    ("We are doing everything we can.", "They are doing nothing at all here.", False),
])
def test_one_quote_reported_twice(a: str, b: str, same: bool) -> None:
    from tui.core.draft.several_rules import same_quote

    assert same_quote(a, b) is same


def test_an_office_names_the_one_person_who_holds_it() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    governor = names.resolve("Malatya Governor Mehmet Okur")
    assert names.resolve("the provincial governor") is governor
    assert governor is not None and governor.canonical() == "Mehmet Okur"
    names.resolve("Istanbul Governor Ali Yerli")
    assert names.find("the governor") is None  # two governors: neither


def test_a_live_blog_past_midnight_moves_to_the_next_day() -> None:
    from tui.core.draft.article import Article
    from tui.core.draft.report import report_of

    blog = "LIVE\nUpdates (all times GMT)\n\n01:10 Latest.\n\n23:50 Late.\n\n22:00 First.\n"
    meta = {"published": "2025-02-11T22:00:00+00:00", "modified": "2025-02-12T01:10:00+00:00"}
    assert [p.said.isoformat()[:16] for p in report_of(Article(blog), "b.txt", meta).parts] == [
        "2025-02-12T01:10", "2025-02-11T23:50", "2025-02-11T22:00"]
    del meta["modified"]  # without it, the oldest entry is on the page's date
    assert report_of(Article(blog), "b.txt", meta).parts[0].said.isoformat()[:16] == \
        "2025-02-12T01:10"


def test_a_quote_without_speaker_in_a_blog_entry_is_the_one_person_it_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def entry_draft(text: str, article: object = None, today: object = None,
                    keep_lead_whole: bool = True) -> str:
        quote = ("quotes:\n  - speaker: Unknown\n    text: We are doing everything we can "
                 "for them all.\n") if "everything" in text else ""
        return "format: 1\ntitle: R\ndate: 2025-02-11\nsummary: x\n" + quote

    monkeypatch.setattr("tui.core.draft.several.draft_yaml", entry_draft)
    base, _ = story(tmp_path)
    blog = tmp_path / "blog.txt"
    blog.write_text("LIVE: fire\nTelegraph (all times GMT), 11 February 2025\n\n"
                    "10:30\nHealth Minister Lina Koroma has arrived. She said: \"We are doing "
                    "everything we can for them all.\"\n\n09:10\nNothing yet.\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), str(blog), "-o", str(out)]) == 0
    new = load_briefing(out).quotes[-1]
    assert (new.speaker, str(new.said)) == ("Lina Koroma", "2025-02-11 10:30:00+00:00")


def test_two_people_with_one_surname_stay_two() -> None:
    from tui.core.draft.resolve import Names

    names = Names()
    first = names.resolve("Thapa")
    minister = names.resolve("Home Minister Ramesh Thapa")
    assert minister is first  # the surname first, then the full name
    officer = names.resolve("CDO Krishna Thapa")
    assert officer is not minister
    assert officer is not None and officer.canonical() == "Krishna Thapa"
    assert names.find("Thapa") is None  # which one? neither
    assert names.resolve("Thapa") is None
    assert names.find("Ramesh Thapa") is minister
    assert names.resolve("Krishna Thapa") is officer


@pytest.mark.usefixtures("fixed_draft")
def test_an_outlet_spelled_out_is_the_source_named_by_its_acronym(tmp_path: Path) -> None:
    base, report = story(tmp_path)
    base.write_text(BASE.replace("name: AFP", "name: PTI").replace("source: AFP", "source: PTI"),
                    encoding="utf-8")
    (tmp_path / "report-2.meta.yaml").write_text(
        "outlet: Press Trust of India\npublished: 2025-02-11T09:10:00+00:00\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["update", str(base), str(report), "-o", str(out)]) == 0
    b = load_briefing(out)
    assert [s.name for s in b.sources] == ["PTI"]
    assert b.casualty_claims[-1].source == ("PTI",)


@pytest.mark.parametrize(("sentence", "tolls"), [
    ("The number of passengers killed when a ferry capsized rose to 23 on Sunday, the fire "
     "service said.", [("passengers", "23", None)]),
    ("The local administration put the number of passengers killed at 31.",
     [("passengers", "31", None)]),
    ("The authority said a third crew member had been found dead, bringing crew deaths to "
     "three.", [("crew", "3", None)]),
    ("The Ministry regrets to inform the public that fifteen (15) patients lost their lives.",
     [("patients", "15", None)]),
    ("As per the latest information, 17 passengers have lost their lives and 54 passengers "
     "are injured.", [("passengers", "17", "54")]),
    ("AFAD has updated its figures: 52 dead and 310 injured in Karaçam, nine dead in Yeşilöz.",
     [("people in Karaçam", "52", "310"), ("people in Yeşilöz", "9", None)]),
    ("At least 12 passengers were killed when the ferry capsized.", [("passengers", "12+", None)]),
    ("At least six passengers killed, 30 injured as 11 coaches derail: Ministry of Railways.",
     [("passengers", "6+", "30")]),
    ("The quake struck before dawn, killing 38 people in the town of Karaçam and three in the "
     "nearby village of Yeşilöz, AFAD said.",
     [("people in Karaçam", "38", None), ("people in Yeşilöz", "3", None)]),
    ("The authority raised the death toll in Saturday's derailment to 25.",
     [("people", "25", None)]),
    ("The toll rose to 40, officials said.", [("people", "40", None)]),
    # numbers that are no toll
    ("An earthquake in 1999 killed more than 17,000 people in the northwest.", []),
    ("The MV Sonar Tori, licensed to carry 120 people, was carrying about 200.", []),
    ("The youngest of the dead was 19.", []),
    ("The toll road was closed for 12 hours.", []),
])
def test_tolls_as_follow_up_reports_state_them(sentence: str,
                                               tolls: list[tuple[str, str, str | None]]) -> None:
    from tui.core.draft.report_tolls import tolls_in

    assert [tuple(t) for t in tolls_in(sentence)] == tolls


def test_a_release_names_its_issuer_and_a_quoted_number_is_no_toll() -> None:
    from tui.core.draft.report_tolls import extra_claims, issuing_body, only_quoted

    release = "GOVERNMENT OF SIERRA LEONE\nMINISTRY OF HEALTH\nPRESS RELEASE\n\n..."
    assert issuing_body(release) == "Ministry of Health"
    assert issuing_body("Ministry of Railways\nPosted On: 19 OCT 2025") == "Ministry of Railways"
    assert issuing_body("Health ministry raises toll to nine\n\nBy AFP") is None
    claims = extra_claims("Fifteen (15) patients lost their lives. Twenty-one (21) patients "
                          "sustained injuries and are receiving treatment.", [],
                          "Ministry of Health")
    assert [(c.claimant, c.affected, str(c.killed), str(c.injured)) for c in claims] == [
        ("Ministry of Health", "patients", "15", "21")]
    assert only_quoted('"Our divers have recovered 23 bodies so far," Haque said.')
    assert not only_quoted('The service said 34 had died. "We fear more," Haque said.')


def test_a_ministry_reporting_its_own_figure_relays_nothing() -> None:
    from tui.core.draft.attribution import generic_body, relay_in, subjects

    assert relay_in("The Ministry of Energy and Mines (MINEM) reports that seven workers "
                    "have died.") is None
    relay = relay_in("Twenty-nine died, the district administration said, according to the "
                     "state-run Bangladesh Sangbad Sangstha (BSS).")
    assert relay is not None and relay.short == "BSS"
    assert subjects("In a statement the company puts the number of miners killed at seven.") \
        == ["company"]
    assert generic_body("the company") and not generic_body("Minera Cordillera Sur")
    assert subjects("14 people killed in Karaçam, says AFAD.") == ["AFAD"]
    assert subjects("Six passengers killed as coaches derail: Ministry of Railways.") == [
        "Ministry of Railways"]


def test_an_acronym_in_brackets_is_an_alias_not_part_of_the_name() -> None:
    from tui.core.draft.resolve import Names
    from tui.core.draft.several_rules import generic_group

    names = Names()
    authority = names.resolve("Bangladesh Inland Water Transport Authority (BIWTA)")
    assert authority is not None and authority.canonical() == \
        "Bangladesh Inland Water Transport Authority"
    assert names.resolve("BIWTA") is authority
    assert names.resolve("the water transport authority") is authority
    # a toll for one place of a sentence that names two goes to that place's group
    assert generic_group("people in Yeşilöz", "52 dead in Karaçam, nine dead in Yeşilöz.",
                         ["Karaçam residents", "Yeşilöz residents"], []) == "Yeşilöz residents"


def test_two_claimants_in_one_sentence_are_two_claims() -> None:
    from tui.core.draft.report_tolls import clause_claims, injured_who_died

    claims = clause_claims("Nineteen passengers were killed and 61 injured, the federal "
                           "railway ministry said on Sunday, while the state's disaster "
                           "management authority put the toll at 23.")
    assert [(c.claimant, c.affected, str(c.killed), c.injured and str(c.injured))
            for c in claims] == [
        ("federal railway ministry", "passengers", "19", "61"),
        ("state's disaster management authority", "passengers", "23", None)]
    assert clause_claims("Nineteen passengers were killed, the ministry said.") == []
    assert injured_who_died("The toll rose to 25, as two more injured passengers had died.")
    assert not injured_who_died("25 died and 40 were injured.")


def test_part_of_a_toll_is_no_toll_and_a_possessive_is_its_name() -> None:
    from tui.core.draft.report_tolls import subset_of_toll
    from tui.core.draft.resolve import body_words

    assert subset_of_toll("He said four of the dead were contractors.", ("4",))
    assert subset_of_toll("Twelve of the injured are children.", ("12",))
    assert not subset_of_toll("Two nurses were among the dead.", ("2",))
    # the sentence's other count is a toll ("one of the dead" was a soldier)
    assert not subset_of_toll("It lowered the toll to 11, saying one of the dead had been a "
                              "soldier.", ("11",))
    assert body_words("the state's disaster management authority") <= body_words(
        "Odisha State Disaster Management Authority")
