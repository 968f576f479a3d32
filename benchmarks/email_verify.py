#!/usr/bin/env python3
"""Checks the email drill: the outbox rows (ROWS: "id<TAB>status" lines) against the receiver's record (one
Message-ID a line). Passes when no email is left unsent (lost), every Sent email arrived exactly once, and no email
arrived twice; Uncertain emails (the sender was killed while handing them over) are reported, with whether they
arrived.    email_verify.py ROWS RECORD"""
import collections
import sys

rows = dict(line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line.strip())
rows = {key.replace("-", "").lower(): status.strip() for key, status in rows.items()}
received = collections.Counter(line.split("@")[0].lower() for line in open(sys.argv[2]).read().split("\n") if line.strip())
statuses = collections.Counter(rows.values())
sent_missing = [i for i, s in rows.items() if s == "Sent" and received[i] == 0]
duplicates = [i for i, n in received.items() if n > 1]
uncertain = [i for i, s in rows.items() if s == "Uncertain"]
uncertain_arrived = sum(1 for i in uncertain if received[i] > 0)
left = [i for i, s in rows.items() if s not in ("Sent", "Uncertain")]
strangers = [i for i in received if i not in rows]
print(f"emails: {len(rows)}; by status: {dict(statuses)}")
print(f"received: {sum(received.values())} messages, {len(received)} distinct; duplicates: {len(duplicates)}")
print(f"uncertain: {len(uncertain)} ({uncertain_arrived} of them arrived, {len(uncertain) - uncertain_arrived} did not)")
print(f"lost (not sent, or Sent but never arrived): {len(left) + len(sent_missing)}; unknown Message-IDs: {len(strangers)}")
ok = not left and not sent_missing and not duplicates and not strangers
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
