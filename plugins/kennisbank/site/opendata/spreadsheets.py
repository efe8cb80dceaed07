"""The tables written as CSV files (one per kind) and as one Excel workbook (a sheet per kind).

CSV: UTF-8 with a byte-order mark, so Excel recognises the encoding; comma-separated with
standard quoting, so every CSV reader opens it. The workbook is written with XlsxWriter with
every text stored as text, never as a formula, number or link, so a cell that starts with
``=`` is shown, never run, and a value reads back exactly as it was written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter

from .tables import Column, csv_cell

CSV_ENCODING = "utf-8-sig"
EXCEL_CELL_LIMIT = 32_767
CUT = " … [ingekort; de volledige tekst staat in de JSON]"
WORKBOOK_OPTIONS = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                    "strings_to_urls": False}


def write_csv(path: Path, table: list[Column], rows: Iterable[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=CSV_ENCODING, newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([column.name for column in table])
        writer.writerows([csv_cell(value) for value in values] for values in rows)


def write_workbook(path: Path, sheets: Iterable[tuple[str, list[Column], Iterable[list[object]]]]) -> None:
    """One sheet per (name, columns, rows): a bold header row, frozen, with filters."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    header = workbook.add_format({"bold": True})
    for name, table, rows in sheets:
        sheet = workbook.add_worksheet(name[:31])
        sheet.write_row(0, 0, [column.name for column in table], header)
        sheet.freeze_panes(1, 0)
        count = 0
        for count, values in enumerate(rows, start=1):
            for col, value in enumerate(values):
                _write(sheet, count, col, value)
        sheet.autofilter(0, 0, max(count, 1), len(table) - 1)
    workbook.close()


def _write(sheet, row: int, col: int, value: object) -> None:
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int):
        sheet.write_number(row, col, value)
    elif value != "":
        text = str(value)
        fits = len(text) <= EXCEL_CELL_LIMIT
        sheet.write_string(row, col, text if fits else text[:EXCEL_CELL_LIMIT - len(CUT)] + CUT)
