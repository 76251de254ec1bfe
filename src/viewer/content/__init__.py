"""Content: load, validate and render articles and the glossary. Imports no Qt."""
