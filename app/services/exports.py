"""Lists as files people open in Excel: CSV (UTF-8 with a BOM, so Excel reads Cyrillic) and XLSX (numbers
as numbers, dates as dates, a header row, the filters used above the table, columns sized).

A text cell that starts like a formula (=, +, -, @, tab, carriage return) is written as text, so no
formula ever runs in the reader's spreadsheet. Rows are produced one by one: CSV streams as it is
written, XLSX is built with openpyxl's write-only workbook in a temporary file.
"""
import csv
import io
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from typing import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT, NUMBER, DATE = "text", "number", "date"


@dataclass
class Table:
    """A sheet: its title, the filters that chose its rows, its columns (label, kind) and the rows."""

    title: str
    columns: list[tuple[str, str]]
    rows: Iterable[list]
    filters: list[tuple[str, str]] = field(default_factory=list)


def _is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    value = str(value)
    return "'" + value if _is_formula_like(value) else value


def csv_chunks(table: Table) -> Iterable[str]:
    """The CSV file piece by piece: a BOM, the filters (one "label: value" line each, then a blank line)
    when there are any, the header, the rows."""
    out = io.StringIO()
    writer = csv.writer(out)

    def flush() -> str:
        chunk = out.getvalue()
        out.seek(0)
        out.truncate()
        return chunk

    yield "\ufeff"
    for label, value in table.filters:
        writer.writerow([_csv_value(f"{label}: {value}")])
    if table.filters:
        writer.writerow([])
    writer.writerow([_csv_value(label) for label, _kind in table.columns])
    yield flush()
    for count, row in enumerate(table.rows, 1):
        writer.writerow([_csv_value(v) for v in row])
        if count % 200 == 0:
            yield flush()
    yield flush()


def xlsx_file(tables: list[Table]) -> tempfile.SpooledTemporaryFile:
    """A workbook with one sheet per table, in a temporary file ready to be sent."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, book.sheetnames))
        widths = [max(10, min(60, len(label) + 2)) for label, _kind in table.columns]
        rows = iter(table.rows)
        first = list(islice(rows, 200))  # columns are sized by the first rows, the rest stream through
        for row in first:
            for i, value in enumerate(row[:len(widths)]):
                widths[i] = max(widths[i], min(60, len(_csv_value(value)) + 2))
        for i, width in enumerate(widths):
            sheet.column_dimensions[_column_letter(i)].width = width

        def cell(value, font=None):
            item = WriteOnlyCell(sheet, value=value)
            if _is_formula_like(value):
                item.data_type = "s"  # text, never a formula
            if font is not None:
                item.font = font
            return item

        for label, value in table.filters:
            sheet.append([cell(f"{label}: {value}")])
        if table.filters:
            sheet.append([])
        sheet.append([cell(label, bold) for label, _kind in table.columns])
        for row in chain(first, rows):
            cells = []
            for (_label, kind), value in zip(table.columns, row):
                if kind == NUMBER and isinstance(value, Decimal):
                    value = int(value) if value == value.to_integral() else float(value)
                item = cell(value)
                if kind == DATE and value is not None:
                    item.number_format = "yyyy-mm-dd"
                cells.append(item)
            sheet.append(cells)
    out = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    book.save(out)
    out.seek(0)
    return out


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _sheet_title(title: str, taken: list[str]) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet's name, and no two alike."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    base, number = clean[:31], 2
    name = base
    while name in taken:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    return name


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def response(tables: list[Table], basename: str, fmt: str):
    """The file as a download: CSV streamed (the first table), or the XLSX workbook."""
    from flask import Response, send_file, stream_with_context

    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"}
    if fmt == "csv":
        # The rows are read while the file streams: the request (its language, its session) stays open.
        return Response(stream_with_context(csv_chunks(tables[0])), mimetype="text/csv", headers={
            **headers, "Content-Disposition": f'attachment; filename="{basename}.csv"'})
    response = send_file(xlsx_file(tables), mimetype=XLSX, as_attachment=True, download_name=f"{basename}.xlsx")
    response.headers.update(headers)
    return response
