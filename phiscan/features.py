"""Deprecated path, kept because earlier READMEs documented it: use `phiscan.refusal_message`
(`phiscan.policy.eligibility`)."""

from __future__ import annotations

from phiscan.policy.eligibility import refusal_message

__all__ = ["refusal_message"]
