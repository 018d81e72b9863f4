"""xAPI (Experience API 1.0.3) statements of a trainee's progress, and a validator.

:func:`statements` turns a :class:`~widgets.storage.progress.Progress` into a
list of statements that a learning record store accepts (``POST
/statements`` takes the list as it is):

- every choice in a scenario played to an end: verb *answered*, the node as a
  ``cmi.interaction`` activity of type ``choice`` with its options as
  ``choices`` and the chosen one as ``result.response``; the course's verdict
  and principles go in result extensions; steps where the trainee wrote their
  own words are left out (the words are never kept);
- every scenario played to an end: *completed*, with the share of good
  choices as ``result.score.scaled``;
- every quiz answer: *answered*, a ``choice`` interaction with the correct
  answers as ``correctResponsesPattern``; a quiz with every question
  answered: *completed* with its score, and *passed* as well at
  :data:`PASS_MARK` or more;
- every page completed: *completed*.

The actor is an ``account`` whose ``homePage`` is the course's address
(``VERKSTED_PUBLIC_URL``) and whose ``name`` is the key's pseudonym
(:func:`widgets.progress.keys.pseudonym`), never the key or its stored hash.
Statement ids are UUIDs derived from the record, so exporting twice gives the
same ids (an LRS then keeps one copy).

:func:`validate_statement` checks a statement against the rules of the xAPI
1.0.3 specification (Data, part two) that these statements touch; the tests
run every exported statement through it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote, urlsplit

from widgets.content import catalog
from widgets.storage.progress import Answer, Play, Progress

__all__ = [
    "INTERACTION_TYPES",
    "PASS_MARK",
    "VERBS",
    "home_page",
    "statements",
    "validate_statement",
]

#: ADL's verb IRIs (the xAPI vocabulary) with their display names.
VERBS = {
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "answered", "svarte"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "completed", "fullførte"),
    "passed": ("http://adlnet.gov/expapi/verbs/passed", "passed", "bestod"),
}
ACTIVITY_TYPES = {
    "interaction": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "scenario": "http://adlnet.gov/expapi/activities/simulation",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/question",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "module": "http://adlnet.gov/expapi/activities/module",
}
#: The share of right answers at which a quiz counts as passed.
PASS_MARK = 0.8
LANG = "nb-NO"
#: Used when the course's public address is not configured (a reserved name).
FALLBACK_HOME = "https://verksted.invalid/"
_NAMESPACE = uuid.UUID("5b1f0c2e-8f54-4b57-9d0a-7d1f2b9b6a31")


def home_page() -> str:
    """The course's address: ``VERKSTED_PUBLIC_URL``, the page's own origin, or a placeholder."""
    from widgets.seminar.access import _base_url

    base = _base_url()
    return base if base else FALLBACK_HOME


def _lang(text: str, english: str | None = None) -> dict[str, str]:
    out = {LANG: text}
    if english:
        out["en-US"] = english
    return out


def _iso(at: datetime) -> str:
    at = at.astimezone(timezone.utc) if at.tzinfo else at.replace(tzinfo=timezone.utc)
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _part(value: str) -> str:
    return quote(value, safe="")


class _Builder:
    def __init__(self, name: str, home: str) -> None:
        self.home = home if home.endswith("/") else home + "/"
        self.actor = {"objectType": "Agent", "account": {"homePage": self.home, "name": name}}
        self.name = name

    def iri(self, *parts: str) -> str:
        return self.home + "xapi/" + "/".join(_part(p) for p in parts)

    def verb(self, key: str) -> dict[str, Any]:
        iri, english, norwegian = VERBS[key]
        return {"id": iri, "display": {"en-US": english, LANG: norwegian}}

    def statement(
        self,
        seed: str,
        verb: str,
        obj: dict[str, Any],
        at: datetime,
        result: dict[str, Any] | None = None,
        parents: Iterable[dict[str, Any]] = (),
        grouping: Iterable[dict[str, Any]] = (),
    ) -> dict[str, Any]:
        statement: dict[str, Any] = {
            "id": str(uuid.uuid5(_NAMESPACE, f"{self.name}/{seed}/{_iso(at)}")),
            "actor": self.actor,
            "verb": self.verb(verb),
            "object": obj,
            "timestamp": _iso(at),
        }
        if result:
            statement["result"] = result
        context: dict[str, Any] = {"platform": "Verksted", "language": LANG}
        activities: dict[str, Any] = {}
        if parents := list(parents):
            activities["parent"] = parents
        if grouping := list(grouping):
            activities["grouping"] = grouping
        if activities:
            context["contextActivities"] = activities
        statement["context"] = context
        return statement

    def activity(self, iri: str, kind: str, name: str, **definition: Any) -> dict[str, Any]:
        return {
            "objectType": "Activity",
            "id": iri,
            "definition": {"type": ACTIVITY_TYPES[kind], "name": _lang(name), **definition},
        }


def _module_activity(b: _Builder, module: str | None) -> list[dict[str, Any]]:
    if not module:
        return []
    try:
        title = catalog.module(module).title
    except catalog.ContentError:
        title = module
    return [b.activity(b.iri("module", module), "module", title)]


def _play_statements(b: _Builder, play: Play) -> list[dict[str, Any]]:
    try:
        scenario = catalog.scenario(play.scenario_id)
    except catalog.ContentError:
        scenario = None
    title = scenario.title if scenario else play.scenario_id
    parent = b.activity(b.iri("scenario", play.scenario_id), "scenario", title)
    grouping = _module_activity(b, play.module)
    out = []
    choices = good = 0
    for index, (node_id, option) in enumerate(play.path):
        if option is None:
            continue  # own words: the words are never kept, so there is nothing to state
        choices += 1
        node = None
        if scenario is not None:
            try:
                node = scenario.node(node_id)
            except KeyError:
                node = None
        definition: dict[str, Any] = {"interactionType": "choice"}
        verdict = None
        if node is not None and 0 <= option < len(node.options):
            definition["choices"] = [
                {"id": f"a{i}", "description": _lang(o.text)} for i, o in enumerate(node.options)
            ]
            right = [f"a{i}" for i, o in enumerate(node.options) if o.verdict == "god"]
            if right:
                definition["correctResponsesPattern"] = right
            chosen = node.options[option]
            verdict = chosen.verdict
            extensions = {
                b.iri("extensions", "verdict"): chosen.verdict,
                b.iri("extensions", "honours"): list(chosen.honours),
                b.iri("extensions", "breaks"): list(chosen.breaks),
            }
        else:
            extensions = {}
        if verdict == "god":
            good += 1
        prompt = (
            node.prompt if node is not None and node.prompt else None
        ) or f"{title}: {node_id}"
        obj = b.activity(
            b.iri("scenario", play.scenario_id, node_id), "interaction", prompt, **definition
        )
        result: dict[str, Any] = {"response": f"a{option}"}
        if verdict is not None:
            result["success"] = verdict == "god"
        if extensions:
            result["extensions"] = extensions
        out.append(
            b.statement(
                f"play/{play.id}/{index}", "answered", obj, play.at, result, [parent], grouping
            )
        )
    counted = sum(play.verdicts.values()) or choices
    good = play.verdicts.get("god", good)
    result = {
        "completion": True,
        "extensions": {
            b.iri("extensions", "honoured"): dict(play.honoured),
            b.iri("extensions", "broken"): dict(play.broken),
            b.iri("extensions", "stage"): play.stage,
        },
    }
    if counted:
        result["score"] = {
            "scaled": round(good / counted, 4),
            "raw": good,
            "min": 0,
            "max": counted,
        }
    out.append(b.statement(f"play/{play.id}", "completed", parent, play.at, result, [], grouping))
    return out


def _quiz_statements(b: _Builder, answers: list[Answer]) -> list[dict[str, Any]]:
    out = []
    by_quiz: dict[tuple[str, str], list[Answer]] = {}
    for a in answers:
        by_quiz.setdefault((a.quiz_id, a.stage), []).append(a)
    for (quiz_id, stage), group in by_quiz.items():
        try:
            quiz = catalog.quiz(quiz_id)
        except catalog.ContentError:
            quiz = None
        title = quiz.title if quiz else quiz_id
        parent = b.activity(b.iri("quiz", quiz_id), "quiz", title)
        grouping = _module_activity(b, group[0].module)
        questions = {q.id: q for q in quiz.questions} if quiz else {}
        for a in group:
            q = questions.get(a.question_id)
            definition: dict[str, Any] = {"interactionType": "choice"}
            if q is not None:
                definition["choices"] = [
                    {"id": f"a{i}", "description": _lang(x.text)} for i, x in enumerate(q.answers)
                ]
                definition["correctResponsesPattern"] = [
                    "[,]".join(f"a{i}" for i, x in enumerate(q.answers) if x.correct)
                ]
            obj = b.activity(
                b.iri("quiz", quiz_id, a.question_id),
                "interaction",
                q.text if q else a.question_id,
                **definition,
            )
            result = {
                "response": "[,]".join(f"a{i}" for i in a.selected),
                "success": a.outcome == "right",
            }
            out.append(
                b.statement(f"answer/{a.id}", "answered", obj, a.at, result, [parent], grouping)
            )
        total = len(questions)
        if total and {a.question_id for a in group} >= set(questions):
            right = sum(a.outcome == "right" for a in group if a.question_id in questions)
            at = max(a.at for a in group)
            score = {"scaled": round(right / total, 4), "raw": right, "min": 0, "max": total}
            passed = right / total >= PASS_MARK
            result = {"score": score, "completion": True, "success": passed}
            out.append(
                b.statement(
                    f"quiz/{quiz_id}/{stage}", "completed", parent, at, result, [], grouping
                )
            )
            if passed:
                out.append(
                    b.statement(
                        f"quiz/{quiz_id}/{stage}/passed",
                        "passed",
                        parent,
                        at,
                        {"score": score, "success": True},
                        [],
                        grouping,
                    )
                )
    return out


def statements(progress: Progress, pseudonym: str, home: str | None = None) -> list[dict[str, Any]]:
    """Every statement for the trainee's progress, oldest first."""
    b = _Builder(pseudonym, home or home_page())
    out: list[dict[str, Any]] = []
    try:
        pages = {p.path: p for p in catalog.course().pages}
    except catalog.ContentError:
        pages = {}
    for path, at in progress.pages.items():
        info = pages.get(path)
        obj = b.activity(
            b.home + "voila/render/" + quote(path), "lesson", info.title if info else path
        )
        out.append(
            b.statement(
                f"page/{path}",
                "completed",
                obj,
                at,
                {"completion": True},
                [],
                _module_activity(b, info.module if info else None),
            )
        )
    for play in progress.plays:
        out.extend(_play_statements(b, play))
    out.extend(_quiz_statements(b, progress.answers))
    out.sort(key=lambda s: s["timestamp"])
    return out


# -- the validator -----------------------------------------------------------------------

INTERACTION_TYPES = frozenset(
    {
        "true-false",
        "choice",
        "fill-in",
        "long-fill-in",
        "matching",
        "performance",
        "sequencing",
        "likert",
        "numeric",
        "other",
    }
)
_STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
_AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_ACTIVITY_KEYS = {"objectType", "id", "definition"}
_DEFINITION_KEYS = {
    "name",
    "description",
    "type",
    "moreInfo",
    "extensions",
    "interactionType",
    "correctResponsesPattern",
    "choices",
    "scale",
    "source",
    "target",
    "steps",
}
_COMPONENT_LISTS = {
    "choice": {"choices"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "matching": {"source", "target"},
    "performance": {"steps"},
}
_RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
_SCORE_KEYS = {"scaled", "raw", "min", "max"}
_CONTEXT_KEYS = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
_CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
_UUID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.I
)
# ISO 8601 date and time with a time zone (the RFC 3339 profile the spec recommends).
_TIMESTAMP = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?"
    r"(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$"
)
_DURATION = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
_LANGUAGE_TAG = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8}|-\d[A-Za-z0-9]{3})*$"
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _is_iri(value: Any) -> bool:
    return isinstance(value, str) and bool(_SCHEME.match(value)) and not re.search(r"\s", value)


def _is_irl(value: Any) -> bool:
    if not _is_iri(value):
        return False
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


class _Check:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def obj(self, value: Any, where: str, allowed: set[str]) -> bool:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return False
        for key, item in value.items():
            if key not in allowed:
                self.fail(where, f"unknown property {key!r}")
            if item is None:
                self.fail(f"{where}.{key}", "must not be null")
            elif isinstance(item, dict) and not item and key != "extensions":
                self.fail(f"{where}.{key}", "must not be an empty object")
        return True

    def language_map(self, value: Any, where: str) -> None:
        if not isinstance(value, dict) or not value:
            self.fail(where, "must be a non-empty language map")
            return
        for tag, text in value.items():
            if not _LANGUAGE_TAG.match(tag):
                self.fail(where, f"{tag!r} is not an RFC 5646 language tag")
            if not isinstance(text, str):
                self.fail(f"{where}[{tag}]", "must be a string")

    def extensions(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return
        for key in value:
            if not _is_iri(key):
                self.fail(where, f"extension key {key!r} is not an IRI")

    def agent(self, value: Any, where: str) -> None:
        if not self.obj(value, where, _AGENT_KEYS):
            return
        if value.get("objectType", "Agent") != "Agent":
            self.fail(where, "objectType must be 'Agent' (groups are not used here)")
        ifis = [k for k in _IFIS if k in value]
        if len(ifis) != 1:
            self.fail(where, f"must have exactly one inverse functional identifier, has {ifis}")
        if "account" in value and self.obj(
            value["account"], f"{where}.account", {"homePage", "name"}
        ):
            account = value["account"]
            if not _is_irl(account.get("homePage")):
                self.fail(f"{where}.account.homePage", "must be an IRL")
            if not isinstance(account.get("name"), str) or not account.get("name"):
                self.fail(f"{where}.account.name", "must be a non-empty string")
        if "mbox" in value and not str(value["mbox"]).startswith("mailto:"):
            self.fail(f"{where}.mbox", "must be a mailto IRI")

    def definition(self, value: Any, where: str) -> dict[str, set[str]]:
        ids: dict[str, set[str]] = {}
        if not self.obj(value, where, _DEFINITION_KEYS):
            return ids
        for key in ("name", "description"):
            if key in value:
                self.language_map(value[key], f"{where}.{key}")
        for key in ("type", "moreInfo"):
            if key in value and not _is_iri(value[key]):
                self.fail(f"{where}.{key}", "must be an IRI")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")
        kind = value.get("interactionType")
        interaction_keys = {
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps",
        }
        if kind is None:
            for key in interaction_keys & set(value):
                self.fail(f"{where}.{key}", "only allowed with an interactionType")
            return ids
        if kind not in INTERACTION_TYPES:
            self.fail(f"{where}.interactionType", f"{kind!r} is not an interaction type")
            return ids
        if value.get("type") not in (None, ACTIVITY_TYPES["interaction"]):
            self.fail(f"{where}.type", "an interaction should have the cmi.interaction type")
        allowed = _COMPONENT_LISTS.get(kind, set())
        for key in interaction_keys - {"correctResponsesPattern"}:
            if key in value and key not in allowed:
                self.fail(f"{where}.{key}", f"not allowed for interactionType {kind!r}")
        for key in allowed & set(value):
            components = value[key]
            if not isinstance(components, list) or not components:
                self.fail(f"{where}.{key}", "must be a non-empty array")
                continue
            seen: set[str] = set()
            for i, component in enumerate(components):
                at = f"{where}.{key}[{i}]"
                if not self.obj(component, at, {"id", "description"}):
                    continue
                cid = component.get("id")
                if not isinstance(cid, str) or not cid or re.search(r"\s|\[,\]", cid):
                    self.fail(f"{at}.id", "must be a non-empty string without whitespace or '[,]'")
                elif cid in seen:
                    self.fail(f"{at}.id", f"{cid!r} is not unique in {key}")
                else:
                    seen.add(cid)
                if "description" in component:
                    self.language_map(component["description"], f"{at}.description")
            ids[key] = seen
        if "correctResponsesPattern" in value:
            patterns = value["correctResponsesPattern"]
            if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
                self.fail(f"{where}.correctResponsesPattern", "must be an array of strings")
            elif kind == "choice" and "choices" in ids:
                for pattern in patterns:
                    self.choice_response(
                        pattern, ids["choices"], f"{where}.correctResponsesPattern"
                    )
        return ids

    def choice_response(self, response: Any, choices: set[str], where: str) -> None:
        if not isinstance(response, str):
            self.fail(where, "must be a string")
            return
        picked = response.split("[,]") if response else []
        for item in picked:
            if item not in choices:
                self.fail(where, f"{item!r} is not one of the choices {sorted(choices)}")
        if len(set(picked)) != len(picked):
            self.fail(where, "names a choice twice")

    def activity(self, value: Any, where: str) -> dict[str, set[str]]:
        if not self.obj(value, where, _ACTIVITY_KEYS):
            return {}
        if value.get("objectType", "Activity") != "Activity":
            self.fail(where, "objectType must be 'Activity'")
        if not _is_iri(value.get("id")):
            self.fail(f"{where}.id", "must be an IRI")
        if "definition" in value:
            return self.definition(value["definition"], f"{where}.definition")
        return {}

    def result(self, value: Any, where: str, obj: Any, ids: dict[str, set[str]]) -> None:
        if not self.obj(value, where, _RESULT_KEYS):
            return
        if "score" in value and self.obj(value["score"], f"{where}.score", _SCORE_KEYS):
            score = value["score"]
            for key in _SCORE_KEYS & set(score):
                if not isinstance(score[key], (int, float)) or isinstance(score[key], bool):
                    self.fail(f"{where}.score.{key}", "must be a number")
            scaled = score.get("scaled")
            if isinstance(scaled, (int, float)) and not -1 <= scaled <= 1:
                self.fail(f"{where}.score.scaled", "must be between -1 and 1")
            low, high, raw = score.get("min"), score.get("max"), score.get("raw")
            if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low >= high:
                self.fail(f"{where}.score", "min must be less than max")
            if isinstance(raw, (int, float)):
                if isinstance(low, (int, float)) and raw < low:
                    self.fail(f"{where}.score.raw", "must not be less than min")
                if isinstance(high, (int, float)) and raw > high:
                    self.fail(f"{where}.score.raw", "must not be more than max")
        for key in ("success", "completion"):
            if key in value and not isinstance(value[key], bool):
                self.fail(f"{where}.{key}", "must be true or false")
        if "duration" in value and not (
            isinstance(value["duration"], str) and _DURATION.match(value["duration"])
        ):
            self.fail(f"{where}.duration", "must be an ISO 8601 duration")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")
        if "response" in value:
            definition = obj.get("definition", {}) if isinstance(obj, dict) else {}
            kind = definition.get("interactionType") if isinstance(definition, dict) else None
            if kind == "choice" and "choices" in ids:
                self.choice_response(value["response"], ids["choices"], f"{where}.response")
            elif kind == "true-false" and value["response"] not in {"true", "false"}:
                self.fail(f"{where}.response", "must be 'true' or 'false'")
            elif not isinstance(value["response"], str):
                self.fail(f"{where}.response", "must be a string")

    def context(self, value: Any, where: str, obj: Any) -> None:
        if not self.obj(value, where, _CONTEXT_KEYS):
            return
        if "registration" in value and not (
            isinstance(value["registration"], str) and _UUID.match(value["registration"])
        ):
            self.fail(f"{where}.registration", "must be a UUID")
        if "language" in value and not (
            isinstance(value["language"], str) and _LANGUAGE_TAG.match(value["language"])
        ):
            self.fail(f"{where}.language", "must be an RFC 5646 language tag")
        is_activity = isinstance(obj, dict) and obj.get("objectType", "Activity") == "Activity"
        for key in ("revision", "platform"):
            if key in value:
                if not isinstance(value[key], str):
                    self.fail(f"{where}.{key}", "must be a string")
                if not is_activity:
                    self.fail(f"{where}.{key}", "only allowed when the object is an Activity")
        if "contextActivities" in value and self.obj(
            value["contextActivities"], f"{where}.contextActivities", _CONTEXT_ACTIVITY_KEYS
        ):
            for key, items in value["contextActivities"].items():
                for i, item in enumerate(items if isinstance(items, list) else [items]):
                    self.activity(item, f"{where}.contextActivities.{key}[{i}]")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")


def validate_statement(statement: Any) -> list[str]:
    """Every way ``statement`` breaks the xAPI 1.0.3 rules checked here (empty when valid).

    Checked: only defined properties, no nulls or empty objects outside
    extensions; ``id`` a UUID; the actor an Agent with exactly one inverse
    functional identifier (an account needs a homePage IRL and a name); the verb
    an IRI with a language-map display; the object an Activity with an IRI id
    and a valid definition (language maps with RFC 5646 tags, IRIs, a known
    interactionType, only its own component lists with unique ids, response
    patterns that name existing choices); the result's score (scaled in
    [-1, 1], min < max, raw between them), booleans, ISO 8601 duration and a
    response in the interaction's format; context registration UUID, language
    tag, and platform/revision only with an Activity; the timestamp an ISO 8601
    date-time with a time zone; extension keys IRIs.
    """
    check = _Check()
    if not check.obj(statement, "statement", _STATEMENT_KEYS):
        return check.errors
    for key in ("actor", "verb", "object"):
        if key not in statement:
            check.fail("statement", f"{key} is required")
    if "id" in statement and not (
        isinstance(statement["id"], str) and _UUID.match(statement["id"])
    ):
        check.fail("statement.id", "must be a UUID")
    if "actor" in statement:
        check.agent(statement["actor"], "statement.actor")
    if "verb" in statement and check.obj(statement["verb"], "statement.verb", {"id", "display"}):
        if not _is_iri(statement["verb"].get("id")):
            check.fail("statement.verb.id", "must be an IRI")
        if "display" in statement["verb"]:
            check.language_map(statement["verb"]["display"], "statement.verb.display")
    ids: dict[str, set[str]] = {}
    obj = statement.get("object")
    if obj is not None:
        ids = check.activity(obj, "statement.object")
    if "result" in statement:
        check.result(statement["result"], "statement.result", obj, ids)
    if "context" in statement:
        check.context(statement["context"], "statement.context", obj)
    if "timestamp" in statement and not (
        isinstance(statement["timestamp"], str) and _TIMESTAMP.match(statement["timestamp"])
    ):
        check.fail("statement.timestamp", "must be an ISO 8601 date-time with a time zone")
    return check.errors
