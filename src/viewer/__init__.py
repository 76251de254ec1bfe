"""Patient-education viewer: articles, risk warnings and a glossary, offline."""

import time as _time

# Start-up is timed from the first import of the package (the self-test reports it).
STARTED_AT = _time.perf_counter()

DISTRIBUTION = "patient-viewer"
_DIST_INFO_PREFIX = "patient_viewer-"  # the wheel's name for DISTRIBUTION's metadata folder


def version() -> str:
    """The version in pyproject.toml, read from the installed (or bundled) metadata."""
    found = _version_from_dist_info()
    if found:
        return found
    # importlib.metadata costs ~25 ms to import and search; only when the above found
    # nothing (an egg-info install, metadata in a zip).
    from importlib import metadata as _metadata

    try:
        return _metadata.version(DISTRIBUTION)
    except _metadata.PackageNotFoundError:
        return "0+unknown"


def _version_from_dist_info() -> str | None:
    """`Version:` from the first patient_viewer-*.dist-info/METADATA on sys.path, in the
    order importlib.metadata searches (the virtual environment's, or the bundle's)."""
    import os
    import sys

    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:  # a zip archive, or a folder that is not there
            continue
        for name in names:
            if not (name.startswith(_DIST_INFO_PREFIX) and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as file:
                    for line in file:
                        if not line.strip():
                            break  # the headers end at the first empty line
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip() or None
            except OSError:
                continue
    return None
