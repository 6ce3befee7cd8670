#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# idle-conns.py HOST PORT COUNT READY_FILE: opens COUNT keep-alive connections, sends one
# GET /live on each and reads the answer, writes READY_FILE, then holds them idle until
# killed. Loopback benchmark helper for run-bench.sh.
import selectors, signal, socket, sys, time

host, port, count, ready = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
request = b"GET /live HTTP/1.1\r\nHost: bench\r\n\r\n"
conns = []
for i in range(count):
    s = socket.create_connection((host, port))
    s.sendall(request)
    conns.append(s)
got = 0
for s in conns:  # each answer is small: one recv gets it
    data = s.recv(4096)
    if data.startswith(b"HTTP/1.1 200"):
        got += 1
open(ready, "w").write(f"{got}\n")
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
while True:
    time.sleep(3600)
