"""Reads the workbook the project publishes with openpyxl, a reader the project
did not write (as Excel's own file format library for Python), and prints what
a spreadsheet user would see, as JSON: for each sheet in order, its name, its
frozen cell, its column widths and its rows, each cell as its type: a string, a
number, true/false, {"date": "YYYY-MM-DD"} for a date, or null when empty.

    python3 tests/readers/xlsx_sheets.py < FILE.xlsx
"""
import datetime
import io
import json
import sys

import openpyxl

book = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))


def cell(value):
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time(0):
            sys.exit(f"a date with a time of day: {value}")
        return {"date": value.date().isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    return value


sheets = []
for ws in book.worksheets:
    sheets.append({
        "name": ws.title,
        "frozen": ws.freeze_panes,
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "rows": [[cell(c) for c in row] for row in ws.iter_rows(values_only=True)],
    })
json.dump(sheets, sys.stdout, ensure_ascii=False)
