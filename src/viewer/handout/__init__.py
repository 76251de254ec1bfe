"""Printed handouts: the article as a designed document (PDF file or printer).

Nothing is imported here on purpose: the window and the CLI import the submodules only
when a handout is made, so start-up never pays for QtPrintSupport or the layout code.

    document.py         handout HTML (header, "Catatan" box, footer text) from a RenderedArticle
    gui.py              a QGuiApplication (offscreen without a display) and the fonts
    level_marks.py      the level icons, drawn as vectors over reserved space
    writing_lines.py    the lines to write on in the "Catatan" box
    textdoc.py          the QTextDocument: resources, marks, device lengths, page size
    paginate.py         keep headings with their text, keep short blocks whole
    painter.py          draw the pages and the footer on any paged device
    metadata.py         title, author, publisher, subject, language (Info + XMP)
    pdf.py              QPdfWriter into memory, paper sizes and margins
    command.py          `patient-viewer handout`
    window_printing.py  print preview and "Simpan PDF" for the window
"""
