"""A capital that only its place in a sentence gives says nothing: a common English word starting
a sentence is no misspelling of a name found elsewhere, and a contraction ("We're") is no name
(found on the Baltimore ransomware story: "Soon" was reported as a slip of The Baltimore Sun,
"We're" as one of "We've")."""

from __future__ import annotations

from test_auto_names_slips import frames  # each spelling's name frame, clustered across the texts

BALTIMORE = {
    "a": "The city's systems were hit, the Baltimore Sun reported. The Sun said the demand was 13 bitcoins.",
    "b": "According to the Baltimore Sun, the mayor refused to pay.",
    "c": "Email was down for weeks. Soon the Department of Public Works was tweeting about it.",
}


def test_a_common_word_starting_a_sentence_is_no_slip_of_a_name() -> None:
    found = frames(BALTIMORE)
    assert "Soon" not in found
    assert found["Baltimore Sun"] == "auto.name.baltimore-sun"


def test_a_rare_word_starting_a_sentence_is_still_a_slip_of_a_name() -> None:
    found = frames(
        {
            "a": "The storm flooded Ormoc. Roads in Ormoc were closed.",
            "b": "Residents of Ormoc fled to the hills.",
            "c": "Officials counted the dead in Ormoc. Aid reached Ormoc by road. Ornoc was hit hardest.",
        }
    )
    assert found["Ornoc"] == found["Ormoc"]


def test_a_common_word_written_as_the_name_itself_still_names_it() -> None:
    found = frames(
        {
            "a": "Mayor Bernard Young refused to pay the ransom.",
            "b": "Baltimore Mayor Bernard Young said the city would not pay.",
            "c": "The city will not pay. Young said the systems would be restored.",
        }
    )
    assert found["Young"] == found["Bernard Young"] == "auto.name.bernard-young"


def test_contractions_are_no_names() -> None:
    found = frames(
        {
            "a": 'The note reads in part, "We\'ve been watching you for days."',
            "b": '"We\'re not going to pay a ransom," Young said. "We\'ll restore it." "Don\'t worry."',
            "c": "Shaun O'Neill, a city spokesman, said O'Neill's team was working.",
        }
    )
    assert not {"We've", "We're", "We'll", "Don't"} & set(found)
    assert found["Shaun O'Neill"] == "auto.name.shaun-o-neill"
