"""Patient-education viewer: articles, risk warnings and a glossary, offline."""

import time as _time

# Start-up is timed from the first import of the package (the self-test reports it).
STARTED_AT = _time.perf_counter()

DISTRIBUTION = "patient-viewer"


def version() -> str:
    """The version in pyproject.toml, read from the installed (or bundled) metadata."""
    # Imported here: importlib.metadata costs ~25 ms that only --version needs.
    from importlib import metadata as _metadata

    try:
        return _metadata.version(DISTRIBUTION)
    except _metadata.PackageNotFoundError:
        return "0+unknown"
