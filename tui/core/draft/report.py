"""One report of a story, read for merging: its outlet, URL, the time of
what it states, and its parts (a live blog's entries each with their own
time). The text is read by `article.read_article`; a `NAME.meta.yaml`
beside a text report gives what a page's metadata would (outlet, url,
published, modified)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import pairwise
from pathlib import Path

import yaml

from tui.core.draft.article import Article, ArticleError, is_url, read_article
from tui.core.draft.report_issuer import is_a_release, issuing_body
from tui.core.draft.report_time import (
    ZONE_OFFSETS,
    agency_in,
    find_day,
    header_offset,
    names_a_zone,
    report_time,
)
from tui.core.draft.resolve import is_body
from tui.core.draft.text import dateline_date, find_date


@dataclass(frozen=True)
class Part:
    """A stretch of a report with one time: the whole report, or one live-blog entry."""

    text: str
    said: datetime | date


@dataclass(frozen=True)
class Report:
    """A report ready to merge: where it came from and its timed parts."""

    name: str  # as given on the command line, for messages
    outlet: str | None
    url: str | None
    accessed: date
    said: datetime | date
    parts: tuple[Part, ...]
    title: str | None
    text: str
    # the day is a dateline's ("BEIRUT, Aug 6") with a year put to it from the clock
    year_assumed: bool = False
    # the outlet is a guess the editor should confirm (a release's letterhead)
    outlet_check: str | None = None
    # its times were read in UTC for want of a zone: neither the page nor the text names one
    zone_assumed: bool = False

    def in_zone(self, zone: tzinfo) -> Report:
        """The report with times read in no named zone put in `zone` (the
        briefing's own: a release's "19.08.2029, 10:30" is Sofia's 10:30),
        the wall clock kept; other reports are returned as they are."""
        if not self.zone_assumed:
            return self

        def moved(when: datetime | date) -> datetime | date:
            return when.replace(tzinfo=zone) if isinstance(when, datetime) else when

        return replace(self, said=moved(self.said), zone_assumed=False,
                       parts=tuple(replace(p, said=moved(p.said)) for p in self.parts))

    def on_or_after(self, after: date, today: date | None = None) -> Report:
        """The report with a dateline's assumed year set from `after` (the
        briefing's date): the first such day on or after it, unless that is
        still to come; other reports are returned as they are."""
        if not self.year_assumed:
            return self
        now = today or date.today()
        day = self.said.date() if isinstance(self.said, datetime) else self.said
        target = _same_day(day, after.year)
        if target is not None and target < after:
            target = _same_day(day, after.year + 1)
        if target is None or target > now:
            return self
        shift = target - day
        return replace(self, said=self.said + shift, year_assumed=False,
                       parts=tuple(replace(p, said=p.said + shift) for p in self.parts))


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


# A live-blog entry starts its own line with a time: `11:55`, `[09:30]`, `16:05 —`, `12:05 |`,
# `11:00 --`, `2:15 p.m. —`.
# (`19:40 IST`: the zone the header names is the stamp's, never the entry's first word)
# ("22h40 - ...": hours and minutes as Brazilian and French pages write them)
_ENTRY = re.compile(r"^\[?(\d{1,2})[:.h](\d{2})\s*([ap])?\.?(?:m\.?)?\]?"
                    r"(?:\s+(?-i:" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True))
                    + r")\b)?"
                    r"(?:\s*(?:[—–|-]{1,2}\s*|$)|\s+(?=[A-Z\"“]))", re.IGNORECASE)


def _meta(source: str) -> dict[str, object]:
    """The metadata file beside a text report, if any (plain data, safe loader)."""
    if source == "-" or is_url(source):
        return {}
    path = Path(source)
    meta = path.with_name(path.stem + ".meta.yaml")
    try:
        data = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.is_file() else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ArticleError(f"cannot read {meta}: {exc}") from None
    return data if isinstance(data, dict) else {}


def with_metadata(article: Article, source: str) -> Article:
    """`article` with what the `NAME.meta.yaml` beside it gives and the page
    did not: its outlet as the site, its URL, its published day; so one report
    drafts with the source entry it has among several."""
    meta = _meta(source)
    published = _as_time(meta.get("published"))
    # (a full date the text states, a dateline's, is the event's: the page's day fills
    # in only where the text gives none, or a day without its year)
    return article._replace(
        site=article.site or _text(meta.get("outlet")),
        url=article.url or _text(meta.get("url")),
        date=article.date or (published.date().isoformat()
                              if published and find_date(article.text) is None else None))


def _as_time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def live_entries(text: str) -> tuple[str, list[tuple[int, int, str]]] | None:
    """A live blog's header and entries (hour, minute, text), or None when
    the text is not one (fewer than two lines that start with a time)."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _ENTRY.match(line.strip())]
    if len(starts) < 2:
        return None
    header = "\n".join(lines[:starts[0]])
    entries = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        first = lines[start].strip()
        m = _ENTRY.match(first)
        assert m is not None
        body = "\n".join([first[m.end():].strip(), *lines[start + 1:end]]).strip()
        # (an entry's heading on a line of its own, its text below: "CDAA: six Indians,
        # four Bangladeshis" / "A CDAA official told ...": the text says it in full, and
        # a heading's figures, short of who and whom, are no claim of their own)
        heading, _, rest = body.partition("\n")
        if rest.strip() and len(heading.split()) <= 8 and not re.search(
                r"[.!?;,][”\"’»]?\s*$", heading) and rest.lstrip()[:1].isupper():
            body = rest.strip()
        if body:
            hour = int(m[1])
            if m[3] and m[3].lower() == "p" and hour < 12:
                hour += 12  # "2:15 p.m."
            elif m[3] and m[3].lower() == "a" and hour == 12:
                hour = 0
            entries.append((hour, int(m[2]), body))
    return header, entries


def read_report(source: str, allow_private: bool = False,
                today: date | None = None) -> Report:
    """The report at `source` (a file, a page, a URL, `-`), with its times."""
    article = read_article(source, allow_private)
    return report_of(article, source, _meta(source), today)


def _letterhead_outlet(text: str) -> str | None:
    """The body on a release's letterhead, which published a release with no
    page around it; never a news report's headline ("Office Workers Hurt in
    Tarsa Blast")."""
    letterhead = issuing_body(text) if is_a_release(text) else None
    if letterhead is None or not is_body(letterhead) or text.lstrip().split("\n", 1)[0] \
            .strip().casefold() == letterhead.casefold():
        return None
    return letterhead


def report_of(article: Article, source: str, meta: dict[str, object],
              today: date | None = None) -> Report:
    """A Report from an article already read and its metadata (may be empty)."""
    text = article.text
    published = _as_time(meta.get("published"))
    zone = published.tzinfo if published is not None else None
    day = published.date() if published is not None else _page_date(article)
    year_assumed = False
    if day is None and (dated := dateline_date(text, today or date.today())) is not None:
        # "BEIRUT, Aug 6": the year is the clock's until a briefing's date gives it
        day, year_assumed = dated
        year_assumed = year_assumed and find_day("\n".join(text.splitlines()[:6])) is None
    # the text says it first (an "Updated 14:35 GMT" line after the page was
    # published); the metadata fills in what it leaves out
    written = report_time(text, day, zone)
    if isinstance(written, datetime) and live_entries(text) is not None:
        written = written.date()  # a blog's times are its entries'; its header gives the day
    said: datetime | date = (written if isinstance(written, datetime) else None) or \
        published or written or day or (today or date.today())
    if published is None and isinstance(said, datetime):
        zone = said.tzinfo
    outlet = _text(meta.get("outlet"))
    url = _text(meta.get("url"))
    parts = [Part(text, said)]
    live = live_entries(text)
    if live is not None:
        header, entries = live
        entry_zone = header_offset(header, zone) or zone or UTC
        modified = _as_time(meta.get("modified"))
        first_day = said.date() if isinstance(said, datetime) else said
        if modified is not None:
            last_day: date | None = modified.astimezone(entry_zone).date()
        else:
            last_day = None
        parts = [Part(body, when) for body, when in _entry_times(
            entries, first_day, last_day, entry_zone)]  # the header is no news
    known_outlet = outlet or article.site or agency_in(text) or _host(article.url or url)
    letterhead = None if known_outlet else _letterhead_outlet(text)
    accessed = (date.fromisoformat(article.accessed) if article.accessed
                else today or date.today())
    return Report(
        name=source,
        outlet=str(known_outlet or letterhead or "") or None,
        outlet_check="the outlet read from the release's letterhead" if letterhead else None,
        url=str(url or article.url or "") or None,
        accessed=published.date() if published is not None and not article.accessed
        else accessed,
        said=said, parts=tuple(parts), title=article.title, text=text,
        year_assumed=year_assumed,
        zone_assumed=published is None and isinstance(said, datetime) and not names_a_zone(text))


def _entry_times(entries: list[tuple[int, int, str]], first_day: date,
                 last_day: date | None, zone: tzinfo) -> list[tuple[str, datetime]]:
    """Each entry's time on its day: a blog runs past midnight, so the day
    moves on where the times go back (read in the order the entries were
    written, oldest first). The newest is on `last_day` (the page's last
    change) when that is known, else the oldest is on `first_day`."""
    valid = [(h, m, body) for h, m, body in entries if h < 24 and m < 60]
    steps = [(a[0], a[1]) > (b[0], b[1]) for a, b in pairwise(valid)]
    # most blogs put the newest entry first: a tie (a blog past midnight) reads so
    newest_first = bool(steps) and steps.count(True) >= steps.count(False)
    oldest = list(reversed(valid)) if newest_first else valid
    days: list[int] = []
    offset = 0
    for i, (h, m, _) in enumerate(oldest):
        if i and (h, m) < (oldest[i - 1][0], oldest[i - 1][1]):
            offset += 1
        days.append(offset)
    start = first_day if last_day is None else last_day - timedelta(days=days[-1] if days else 0)
    out = []
    for (h, m, body), day in zip(oldest, days, strict=True):
        d = start + timedelta(days=day)
        out.append((body, datetime(d.year, d.month, d.day, h, m, tzinfo=zone)))
    return list(reversed(out)) if newest_first else out


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _page_date(article: Article) -> date | None:
    if article.date:
        try:
            return date.fromisoformat(article.date[:10])
        except ValueError:
            return None
    return None


def _host(url: str | None) -> str | None:
    if not url or not is_url(url):
        return None
    host = url.split("/")[2].split("@")[-1].split(":")[0]
    return host.removeprefix("www.") or None


