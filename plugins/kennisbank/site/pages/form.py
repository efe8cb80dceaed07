"""The contribution form's page: a record written in the browser and proposed as a pull request.

The page holds no form fields: ``formulier.js`` builds them from each kind's published schema
(``schema/<kind>.schema.json``, the open data's copy of the editor bundle), lists the existing
records from the header search's ``zoekindex/titels.json``, and writes the YAML with the same
algorithm as ``core/record_yaml``. What the page does carry is what only the build knows: the
kinds with their folders and editor line, the records folder in the repository, and where on
GitHub a new file or an edit is proposed, all taken from the plugin's settings.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass

from ...core.model import Model
from .. import urls
from ..assets import FORM_STYLESHEET
from ..catalogue.facet_index import FOLDER as INDEX_FOLDER
from ..catalogue.title_index import TITLES
from ..opendata.shapes import kind_schema_path
from .rendering import GeneratedPage, render

PAGE = urls.FORM
GITHUB_EDIT = re.compile(r"^https://github\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/edit/([^?#]+?)/?$")
CONTRIBUTING = "bijdragen.md"  # the hand-written page that explains the form
GENERATED_SCHEMAS = "schema/generated"  # where ``kennisbank schema --write`` puts the editor bundles


@dataclass(frozen=True)
class Repository:
    """Where on GitHub records are proposed: ``/new/<branch>`` for a new file, ``/edit/<branch>``."""

    owner: str
    name: str
    branch: str

    @property
    def new_base(self) -> str:
        return f"https://github.com/{self.owner}/{self.name}/new/{self.branch}"

    @property
    def edit_base(self) -> str:
        return f"https://github.com/{self.owner}/{self.name}/edit/{self.branch}"


def github_repository(edit_base: str) -> Repository | None:
    """The repository an ``edit_url`` such as ``https://github.com/o/r/edit/main/`` points into;
    None for any other address (another forge, or none): the page then leaves the button out."""
    found = GITHUB_EDIT.match(edit_base)
    return Repository(*found.groups()) if found else None


def render_form(model: Model, edit_base: str, records_folder: str, directory_urls: bool = True) -> GeneratedPage:
    folder = posixpath.normpath(records_folder.strip("/")) if records_folder.strip("/") else "."
    kinds = [
        {
            "name": kind.name,
            "label": kind.label,
            "folder": kind.folder,
            "schema": kind_schema_path(kind),
            "link": posixpath.relpath(f"{GENERATED_SCHEMAS}/{kind.schema_file}", f"{folder}/{kind.folder}"),
        }
        for kind in model.schemas.kinds.values()
    ]
    repository = github_repository(edit_base)
    markdown = render(
        "form.md.j2",
        root="../",  # Markdown links go from the page's source, one folder deep
        site_root=urls.relative(urls.page_url(PAGE, directory_urls), "") + "/",  # raw HTML goes from its address
        kinds=json.dumps(kinds, ensure_ascii=False),
        titles=f"{INDEX_FOLDER}/{TITLES}",
        records=folder,
        repository=repository,
        edit_base=edit_base,
        contributing=urls.page_url(CONTRIBUTING, directory_urls),
        stylesheet=FORM_STYLESHEET,  # render-blocking, so loaded here only: every other page is faster without it
    )
    return GeneratedPage(PAGE, markdown)
