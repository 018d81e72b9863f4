"""The content models without pydantic, for the static edition's browser.

Pyodide has no build of ``pydantic-core`` that a course may ship, so in the
browser :mod:`widgets.content.models` and :mod:`widgets.planning` take their
``BaseModel``, ``Field`` and friends from here. The content the browser reads
was validated with the real pydantic when the edition was built (``verksted
check`` runs first), so this stand-in only *builds* the same classes from
plain data: nested models, lists, dicts and optional fields by their
annotations, defaults and ``default_factory``. Number bounds are still
enforced, the way the served edition would refuse them. Standard library only.
"""

from __future__ import annotations

import types
import typing
from typing import Any, ClassVar

__all__ = [
    "BaseModel",
    "ConfigDict",
    "Field",
    "StringConstraints",
    "ValidationError",
    "model_validator",
]

_MISSING = object()


class ValidationError(ValueError):
    """Data that does not fit the model (the name pydantic gives it)."""


def ConfigDict(**settings: Any) -> dict[str, Any]:
    return dict(settings)


def StringConstraints(**constraints: Any) -> tuple[tuple[str, Any], ...]:
    # Hashable (typing.Annotated metadata inside a Union must be); not checked here.
    return tuple(sorted(constraints.items()))


class _FieldInfo:
    def __init__(
        self,
        default: Any = _MISSING,
        *,
        default_factory: Any = None,
        ge: float | None = None,
        le: float | None = None,
        **_ignored: Any,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.ge, self.le = ge, le

    def initial(self, name: str) -> Any:
        if self.default_factory is not None:
            return self.default_factory()
        if self.default is _MISSING or self.default is Ellipsis:
            raise ValidationError(f"{name}: field required")
        return self.default

    def check(self, name: str, value: Any) -> None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if self.ge is not None and value < self.ge:
                raise ValidationError(f"{name}: must be at least {self.ge}")
            if self.le is not None and value > self.le:
                raise ValidationError(f"{name}: must be at most {self.le}")


def Field(default: Any = _MISSING, **options: Any) -> Any:
    return _FieldInfo(default, **options)


def model_validator(*, mode: str = "after") -> Any:
    """Whole-model checks ran at build time; here the method is kept as it is."""

    def keep(fn: Any) -> Any:
        return fn

    return keep


def _convert(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin is typing.Annotated:
        return _convert(typing.get_args(kind)[0], value)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(kind):
            if (
                isinstance(option, type)
                and issubclass(option, BaseModel)
                and isinstance(value, dict)
            ):
                return option.model_validate(value)
        return value
    if origin is list and isinstance(value, (list, tuple)):
        (item,) = typing.get_args(kind) or (Any,)
        return [_convert(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        _, item = typing.get_args(kind) or (Any, Any)
        return {k: _convert(item, v) for k, v in value.items()}
    if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(value, dict):
        return kind.model_validate(value)
    return value


class BaseModel:
    """Frozen records built from validated data, with pydantic's construction API."""

    model_config: ClassVar[dict[str, Any]] = {}
    __fields: ClassVar[dict[str, tuple[Any, _FieldInfo]]]

    @classmethod
    def _fields(cls) -> dict[str, tuple[Any, _FieldInfo]]:
        found = cls.__dict__.get("_BaseModel__fields")
        if found is not None:
            return found
        # Each class's annotations are read in its own module (where Slug, Text… live).
        hints = typing.get_type_hints(cls, include_extras=True)
        fields: dict[str, tuple[Any, _FieldInfo]] = {}
        for name, kind in hints.items():
            if (
                typing.get_origin(kind) is ClassVar
                or name.startswith("_")
                or name == "model_config"
            ):
                continue
            default = getattr(cls, name, _MISSING)
            info = default if isinstance(default, _FieldInfo) else _FieldInfo(default)
            fields[name] = (kind, info)
        cls.__fields = fields
        return fields

    def __init__(self, **data: Any) -> None:
        fields = self._fields()
        unknown = set(data) - set(fields)
        if unknown:
            raise ValidationError(f"{type(self).__name__}: unknown fields {sorted(unknown)}")
        for name, (kind, info) in fields.items():
            value = _convert(kind, data[name]) if name in data else info.initial(name)
            info.check(name, value)
            object.__setattr__(self, name, value)

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise ValidationError(f"{cls.__name__}: expected a mapping")
        return cls(**data)

    def model_dump(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, BaseModel):
                return value.model_dump()
            if isinstance(value, list):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value

        return {name: plain(getattr(self, name)) for name in self._fields()}

    def __setattr__(self, name: str, value: Any) -> None:
        raise ValidationError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.model_dump() == other.model_dump()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(self.model_dump())))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields())
        return f"{type(self).__name__}({inner})"
