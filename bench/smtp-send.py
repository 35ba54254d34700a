#!/usr/bin/env python3
"""bench/mailing's trivial sender: COUNT plain-text messages of about SIZE bytes to
the SMTP server at 127.0.0.1:PORT, each to another recipient, as fast as Python's
smtplib sends them, over one connection. The headers are those of a Gemeng
announcement e-mail (List-Unsubscribe and List-Unsubscribe-Post included); the body
is filler text up to SIZE.

    python3 bench/smtp-send.py PORT COUNT SIZE [reconnect | lettre | lettre-nodelay]

"reconnect" opens one connection per message, as a sender without a connection pool
does. "lettre" does that too, and sends a message as lettre 0.11's SMTP client does
(`AsyncSmtpConnection::message_iter`): the content in one write, then the closing
"\r\n.\r\n" in another, on a socket without TCP_NODELAY. "lettre-nodelay" is the
same with TCP_NODELAY set: what the two writes cost once Nagle's algorithm no longer
holds the second back until the server acknowledges the first.
"""
import smtplib
import socket
import sys
import time


def message(i, size):
    to = f"resident-{i:06}@bench.gemeng.lu"
    head = (
        "From: Gemeng <no-reply@gemeng.localhost>\r\n"
        f"To: {to}\r\n"
        "Subject: =?utf-8?q?Luxembourg=3A_Travaux_de_voirie?=\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        f"Message-ID: <bench-{i}@gemeng.localhost>\r\n"
        "List-Unsubscribe: <http://localhost:8080/unsubscribe?t=0123456789abcdefghijklmnopqrstuvwxyzABCDEFG&topic=announcements>\r\n"
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "MIME-Version: 1.0\r\n\r\n"
    )
    line = "The City's teams clear pavements and streets from 5 a.m.; help your neighbours.\r\n"
    body = (line * (max(size - len(head), 0) // len(line) + 1))[: max(size - len(head), 2) - 2]
    return to, (head + body + "\r\n").encode("ascii")


def send_split(smtp, sender, to, data):
    """MAIL, RCPT, DATA, then the content and the closing dot in two writes."""
    smtp.mail(sender)
    smtp.rcpt(to)
    code, _ = smtp.docmd("DATA")
    assert code == 354, code
    content = data[:-2] if data.endswith(b"\r\n") else data
    smtp.sock.sendall(content)
    smtp.sock.sendall(b"\r\n.\r\n")
    code, _ = smtp.getreply()
    assert code == 250, code


def main():
    port, count, size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "one-connection"
    reconnect = mode in ("reconnect", "lettre", "lettre-nodelay")
    sender = "no-reply@gemeng.localhost"
    smtp = None
    for i in range(count):
        if smtp is None:
            smtp = smtplib.SMTP("127.0.0.1", port)
            if mode == "lettre-nodelay":
                smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            smtp.ehlo("bench")
        to, data = message(i, size)
        if mode.startswith("lettre"):
            send_split(smtp, sender, to, data)
        else:
            smtp.sendmail(sender, [to], data)
        if reconnect:
            smtp.quit()
            smtp = None
    if smtp is not None:
        smtp.quit()


if __name__ == "__main__":
    main()
