#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# deep-cursor.py FIRST_PAGE_CURSOR CREATED_AT ID: prints the server's opaque cursor for the
# row (CREATED_AT, ID), in the same format as a real nextCursor (base64url JSON array
# [sortKey, order, value, id]). Lets the benchmark jump to depth 990,000 without paging.
import base64, json, sys

def decode(token):
    return json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))

sort_key, order, _, _ = decode(sys.argv[1])
token = json.dumps([sort_key, order, sys.argv[2], sys.argv[3]], separators=(",", ":"))
print(base64.urlsafe_b64encode(token.encode()).decode().rstrip("="))
