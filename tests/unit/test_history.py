"""Which fields a change touched, read from git's diff: the key a hunk starts in, and every key line."""

from __future__ import annotations

from datetime import date

from kennisbank.core.history import Change, parse_log

LOG = """\x1e2026-12-05T17:04:12+00:00

diff --git a/interventions/interventies/slimmer.yaml b/interventions/interventies/slimmer.yaml
--- a/interventions/interventies/slimmer.yaml
+++ b/interventions/interventies/slimmer.yaml
@@ -53,0 +54,3 @@ implementation:
+  executors: "Een team"
+funding:
+  - basisverzekering
@@ -62 +65,2 @@ recognition:
-  note: "oud"
+  note: "nieuw"
+  checked: 2026-12-05
@@ -81,2 +85,3 @@ sources:
-last_reviewed: 2026-12-02
+last_reviewed: 2026-12-05
diff --git a/interventions/interventies/weg.yaml b/interventions/interventies/weg.yaml
--- a/interventions/interventies/weg.yaml
+++ /dev/null
@@ -1 +0,0 @@
-title: Weg
\x1e2026-12-05T09:00:00+00:00

diff --git a/interventions/interventies/slimmer.yaml b/interventions/interventies/slimmer.yaml
--- a/interventions/interventies/slimmer.yaml
+++ b/interventions/interventies/slimmer.yaml
@@ -2 +2 @@ title: SLIMMER
-summary: oud
+summary: nieuw
\x1e2026-12-02T07:07:45+00:00

diff --git a/interventions/interventies/slimmer.yaml b/interventions/interventies/slimmer.yaml
--- /dev/null
+++ b/interventions/interventies/slimmer.yaml
@@ -0,0 +1,2 @@
+title: SLIMMER
+summary: oud
"""


def test_a_days_changes_are_the_keys_the_hunks_start_in_and_the_key_lines_they_change():
    found = parse_log(LOG)
    assert found["interventions/interventies/slimmer.yaml"] == (
        Change(date(2026, 12, 5), ("funding", "implementation", "last_reviewed", "recognition", "summary")),
        Change(date(2026, 12, 2), ("summary", "title"), added=True),
    )


def test_a_hunk_that_starts_on_a_key_line_is_not_charged_to_the_key_above_it():
    fields = parse_log(LOG)["interventions/interventies/slimmer.yaml"][0].fields
    assert "title" not in fields and "sources" not in fields


def test_a_deleted_file_is_no_record_and_only_the_last_days_are_kept():
    assert "interventions/interventies/weg.yaml" not in parse_log(LOG)
    assert [change.day for change in parse_log(LOG, limit=1)["interventions/interventies/slimmer.yaml"]] == [
        date(2026, 12, 5)
    ]
