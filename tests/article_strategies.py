"""Hypothesis strategies for the articles and glossaries an author might write, slips and
all: lines of every kind the syntax knows, in any order, with the characters that matter."""

from __future__ import annotations

from hypothesis import strategies as st

from support import FRONT

# Characters that mean something to Markdown, to the block syntax or to the sanitizer.
_SPECIAL = [*"[]()!*_`<>#:+-{}|\\&\"'/", "\u00a0", "\t", "  "]
_WORDS = [
    "obat", "dosis", "kejang", "Clonazepam", "http://contoh.test", "gambar/x.png", "#a",
    "{nomor_darurat}", "{nomor}", "<b>", "<img src=x.png>", "<script>", "](", "![", "[x]",
    "##", ":::", "+++", "Sumber:", "é", "—", "[lain](b.md)", "[sini](a.md#a)", "x.md#",
]  # fmt: skip
_word = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SPECIAL), st.text("abcé ", max_size=6))
text_line = st.lists(_word, max_size=12).map(" ".join)

LEVELS = ["darurat", "Peringatan", "PERHATIAN", "urgent", "bahaya", "", "peringatan :::"]
_block_open = st.tuples(
    st.sampled_from([":::", "::: ", "   ::: ", ":::\u00a0"]), st.sampled_from(LEVELS)
).map("".join)
_source = st.tuples(st.sampled_from(["Sumber:", "sumber :", "SUMBER:", "Source:"]), text_line).map(
    " ".join
)
_heading = st.tuples(st.sampled_from(["## ", "##", "### ", "# ", "## A ##"]), text_line).map(
    "".join
)
body_line = st.one_of(
    text_line,
    st.just(""),
    _heading,
    _block_open,
    st.just(":::"),
    _source,
    st.sampled_from(["```", "~~~", "> ::: darurat", "    ::: darurat", "---", "===", "- a"]),
)


@st.composite
def article_bodies(draw: st.DrawFn) -> str:
    """A body that usually has the right shape (heading, text, a closed block), plus noise."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        lines += ["", f"## {draw(text_line) or 'Bagian'}", "", draw(text_line) or "Teks."]
        for _ in range(draw(st.integers(0, 2))):
            lines += [
                "",
                f"::: {draw(st.sampled_from(['darurat', 'peringatan', 'perhatian']))}",
                draw(text_line) or "Awas.",
                f"Sumber: {draw(text_line) or 'NHS'}",
                ":::",
            ]
    # Slips: lines of any kind put anywhere, or lines taken away.
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(lines)))
        if draw(st.booleans()) and lines:
            del lines[min(position, len(lines) - 1)]
        else:
            lines.insert(position, draw(body_line))
    return "\n".join(lines) + "\n"


# The library's optional fields, written right and with an author's slips.
LIBRARY_FIELD_LINES = [
    'categories = ["Obat jiwa"]', 'categories = ["Obat", " Obat ", "Panduan"]',
    'categories = "Obat"', "categories = []", 'keywords = ["Rivotril", "klonazepam"]',
    'keywords = ["a", 1]', 'keywords = [""]', 'keyword = ["a"]', 'related = ["b"]',
    'related = ["a"]', 'related = ["Obat B.md"]', "order = 1", "order = 9999", "order = -1",
    'order = "2"', "order = 2.5", "order = 05",
]  # fmt: skip
front_extras = st.lists(st.sampled_from(LIBRARY_FIELD_LINES), max_size=3, unique=True).map(
    "\n".join
)


def article_text(body: str, name: str = "a", extra: str = "") -> str:
    """`body` under valid front matter, with the `extra` lines added to it."""
    front = FRONT.format(id=name)
    if extra:
        front = front.replace('reviewer = ""\n', f'reviewer = ""\n{extra}\n')
    return front + body


@st.composite
def glossaries(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        lines += [draw(_heading), draw(st.sampled_from(["", "Bentuk lain: a, b", "forms:"]))]
        lines += draw(st.lists(text_line, max_size=2))
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(body_line))
    return "\n".join(lines) + "\n"
