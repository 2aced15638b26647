"""A name written as a relative's ("Nelson Mandela's grandson Mandla") is another person, never
one report's slip of a name no text writes as a relative's (found on the Mandela tune story:
FC401 "writes Mandla for Nelson Rolihlahla Mandela"); a word's plural in -ies and in -ys
("Treasuries", "Treasurys") are forms of one word, no slip (the Silicon Valley Bank tune story);
so are a place and its people ("West Africa" beside the Economic Community of West African
States, "Hong Kongers" beside Hong Kong: the Niger coup and Hong Kong march tune stories)."""

from __future__ import annotations

from test_auto_names_slips import frames  # each spelling's name frame, clustered across the texts


def test_a_grandson_named_once_is_no_slip_of_his_grandfather() -> None:
    found = frames(
        {
            "a": "Nelson Rolihlahla Mandela died on Thursday. Mandela was 95.",
            "b": "Mandela was buried in Qunu. Tributes to Mandela poured in.",
            "c": "Mandela led the ANC for decades.",
            "d": (
                "Mandela was flown home. Crowds lined the road for Mandela.\n\n"
                "Nelson Mandela's grandson Mandla accompanied him on the journey."
            ),
        }
    )
    assert found["Mandla"] == "auto.name.mandla"
    assert found["Mandla"] not in (found["Mandela"], found["Nelson Rolihlahla Mandela"])


def test_a_relative_written_as_one_in_every_report_still_has_slips() -> None:
    found = frames(
        {
            "a": "His son Hunter Biden was at the hearing. Hunter Biden spoke.",
            "b": "The president's son Hunter Biden did not comment.",
            "c": "His son Hunter Biden was charged. Hunter Biden pleaded not guilty.",
            "d": "Hunter Biden arrived. His son Hunter Bidan left early. Hunter Biden waved.",
        }
    )
    assert found["Hunter Bidan"] == found["Hunter Biden"] == "auto.name.hunter-biden"


def test_plurals_in_ies_and_ys_are_forms_of_one_word() -> None:
    found = frames(
        {
            "a": "The bank bought U.S. Treasurys. The Treasurys lost value.",
            "b": "Its U.S. Treasurys fell as rates rose.",
            "c": "Holdings of U.S. Treasurys were sold at a loss.",
            "d": "The bank had to sell Treasuries at a loss of $1.8 billion.",
        }
    )
    assert found.get("Treasuries") != found["U.S. Treasurys"]


def test_a_letter_changed_before_the_plural_is_still_a_slip() -> None:
    found = frames(
        {
            "a": "The bank bought U.S. Treasurys. The Treasurys lost value.",
            "b": "Its U.S. Treasurys fell as rates rose.",
            "c": "Holdings of U.S. Treasurys were sold at a loss. U.S. Tresaurys were sold too.",
        }
    )
    assert found["U.S. Tresaurys"] == found["U.S. Treasurys"]


def test_a_place_is_no_slip_of_its_demonym_in_a_longer_name() -> None:
    found = frames(
        {
            "a": "The Economic Community of West African States met in Abuja.",
            "b": "The Economic Community of West African States threatened force.",
            "c": "Leaders of the Economic Community of West African States gave a deadline.",
            "d": "The coup is the latest in West Africa since 2020.",
        }
    )
    assert found["West Africa"] != found["West African States"]


def test_a_letter_dropped_from_the_longer_name_is_still_a_slip() -> None:
    found = frames(
        {
            "a": "The Economic Community of West African States met in Abuja.",
            "b": "The Economic Community of West African States threatened force.",
            "c": "Leaders of the Economic Community of West African States gave a deadline.",
            "d": (
                "The West African States met. The West Afrian States said so. The West African States agreed."
            ),
        }
    )
    assert found["West Afrian States"] == found["West African States"]


def test_a_people_is_no_slip_of_its_place() -> None:
    found = frames(
        {
            "a": "Protesters marched through Hong Kong on Sunday.",
            "b": "Hong Kong's leader suspended the bill.",
            "c": "Police in Hong Kong fired tear gas.",
            "d": "Hong Kong police said the march was peaceful. Many Hong Kongers fear the bill.",
        }
    )
    assert found["Hong Kongers"] != found["Hong Kong"]


def test_a_surname_respelt_by_one_report_still_joins() -> None:
    found = frames(
        {
            "a": "Rescue official Suresh Jadhav said the search went on.",
            "b": "Suresh Jadhav, the rescue official, said 20 were saved.",
            "c": "Suresh Jadhav said the rains stopped. Rescue official Suresh Yadav said more.",
        }
    )
    assert found["Suresh Yadav"] == found["Suresh Jadhav"]


def test_one_letter_added_to_a_surname_is_still_a_slip() -> None:
    found = frames(
        {
            "a": "The data firm Cambridge Analytica harvested the profiles.",
            "b": "Cambridge Analytica worked for the campaign.",
            "c": "Facebook suspended Cambridge Analytica in March.",
            "d": "Cambridge Analytica denied it. Cambridge Analytical, the firm, closed. Cambridge Analytica shut.",
        }
    )
    assert found["Cambridge Analytical"] == found["Cambridge Analytica"]
