#!/usr/bin/env python3
"""A counting SMTP sink for bench/mailing: it takes every message (aiosmtpd, as
scripts/smtp-sink.py) but stores none; it counts messages, connections and bytes,
notes the wall-clock time of the first and the last message, and keeps each
recipient's count in memory.

    python3 bench/smtp-counter.py PORT STATUS_FILE

It prints "ready" once it accepts connections. Every quarter of a second, and once
more when terminated, it replaces STATUS_FILE (put it in /dev/shm: no disk) with one
JSON object: messages, connections, bytes, first, last (Unix seconds), recipients
(distinct) and repeated (messages to a recipient beyond their first). When terminated
it also writes STATUS_FILE.recipients: every recipient once, sorted, one per line.
"""
import json
import os
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self):
        self.messages = 0
        self.connections = 0
        self.bytes = 0
        self.first = None
        self.last = None
        self.seen = {}
        self.repeated = 0

    async def handle_DATA(self, server, session, envelope):
        now = time.time()
        if not getattr(session, "bench_counted", False):
            # One SMTP session is one connection; a sender that reconnects for every
            # message shows as many connections as messages.
            session.bench_counted = True
            self.connections += 1
        self.messages += 1
        self.bytes += len(envelope.content)
        for rcpt in envelope.rcpt_tos:
            if rcpt in self.seen:
                self.repeated += 1
            self.seen[rcpt] = self.seen.get(rcpt, 0) + 1
        if self.first is None:
            self.first = now
        self.last = now
        return "250 Message accepted for delivery"

    def status(self):
        return {
            "messages": self.messages,
            "connections": self.connections,
            "bytes": self.bytes,
            "first": self.first,
            "last": self.last,
            "recipients": len(self.seen),
            "repeated": self.repeated,
        }


def write(path, text):
    partial = f"{path}.tmp"
    with open(partial, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(partial, path)


def main():
    port, status_file = int(sys.argv[1]), sys.argv[2]
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    write(status_file, json.dumps(counter.status()))
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.25):
        write(status_file, json.dumps(counter.status()))
    controller.stop()
    write(f"{status_file}.recipients", "".join(f"{r}\n" for r in sorted(counter.seen)))
    write(status_file, json.dumps(counter.status()))


if __name__ == "__main__":
    main()
