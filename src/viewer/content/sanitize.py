"""The allow-list every piece of HTML passes before it is shown or printed.

Python-Markdown passes an author's raw HTML through untouched, so the HTML it
*produces* is sanitized, not the Markdown it reads.
"""

from __future__ import annotations

from viewer.content.links import WEB_SCHEMES, is_plain_relative

TERM_SCHEME = "term"
ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "a", "h3", "h4", "h5",
    "h6", "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "img",
    "hr", "span", "sub", "sup",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "span": {"class"},
}
# Relative URLs (section anchors, images in the content folder) are always allowed by nh3;
# of absolute ones only these survive, and the window routes every one itself.
ALLOWED_SCHEMES = {*WEB_SCHEMES, TERM_SCHEME}


def _only_content_images(tag: str, attribute: str, value: str) -> str | None:
    # An image may only name a file inside the content folder; the window and the
    # handout check again when they load it, this removes the rest before anyone tries.
    if tag == "img" and attribute == "src" and not is_plain_relative(value):
        return None
    return value


def sanitize(html: str) -> str:
    import nh3  # here: check and the content cache read the lists above without it

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=_only_content_images,
    )
