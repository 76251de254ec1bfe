"""Generate a content folder of valid articles and a glossary, for tests and benchmarks.

    .venv/bin/python benchmarks/generate_library.py OUT [--articles 1000]
        [--glossary-terms 2000] [--seed 0] [--no-library-fields]

The articles have this project's shape (front matter as in content/clonazepam-depresi.md,
`##` sections, `::: level` warning blocks with a `Sumber:` line) and varied lengths; the
glossary has `## term`, sometimes a `Bentuk lain:` line, and a definition, as
content/glossary.md. Articles use glossary terms in their text, and some name drugs
(clonazepam, diazepam, ...) that searches in the benchmarks look for.

`patient-viewer check OUT` passes for up to 500 glossary terms (the glossary's limit,
content/glossary.py MAX_TERMS); beyond it, check reports that one limit and nothing else,
while the loader still reads every term (which is what a search benchmark needs).

With `library_fields` (the default) the front matter also has the library's fields, as a
clinic's library would: `categories` (one or two, by drug class), `keywords` (brand-like
names and misspellings), `order` for about one article in ten, and `related` naming up to
three earlier articles. They come from a second random stream, so the articles' text is
the same with or without them (`--no-library-fields`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


DRUGS = _split(
    "clonazepam diazepam lorazepam alprazolam sertralin fluoksetin amitriptilin "
    "parasetamol ibuprofen metformin amlodipin omeprazol tramadol kodein morfin "
    "salbutamol prednison warfarin simvastatin levotiroksin"
)
CONDITIONS = _split(
    "depresi kecemasan epilepsi insomnia nyeri demam diabetes hipertensi asma "
    "maag kolesterol gangguan panik alergi batuk"
)
HEADINGS = (
    "Hal terpenting untuk keselamatan Anda",
    "Untuk apa obat ini dipakai",
    "Cara minum obat ini",
    "Efek samping yang sering",
    "Efek samping yang jarang tetapi berat",
    "Yang perlu Anda ceritakan kepada dokter",
    "Obat lain dan makanan",
    "Kehamilan dan menyusui",
    "Sehari-hari selama memakai obat ini",
    "Cara menyimpan obat",
    "Jika lupa minum obat",
    "Berhenti minum obat",
)
WORDS = _split(
    "obat dokter apoteker pasien minum tidur mengantuk pusing mual dosis tablet resep "
    "hari minggu bulan pagi malam makan air tubuh otak jantung napas darah hati ginjal "
    "anak keluarga rumah sakit segera bicarakan perhatikan tanda gejala berat ringan "
    "biasa jarang sering aman bahaya risiko manfaat waktu singkat lama pelan cepat "
    "berhenti mulai menurunkan menaikkan sesuai jadwal simpan tempat kering sejuk "
    "alkohol kopi teh susu jamu herbal vitamin suasana hati perasaan sedih cemas "
    "tenang penenang obat tidur"
)
LEVELS = ("darurat", "peringatan", "perhatian")
SOURCES = (
    "NHS medicines",
    "US FDA Drug Safety Communication, 31 Aug 2016",
    "MHRA guidance",
    "artikel",
)
SYLLABLES = tuple(c + v for c in "bdklmnrst" for v in "aeiou")
# The home screen's groups: each drug's class, and a second category for some articles.
DRUG_CLASSES = {
    **dict.fromkeys(("clonazepam", "diazepam", "lorazepam", "alprazolam"), "Obat penenang"),
    **dict.fromkeys(("sertralin", "fluoksetin", "amitriptilin"), "Obat jiwa"),
    **dict.fromkeys(("parasetamol", "ibuprofen", "tramadol", "kodein", "morfin"), "Obat nyeri"),
    **dict.fromkeys(("metformin", "amlodipin", "simvastatin", "warfarin"), "Jantung dan darah"),
    **dict.fromkeys(("omeprazol", "salbutamol", "prednison", "levotiroksin"), "Obat lain"),
}
SECOND_CATEGORIES = ("Untuk lansia", "Untuk anak", "Kehamilan", "Obat keras")


def generate_library(
    folder: Path,
    articles: int,
    glossary_terms: int,
    seed: int = 0,
    *,
    library_fields: bool = True,
) -> None:
    """Write `articles` articles and a glossary of `glossary_terms` terms into `folder`."""
    rng = random.Random(seed)
    fields_rng = random.Random(f"library-fields-{seed}")
    folder.mkdir(parents=True, exist_ok=True)
    terms = _glossary_terms(rng, glossary_terms)
    (folder / "glossary.md").write_text(_glossary(rng, terms), encoding="utf-8")
    written: list[str] = []
    for number in range(articles):
        drug = DRUGS[number % len(DRUGS)]
        condition = rng.choice(CONDITIONS)
        article_id = f"{drug}-{condition}-{number:04d}"
        text = _article(rng, article_id, drug, condition, terms)
        if library_fields:
            fields = _library_fields(fields_rng, drug, written)
            text = text.replace("\n+++\n", f"\n{fields}+++\n", 1)  # before the closing +++
        (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
        written.append(article_id)


def _library_fields(rng: random.Random, drug: str, earlier: list[str]) -> str:
    """categories, keywords, sometimes order, and related (earlier articles only: every
    id named exists, so `check` finds no dead `related` entry)."""
    categories = [DRUG_CLASSES.get(drug, "Obat lain")]
    if rng.random() < 0.3:
        categories.append(rng.choice(SECOND_CATEGORIES))
    keywords = [drug.capitalize() + rng.choice(("-X", " Forte", "", " Retard")).strip()]
    keywords.append(drug.replace("c", "k", 1) if "c" in drug else drug + "e")
    keywords = list(dict.fromkeys(k for k in keywords if k))
    related = rng.sample(earlier, min(len(earlier), rng.randint(0, 3)))
    lines = [
        f"categories = {_toml_list(categories)}",
        f"keywords = {_toml_list(keywords)}",
    ]
    if rng.random() < 0.1:
        lines.append(f"order = {rng.randint(1, 50)}")
    if related:
        lines.append(f"related = {_toml_list(related)}")
    return "\n".join(lines) + "\n"


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def _glossary_terms(rng: random.Random, count: int) -> list[str]:
    terms: list[str] = []
    seen: set[str] = set()
    for word in (*DRUGS, *CONDITIONS):
        if len(terms) < count and word not in seen:
            terms.append(word)
            seen.add(word)
    while len(terms) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5)))
        # Never a prefix-free clash with a real word, and never a form of another term.
        if word not in seen and word not in WORDS and f"{word}an" not in seen:
            terms.append(word)
            seen.add(word)
    return terms


def _glossary(rng: random.Random, terms: list[str]) -> str:
    lines = ["# Daftar istilah", ""]
    forms_taken = set(terms)
    for term in terms:
        lines.append(f"## {term}")
        form = f"{term}nya"
        if rng.random() < 0.3 and form not in forms_taken:
            forms_taken.add(form)
            lines.append(f"Bentuk lain: {form}")
        lines.append(_sentence(rng, 8, 20, capital=True))
        lines.append("")
    return "\n".join(lines)


def _article(
    rng: random.Random, article_id: str, drug: str, condition: str, terms: list[str]
) -> str:
    title = f"{drug.capitalize()} untuk {condition}"
    summary = (
        f"{drug.capitalize()} adalah obat untuk {condition}. " + _sentence(rng, 10, 25) + " "
    ).strip()
    reviewed = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    front = [
        "+++",
        f'id = "{article_id}"',
        f'title = "{title}"',
        'language = "id"',
        f'summary = "{summary}"',
        'source = "Dibuat untuk uji kecepatan pencarian"',
        f"last_reviewed = {reviewed.isoformat()}",
        f"next_review = {(reviewed + dt.timedelta(days=365)).isoformat()}",
        'reviewer = "dr. Contoh"',
        "+++",
        "",
    ]
    body: list[str] = []
    headings = rng.sample(HEADINGS, rng.randint(3, len(HEADINGS)))
    used = rng.sample(terms, min(len(terms), rng.randint(3, 15)))
    for heading in headings:
        body += [f"## {heading}", ""]
        for _ in range(rng.randint(1, 5)):
            sentences = [_sentence(rng, 6, 18, capital=True) for _ in range(rng.randint(1, 5))]
            if used and rng.random() < 0.6:
                sentences.append(f"Ini berkaitan dengan {used.pop()}.")
            if rng.random() < 0.5:
                sentences.append(f"{drug.capitalize()} dipakai untuk {condition}.")
            body += [" ".join(sentences), ""]
        for _ in range(rng.choices((0, 1, 2), (4, 4, 2))[0]):
            level = rng.choice(LEVELS)
            text = _sentence(rng, 8, 20, capital=True)
            if level == "darurat":
                text += " Segera telepon {nomor_darurat}."
            body += [f"::: {level}", text, f"Sumber: {rng.choice(SOURCES)}", ":::", ""]
    return "\n".join(front + body)


def _sentence(rng: random.Random, low: int, high: int, *, capital: bool = True) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    sentence = " ".join(words) + "."
    return sentence[0].upper() + sentence[1:] if capital else sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--glossary-terms", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--no-library-fields",
        action="store_true",
        help="no categories, keywords, order or related in the front matter",
    )
    args = parser.parse_args()
    generate_library(
        args.folder,
        args.articles,
        args.glossary_terms,
        args.seed,
        library_fields=not args.no_library_fields,
    )
    print(f"{args.folder}: {args.articles} artikel, {args.glossary_terms} istilah")


if __name__ == "__main__":
    main()
