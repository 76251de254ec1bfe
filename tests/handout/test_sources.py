"""Source labels a patient can read, shared by the risk panel and the handout."""

from __future__ import annotations

from dataclasses import replace

import pytest

from support import CONTENT
from viewer.presentation.sources import readable_source
from viewer.presentation.wording import source_label

FDA = "FDA (badan pengawas obat AS)"
NHS = "NHS (layanan kesehatan nasional Inggris)"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("US FDA Drug Safety Communication, 31 Aug 2016", f"{FDA}, 2016"),
        (
            "US FDA Drug Safety Communication, 31 Aug 2016 "
            "(opioids with benzodiazepines; a boxed warning on both)",
            f"{FDA}, 2016",
        ),
        (
            "US FDA alert on antiepileptic drugs and suicidality, 31 Jan 2008; "
            "ILAE consensus statement 2013",
            f"{FDA}, 2008; ILAE (perhimpunan ahli epilepsi sedunia), 2013",
        ),
        ("FDA, 23 Sep 2020; NHS medicines: clonazepam", f"{FDA}, 2020; {NHS}"),
        ("NHS medicines: clonazepam", NHS),
        (
            "UK patient leaflet (electronic medicines compendium); "
            "US FDA Drug Safety Communication, 31 Aug 2016",
            f"brosur obat resmi untuk pasien di Inggris; {FDA}, 2016",
        ),
        (
            "FDA-approved prescribing information for clonazepam (Warnings and Precautions); "
            "MHRA benzodiazepine guidance; MotherToBaby fact sheet",
            f"{FDA}; MHRA (badan pengawas obat Inggris); "
            "MotherToBaby (layanan informasi obat untuk ibu hamil dan menyusui)",
        ),
        (
            "NHS medicines: clonazepam; Epilepsy Foundation",
            f"{NHS}; Epilepsy Foundation (yayasan epilepsi AS)",
        ),
        ("Cochrane Review CD001026 (2019)", "Cochrane (tinjauan penelitian), 2019"),
        # The same agency and year twice is said once.
        ("US FDA, 2016; FDA Drug Safety Communication 2016", f"{FDA}, 2016"),
    ],
)
def test_known_agencies_are_named_for_a_patient_with_the_year(qapp, written, shown):
    assert readable_source(written) == shown


@pytest.mark.parametrize(
    "written",
    [
        "Kementerian Kesehatan RI, 2021",
        "UU No. 5 Tahun 1997 tentang Psikotropika.",
        "Buku saku apoteker; catatan klinik",
        "FDAX newsletter 2020",  # a name that only starts like a known one
        "",
    ],
)
def test_an_unknown_source_is_shown_as_written(qapp, written):
    assert readable_source(written) == written


def test_unknown_parts_stay_beside_known_ones(qapp):
    assert readable_source("NHS medicines: clonazepam;  Brosur Dinkes 2019 ") == (
        f"{NHS}; Brosur Dinkes 2019"
    )


def test_every_source_in_the_bundled_article_names_an_agency(qapp):
    """Each `Sumber:` line of the clinic's article is readable: no part is left in the
    authors' English (what the reader sees on screen and on paper)."""
    from viewer.content.loader import load_library

    article = load_library(CONTENT).article("clonazepam-depresi")
    assert article is not None
    for item in article.warnings:
        label = source_label(item)
        if item.from_article:
            assert label == "Sumber: dari artikel"
            continue
        assert label.startswith("Sumber: ")
        for part in label.removeprefix("Sumber: ").split("; "):
            assert "(" in part or part.startswith("brosur"), (item.source, label)
        for english in ("Drug Safety", "Communication", "guidance", "medicines:", "leaflet"):
            assert english not in label, (item.source, label)
        # The article itself still says exactly what it said.
        assert item.source != label.removeprefix("Sumber: ")


def test_the_label_comes_from_the_item(qapp):
    from viewer.content.loader import load_library

    item = load_library(CONTENT).article("clonazepam-depresi").warnings[0]
    assert source_label(replace(item, source="artikel")) == "Sumber: dari artikel"
    assert source_label(replace(item, source="Catatan apotek")) == "Sumber: Catatan apotek"
