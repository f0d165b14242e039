"""Edits the published workbook as a person would in Excel, with openpyxl (a
reader and writer the project did not write): opens it, finds the row of a
figure's reading on the figures sheet by the header names, types a new value
into its value cell, and saves the whole workbook again.

    python3 tests/readers/edit_workbook.py IN.xlsx OUT.xlsx FIGURE_ID VALUE

VALUE is typed as a person types it: digits become a number, anything else
stays text (so a mistake such as "tolv" reaches the import as a person's would).
"""
import sys

import openpyxl

source, target, figure, typed = sys.argv[1:5]
book = openpyxl.load_workbook(source)
sheet = book["figures"]
header = {cell.value: cell.column for cell in sheet[1]}
for row in range(2, sheet.max_row + 1):
    if sheet.cell(row, header["figure_id"]).value == figure and sheet.cell(row, header["reading"]).value == 1:
        sheet.cell(row, header["value"]).value = int(typed) if typed.isdigit() else typed
        print(f"figures!{openpyxl.utils.get_column_letter(header['value'])}{row}")
        break
else:
    sys.exit(f"no figure {figure} on the figures sheet")
book.save(target)
