"""Reads a CSV file the project published with Python's csv module, a reader
the project did not write, and prints its rows as JSON: what a journalist's
script or a spreadsheet import would see.

    python3 tests/readers/csv_rows.py tidy|excel < FILE.csv

tidy: UTF-8 without BOM, comma; excel: UTF-8 with BOM, semicolon, CRLF.
Exits 1 if the bytes do not have the dialect's form.
"""
import csv
import io
import json
import sys

dialect = sys.argv[1]
raw = sys.stdin.buffer.read()
if dialect == "excel":
    if not raw.startswith(b"\xef\xbb\xbf"):
        sys.exit("excel copy without a BOM")
    if b"\n" in raw.replace(b"\r\n", b""):
        sys.exit("excel copy with a line that does not end in CRLF")
    text, delimiter = raw.decode("utf-8-sig"), ";"
else:
    if raw.startswith(b"\xef\xbb\xbf"):
        sys.exit("tidy CSV with a BOM")
    text, delimiter = raw.decode("utf-8"), ","
rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
