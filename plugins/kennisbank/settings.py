"""The plugin's settings in ``mkdocs.yml``, and the open data's publication details drawn from them.

Flat and prefixed, one line per option, as Material's plugins do; the ``data_`` options say who
publishes the open data and under what licence, with defaults that hold for this site.
"""

from __future__ import annotations

from datetime import date

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .site.build import BuildSettings
from .site.catalogue.word_index import PARTITION
from .site.opendata.publication import CC0, Publication


class KennisbankConfig(Config):
    records = c.Type(str, default="interventions")
    schema = c.Type(str, default="schema")
    edit_url = c.Type(str, default="")  # e.g. https://github.com/<org>/<repo>/edit/main/
    data_licence = c.Type(str, default=CC0)
    data_licence_name = c.Type(str, default="")
    data_publisher = c.Type(str, default="")  # default: the site's name
    data_publisher_url = c.Type(str, default="")
    data_contact_name = c.Type(str, default="")
    data_contact_email = c.Type(str, default="")
    data_contact_url = c.Type(str, default="")
    security_contact = c.Type(str, default="")  # for security.txt; default: the data mailbox or the repository
    search_partition = c.Type(int, default=PARTITION)  # records per Pagefind bundle: the indexer's memory
    record_html = c.Type(bool, default=True)  # record, kind and term pages straight to HTML; false: through Markdown
    page_frames = c.Type(bool, default=True)  # pages outside the nav filled into Material's page (frames.py)
    # Only to measure what an output costs (the benchmark's ablations): a site without them has
    # a catalogue without word search, or no open data.
    word_index = c.Type(bool, default=True)
    open_data = c.Type(bool, default=True)


def build_settings(config, settings: KennisbankConfig, today: date | None = None) -> BuildSettings:
    """The build's settings from MkDocs' configuration and the plugin's; ``check()`` them at load."""
    return BuildSettings(
        publication=publication(config, settings, today),
        directory_urls=config.use_directory_urls,
        edit_url=settings.edit_url,
        security_contact=settings.security_contact,
        partition=settings.search_partition,
        records_folder=settings.records,
    )


def publication(config, settings: KennisbankConfig, today: date | None) -> Publication:
    """The publication as MkDocs' ``site_*`` settings and the plugin's ``data_*`` settings describe it."""
    return Publication(
        title=config.site_name,
        description=config.site_description or "",
        site_url=config.site_url or "",
        licence=settings.data_licence,
        licence_name=settings.data_licence_name,
        publisher=settings.data_publisher,
        publisher_url=settings.data_publisher_url,
        contact_name=settings.data_contact_name,
        contact_email=settings.data_contact_email,
        contact_url=settings.data_contact_url,
        issued=today,
    )
