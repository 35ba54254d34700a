"""Reads an iCalendar file on standard input with Python's `icalendar` parser and lists
its events with `recurring_ical_events` (which expands series and understands time
zones) between ten years ago and ten years ahead. Prints JSON: each event's uid,
summary, status and start, and the starts as Unix seconds in order. Exits with 1 when
the file does not parse, or an event lacks UID, DTSTAMP, DTSTART, DTEND or SUMMARY, or
ends before it starts."""

import datetime
import json
import sys

import icalendar
import recurring_ical_events

problems = []
try:
    calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
except Exception as error:  # noqa: BLE001 - any parse error is the finding
    print(json.dumps({"problems": [f"does not parse: {error!r}"]}))
    sys.exit(1)

for field in ("VERSION", "PRODID"):
    if field not in calendar:
        problems.append(f"the calendar lacks {field}")
now = datetime.datetime.now(datetime.timezone.utc)
span = datetime.timedelta(days=3650)
events = []
for event in recurring_ical_events.of(calendar).between(now - span, now + span):
    for field in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        if field not in event:
            problems.append(f"an event lacks {field}: {event.get('UID')!r}")
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    if end <= start:
        problems.append(f"an event ends before it starts: {event.get('UID')!r}")
    events.append(
        {
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "status": str(event.get("STATUS", "")),
            "start": int(start.timestamp()),
        }
    )
events.sort(key=lambda e: e["start"])
print(
    json.dumps(
        {"problems": problems, "events": events, "starts": [e["start"] for e in events]},
        ensure_ascii=False,
    )
)
sys.exit(1 if problems else 0)
