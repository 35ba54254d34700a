"""Reads an Atom feed on standard input with feedparser, an independent parser, and
prints what it understood as JSON: the feed's title and language, and each entry's id,
updated, title, link and language. Exits with 1 when feedparser flags the feed as
malformed (its "bozo" bit) or an entry lacks id, updated, title or link."""

import json
import sys

import feedparser

feed = feedparser.parse(sys.stdin.buffer.read())
problems = []
if feed.bozo:
    problems.append(f"malformed: {feed.bozo_exception!r}")
if feed.get("version") != "atom10":
    problems.append(f"not Atom 1.0 but {feed.get('version')!r}")
entries = []
for entry in feed.entries:
    for field in ("id", "updated", "title", "link"):
        if not entry.get(field):
            problems.append(f"an entry without {field}: {entry.get('id')!r}")
    entries.append(
        {
            "id": entry.get("id"),
            "updated": entry.get("updated"),
            "title": entry.get("title"),
            "link": entry.get("link"),
            "language": (entry.get("content") or [{}])[0].get("language"),
            "alternates": sorted(
                link.get("hreflang", "") for link in entry.get("links", []) if link.get("rel") == "alternate"
            ),
            "related": sorted(
                link.get("hreflang", "") for link in entry.get("links", []) if link.get("rel") == "related"
            ),
        }
    )
print(json.dumps({"title": feed.feed.get("title"), "language": feed.feed.get("language"), "entries": entries, "problems": problems}))
sys.exit(1 if problems else 0)
