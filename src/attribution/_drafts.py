"""A statement being assembled: offsets only, before its speaker is resolved."""

from __future__ import annotations

from ._outlets import OutletMatch


class Draft:
    """A statement before its speaker is resolved (speakers resolve in text order).

    A plain class rather than attrs: some fifteen are made per article, and in the
    compiled build a plain class is a native one, built without running Python code.
    """

    __slots__ = ("citing", "content", "cue", "direct", "inherit", "lemma", "source", "stance", "via")

    def __init__(
        self,
        content: tuple[int, int],
        cue: tuple[int, int] | None,
        source: tuple[int, int] | None,
        direct: bool,
        stance: str,
        via: list[OutletMatch],
        lemma: str = "",
        inherit: bool = False,  # no source of its own: continues the last speaker
        citing: tuple[int, int] | None = None,
    ) -> None:
        self.content = content
        self.cue = cue
        self.source = source
        self.direct = direct
        self.stance = stance
        self.via = via
        self.lemma = lemma
        self.inherit = inherit
        self.citing = citing
