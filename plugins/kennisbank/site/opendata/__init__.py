"""Open data: every record and the whole knowledge base as JSON, CSV, Excel, JSON-LD and DCAT.

Written by the build into the site from the same catalogue entries as the pages, so a page,
its JSON and its CSV row never disagree. A read-only API that needs no server.
"""
