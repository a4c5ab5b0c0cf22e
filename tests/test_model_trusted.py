"""Records built from trusted values are the records pydantic would build from them."""

from __future__ import annotations

import pytest

from coprod_refs.model import ExtractedMention, ExtractedWork, Name, Span, Work
from coprod_refs.model.trusted import Draft, trusted


def _values(record: ExtractedWork | Work) -> dict[str, object]:
    return {name: getattr(record, name) for name in type(record).model_fields}


def test_a_trusted_record_equals_the_validated_one() -> None:
    validated = ExtractedWork(
        title="Co-production",
        year=2012,
        authors=[Name(family="Bovaird", given="Tony")],
        keywords=["services"],
        span=Span(source="s", start=1, end=9),
    )
    built = trusted(ExtractedWork, _values(validated))
    assert built == validated
    assert built.model_dump() == validated.model_dump()
    assert built.model_dump_json(exclude_defaults=True) == validated.model_dump_json(
        exclude_defaults=True
    )
    assert built.model_fields_set == set(ExtractedWork.model_fields)


def test_trusted_records_stay_independent() -> None:
    first = trusted(Work, _values(Work(key="a")))
    second = trusted(Work, _values(Work(key="b")))
    first.title = "changed"
    copy = first.model_copy(update={"key": "c"})
    assert (first.title, second.title, copy.key, first.key) == ("changed", "", "c", "a")
    assert second.model_fields_set == set(Work.model_fields)


def test_a_missing_field_is_refused() -> None:
    values = _values(Work(key="a"))
    del values["title"]
    with pytest.raises(ValueError, match=r"missing fields \['title'\]"):
        trusted(Work, values)


def test_an_unknown_field_is_refused() -> None:
    values = {**_values(Work(key="a")), "colour": "red"}
    with pytest.raises(ValueError, match=r"unknown fields \['colour'\]"):
        trusted(Work, values)


def test_a_draft_filled_in_makes_the_record_pydantic_would_build() -> None:
    draft = Draft(ExtractedWork, raw="Bovaird (2007)")
    draft.title = "Beyond engagement"
    draft.year = 2007
    draft.authors.append(Name(family="Bovaird", given="Tony"))
    built = draft.record()
    validated = ExtractedWork(
        raw="Bovaird (2007)",
        title="Beyond engagement",
        year=2007,
        authors=[Name(family="Bovaird", given="Tony")],
    )
    assert built == validated
    assert built.model_dump_json(exclude_defaults=True) == validated.model_dump_json(
        exclude_defaults=True
    )


def test_drafts_get_lists_of_their_own() -> None:
    first, second = Draft(ExtractedWork), Draft(ExtractedWork)
    first.flags.append("low-confidence")
    first.field_confidence["title"] = 0.5
    assert (second.flags, second.field_confidence) == ([], {})
    assert second.record() == ExtractedWork()


def test_a_draft_without_a_required_field_is_refused() -> None:
    with pytest.raises(TypeError, match="surface"):
        Draft(ExtractedMention, start=0, end=4)
