"""Numbers written the Dutch way for the benchmark page: decimal comma, thousands with a dot."""

from __future__ import annotations

KIB = 1024


def nl(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def amount(value: float | None, unit: str) -> str:
    """A measured amount with as many decimals as its size deserves: 0,75 s, 18,7 s, 2.289 MB."""
    if value is None:
        return "–"
    return f"{nl(value, 2 if abs(value) < 1 else 1 if abs(value) < 100 else 0)} {unit}"


def share(fraction: float | None) -> str:
    """0.071 as '7,1 %'."""
    return "–" if fraction is None else f"{nl(fraction * 100, 1)} %"


def kb(size: int | float) -> str:
    """Bytes as KB below a megabyte, as MB above."""
    if size < KIB * KIB:
        return f"{nl(size / KIB, 0)} KB"
    return f"{nl(size / KIB / KIB, 1)} MB"


def records_label(count: int) -> str:
    return f"{nl(count, 0)} records"
