"""The stable code of every kind of problem, with what it means in one Dutch line.

Messages are Dutch and may be reworded; scripts and dashboards that read ``--format json``
need something that stays put, so every problem carries one of these English, kebab-case
codes. One code per kind of problem, never two for the same thing. CONTRIBUTING.md lists the
same table, and a test keeps the two and the package in step.
"""

from __future__ import annotations

CODES: dict[str, str] = {
    # The file itself: where it is, what it is called, whether it can be read.
    "symlink": "Het bestand is een symbolische link; records moeten gewone bestanden zijn.",
    "not-regular-file": "Het pad is geen gewoon bestand, maar bijvoorbeeld een pipe.",
    "too-large": "Het bestand is groter dan een record mag zijn.",
    "unreadable": "Het bestand kan niet worden gelezen, bijvoorbeeld door ontbrekende rechten.",
    "byte-order-mark": "Het bestand begint met een onzichtbare byte-order mark (BOM).",
    "not-utf8": "Het bestand is geen geldige UTF-8.",
    "not-a-record-file": "Een bestand tussen de records dat niet op .yaml eindigt (waarschuwing).",
    "misplaced": "Het bestand staat niet direct in de map van een soort.",
    "invalid-file-name": "De bestandsnaam is geen geldig id: kleine letters, cijfers en streepjes.",
    # The YAML notation.
    "yaml-syntax": "De YAML-notatie klopt niet, meestal door de inspringing of een vergeten spatie na ':'.",
    "yaml-multiple-documents": "Het bestand bevat meer dan één YAML-document (een scheidingsregel '---').",
    "yaml-repeated-key": "Een veld komt meer dan één keer voor.",
    "yaml-anchor": "Een YAML-anker (&naam); dat is in records niet toegestaan.",
    "yaml-alias": "Een YAML-alias (*naam); dat is in records niet toegestaan.",
    "yaml-too-deep": "De velden zijn dieper genest dan een record ooit nodig heeft.",
    "not-a-mapping": "Het bestand bestaat niet uit velden ('veld: waarde'), maar is bijvoorbeeld een lijst.",
    # The record against the schema of its kind.
    "missing-field": "Een verplicht veld ontbreekt.",
    "unknown-field": "Een veld dat deze soort record niet kent, vaak door een tikfout.",
    "unknown-term": "Een waarde die niet in de vaste lijst staat (een vocabulaire of een keuzelijst).",
    "wrong-type": "Een waarde van de verkeerde soort, zoals tekst waar een getal hoort.",
    "invalid-date": "Een datum die niet de vorm JJJJ-MM-DD heeft of niet bestaat.",
    "invalid-email": "Een waarde die geen e-mailadres is.",
    "invalid-url": "Een webadres dat niet met https:// of http:// begint.",
    "wrong-form": "Een waarde die niet de vorm heeft die het schema vraagt.",
    "not-one-line": "Een tekst die op één regel hoort, bevat regeleinden.",
    "empty": "Een veld dat er staat, maar leeg is.",
    "too-short": "Een tekst die korter is dan het schema toestaat.",
    "too-long": "Een tekst die langer is dan het schema toestaat.",
    "too-few": "Een lijst of groep met minder items of velden dan nodig.",
    "too-many": "Een lijst met meer items dan toegestaan.",
    "out-of-range": "Een getal buiten de toegestane grenzen.",
    "repeated-value": "Een lijst die dezelfde waarde meer dan één keer noemt.",
    "needs-field": "Een veld dat een ander veld nodig heeft, zoals valid_until met valid_until_reason.",
    "schema": "Een andere afwijking van het schema, in de woorden van de schemacontrole.",
    # The record against the other records and today's date.
    "duplicate-id": "Een id dat al door een ander record wordt gebruikt.",
    "unknown-reference": "Een verwijzing naar een id waarvoor geen record bestaat.",
    "wrong-kind-reference": "Een verwijzing naar een record van de verkeerde soort.",
    "decision-in-future": "Een besluitdatum van een erkenning die in de toekomst ligt.",
    "end-before-decision": "Een einddatum van een erkenning die niet na de besluitdatum ligt.",
    "recognition-expired": "Een erkenning die verlopen is (waarschuwing).",
    "recognition-unchecked": "Een erkenning zonder de datum waarop ze in de databank is nagekeken (waarschuwing).",
    "recognition-check-stale": "Een erkenning die langer dan een jaar niet in de databank is nagekeken (waarschuwing).",
    "source-without-year": "Een bron zonder jaar, en ook zonder webadres met de datum waarop het is gelezen.",
    # Web addresses, checked by 'kennisbank links' (warnings).
    "link-dead": "Een webadres dat niet werkt: een HTTP-fout, een naam die niet bestaat, een geweigerde verbinding.",
    "link-moved": "Een webadres dat blijvend is doorverwezen (HTTP 301 of 308) naar een ander adres.",
    "link-timeout": "Een webadres dat niet op tijd antwoordt.",
    # Markdown the site must not publish.
    "raw-html": "HTML in een tekstveld; daar hoort Markdown.",
    "unsafe-link": "Een link in een tekstveld die niet met https://, http:// of mailto: begint.",
    "image": "Een afbeelding in een tekstveld.",
    "attribute-list": "Een attribuutlijst ({...}) in een tekstveld.",
    "more-findings": "Meer meldingen van deze soort in hetzelfde tekstveld, samengevat in één melding.",
}
