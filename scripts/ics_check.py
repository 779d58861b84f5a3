#!/usr/bin/env python3
"""Reads a Tend calendar export with the real parsers `icalendar` and
`recurring-ical-events`, checks what every calendar app relies on, and
prints every occurrence in a range with the times its alarms ring, as JSON,
for the native test (tests/ics.rs) to compare with what it expects.

    python3 scripts/ics_check.py FILE FROM TO

FROM and TO are days (YYYY-MM-DD). Output, one object per occurrence,
oldest first:

    {"uid": ..., "summary": ..., "day": "YYYY-MM-DD",
     "alarms": [{"at": "YYYY-MM-DDTHH:MM", "description": ...}, ...]}

Exits 3 (with a line saying so) when the parsers are not installed, so the
test can tell "not checked here" from "failed"; scripts/setup.sh installs
them into .venv.
"""
import datetime as dt
import json
import sys

try:
    import icalendar
    import recurring_ical_events
except ImportError as e:  # pragma: no cover - reported to the test
    print(f"missing: {e.name}", file=sys.stderr)
    sys.exit(3)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main():
    path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(path, "rb") as f:
        raw = f.read()
    cal = icalendar.Calendar.from_ical(raw)

    # Every event has a DATE start, and every alarm is a display alarm with
    # a description and a trigger relative to the start.
    for event in cal.walk("VEVENT"):
        start_value = event.decoded("DTSTART")
        if isinstance(start_value, dt.datetime) or not isinstance(start_value, dt.date):
            fail(f"{event['UID']}: DTSTART is not a DATE")
        for alarm in event.walk("VALARM"):
            if str(alarm.get("ACTION")) != "DISPLAY":
                fail(f"{event['UID']}: alarm action {alarm.get('ACTION')}")
            if not str(alarm.get("DESCRIPTION", "")).strip():
                fail(f"{event['UID']}: alarm without a description")
            trigger = alarm.decoded("TRIGGER")
            if not isinstance(trigger, dt.timedelta):
                fail(f"{event['UID']}: trigger is not relative: {trigger!r}")

    a = dt.date.fromisoformat(start)
    b = dt.date.fromisoformat(end)
    out = []
    for occ in recurring_ical_events.of(cal).between(a, b + dt.timedelta(days=1)):
        day = occ.decoded("DTSTART")
        alarms = []
        for alarm in occ.walk("VALARM"):
            # An all-day event starts at local midnight of its day.
            at = dt.datetime.combine(day, dt.time()) + alarm.decoded("TRIGGER")
            alarms.append(
                {"at": at.strftime("%Y-%m-%dT%H:%M"), "description": str(alarm["DESCRIPTION"])}
            )
        alarms.sort(key=lambda x: x["at"])
        out.append(
            {
                "uid": str(occ["UID"]),
                "summary": str(occ["SUMMARY"]),
                "day": day.isoformat(),
                "alarms": alarms,
            }
        )
    out.sort(key=lambda x: (x["day"], x["uid"]))
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
