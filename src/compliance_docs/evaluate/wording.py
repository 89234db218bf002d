"""A result's opening sentence, the details that follow it and what to ask the applicant for,
worded from what the evaluator said (its reason keys and their values) through the
`summaries` and `requests` of data/messages.yaml: no criterion has a branch of its own here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .messages import Texts

# the statuses that leave something to ask the applicant for (not_applicable asks nothing)
OPEN = ("not_met", "missing", "needs_review")
Said = tuple[str, dict[str, Any]]  # a reason key and the values it was said with


@dataclass
class Wording:
    summary: str
    summary_code: str
    details: list[str] = field(default_factory=list)
    requests: list[dict[str, str]] = field(default_factory=list)


def word(texts: Texts, criterion_id: str, status: str, said: list[Said], *,
         given: dict[str, Any] | None = None, citation: str = "", title: str = "") -> Wording:
    """The summary is the first entry of `summaries` (in file order: precedence) whose reason
    was said, worded with that reason's values over the rule's (`given`) and the other reasons'
    ones; the details are the reasons it does not restate; requests come only for OPEN statuses."""
    base = {"citation": citation, "title": title, **(given or {})}
    rendered = [(key, params, texts.reason(key, **params)) for key, params in said]
    key, entry = _headline(texts, criterion_id, status, [k for k, _, _ in rendered])
    dropped: set[str] = set()
    summary = ""
    if entry is not None:
        first = next(i for i, (k, _, _) in enumerate(rendered) if k == key)
        values = _values(base, rendered, first)
        summary = entry[texts.language].format(**values)
        restated = set(entry.get("restates", []))
        dropped = {text for k, _, text in rendered if k in restated}
        if not entry.get("keep"):
            dropped.add(rendered[first][2])
    else:  # a reason without a summary entry: the test of the messages file fails first
        summary = rendered[0][2] if rendered else ""
    details = _unique(text for _, _, text in rendered if text not in dropped)
    requests = _requests(texts, criterion_id, rendered, base) if status in OPEN else []
    return Wording(summary, f"{criterion_id}.{key}" if key else "", details, requests)


def _headline(texts: Texts, criterion_id: str, status: str, keys: list[str]):
    summaries = texts.summaries()
    for name, entry in summaries.items():
        criterion, _, key = name.rpartition(".")
        if key not in keys or criterion and criterion != criterion_id:
            continue
        if not criterion and f"{criterion_id}.{key}" in summaries:
            continue  # this criterion words the reason its own way, at that entry's place
        if "status" in entry and status not in entry["status"]:
            continue
        return key, entry
    return None, None


def _values(base: dict[str, Any], rendered: list[tuple[str, dict, str]], first: int) -> dict[str, Any]:
    """Values for the wording of reason `first`: its own, then those of the other reasons
    (the first to say a name wins), then the rule's; `<name>_all` joins a name's values over
    every time that reason was said, `n` counts them."""
    key = rendered[first][0]
    values: dict[str, Any] = dict(base)
    for _, params, _ in reversed(rendered):
        values.update(params)
    values.update(rendered[first][1])
    same = [params for k, params, _ in rendered if k == key]
    for name in {n for params in same for n in params}:
        values[f"{name}_all"] = ", ".join(_unique(str(p[name]) for p in same if name in p))
    values["n"] = len(_unique(text for k, _, text in rendered if k == key))
    return values


def _requests(texts: Texts, criterion_id: str, rendered, base: dict[str, Any]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for i, (key, _, _) in enumerate(rendered):
        template = texts.request(criterion_id, key)
        if template is None:  # a finding that asks for nothing (declared so in the data)
            continue
        text = template.format(**_values(base, rendered, i))
        if all(r["text"] != text for r in out):
            out.append({"code": f"{criterion_id}.{key}", "text": text})
    return out


def _unique(items) -> list:
    seen: list = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
