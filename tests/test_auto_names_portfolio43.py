"""A title's portfolio is no part of the name after it: "Secretary of State John Kerry" names John
Kerry, not "State John Kerry" (found in the tune stories: Pompeo, Blinken, Welby, police chiefs
"Superintendent of Police Sujeet Kumar"). And a given name written alike in other languages
("David") is not an ordinary English word, whatever its capital."""

from __future__ import annotations

from test_auto_names_slips import frames  # each spelling's name frame, clustered across the texts

from factcheck.extract.autonames import _ordinary_word


def test_the_portfolio_after_a_title_is_no_part_of_the_name() -> None:
    found = frames(
        {
            "a": "Secretary of State John Kerry met the minister on Monday.",
            "b": "U.S. Secretary of State John Kerry arrived in Geneva.",
            "c": "Kerry said the talks would go on. Minister of Foreign Affairs Wang Yi agreed.",
        }
    )
    assert "State John Kerry" not in found
    assert found["John Kerry"] == found["Kerry"] == "auto.name.john-kerry"
    assert found["Wang Yi"] == "auto.name.wang-yi"


def test_a_place_portfolio_of_two_words_is_left_out_whole() -> None:
    found = frames({"a": "Governor of New York Andrew Cuomo agreed.", "b": "Cuomo said so."})
    assert found["Andrew Cuomo"] == "auto.name.andrew-cuomo"
    found = frames({"a": "The Prime Minister of New Zealand Jacinda Ardern spoke.", "b": "Ardern left."})
    assert found["Jacinda Ardern"] == "auto.name.jacinda-ardern"
    assert "New Zealand" in found  # a country stays a name of its own


def test_a_portfolio_with_no_one_after_it_stays_a_name() -> None:
    # twins: a body, and one word after a name that ends the name
    found = frames(
        {
            "a": "The Chairman of the State Affairs Commission met him.",
            "b": "The Crown Prince of Abu Dhabi was there.",
        }
    )
    assert "State Affairs Commission" in found
    assert "Abu Dhabi" in found


def test_a_given_name_written_alike_in_other_languages_is_not_an_ordinary_word() -> None:
    assert not _ordinary_word(["David"])
    assert not _ordinary_word(["Taylor"])
    assert _ordinary_word(["Soon"])
