"""Records built from values already known to be valid, without pydantic's per-field walk.

`model_construct` skips validation but still walks every field of the model (aliases,
defaults) and gives each instance a set of its own naming the fields given. An import
makes hundreds of thousands of records whose values come from typed code; for them that
walk costs more than the record's data, and the sets more memory than its values. Here
every field is given, so a record is its values dict plus one complete fields set shared
by every record of its class (pydantic only ever adds names to that set, and every name
is in it already).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

RecordT = TypeVar("RecordT", bound=BaseModel)

_set_attribute = object.__setattr__
_COMPLETE_FIELDS: dict[type[BaseModel], set[str]] = {}


def _complete_fields(cls: type[BaseModel]) -> set[str]:
    """Every field name of `cls`, once the class is known to need nothing at construction
    but its values (no aliases, private attributes, extra fields or post-init hook)."""
    fields = cls.model_fields
    if (
        cls.__pydantic_post_init__
        or cls.__private_attributes__
        or cls.model_config.get("extra") == "allow"
        or any(f.alias or f.validation_alias for f in fields.values())
    ):
        raise TypeError(f"{cls.__name__} cannot be built from trusted values")
    names = set(fields)
    _COMPLETE_FIELDS[cls] = names
    return names


def trusted(cls: type[RecordT], values: dict[str, Any]) -> RecordT:
    """An instance of record class `cls` holding `values` (every field, each already of
    its field's type), as `cls.model_construct(**values)` would build it, only faster.

    The dict becomes the record's own: callers pass a fresh one. A missing or unknown
    field name is a ValueError, so a model change cannot silently drop a field.
    """
    names = _COMPLETE_FIELDS.get(cls) or _complete_fields(cls)
    if values.keys() != names:
        missing = sorted(names - values.keys())
        unknown = sorted(values.keys() - names)
        raise ValueError(f"{cls.__name__}: missing fields {missing}, unknown fields {unknown}")
    record = cls.__new__(cls)
    _set_attribute(record, "__dict__", values)
    _set_attribute(record, "__pydantic_fields_set__", names)
    _set_attribute(record, "__pydantic_extra__", None)
    _set_attribute(record, "__pydantic_private__", None)
    return record


class Draft(SimpleNamespace, Generic[RecordT]):
    """A record of class `cls` while code fills it in field by field: plain attributes,
    each set far faster than a pydantic model's, starting from every field's default
    (fresh lists and dicts of its own). `record()` makes the finished record, trusting
    the values as `trusted` does; its fields keep the model's order, as pydantic's own
    records do (and so their JSON)."""

    __slots__ = ("_cls",)  # kept out of the field values in `__dict__`

    def __init__(self, cls: type[RecordT], **values: Any) -> None:
        defaults = _DEFAULTS.get(cls) or _field_defaults(cls)
        if _REQUIRED[cls] - values.keys():
            raise TypeError(f"{cls.__name__}: missing {sorted(_REQUIRED[cls] - values.keys())}")
        fields = defaults.copy()  # every field, in the model's order
        for name, make in _FACTORIES[cls]:
            if name not in values:
                fields[name] = make()
        for name, value in values.items():
            if name in fields:  # a name that is no field is ignored
                fields[name] = value
        super().__init__(**fields)
        self._cls = cls

    def record(self) -> RecordT:
        """The finished record; the draft is not to be used after."""
        return trusted(self._cls, self.__dict__)


#: Per record class, in the model's order: each field's name and default (None for a
#: required field, whose value a draft must be given, and for one with a factory).
_DEFAULTS: dict[type[BaseModel], dict[str, Any]] = {}
#: Per record class, in the model's order: the fields whose default is made anew for
#: every record (lists, dicts), with their factories.
_FACTORIES: dict[type[BaseModel], list[tuple[str, Any]]] = {}
#: Per record class, the fields a draft must be given.
_REQUIRED: dict[type[BaseModel], frozenset[str]] = {}


def _field_defaults(cls: type[BaseModel]) -> dict[str, Any]:
    """The fields of `cls` with their defaults, for `Draft`, which copies them for every
    draft and then makes the defaults that need factories."""
    defaults = {
        name: None if field.is_required() or field.default_factory else field.default
        for name, field in cls.model_fields.items()
    }
    _FACTORIES[cls] = [
        (name, field.default_factory)
        for name, field in cls.model_fields.items()
        if field.default_factory and not field.is_required()
    ]
    _REQUIRED[cls] = frozenset(n for n, f in cls.model_fields.items() if f.is_required())
    _DEFAULTS[cls] = defaults
    return defaults
