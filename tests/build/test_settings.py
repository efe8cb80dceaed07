"""Plugin settings that point at something missing stop the build at once, with a clear message."""

from __future__ import annotations


def test_a_misspelt_records_folder_stops_the_build_instead_of_publishing_an_empty_site(tmp_path, make_project, build):
    project = make_project(tmp_path / "kb")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - kennisbank:\n", "  - kennisbank:\n      records: interventionz\n")
    )
    for flags in ((), ("--strict",)):
        result = build(project, *flags)
        assert result.returncode == 1
        assert "de map met records 'interventionz' bestaat niet; bedoelt u 'interventions'?" in result.stderr
        assert not (project / "site").exists()


def test_a_missing_schema_folder_is_named(tmp_path, make_project, build):
    project = make_project(tmp_path / "kb")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - kennisbank:\n", "  - kennisbank:\n      schema: schemas\n"))
    result = build(project)
    assert result.returncode == 1
    assert "de map met schema's 'schemas' bestaat niet; bedoelt u 'schema'?" in result.stderr


def test_a_missing_security_contact_stops_the_build_at_load_before_the_records_are_read(tmp_path, make_project, build):
    """security.txt needs a contact; without one, say so before anything is built, not at the end."""
    project = make_project(tmp_path / "kb")
    config = project / "mkdocs.yml"
    text = config.read_text()
    edit_line = next(line for line in text.splitlines() if line.strip().startswith("edit_url:"))
    config.write_text(text.replace(edit_line + "\n", ""))
    (project / "interventions" / "interventies" / "kapot.yaml").write_text("title: [\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "security.txt heeft een contact nodig: zet 'security_contact'" in result.stderr
    assert "kapot.yaml" not in result.stderr, "the settings are checked before the records are read"
    assert not (project / "site").exists()
