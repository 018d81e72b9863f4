"""``verksted check``: validate all content and check every scenario as a graph.

Every problem is collected (nothing stops at the first), each with a file and a
line, in words an author who does not program can act on.
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from widgets.content.loader import Problem, Source, read_yaml, validate
from widgets.content.models import (
    END,
    Course,
    Module,
    PracticeSet,
    PrincipleText,
    Quiz,
    Scenario,
)
from widgets.principles import all_ids

__all__ = ["Report", "check_content", "reachable", "reaches_ending"]


@dataclass
class Report:
    """The outcome of checking a content folder."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    modules: list[Module] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        def n(count: int, word: str, plural: str) -> str:
            return f"{count} {word if count == 1 else plural}"

        return "OK: " + ", ".join(
            [
                n(len(self.modules), "module", "modules"),
                n(len(self.scenarios), "scenario", "scenarios"),
                n(len(self.quizzes), "quiz", "quizzes"),
            ]
        )

    def lines(self) -> list[str]:
        base = self.root.parent
        return [p.render(base) for p in sorted(self.problems)]


def reachable(scenario: Scenario) -> set[str]:
    """Node ids reachable from the start (following only existing targets)."""
    ids = {n.id for n in scenario.nodes}
    seen: set[str] = set()
    queue = deque([scenario.start_id] if scenario.start_id in ids else [])
    while queue:
        node_id = queue.popleft()
        if node_id in seen:
            continue
        seen.add(node_id)
        queue.extend(t for t in scenario.node(node_id).targets if t in ids and t not in seen)
    return seen


def reaches_ending(scenario: Scenario) -> set[str]:
    """Node ids from which some ending can be reached."""
    ids = {n.id for n in scenario.nodes}
    good = {n.id for n in scenario.nodes if n.is_ending or END in n.targets}
    changed = True
    while changed:
        changed = False
        for node in scenario.nodes:
            if node.id not in good and any(t in good for t in node.targets if t in ids):
                good.add(node.id)
                changed = True
    return good


def _unknown_principle(pid: str) -> str:
    close = difflib.get_close_matches(pid, sorted(all_ids()), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown principle id '{pid}'{hint}"


def _check_scenario(sc: Scenario, src: Source, out: list[Problem]) -> None:
    node_index: dict[str, int] = {}
    for i, node in enumerate(sc.nodes):
        if node.id in node_index:
            out.append(src.problem(("nodes", i, "id"), f"node id '{node.id}' is used twice"))
        node_index.setdefault(node.id, i)
    char_ids = [c.id for c in sc.characters]
    for j, cid in enumerate(char_ids):
        if char_ids.index(cid) != j:
            out.append(src.problem(("characters", j, "id"), f"character id '{cid}' is used twice"))
    if sc.start is not None and sc.start not in node_index:
        out.append(src.problem(("start",), f"start node '{sc.start}' does not exist"))
    ids = set(node_index)
    valid = all_ids()
    for m, pid in enumerate(sc.focus):
        if pid not in valid:
            out.append(src.problem(("focus", m), _unknown_principle(pid)))
    for i, node in enumerate(sc.nodes):
        for k, line in enumerate(node.lines):
            if line.who is not None and line.who not in char_ids:
                out.append(
                    src.problem(
                        ("nodes", i, "lines", k, "who"),
                        f"'{line.who}' is not one of the characters ({', '.join(char_ids)})",
                    )
                )
        for j, opt in enumerate(node.options):
            at = ("nodes", i, "options", j)
            if opt.next != END and opt.next not in ids:
                out.append(
                    src.problem(
                        (*at, "next"),
                        f"option leads to '{opt.next}', but there is no node with that id "
                        f"(use '{END}' to end the scenario)",
                    )
                )
            if not opt.feedback.strip():
                out.append(src.problem((*at, "feedback"), "option has no feedback for the trainee"))
            if not opt.principles:
                out.append(src.problem(at, "option names no principle (add 'honours' or 'breaks')"))
            for key in ("honours", "breaks"):
                for m, pid in enumerate(getattr(opt, key)):
                    if pid not in valid:
                        out.append(src.problem((*at, key, m), _unknown_principle(pid)))
            both = set(opt.honours) & set(opt.breaks)
            if both:
                out.append(
                    src.problem(at, f"option both honours and breaks {', '.join(sorted(both))}")
                )
        if node.free_text is not None and node.free_text.next is not None:
            nxt = node.free_text.next
            if nxt != END and nxt not in ids:
                out.append(
                    src.problem(
                        ("nodes", i, "free_text", "next"),
                        f"free_text leads to '{nxt}', but there is no node with that id",
                    )
                )
    if sc.start_id not in ids:
        return
    seen = reachable(sc)
    for node_id, i in node_index.items():
        if node_id not in seen:
            out.append(
                src.problem(
                    ("nodes", i, "id"), f"node '{node_id}' cannot be reached from the start"
                )
            )
    ending = reaches_ending(sc)
    for node_id, i in node_index.items():
        if node_id in seen and node_id not in ending:
            out.append(
                src.problem(
                    ("nodes", i, "id"), f"from node '{node_id}' no ending can be reached (a loop?)"
                )
            )


def _top_source(root: Path, name: str, out: list[Problem], missing: str = "") -> Source | None:
    """A top-level content file, parsed; if it is missing, ``missing`` (if given) is the problem."""
    path = root / name
    if not path.is_file():
        if missing:
            out.append(Problem(path, 1, missing))
        return None
    src, problems = read_yaml(path)
    out.extend(problems)
    return src


def _check_course(root: Path, course_root: Path | None, modules: set[str], out: list[Problem]):
    src = _top_source(
        root, "course.yaml", out, "course.yaml is missing: it lists the pages in course order"
    )
    if src is None:
        return
    path = src.path
    course, problems = validate(Course, src)
    out.extend(problems)
    if course is None:
        return
    seen: dict[str, int] = {}
    for i, page in enumerate(course.pages):
        if page.path in seen:
            out.append(src.problem(("pages", i, "path"), f"page '{page.path}' is listed twice"))
        seen.setdefault(page.path, i)
        if page.module is not None and page.module not in modules:
            out.append(src.problem(("pages", i, "module"), f"no module '{page.module}'"))
        if course_root is not None and not (course_root / page.path).is_file():
            out.append(src.problem(("pages", i, "path"), f"notebook course/{page.path} is missing"))
    if course_root is not None and course_root.is_dir():
        for nb in sorted(course_root.rglob("*.ipynb")):
            if ".ipynb_checkpoints" in nb.parts:
                continue
            rel = nb.relative_to(course_root).as_posix()
            if rel not in seen:
                out.append(
                    Problem(path, 1, f"notebook course/{rel} is not listed in course.yaml pages")
                )


def _check_principles(root: Path, out: list[Problem]) -> None:
    src = _top_source(
        root, "principles.yaml", out, "principles.yaml is missing: it explains each principle"
    )
    if src is None:
        return
    if not isinstance(src.data, dict):
        out.append(src.problem((), "principles.yaml must map each principle id to its texts"))
        return
    valid = all_ids()
    for pid, value in src.data.items():
        if pid not in valid:
            out.append(src.problem((pid,), _unknown_principle(str(pid))))
            continue
        lines = {k[1:]: v for k, v in src.lines.items() if k[:1] == (pid,)}
        _, problems = validate(PrincipleText, Source(src.path, value, lines))
        out.extend(problems)
    for pid in sorted(valid - set(src.data)):
        out.append(src.problem((), f"principle '{pid}' has no explanation"))


def _load_items(model, files: list[Path], out: list[Problem]):
    for path in files:
        src, problems = read_yaml(path)
        out.extend(problems)
        if src is None:
            continue
        item, problems = validate(model, src)
        out.extend(problems)
        if item is not None:
            yield path, src, item


def check_content(root: Path, course_root: Path | None = None) -> Report:
    """Check everything under a content folder (default layout: see catalog)."""
    root = Path(root)
    report = Report(root)
    out = report.problems
    if not root.is_dir():
        out.append(Problem(root, 1, "no such folder"))
        return report

    module_dirs = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    known: set[str] = set()
    for mdir in module_dirs:
        meta = mdir / "module.yaml"
        if not meta.is_file():
            out.append(Problem(meta, 1, f"folder '{mdir.name}' has no module.yaml"))
            continue
        for _path, src, mod in _load_items(Module, [meta], out):
            if mod.id != mdir.name:
                out.append(
                    src.problem(
                        ("id",), f"module id '{mod.id}' must match its folder '{mdir.name}'"
                    )
                )
            refl = [r.id for r in mod.reflections]
            for i, rid in enumerate(refl):
                if refl.index(rid) != i:
                    out.append(
                        src.problem(("reflections", i, "id"), f"reflection '{rid}' is used twice")
                    )
            report.modules.append(mod)
            known.add(mdir.name)
        for md in sorted(mdir.glob("*.md")):
            try:
                if not md.read_text(encoding="utf-8").strip():
                    out.append(Problem(md, 1, "the text is empty"))
            except UnicodeDecodeError:
                out.append(Problem(md, 1, "the file is not UTF-8 text"))

    for kind, model, bucket in (
        ("scenarios", Scenario, report.scenarios),
        ("quizzes", Quiz, report.quizzes),
    ):
        first_seen: dict[str, Path] = {}
        files = sorted(root.glob(f"*/{kind}/*.yaml")) + sorted(root.glob(f"*/{kind}/*.yml"))
        for path, src, item in _load_items(model, files, out):
            folder = path.parent.parent.name
            if item.id in first_seen:
                out.append(
                    src.problem(("id",), f"id '{item.id}' is also used in {first_seen[item.id]}")
                )
            first_seen.setdefault(item.id, path)
            if path.stem != item.id:
                out.append(
                    src.problem(("id",), f"id '{item.id}' must match the file name '{path.stem}'")
                )
            if item.module != folder:
                out.append(
                    src.problem(
                        ("module",), f"module '{item.module}' must match its folder '{folder}'"
                    )
                )
            if isinstance(item, Scenario):
                _check_scenario(item, src, out)
            else:
                qids = [q.id for q in item.questions]
                for i, qid in enumerate(qids):
                    if qids.index(qid) != i:
                        out.append(
                            src.problem(("questions", i, "id"), f"question '{qid}' is used twice")
                        )
            bucket.append(item)

    _check_principles(root, out)
    _check_course(root, course_root, known, out)
    _check_optional(root, out)
    return report


def _check_optional(root: Path, out: list[Problem]) -> None:
    """The practice bench's situations and the igangsetter's tools, when present."""
    from widgets.planning import Toolkit

    for name, model in (("ovingsbenk.yaml", PracticeSet), ("verktoy.yaml", Toolkit)):
        src = _top_source(root, name, out)
        if src is not None:
            out.extend(validate(model, src)[1])
