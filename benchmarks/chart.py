"""An accessible inline SVG bar chart: no JavaScript, a <title> and <desc> for screen readers.

The figures are in the table beside the chart as well; the chart only makes the comparison
visible at a glance.
"""

from __future__ import annotations

from html import escape

from .numbers_nl import nl

WIDTH = 640
BAR = 22
GAP = 8
GROUP_GAP = 26
LABEL_WIDTH = 190
COLOURS = ["#3f51b5", "#757575", "#00796b", "#e65100"]  # each at least 3:1 against white (WCAG 1.4.11)


def bar_chart(
    ident: str, title: str, description: str, groups: list[tuple[str, list[tuple[str, float]]]], unit: str
) -> str:
    """Horizontal bars per group, e.g. ("10.000 records", [("plugin", 50.1), ("baseline", 60.2)]).

    ``ident`` makes the ids of title and description unique on a page with several charts.
    """
    top = max((value for _, bars in groups for _, value in bars), default=1) or 1
    scale = (WIDTH - LABEL_WIDTH - 90) / top
    rows, y = [], 10
    for group, bars in groups:
        rows.append(f'<text x="0" y="{y + 14}" font-weight="bold">{escape(group)}</text>')
        y += 22
        for index, (name, value) in enumerate(bars):
            rows.append(_bar(y, name, value, scale, COLOURS[index % len(COLOURS)], unit))
            y += BAR + GAP
        y += GROUP_GAP - GAP
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        f'viewBox="0 0 {WIDTH} {y}" width="{WIDTH}" class="kb-chart" '
        f'font-family="sans-serif" font-size="13" fill="currentColor">\n'
        f'<title id="{ident}-title">{escape(title)}</title>\n<desc id="{ident}-desc">{escape(description)}</desc>\n'
        + "\n".join(rows)
        + "\n</svg>"
    )


def _bar(y: int, name: str, value: float, scale: float, colour: str, unit: str) -> str:
    width = max(1.0, value * scale)
    return (
        f'<text x="12" y="{y + 15}">{escape(name)}</text>'
        f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR}" fill="{colour}"/>'
        f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 15}">{_number(value)} {escape(unit)}</text>'
    )


def _number(value: float) -> str:
    return nl(value, 2 if value < 1 else 1 if value < 100 else 0)
