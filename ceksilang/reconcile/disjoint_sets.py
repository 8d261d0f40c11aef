"""Things joined into groups by pairs found to go together (union-find), for the reconcile stage's
groupings: quotes given to several speakers, one moment or code told several ways, one figure under
several measures. One small structure instead of a loop written again in each of them."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Keys in groups; two keys joined put their whole groups together. Each group has one key that
    stands for it (its root): a join keeps the root of the first key's group, so a caller that needs a
    particular key to stand for a group (the lowest, the first told) joins it first."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self._parent: dict[K, K] = {key: key for key in keys}

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    def __iter__(self) -> Iterator[K]:
        """The keys in the order they were first added."""
        return iter(self._parent)

    def __len__(self) -> int:
        return len(self._parent)

    def find(self, key: K) -> K:
        """The key standing for ``key``'s group; a key not seen before is added as a group of its own."""
        parent = self._parent
        root = parent.setdefault(key, key)
        while parent[root] != root:
            root = parent[root]
        while key != root:  # every key on the way now points at the root: the next find is one step
            parent[key], key = root, parent[key]
        return root

    def join(self, keep: K, other: K) -> K:
        """Put ``other``'s group into ``keep``'s (each added when new, ``keep`` first); the root of
        ``keep``'s group stands for the whole. Returns that root."""
        root = self.find(keep)
        parent = self._parent
        parent[self.find(other)] = root
        return root

    def groups(self, keys: Iterable[K] | None = None) -> list[list[K]]:
        """The groups of ``keys`` (default: every key, in the order added): each group's keys in the
        order given, the groups in the order of their first key."""
        by_root: dict[K, list[K]] = {}
        for key in self._parent if keys is None else keys:
            by_root.setdefault(self.find(key), []).append(key)
        return list(by_root.values())
