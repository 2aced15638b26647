"""Names (issue 12): a surname with two neighbouring letters swapped, in a report that also writes
the name, is a slip of it ("Kolsenikov also said" after "Vadim Kolesnikov"), even when only two
reports write the name; a swap that English writes as a word of its own is not. Texts written for
these tests."""

from __future__ import annotations

from factcheck.extract.autonames import NameClusters

NAMED = (
    "Interior Ministry spokesman Vadim Kolesnikov said 102 people had asked for help. "
    "Kolsenikov also said a factory roof had collapsed."
)
OTHER = "Spokesman Vadim Kolesnikov said the windows of 3,000 buildings were broken."


def test_a_swapped_pair_of_letters_is_a_slip_of_the_name() -> None:
    clusters = NameClusters({"a": NAMED, "b": OTHER})
    assert clusters.frame("Kolsenikov") == clusters.frame("Vadim Kolesnikov")


def test_a_swap_that_english_writes_as_a_word_stays_apart() -> None:
    clusters = NameClusters(
        {
            "a": "Mayor Pierre Martial said the road was closed. Marital also said the bridge was shut.",
            "b": "Mayor Pierre Martial said 40 homes were flooded.",
        }
    )
    assert clusters.frame("Marital") != clusters.frame("Pierre Martial")
