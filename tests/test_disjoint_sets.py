from __future__ import annotations

from ceksilang.reconcile.disjoint_sets import DisjointSets


def test_joined_pairs_make_one_group_in_the_order_given():
    sets: DisjointSets[str] = DisjointSets(["a", "b", "c", "d", "e"])
    sets.join("a", "c")
    sets.join("d", "c")  # c's group (a, c) goes into d's: a chain of pairs is one group
    assert sets.groups() == [["a", "c", "d"], ["b"], ["e"]]
    assert sets.groups(["e", "d", "c", "b", "a"]) == [["e"], ["d", "c", "a"], ["b"]]


def test_the_first_key_of_a_join_keeps_standing_for_the_group():
    sets: DisjointSets[int] = DisjointSets(range(6))
    sets.join(0, 2)
    sets.join(1, 2)  # 2's group, rooted at 0, goes under 1
    assert {sets.find(k) for k in (0, 1, 2)} == {1}
    assert sets.join(4, 5) == 4 and sets.find(5) == 4
    assert sets.find(3) == 3


def test_keys_not_seen_are_added_as_they_come():
    sets: DisjointSets[str] = DisjointSets()
    sets.join("x", "y")
    sets.find("z")
    assert list(sets) == ["x", "y", "z"] and len(sets) == 3 and "y" in sets and "w" not in sets
    assert sets.groups() == [["x", "y"], ["z"]]


def test_long_chains_are_found_from_any_key():
    sets: DisjointSets[int] = DisjointSets()
    for k in range(1, 2000):
        sets.join(k, k - 1)  # each join puts the whole chain under the newer key
    assert {sets.find(k) for k in range(2000)} == {1999}
    assert len(sets.groups()) == 1
