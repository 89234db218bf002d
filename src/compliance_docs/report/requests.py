"""The request for completion: what a bundle's criteria and checks ask the applicant for,
numbered, as a draft letter the PMO can send. It is a section of the report and, with
`batch --requests`, a Markdown file of its own beside the reports (`<stem>.requests.md`)."""

from __future__ import annotations

from typing import Any

from ..evaluate.wording import OPEN

SUFFIX = ".requests.md"


def request_letter(report: dict[str, Any]) -> dict[str, Any]:
    """What the letter says, from the report data alone: the company, its NIB, and one
    numbered request per distinct text with the articles it rests on. A bundle whose overall
    result is met gets no request (a check that found nothing does not hold it up)."""
    facts = {f["name"]: f["value"] for f in report["facts"]}
    items: list[dict[str, Any]] = []
    if report["overall"] != "met":
        for result in report["criteria"] + report["checks"]:
            if result["status"] not in OPEN:
                continue
            for request in result.get("requests", []):
                item = next((i for i in items if i["text"] == request["text"]), None)
                if item is None:  # two criteria asking for the same document: asked once
                    item = {"text": request["text"], "citations": [], "codes": []}
                    items.append(item)
                if result["citation"] and result["citation"] not in item["citations"]:
                    item["citations"].append(result["citation"])
                item["codes"].append(request["code"])
    for item in items:  # asked by most criteria (a bundle that could not be read): the article
        if len(item["citations"]) > 2 and report["ruleset"].get("citation"):
            item["citations"] = [report["ruleset"]["citation"]]
    company = facts.get("company_name")
    return {
        "company": company if isinstance(company, str) else "",
        "nib": facts.get("nib") if isinstance(facts.get("nib"), str) else "",
        "ruleset": report["ruleset"]["title"],
        "items": items,
    }


def render_requests(report: dict[str, Any]) -> str | None:
    """The letter as a Markdown file, or None when the bundle has nothing to ask for."""
    letter = request_letter(report)
    if not letter["items"]:
        return None
    from .render import markdown_template, strings

    return markdown_template("requests.md.j2", report).render(
        r=report, t=strings(report.get("language", "id")), letter=letter)
