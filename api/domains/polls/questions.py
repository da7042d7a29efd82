"""The rules of a questionnaire and of an answer to it, as lists of problems (all at once)."""

from typing import Any

from api.domains.polls.models import QuestionKind
from api.domains.polls.schemas import AnswerCreate, QuestionCreate
from api.lib.schema import InvalidParam

CHOICE = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def _problem(name: str, code: str, reason: str) -> InvalidParam:
    return InvalidParam(name=name, code=code, reason=reason)


def check_questions(questions: list[QuestionCreate], field: str = "questions") -> list[InvalidParam]:
    """What is wrong with a questionnaire: options only on choices (2 to 10, each once), a scale
    only on a scale (and then both ends), ``maxChoices`` only on multiple choice."""
    problems: list[InvalidParam] = []
    for i, q in enumerate(questions):
        at = f"{field}[{i}]"
        if q.kind in CHOICE:
            if len(q.options) < 2:
                problems.append(_problem(f"{at}.options", "too_few", "Geef minstens twee opties."))
            if len({o.casefold() for o in q.options}) != len(q.options):
                problems.append(_problem(f"{at}.options", "duplicate", "Elke optie komt één keer voor."))
        elif q.options:
            problems.append(
                _problem(f"{at}.options", "not_applicable", "Alleen een keuzevraag heeft opties.")
            )
        if q.max_choices is not None and (
            q.kind != QuestionKind.MULTIPLE_CHOICE or q.max_choices > max(len(q.options), 1)
        ):
            problems.append(
                _problem(
                    f"{at}.maxChoices",
                    "not_applicable",
                    "Alleen bij meerkeuze, en niet meer dan er opties zijn.",
                )
            )
        if q.kind == QuestionKind.SCALE:
            if q.scale_min is None or q.scale_max is None:
                problems.append(
                    _problem(f"{at}.scaleMax", "required", "Geef het begin en het einde van de schaal.")
                )
        elif q.scale_min is not None or q.scale_max is not None or q.min_label or q.max_label:
            problems.append(
                _problem(f"{at}.scaleMin", "not_applicable", "Alleen een schaal heeft een begin en einde.")
            )
    return problems


def _answer_problems(at: str, question: Any, answer: AnswerCreate) -> list[InvalidParam]:
    kind = QuestionKind(question["kind"])
    given = [name for name in ("choices", "value", "text") if getattr(answer, name) is not None]
    expected = {QuestionKind.SCALE: "value", QuestionKind.OPEN_TEXT: "text"}.get(kind, "choices")
    if given != [expected]:
        return [
            _problem(f"{at}.{expected}", "wrong_kind", f"Deze vraag vraagt om `{expected}`, en alleen dat.")
        ]
    if kind in CHOICE:
        assert answer.choices is not None
        if not answer.choices or any(c >= len(question["options"]) for c in answer.choices):
            return [_problem(f"{at}.choices", "unknown_option", "Kies uit de opties van de vraag.")]
        if len(set(answer.choices)) != len(answer.choices):
            return [_problem(f"{at}.choices", "duplicate", "Kies elke optie hoogstens één keer.")]
        most = (
            1 if kind == QuestionKind.SINGLE_CHOICE else (question["max_choices"] or len(question["options"]))
        )
        if len(answer.choices) > most:
            return [_problem(f"{at}.choices", "too_many", f"Kies hoogstens {most}.")]
    elif kind == QuestionKind.SCALE:
        assert answer.value is not None
        if not question["scale_min"] <= answer.value <= question["scale_max"]:
            return [
                _problem(
                    f"{at}.value",
                    "out_of_range",
                    f"Kies een waarde van {question['scale_min']} tot en met {question['scale_max']}.",
                )
            ]
    elif not (answer.text or "").strip():
        return [_problem(f"{at}.text", "required", "Schrijf iets, of laat de vraag weg.")]
    return []


def check_answers(questions: list[Any], answers: list[AnswerCreate]) -> list[InvalidParam]:
    """Every answer to a question of this poll, each question at most once, every required one
    answered, and each answer of its question's kind and within its options or scale."""
    by_id = {q["id"]: q for q in questions}
    problems: list[InvalidParam] = []
    seen: set[Any] = set()
    for i, answer in enumerate(answers):
        at = f"answers[{i}]"
        question = by_id.get(answer.question_id)
        if question is None:
            problems.append(
                _problem(f"{at}.questionId", "unknown_question", "Deze vraag hoort niet bij deze peiling.")
            )
        elif answer.question_id in seen:
            problems.append(_problem(f"{at}.questionId", "duplicate", "Beantwoord elke vraag één keer."))
        else:
            problems.extend(_answer_problems(at, question, answer))
        seen.add(answer.question_id)
    for q in questions:
        if q["required"] and q["id"] not in seen:
            problems.append(
                _problem("answers", "required", f"Vraag {q['position']} is verplicht: ‘{q['text']}’.")
            )
    return problems
