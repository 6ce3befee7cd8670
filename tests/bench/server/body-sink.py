#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# body-sink.py PORT_FILE: the upload baseline. A bare HTTP/1.1 endpoint on a free loopback
# port that reads each request body to the end (Content-Length) and answers 204: the
# time curl needs against it is the raw loopback copy of the same bytes.
import socket, sys

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(16)
open(sys.argv[1], "w").write(f"{srv.getsockname()[1]}\n")
while True:
    c, _ = srv.accept()
    data = b""
    while b"\r\n\r\n" not in data:
        data += c.recv(65536)
    head, rest = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
        if name.strip().lower() == b"expect":
            c.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    left = length - len(rest)
    while left > 0:
        n = len(c.recv(1 << 20))
        if n == 0:
            break
        left -= n
    c.sendall(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
    c.close()
