"""Who publishes the open data, under what licence, and who answers questions about it.

Plugin settings (``data_licence``, ``data_publisher`` ...) with defaults that hold for this
knowledge base: CC0 1.0, as data.overheid.nl advises when in doubt, and the site itself as
publisher. DCAT, the Data Package, the feed and the open-data page all read this one object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TITLE = "Kennisbank"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
LICENCE_NAMES = {CC0: "CC0 1.0 Universeel (publiek domein)"}


@dataclass(frozen=True)
class Publication:
    title: str
    description: str
    site_url: str = ""
    licence: str = CC0
    licence_name: str = ""
    publisher: str = ""
    publisher_url: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_url: str = ""
    issued: date | None = None  # the build date

    @property
    def licence_title(self) -> str:
        return self.licence_name or LICENCE_NAMES.get(self.licence, self.licence)

    @property
    def publisher_name(self) -> str:
        return self.publisher or self.title

    @property
    def contact(self) -> str:
        return self.contact_name or f"Redactie {self.title}"
