"""Session 32. First, from the development stories' gold (a tennis player's doping ban, a painting theft,
a marathon record): news text calls the person its story is about by age alone, "The 28-year-old
Russian revealed ...", "the 29-year-old's suspension", "the 29-year-old five-time grand slam
champion". Those ages had no frame, so one outlet's wrong age never met the others'. Such an age,
written after "the" with no name of its own, is now the age of the one person the text last
named; where that cannot be told, it stays unframed.

Then from a story run once before it was tuned on (the 2024 Enga landslide in Papua New Guinea,
eight outlets), what its fresh review got wrong, each as the general case it stands for:
- "The government figure is roughly three times the UN estimate of 670 killed" read "three
  times" as a death toll (critical FC101 against 670): a multiple is never a count.
- "So far, six bodies have been found" was the death toll (critical FC101 against 670): bodies
  found so far are a part of the toll, as bodies recovered are.
- "... were on the scene when the landslide occurred, but it was not until late on May 26 that
  the first excavator reached the area" dated the landslide (major FC201 against Friday 24 May):
  in "it was not until <date> that ...", the date is what follows "that". And "In a letter to the
  UN on May 26, ..." is the letter's day, as "said on May 26" is the saying's.
- "A Papua New Guinean government official" was a misspelling of "Papua New Guinea Post Courier"
  (minor FC401): "Guinean" is a demonym, as are most countries' (data/demonyms.txt).
"""

from __future__ import annotations

from quantity_claims import claims_published, published_on
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.extract.autonames import NameClusters
from factcheck.model import DateClaim, QuantityClaim

claims = claims_published(published_on("2016-06-08"), source="wire")


def age_subjects(text: str) -> list[str]:
    """The frame of each age in `text`, in order."""
    return [
        c.claim.subject
        for c in extract_text(text, published=published_on("2016-06-08"), source="wire")
        if isinstance(c.claim, QuantityClaim) and c.claim.unit == "years-old"
    ]


LEAD = (
    "Maria Sharapova has been banned from tennis for two years.\n\n"
    'In a statement on her Facebook page, Maria Sharapova said she will "immediately appeal".\n\n'
)


def test_the_n_year_old_with_a_description_is_the_person_last_named() -> None:
    found = claims(LEAD + "The 28-year-old Russian revealed in March that she had been taking it.")
    assert found["28"].subject == "auto.measure.age.maria-sharapova"
    assert found["28"].as_of is not None  # an age holds as of its report's day, as any framed age


def test_the_n_year_old_as_a_noun_and_as_a_possessive_are_the_person_last_named() -> None:
    found = age_subjects(
        LEAD + "The ITF have backdated the 29-year-old's suspension to January.\n\n"
        "Sharapova said she would appeal. The 29-year-old finished 2015 ranked fourth."
    )
    assert found == [
        "auto.measure.age.maria-sharapova",
        "auto.measure.age.maria-sharapova",
    ]


def test_sentences_naming_no_one_lead_back_to_the_one_person_named_before() -> None:
    found = claims(
        "An independent tribunal banned Maria Sharapova for two years, Sharapova said. The ban is "
        "backdated to January. The tribunal found the violation was not intentional. The ITF had "
        "sought four years. The 29-year-old five-time Grand Slam champion will miss the Rio Olympics."
    )
    assert found["29"].subject == "auto.measure.age.maria-sharapova"


def test_an_age_after_two_people_named_together_has_no_frame() -> None:
    found = claims(
        "Serena Williams said she was sorry. A dispute between Serena Williams and chair umpire "
        "Carlos Ramos, who said he gave the 36-year-old three code violations, overshadowed the match."
    )
    assert found["36"].subject == "unknown.quantity"


def test_an_age_after_a_a_and_not_the_is_someone_new() -> None:
    found = claims(LEAD + "A 28-year-old Russian was also banned on Tuesday.")
    assert found["28"].subject != "auto.measure.age.maria-sharapova"


def test_a_thing_s_age_is_no_person_s() -> None:
    found = claims(
        "Thomas Cook said it had no choice. The 78-year-old company said all flights were cancelled."
    )
    assert found["78"].subject == "unknown.quantity"


def test_two_ages_one_text_reads_as_one_person_s_are_neither_that_person_s() -> None:
    # the second "the N-year-old" is the women's winner, whom the text never named before it
    found = claims(
        "Eliud Kipchoge said he was happy. The 33-year-old won in Berlin on Sunday.\n\n"
        "Kipchoge said the course was fast. The 35-year-old Kenyan, who had won twice before, "
        "took the women's race."
    )
    assert found["33"].subject == "unknown.quantity"
    assert found["35"].subject != "auto.measure.age.eliud-kipchoge"


def test_an_age_whose_name_comes_after_it_in_its_sentence_is_not_the_last_named_s() -> None:
    found = claims(
        "Mayor Don McLaughlin said the town was in shock. Police said the 18-year-old, identified "
        "as Salvador Ramos, had bought two rifles. Ramos said nothing."
    )
    assert found["18"].subject != "auto.measure.age.don-mclaughlin"


def test_one_outlet_s_wrong_age_of_the_story_s_person_is_found(review: Review) -> None:
    wrong = LEAD + "The 28-year-old Russian revealed in March that she had been taking it."
    right = (
        "Maria Sharapova was banned for two years on Wednesday. Sharapova said she would appeal.\n\n"
        "The 29-year-old Russian will miss the Olympics in Rio."
    )
    named = "Maria Sharapova, 29, said she would appeal the two-year ban."
    report = review({"a": ("2016-06-08", wrong), "b": ("2016-06-08", right), "c": ("2016-06-08", named)})
    # reports of one day: no birthday between them, so one year apart is a wrong age (major)
    [finding] = [f for f in report["findings"] if f["rule_id"] == "FC102"]
    assert finding["grade"] == "major"
    assert [side["source"] for side in finding["sides"] if side["claim_id"] in finding["outliers"]] == ["a"]


def test_an_age_after_a_name_of_unknown_kind_is_not_taken_further_back() -> None:
    found = claims(
        "Eliud Kipchoge said the course was fast.\n\nGladys Cherono won the women's race. "
        "The previous record was set by Mizuki Noguchi of Japan. The 35-year-old Kenyan had won "
        "twice before."
    )
    assert found["35"].subject != "auto.measure.age.eliud-kipchoge"


def test_a_multiple_is_never_a_count() -> None:
    found = claims(
        "The government figure is roughly three times the UN estimate of 670 killed by the landslide."
    )
    assert found["670"].subject == "auto.count.deaths"
    assert found["roughly three times"].subject == "unknown.quantity"


def test_bodies_found_so_far_are_a_part_of_the_toll() -> None:
    found = claims("The landslide killed 670 people, officials said. So far, six bodies have been found.")
    assert found["670 people"].subject == "auto.count.deaths"
    assert found["six bodies"].subject != "auto.count.deaths"


def dated_events(text: str) -> list[str]:
    """The event frame of each date in `text`, in order (a report of 28 May 2024)."""
    return [
        c.claim.event
        for c in extract_text(text, published=published_on("2024-05-28"), source="wire")
        if isinstance(c.claim, DateClaim)
    ]


def test_the_date_of_a_letter_is_not_the_date_of_what_it_tells() -> None:
    assert dated_events(
        "In a letter to the UN on May 26, the disaster centre asked for help after the landslide "
        "struck the village."
    ) == ["unknown.event"]


def test_the_date_of_a_cleft_sentence_is_what_follows_that() -> None:
    assert dated_events(
        "Rescue teams were on the scene when the landslide occurred, but it was not until late on "
        "May 26 that the first excavator reached the area."
    ) == ["unknown.event"]
    assert dated_events("The landslide struck the village on Friday, May 24.") == ["auto.event.struck"]


def test_a_country_s_demonym_is_no_misspelling_of_a_name_starting_with_the_country() -> None:
    clusters = NameClusters(
        {
            "a": "The Papua New Guinea Post Courier reported the toll. Papua New Guinea is remote.",
            "b": "A Papua New Guinean official told the UN. Help came to Papua New Guinea.",
            "c": "Papua New Guinea said on Monday that the road was blocked.",
        }
    )
    assert clusters.frame("Papua New Guinean") is None
