"""Deprecated path, kept because earlier READMEs documented it: use `phiscan.Limits` (`phiscan.documents.load`)."""

from __future__ import annotations

from phiscan.documents.load import Document, Limits, load_path

__all__ = ["Document", "Limits", "load_path"]
