"""The shipped clonazepam article: the clinic's text word for word, every safety fact, the glossary.

The facts are those of the clinical-safety facts file (groups A, B and D, with the
framing rules of group C). Each fact is found by its id in FACTS below: the article
itself carries no id an author or reader would see.
"""

from __future__ import annotations

import os
import re

import pytest

from support import CONTENT, SHARED_SOURCE, SOURCE_COPY, source_paragraphs
from viewer.content.loader import load_library
from viewer.content.model import EMERGENCY_PLACEHOLDER, Level, RiskItem
from viewer.content.render import render_article

ARTICLE = CONTENT / "clonazepam-depresi.md"

REQUIRED_TERMS = [
    "kejang", "kecemasan", "depresi", "antidepresan", "SSRI", "gangguan bipolar",
    "resistensi", "dosis", "efek samping", "zat terkontrol", "kecanduan", "benzodiazepin",
    "opioid", "putus obat", "epilepsi", "gangguan panik", "GABA", "psikotropika",
    "apnea tidur", "miastenia gravis", "anestesi", "antidepresan trisiklik", "kegunaan resmi",
]  # fmt: skip

URGENT, WARNING, CAUTION = Level.URGENT, Level.WARNING, Level.CAUTION
# `Sumber:` lines, as regular expressions.
ARTIKEL = r"artikel"
NHS = r"NHS medicines: clonazepam"
FDA_2008 = (
    r"US FDA alert on antiepileptic drugs and suicidality, 31 Jan 2008; "
    r"ILAE consensus statement 2013"
)
FDA_2016 = r"US FDA Drug Safety Communication, 31 Aug 2016"
FDA_2020 = r"US FDA Drug Safety Communication, 23 Sep 2020"
UK_LEAFLET = r"UK patient leaflet"
MHRA = r"MHRA benzodiazepine guidance"

# fact id -> (level, the whole `Sumber:` line as a regex, a regex that only its text matches).
# B6 has two tiers, each its own block: the urgent act-now part and the warning-tier part
# (tell the doctor if mood or behaviour changes; family watches).
FACTS: dict[str, tuple[Level, str, str]] = {
    "A1": (WARNING, ARTIKEL, r"kurang mempan"),
    "A2": (WARNING, ARTIKEL, r"zat terkontrol"),
    "A3": (WARNING, ARTIKEL, r"kejang lebih berat"),
    "A4": (WARNING, ARTIKEL, r"depresi sebagai efek samping"),
    "A5": (CAUTION, ARTIKEL, r"gangguan bipolar"),
    "A6": (CAUTION, ARTIKEL, r"tidak meredakan depresi"),
    "B1": (
        WARNING,
        FDA_2020 + r" \(boxed warning for the benzodiazepine class\)",
        r"beberapa hari sampai beberapa minggu",
    ),
    "B2": (WARNING, r"FDA, 23 Sep 2020; " + NHS, r"berhenti minum obat ini secara tiba-tiba"),
    "B3": (
        WARNING,
        FDA_2016 + r" \(opioids with benzodiazepines; a boxed warning on both\)",
        r"opioid.*tramadol",
    ),
    "B4": (WARNING, NHS, r"Jangan minum alkohol"),
    "B5": (CAUTION, NHS, r"menyetir"),
    "B6": (URGENT, FDA_2008, r"pikiran bunuh diri"),
    "B6-peringatan": (WARNING, FDA_2008, r"suasana hati atau perilaku.*keluarga"),
    "B7": (
        CAUTION,
        r"FDA-approved prescribing information for clonazepam \(Warnings and Precautions\); "
        + MHRA
        + r"; MotherToBaby fact sheet",
        r"hamil.*air susu ibu",
    ),
    "B8": (URGENT, FDA_2016, r"^Tanda overdosis:"),
    "D1": (WARNING, NHS, r"apnea tidur"),
    "D2": (CAUTION, NHS + "; " + UK_LEAFLET, r"obat bius"),
    "D3": (
        WARNING,
        UK_LEAFLET + r" \(electronic medicines compendium\); " + FDA_2016,
        r"semua obat lain",
    ),
    "D4": (CAUTION, NHS, r"bingung dan mudah lupa"),
    "D5": (WARNING, MHRA + r" \(older people\)", r"lanjut usia.*jatuh"),
    "D6": (WARNING, FDA_2020 + "; " + UK_LEAFLET, r"terkunci"),
    "D7": (CAUTION, NHS + r"; Epilepsy Foundation", r"lupa minum satu dosis"),
    "D8": (URGENT, FDA_2016, r"keluarga atau pendamping.*Jangan tinggalkan"),
}

# The signs of too much that the FDA's 2016 communication lists, and no others.
OVERDOSE_SIGNS = [
    "pusing atau kepala melayang yang tidak biasa",
    "sangat mengantuk",
    "napas lambat atau sulit bernapas",
    "tidak menanggapi atau tidak bisa dibangunkan",
]


@pytest.fixture(scope="module")
def library():
    return load_library(CONTENT)


@pytest.fixture(scope="module")
def article(library):
    found = library.article("clonazepam-depresi")
    assert found is not None, library.problems
    return found


def facts_of(item: RiskItem) -> list[str]:
    return [fid for fid, (_, _, text) in FACTS.items() if re.search(text, item.text, re.I)]


def clinic_sections(article):
    """The six sections that hold the clinic's paragraphs, in the clinic's order."""
    paragraphs = source_paragraphs()
    found = [s for s in article.sections if s.body_markdown.strip() in paragraphs]
    assert [s.body_markdown.strip() for s in found] == paragraphs
    return found


def app_voice_texts(library, article) -> list[str]:
    """Everything the app says in its own voice: summary, headings, warnings, its own
    sections' text, and the definitions of the glossary terms the article uses."""
    clinic = {s.id for s in clinic_sections(article)}
    used = render_article(article, library.glossary, "119").terms_used
    return [
        article.meta.summary,
        *(s.heading for s in article.sections),
        *(w.text for w in article.warnings),
        *(s.body_markdown for s in article.sections if s.id not in clinic),
        *(t.definition for t in used),
    ]


def test_bundled_content_has_no_problems(library):
    assert library.problems == ()


def test_source_copy_matches_the_clinic_text():
    if not SHARED_SOURCE.exists():
        # CI clones shared/ beside main, so there a missing file is a broken check, not a
        # machine without the clinic's folder.
        reason = f"the clinic's text is not beside this checkout: {SHARED_SOURCE}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set: CI clones shared/ beside main)")
        pytest.skip(reason)
    assert SOURCE_COPY.read_bytes() == SHARED_SOURCE.read_bytes()


def test_six_clinic_paragraphs_word_for_word_in_order_each_once(article):
    paragraphs = source_paragraphs()
    assert len(paragraphs) == 6
    bodies = [s.body_markdown.strip() for s in article.sections]
    # Each paragraph is the whole body of exactly one section (nothing added to or
    # rewritten in that section), and those sections come in the clinic's order.
    positions = []
    for paragraph in paragraphs:
        holders = [i for i, body in enumerate(bodies) if body == paragraph]
        assert len(holders) == 1, paragraph[:60]
        positions.append(holders[0])
    assert positions == sorted(positions)
    # And nowhere else in the file: no second copy, no quoted sentence in the app's text.
    text = ARTICLE.read_text(encoding="utf-8")
    others = [b for i, b in enumerate(bodies) if i not in positions]
    for paragraph in paragraphs:
        assert text.count(paragraph) == 1
        for sentence in re.split(r"(?<=\.) ", paragraph):
            assert not any(sentence in other for other in others), sentence


def test_rendered_clinic_sections_keep_the_paragraph_text(library, article):
    rendered = {s.id: s for s in render_article(article, library.glossary, "119").sections}
    for section, paragraph in zip(clinic_sections(article), source_paragraphs(), strict=True):
        text = re.sub(r"<[^>]+>", "", rendered[section.id].html)
        assert " ".join(text.split()) == paragraph


def test_sections_the_app_adds_have_text_of_their_own(article):
    clinic = {s.id for s in clinic_sections(article)}
    added = [s for s in article.sections if s.id not in clinic]
    assert added, "the key safety points come first, in a section of their own"
    for section in added:
        assert len(section.body_markdown.split()) >= 10, section.heading


@pytest.mark.parametrize("fact_id", FACTS)
def test_each_fact_is_one_warning_with_its_level_and_source(article, fact_id):
    level, source, text = FACTS[fact_id]
    matches = [w for w in article.warnings if re.search(text, w.text, re.I)]
    assert len(matches) == 1, f"{fact_id}: {[m.text for m in matches]}"
    (item,) = matches
    assert item.level is level, fact_id
    assert re.fullmatch(source, item.source), f"{fact_id}: {item.source}"


def test_every_warning_is_exactly_one_known_fact(article):
    for item in article.warnings:
        assert len(facts_of(item)) == 1, f"{facts_of(item)}: {item.text}"
    assert len(article.warnings) == len(FACTS) == 23
    counts = {level: sum(w.level is level for w in article.warnings) for level in Level}
    assert counts == {URGENT: 3, WARNING: 13, CAUTION: 7}
    assert sum(w.from_article for w in article.warnings) == 6
    assert all(w.section_id in {s.id for s in article.sections} for w in article.warnings)


def test_what_a_reader_must_not_miss_is_in_the_first_section(article):
    first = article.sections[0]
    assert re.search(r"keselamatan", first.heading, re.I)
    placed = {facts_of(w)[0] for w in first.warnings}
    # Every urgent item, and the three dangers: alcohol and opioids, stopping suddenly,
    # suicidal thoughts or worse mood.
    assert {"B8", "D8", "B6", "B6-peringatan", "B3", "B4", "B2"} <= placed
    assert all(w.section_id == first.id for w in article.warnings if w.level is URGENT)


def test_suicidal_thoughts_sit_under_a_heading_that_signals_the_risk(article):
    for fact_id in ("B6", "B6-peringatan", "A4"):
        (item,) = [w for w in article.warnings if facts_of(w) == [fact_id]]
        heading = article.section(item.section_id).heading
        assert re.search(r"keselamatan|bunuh diri|suasana hati|depresi", heading, re.I), heading
        assert "kecemasan dan kejang" not in heading


def test_overdose_signs_are_exactly_the_fdas(article, library):
    (b8,) = [w for w in article.warnings if facts_of(w) == ["B8"]]
    assert "Anda atau orang di dekat Anda" in b8.text
    everything = "\n".join(app_voice_texts(library, article))
    listed = re.findall(r"tanda overdosis: ([^.]*)\.", everything, re.I)
    assert len(listed) >= 2, "in the warning and in the first section's text"
    for signs in listed:
        assert signs.split(", ") == OVERDOSE_SIGNS


def test_a4_reports_worse_mood_and_never_repeats_the_ssri_claim(article):
    (a4,) = [w for w in article.warnings if facts_of(w) == ["A4"]]
    assert re.search(r"suasana hati .*memburuk.*segera beri tahu dokter", a4.text)
    assert not re.search(r"SSRI|melawan|antidepresan", a4.text, re.I)


def test_urgent_items_name_the_emergency_number(library, article):
    urgent = [w for w in article.warnings if w.level is URGENT]
    assert urgent and all(EMERGENCY_PLACEHOLDER in w.text for w in urgent)
    rendered = render_article(article, library.glossary, "112")
    urgent = [r for r in rendered.risks if r.item.level is URGENT]
    assert urgent and all("112" in r.plain_text for r in urgent)


def test_warnings_are_urgent_first(article):
    levels = [w.level for w in article.warnings]
    assert levels == sorted(levels, key=lambda level: level.rank)


def test_summary_names_the_uses_the_add_on_and_the_three_dangers(article):
    summary = article.meta.summary
    for pattern in (
        r"epilepsi|kejang",
        r"panik",
        r"tidak dipakai sendirian",
        r"menambahkannya pada antidepresan",
        r"waktu singkat",
        r"alkohol",
        r"opioid",
        r"berhenti .*tiba-tiba",
        r"pikiran bunuh diri",
        r"suasana hati memburuk",
    ):
        assert re.search(pattern, summary), pattern
    # Short sentences for readers with little schooling.
    sentences = re.split(r"(?<=\.) ", summary)
    assert all(len(s.split()) <= 20 for s in sentences), sentences


def test_headings_never_present_a_clinic_claim_as_fact(article):
    headings = [s.heading for s in article.sections]
    assert not any("paling terbantu" in h.lower() for h in headings)
    assert "Cara kerja obat ini" not in headings
    # The sections whose paragraphs make the claims say whose claims they are.
    for section in clinic_sections(article)[:3]:
        assert section.heading.endswith("menurut artikel"), section.heading


def test_the_apps_own_voice_never_endorses_the_ssri_claim(library, article):
    for text in app_voice_texts(library, article):
        assert not ("melawan" in text.lower() and "ssri" in text.lower()), text
        assert "melawan" not in text.lower(), text


def test_glossary_has_the_required_terms_and_they_occur(library, article):
    glossary = library.glossary
    assert len(glossary.terms) >= 15
    rendered = render_article(article, glossary, "119")
    used = {t.key for t in rendered.terms_used}
    for term in REQUIRED_TERMS:
        assert glossary.get(term) is not None, term
        assert term.casefold() in used, f"{term} is in the glossary but not marked in the article"


def test_glossary_definitions_follow_the_framing(library):
    glossary = library.glossary
    assert "GABA" in glossary.get("benzodiazepin").definition
    assert "waktu singkat" in glossary.get("benzodiazepin").definition
    assert "golongan IV" in glossary.get("psikotropika").definition


def test_not_yet_reviewed_by_a_named_clinician(article):
    assert article.meta.reviewer == ""


def test_review_dates_are_in_order(article):
    assert article.meta.last_reviewed <= article.meta.next_review
