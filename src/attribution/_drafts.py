"""A statement being assembled: offsets only, before its speaker is resolved."""

from __future__ import annotations

import attrs

from ._outlets import OutletMatch


@attrs.define
class Draft:
    """A statement before its speaker is resolved (speakers resolve in text order)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    direct: bool
    stance: str
    via: list[OutletMatch]
    lemma: str = ""
    inherit: bool = False  # no source of its own: continues the last speaker
    citing: tuple[int, int] | None = None
