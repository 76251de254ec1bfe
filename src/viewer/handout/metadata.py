"""PDF metadata: title, author, publisher, subject and language.

QPdfWriter (PySide6 6.12) writes Title, Author and Creator into the PDF's Info
dictionary, but has no setter for the subject or the language. Both go into the XMP
packet instead (dc:description and dc:language), which also repeats title, author and
publisher; XMP is what PDF 2.0 and PDF/A readers use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from html import escape

from PySide6.QtCore import QUuid, qVersion
from PySide6.QtGui import QPdfWriter

from viewer import version

APP_NAME = "Informasi Obat untuk Pasien"


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    author: str
    publisher: str
    subject: str
    language: str
    keywords: str = ""

    @cached_property
    def creator_tool(self) -> str:
        # Cached: the Info dictionary and the XMP packet both want it, and each lookup
        # of the installed version reads the package metadata again.
        return f"patient-viewer {version()}"


def _random_uuid() -> str:
    """A random (version 4) UUID as in str(uuid.uuid4()): Qt's, because importing Python's
    uuid module (and platform with it) cost the handout 5-10 ms."""
    return QUuid.createUuid().toString(QUuid.StringFormat.WithoutBraces)


def _xmp(meta: PdfMetadata, now: dt.datetime) -> bytes:
    stamp = now.isoformat(timespec="seconds")
    lang = escape(meta.language)
    packet = f"""<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li>\
</rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:publisher><rdf:Bag><rdf:li>{escape(meta.publisher)}</rdf:li></rdf:Bag></dc:publisher>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}</rdf:li>\
</rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>Qt {qVersion()}</pdf:Producer>
   <pdf:Keywords>{escape(meta.keywords)}</pdf:Keywords>
   <xmp:CreatorTool>{escape(meta.creator_tool)}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
   <xmpMM:DocumentID>uuid:{_random_uuid()}</xmpMM:DocumentID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""
    return packet.encode("utf-8")


def apply_metadata(writer: QPdfWriter, meta: PdfMetadata, now: dt.datetime | None = None) -> None:
    """Set the Info dictionary entries Qt supports and an XMP packet with all of them."""
    writer.setTitle(meta.title)
    writer.setAuthor(meta.author)
    writer.setCreator(meta.creator_tool)
    writer.setDocumentXmpMetadata(_xmp(meta, now or dt.datetime.now().astimezone()))
