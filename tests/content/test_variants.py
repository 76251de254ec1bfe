"""Language variants (`<id>.<lang>.md`, glossary.<lang>.md): which one a reader gets, and
a path:line message for every way a variant can be wrong (no Qt)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from variant_support import EN_BODY, EN_FRONT, write_variant

from support import FRONT, GOOD_BODY, write_article
from viewer import i18n
from viewer.check import run_check
from viewer.content.loader import load_library
from viewer.content.model import Level
from viewer.content.render import render_article

SHOWN = Path("konten")


def line_of(path: Path, text: str, start: int = 0) -> int:
    """The number of the first line of `path` (after line `start`) that holds `text`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(n for n, line in enumerate(lines, 1) if n > start and text in line)


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_library(folder, display_root=SHOWN).problems]


def check_output(folder: Path) -> tuple[int, str]:
    out = io.StringIO()
    return run_check(folder, SHOWN, out), out.getvalue()


@pytest.fixture(autouse=True)
def indonesian_interface():
    """Messages are Indonesian unless a test chooses English."""
    before = i18n.interface_language()
    i18n.set_language("id")
    yield
    i18n.set_language(before)


# -- which one a reader gets --------------------------------------------------------------
def test_a_variant_is_given_in_its_language_and_the_original_otherwise(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path)
    library = load_library(tmp_path)
    assert library.problems == ()
    assert [a.meta.id for a in library.articles] == ["contoh"]  # one article, two languages
    english = library.article("contoh", "en")
    assert english.meta.language == "en" and english.meta.title == "Example contoh"
    assert english.path.name == "contoh.en.md"
    assert [s.id for s in english.sections] == ["part-one", "part-two"]
    assert library.article("contoh").meta.language == "id"
    assert library.article("contoh", "id") is library.article("contoh")
    assert library.article("contoh", "fr") is library.article("contoh")
    assert library.article("nothing", "en") is None


def test_without_a_variant_every_language_gets_the_original(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    library = load_library(tmp_path)
    assert library.article("contoh", "en") is library.article("contoh")
    assert library.variants == ()


def test_an_article_written_in_english_can_have_an_indonesian_variant(tmp_path):
    write_article(tmp_path, EN_BODY, front=EN_FRONT.format(id="contoh"))
    write_variant(tmp_path, GOOD_BODY, language="id", front=FRONT.format(id="contoh"))
    library = load_library(tmp_path)
    assert library.problems == ()
    assert library.article("contoh").meta.language == "en"
    assert library.article("contoh", "id").path.name == "contoh.id.md"


# -- glossaries ---------------------------------------------------------------------------
def test_each_language_reads_its_own_glossary_else_the_original(tmp_path):
    write_article(tmp_path, GOOD_BODY.replace("Teks kedua.", "Teks kedua tentang kejang."))
    write_variant(tmp_path, EN_BODY.replace("Second text.", "Second text about seizures."))
    (tmp_path / "glossary.md").write_text("## kejang\nGerakan tiba-tiba.\n", encoding="utf-8")
    library = load_library(tmp_path, keep_html=True)
    assert library.glossary_in("fr") == library.glossary  # no glossary.fr.md: the original
    assert library.glossary_in("en") == library.glossary  # no glossary.en.md yet
    (tmp_path / "glossary.en.md").write_text(
        "# Glossary\n\n## seizure\nForms: seizures\nA sudden movement.\n", encoding="utf-8"
    )
    library = load_library(tmp_path, keep_html=True)
    assert library.problems == ()
    english = library.glossary_in("en")
    assert [t.term for t in english.terms] == ["seizure"]
    assert library.glossary_in("id") is library.glossary
    assert library.glossary_in(None) is library.glossary
    # Each article's terms are matched with the glossary of its own language.
    assert library.article("contoh").html.terms_used == ("kejang",)
    assert library.article("contoh", "en").html.terms_used == ("seizure",)
    rendered = render_article(library.article("contoh", "en"), english, "119")
    assert [t.term for t in rendered.terms_used] == ["seizure"]


def test_a_glossary_variant_is_checked_at_its_own_lines(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    (tmp_path / "glossary.en.md").write_text("## seizure\n\n## fit\nA fit.\n", encoding="utf-8")
    assert problems_of(tmp_path) == [
        "konten/glossary.en.md:1: istilah 'seizure' tidak punya definisi"
    ]


def test_an_indonesian_glossary_variant_is_refused_since_glossary_md_is_that(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    (tmp_path / "glossary.id.md").write_text("## kejang\nGerakan.\n", encoding="utf-8")
    (problem,) = problems_of(tmp_path)
    assert problem.startswith("konten/glossary.id.md: glossary.md sudah daftar istilah")


# -- names and front matter ---------------------------------------------------------------
def test_a_variant_with_another_id_is_told_to_write_its_originals(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, front=EN_FRONT.format(id="lain"))
    line = line_of(path, "id =")
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line}: kolom 'id' ('lain') harus sama dengan id artikel "
        'aslinya, yaitu nama berkas ini tanpa .en.md; tulis: id = "contoh"'
    ]


def test_a_variant_id_that_is_no_id_keeps_the_front_matters_own_message(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, front=EN_FRONT.format(id="Contoh Saja"))
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, 'id =')}: kolom 'id'")
    assert 'id = "contoh"' in problem  # the original's id, not "contoh.en"


def test_a_variant_whose_language_is_not_its_names_says_which_to_write(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, front=EN_FRONT.format(id="contoh").replace('"en"', '"id"'))
    line = line_of(path, "language =")
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line}: kolom 'language' ('id') tidak sama dengan bahasa di nama "
        'berkas (contoh.en.md); tulis: language = "en", atau ganti nama berkasnya menjadi '
        "contoh.id.md"
    ]


def test_an_unknown_language_suffix_is_a_problem_that_names_the_known_ones(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, language="fr")
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.fr.md:{line_of(path, 'language =')}: ")
    assert "akhiran bahasa '.fr' pada nama berkas tidak dikenal" in problem
    assert "id (Bahasa Indonesia), en (English)" in problem
    assert load_library(tmp_path).article("contoh", "fr").meta.language == "id"


def test_a_near_miss_suffix_is_given_the_likely_name(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path, language="eng")
    (problem,) = problems_of(tmp_path)
    assert problem.endswith("; mungkin maksudnya contoh.en.md")


def test_a_capital_suffix_is_told_to_be_written_small(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, language="EN")
    assert problems_of(tmp_path) == [
        f"konten/contoh.EN.md:{line_of(path, 'language =')}: akhiran bahasa '.EN' pada nama "
        "berkas harus ditulis dengan huruf kecil; ganti nama berkasnya menjadi contoh.en.md"
    ]


def test_a_variant_without_its_original_is_a_problem_at_its_id(tmp_path):
    write_article(tmp_path, GOOD_BODY, name="lain")
    path = write_variant(tmp_path)
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line_of(path, 'id =')}: terjemahan tanpa artikel asli: berkas "
        "contoh.md tidak ada di folder konten; simpan artikel aslinya sebagai contoh.md, atau "
        "periksa ejaan nama berkas ini (nama berkas asli tanpa .en)"
    ]
    assert load_library(tmp_path).variants == ()


def test_a_variant_of_a_broken_original_says_to_fix_the_original_first(tmp_path):
    write_article(tmp_path, "\n## Satu\n\n::: darurat\nTanpa sumber.\n:::\n")
    write_variant(tmp_path)
    problems = problems_of(tmp_path)
    assert problems[-1] == (
        "konten/contoh.en.md: terjemahan ini tidak ditampilkan karena artikel aslinya "
        "(contoh.md) bermasalah; perbaiki dulu masalah di contoh.md (lihat pesannya)"
    )
    assert all(p.startswith("konten/contoh.md:") for p in problems[:-1])


def test_an_original_in_the_variants_language_is_two_files_for_one_language(tmp_path):
    write_article(tmp_path, EN_BODY, front=EN_FRONT.format(id="contoh"))
    path = write_variant(tmp_path)
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line_of(path, 'language =')}: artikel asli contoh.md juga "
        "berbahasa 'en' (kolom 'language'-nya), jadi ada dua berkas untuk satu bahasa; "
        "perbaiki kolom 'language' di contoh.md, atau hapus berkas ini"
    ]


def test_a_readme_in_another_language_is_not_an_article(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    (tmp_path / "README.en.md").write_text("# Guide\n", encoding="utf-8")
    assert problems_of(tmp_path) == []


def test_a_variant_body_problem_leaves_the_variant_out_and_the_original_in(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, EN_BODY.replace("Source: FDA\n", ""))
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, '::: warning')}: ")
    library = load_library(tmp_path)
    assert library.article("contoh", "en").meta.language == "id"


# -- sections and warnings of a translation ------------------------------------------------
def test_a_translation_that_drops_a_warning_is_reported_and_not_shown(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    dropped = EN_BODY.replace("::: caution\nGood to know.\nSource: article\n:::\n", "")
    path = write_variant(tmp_path, dropped)
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line_of(path, '## Part one')}: bagian 1 punya 2 peringatan "
        "(darurat, perhatian) di artikel asli ('## Bagian satu'), tetapi 1 di terjemahan "
        "ini (darurat); terjemahan tidak boleh menghilangkan peringatan"
    ]
    assert load_library(tmp_path).article("contoh", "en").meta.language == "id"
    status, output = check_output(tmp_path)
    assert status == 1 and "terjemahan tidak boleh menghilangkan peringatan" in output


def test_the_line_is_the_first_warning_that_differs(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    dropped = EN_BODY.replace("::: urgent\nCall {nomor_darurat} now.\nSource: NHS\n:::\n", "")
    path = write_variant(tmp_path, dropped)
    (problem,) = problems_of(tmp_path)
    # The caution now stands where the urgent one was: that is the line to look at.
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, '::: caution')}: bagian 1 ")
    assert "2 peringatan (darurat, perhatian)" in problem
    assert "1 di terjemahan ini (perhatian)" in problem


def test_a_warning_of_another_level_is_reported_at_its_line(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, EN_BODY.replace("::: warning", "::: caution"))
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line_of(path, '::: caution', line_of(path, '## Part two'))}: "
        "bagian 2 punya peringatan (peringatan) di artikel asli ('## Bagian dua'), tetapi "
        "tingkatnya lain di terjemahan ini (perhatian); setiap peringatan terjemahan harus "
        "setingkat dengan peringatan aslinya"
    ]


def test_an_added_warning_is_reported_at_its_line(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    added = EN_BODY + "\n::: caution\nAlso this.\nSource: article\n:::\n"
    path = write_variant(tmp_path, added)
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, 'Also this') - 1}: bagian 2 ")
    assert "tetapi 2 di terjemahan ini (peringatan, perhatian)" in problem


def test_warnings_in_another_order_within_a_section_are_the_same_warnings(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    first, second = (
        "::: urgent\nCall {nomor_darurat} now.\nSource: NHS\n:::\n",
        "::: caution\nGood to know.\nSource: article\n:::\n",
    )
    swapped = EN_BODY.replace(first + "\n" + second, second + "\n" + first)
    assert swapped != EN_BODY
    write_variant(tmp_path, swapped)
    assert problems_of(tmp_path) == []


def test_every_differing_section_is_named(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    body = EN_BODY.replace("::: warning", "::: urgent").replace("::: caution", "::: warning")
    write_variant(tmp_path, body)
    problems = problems_of(tmp_path)
    assert [p.split(": ", 1)[1][:9] for p in problems] == ["bagian 1 ", "bagian 2 "]


def test_fewer_sections_are_reported_at_the_end_of_the_front_matter(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, EN_BODY.split("## Part two")[0].replace("(#part-two)", ""))
    closing = FRONT.count("\n")  # the closing +++ is the front matter's last line
    assert line_of(path, "+++", 1) == closing
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{closing}: terjemahan ini punya 1 bagian, tetapi artikel asli "
        "contoh.md punya 2 (## Bagian satu, ## Bagian dua); setiap bagian artikel asli harus "
        "ada di terjemahan, dalam urutan yang sama"
    ]


def test_an_extra_section_is_reported_at_its_heading(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, EN_BODY + "\n## Part three\n\nMore.\n")
    assert problems_of(tmp_path) == [
        f"konten/contoh.en.md:{line_of(path, '## Part three')}: bagian ini ('## Part three') "
        "tidak ada di artikel asli: contoh.md punya 2 bagian, terjemahan ini 3; setiap bagian "
        "terjemahan harus sesuai dengan satu bagian artikel asli, dalam urutan yang sama"
    ]


def test_messages_follow_an_english_interface(tmp_path):
    """New messages go through i18n.translate: with an English interface each is the
    catalogue's English."""
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path, EN_BODY.replace("::: warning", "::: caution"))
    source = (
        "bagian {number} punya peringatan ({expected_levels}) di artikel asli "
        "('## {heading}'), tetapi tingkatnya lain di terjemahan ini ({found_levels}); "
        "setiap peringatan terjemahan harus setingkat dengan peringatan aslinya"
    )
    expected = i18n.translate("Content", source, "en").format(
        number=2, expected_levels="peringatan", heading="Bagian dua", found_levels="perhatian"
    )
    assert not expected.startswith("bagian 2 punya")  # translated, not the source
    # The catalogue is part of the app (compiled from viewer_en.ts): it must load.
    assert i18n.set_language("en") == "en"
    try:
        (problem,) = problems_of(tmp_path)
    finally:
        i18n.set_language("id")  # the interface language is the process's
    assert problem.endswith(": " + expected)


# -- links between articles -----------------------------------------------------------------
def test_links_and_related_name_ids_and_sections_in_any_language(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path)
    linking = GOOD_BODY.replace("(#bagian-dua)", "(contoh.md#part-two)")
    front = FRONT.format(id="lain").replace("+++\n", '+++\nrelated = ["contoh"]\n', 1)
    write_article(tmp_path, linking, name="lain", front=front)
    english = EN_BODY.replace("(#part-two)", "(contoh.md#bagian-dua)")
    write_variant(
        tmp_path,
        english,
        name="lain",
        front=EN_FRONT.format(id="lain").replace("+++\n", '+++\nrelated = ["contoh"]\n', 1),
    )
    assert problems_of(tmp_path) == []


def test_a_link_from_a_variant_to_a_missing_section_is_reported_there(tmp_path):
    write_article(tmp_path, GOOD_BODY, name="lain")
    write_article(tmp_path, GOOD_BODY)
    path = write_variant(tmp_path, EN_BODY.replace("(#part-two)", "(lain.md#part-nine)"))
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, 'lain.md#part-nine')}: ")
    assert "tidak punya bagian '#part-nine'" in problem


def test_a_variant_related_to_an_unknown_article_is_reported_at_its_line(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    front = EN_FRONT.format(id="contoh").replace("+++\n", '+++\nrelated = ["tiada"]\n', 1)
    path = write_variant(tmp_path, front=front)
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(f"konten/contoh.en.md:{line_of(path, 'related')}: kolom 'related'")


# -- check ----------------------------------------------------------------------------------
def test_check_accepts_a_folder_with_variants(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path)
    (tmp_path / "glossary.en.md").write_text("## seizure\nA fit.\n", encoding="utf-8")
    status, output = check_output(tmp_path)
    assert status == 0, output
    assert output.splitlines()[-1].startswith("OK: 1 artikel")


def test_the_warnings_compared_are_the_models(tmp_path):
    write_article(tmp_path, GOOD_BODY)
    write_variant(tmp_path)
    library = load_library(tmp_path)
    original, english = library.article("contoh"), library.article("contoh", "en")
    for mine, theirs in zip(original.sections, english.sections, strict=True):
        assert sorted(w.level.rank for w in mine.warnings) == sorted(
            w.level.rank for w in theirs.warnings
        )
    assert english.warnings[0].level is Level.URGENT


# -- one article on its own (the handout) --------------------------------------------------
def test_one_article_is_loaded_in_a_language_without_the_rest_of_the_folder(tmp_path):
    from viewer.content.loader import load_article_in

    original = write_article(tmp_path, GOOD_BODY)
    english = write_variant(tmp_path)
    write_article(tmp_path, "tanpa data awal", name="rusak", front="")
    assert load_article_in(original, tmp_path, SHOWN)[0].meta.language == "id"
    assert load_article_in(original, tmp_path, SHOWN, "en")[0].path == english
    assert load_article_in(original, tmp_path, SHOWN, "fr")[0].path == original
    assert load_article_in(english, tmp_path, SHOWN)[0].path == english  # named: that one
    english.write_text(english.read_text("utf-8").replace("::: caution", "::: urgent"), "utf-8")
    article, problems = load_article_in(original, tmp_path, SHOWN, "en")
    assert article is None
    assert [str(p).split(": ")[0] for p in problems] == [
        f"konten/contoh.en.md:{line_of(english, '::: urgent', line_of(english, '::: urgent'))}"
    ]


def test_a_variant_alone_is_not_loaded_without_its_original(tmp_path):
    from viewer.content.loader import load_article_in

    english = write_variant(tmp_path)
    article, problems = load_article_in(english, tmp_path, SHOWN)
    assert article is None
    assert [p.message.split(":")[0] for p in problems] == ["terjemahan tanpa artikel asli"]
