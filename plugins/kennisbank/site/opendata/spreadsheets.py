"""The tables written as CSV files (one per kind) and as one Excel workbook (a sheet per kind).

CSV: UTF-8 with a byte-order mark, so Excel recognises the encoding; comma-separated with
standard quoting, so every CSV reader opens it. The workbook is written with XlsxWriter with
every text stored as text, never as a formula, number or link, so a cell that starts with
``=`` is shown, never run, and a value reads back exactly as it was written.
"""

from __future__ import annotations

import csv
from pathlib import Path

import xlsxwriter

from .tables import Column, csv_cell

CSV_ENCODING = "utf-8-sig"
EXCEL_CELL_LIMIT = 32_767
CUT = " … [ingekort; de volledige tekst staat in de JSON]"
WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


class Tables:
    """The CSV file and the workbook sheet of every kind, open together, fed one row at a time.

    Records arrive in title order, kinds mixed; nothing is held but the current row, so the
    open data costs no memory that grows with the records (XlsxWriter's constant-memory mode
    keeps a temporary file per sheet, and its sheets may be written in turns).
    """

    def __init__(self, workbook: Path, tables: dict[str, tuple[str, Path, list[Column]]]):
        workbook.parent.mkdir(parents=True, exist_ok=True)
        self._book = xlsxwriter.Workbook(str(workbook), WORKBOOK_OPTIONS)
        header = self._book.add_format({"bold": True})
        self._streams, self._csv, self._sheets, self._rows = [], {}, {}, {}
        for key, (sheet_name, csv_path, table) in tables.items():
            csv_path.parent.mkdir(parents=True, exist_ok=True)
            stream = csv_path.open("w", encoding=CSV_ENCODING, newline="")
            self._streams.append(stream)
            self._csv[key] = csv.writer(stream, lineterminator="\r\n")
            self._csv[key].writerow([column.name for column in table])
            sheet = self._book.add_worksheet(sheet_name[:31])
            sheet.write_row(0, 0, [column.name for column in table], header)
            sheet.freeze_panes(1, 0)
            self._sheets[key], self._rows[key] = (sheet, len(table)), 0

    def add(self, key: str, values: list[object]) -> None:
        self._csv[key].writerow([csv_cell(value) for value in values])
        sheet, _ = self._sheets[key]
        self._rows[key] += 1
        for col, value in enumerate(values):
            _write(sheet, self._rows[key], col, value)

    def close(self) -> None:
        for key, (sheet, width) in self._sheets.items():
            sheet.autofilter(0, 0, max(self._rows[key], 1), width - 1)
        self._book.close()
        for stream in self._streams:
            stream.close()


def _write(sheet, row: int, col: int, value: object) -> None:
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int):
        sheet.write_number(row, col, value)
    elif value != "":
        text = str(value)
        fits = len(text) <= EXCEL_CELL_LIMIT
        sheet.write_string(row, col, text if fits else text[: EXCEL_CELL_LIMIT - len(CUT)] + CUT)
