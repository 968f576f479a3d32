#!/usr/bin/env python3
"""A plain SMTP server on 127.0.0.1 for the email drill: accepts every message, answers DATA after a delay (so a
kill lands while messages are in flight), and appends each accepted message's Message-ID to a record file, flushed
before the 250 answer, so the record holds exactly the messages the sender was told were accepted.
    smtp_receiver.py PORT RECORD [DELAY_MS]"""
import asyncio
import os
import re
import sys

PORT, RECORD = int(sys.argv[1]), sys.argv[2]
DELAY = (int(sys.argv[3]) if len(sys.argv) > 3 else 0) / 1000
MESSAGE_ID = re.compile(rb"^Message-ID:\s*<?([^>\r\n]+)>?", re.IGNORECASE | re.MULTILINE)


async def session(reader, writer):
    def reply(line):
        writer.write(line.encode() + b"\r\n")

    reply("220 drill.local ESMTP")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                reply("250-drill.local")
                reply("250 8BITMIME")
            elif verb == b"HELO":
                reply("250 drill.local")
            elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                reply("250 OK")
            elif verb == b"DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                data = bytearray()
                while True:
                    chunk = await reader.readline()
                    if not chunk:
                        return
                    if chunk == b".\r\n":
                        break
                    data += chunk
                await asyncio.sleep(DELAY)
                match = MESSAGE_ID.search(bytes(data))
                with open(RECORD, "ab") as record:
                    record.write((match.group(1) if match else b"?") + b"\n")
                    record.flush()
                    os.fsync(record.fileno())
                reply("250 OK queued")
            elif verb == b"QUIT":
                reply("221 Bye")
                await writer.drain()
                break
            else:
                reply("502 Command not implemented")
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
