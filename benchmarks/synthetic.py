"""Generate large synthetic briefings for the speed benchmarks."""

from __future__ import annotations

from pathlib import Path


def synthetic_briefing(quotes: int = 10_000, claims: int = 2_000) -> str:
    lines = [
        "format: 1",
        "title: Synthetic briefing for benchmarks",
        "date: 2024-01-01",
        "place: Nowhere",
        "summary: |",
        "  A generated briefing with many quotes and claims.",
        "quotes:",
    ]
    for i in range(quotes):
        lines += [
            f"  - speaker: Speaker {i % 97}",
            f"    role: Spokesperson number {i % 13}",
            "    country: " + ("IR", "US", "IQ", "GB", "DE")[i % 5],
            f"    text: Statement {i} [sic] about the events, with some words to read.",
            f"    medium: {'Twitter' if i % 2 else 'state television'}",
            "    said: 2024-01-01",
        ]
    lines.append("casualty_claims:")
    for i in range(claims):
        lines += [
            f"  - claimant: Claimant {i % 50}",
            "    country: " + ("IR", "US", "IQ")[i % 3],
            f"    affected: Group {i % 40}",
            f"    killed: {i % 7}",
            f"    injured: \"{i % 5}-{i % 5 + 10}\"",
            "    evidence: unknown",
        ]
    return "\n".join(lines) + "\n"


def write_synthetic(folder: Path, quotes: int = 10_000, claims: int = 2_000) -> Path:
    path = folder / f"synthetic-{quotes}-quotes.yaml"
    path.write_text(synthetic_briefing(quotes, claims), encoding="utf-8")
    return path
