"""Patient-education viewer: articles, risk warnings and a glossary, offline."""

from importlib import metadata as _metadata

APP_NAME = "patient-viewer"


def version() -> str:
    """The version from pyproject.toml (installed metadata), or the bundled copy when frozen."""
    from viewer import paths

    bundled = paths.bundled_version()
    if bundled:
        return bundled
    try:
        return _metadata.version(APP_NAME)
    except _metadata.PackageNotFoundError:
        return "0+unknown"
