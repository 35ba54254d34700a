#!/usr/bin/env python3
"""A real SMTP server for Gemeng's tests: every message it receives is decoded with
Python's e-mail library and stored as one JSON file in a folder.

    python3 scripts/smtp-sink.py PORT FOLDER

It prints "ready" once it accepts connections and runs until it is terminated.
"""
import email
import email.policy
import itertools
import json
import pathlib
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        part = message.get_body(preferencelist=("plain",))
        record = {
            "from": envelope.mail_from,
            "to": list(envelope.rcpt_tos),
            "subject": str(message["subject"]),
            "body": part.get_content() if part is not None else "",
            # Header names in lower case, for tests that read them (List-Unsubscribe).
            "headers": {name.lower(): str(value) for name, value in message.items()},
        }
        name = self.folder / f"{next(self.counter):06}.json"
        partial = name.with_suffix(".tmp")
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        partial.rename(name)
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
