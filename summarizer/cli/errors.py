"""Usage errors in our own words.

typer words a bad command line its own way, through click and pydantic:
"Invalid value for '--format' / '-f': Value error, 'xml' is not one of
'rich', 'text', ...", "Input should be greater than or equal to 1",
"Missing argument 'source'.". `usage_message` words each kind of mistake
the way the rest of summarizer words its errors: lower case, what was wrong,
then what to do ("unknown format 'xml'; choose one of: rich, text, markdown,
json"). Anything it does not know keeps click's text, only lower-cased.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import typer


def _click_exceptions() -> SimpleNamespace:
    """The exception classes of the click inside typer, reached from the
    public `typer.BadParameter` (typer carries its own copy of click and
    exports only a few of its classes; importing its private module would
    tie us to its layout): the classes above it in its MRO and every
    subclass below those, by name."""
    base = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    found: dict[str, type] = {}
    pending = [base]
    while pending:
        cls = pending.pop()
        found.setdefault(cls.__name__, cls)
        pending.extend(cls.__subclasses__())
    return SimpleNamespace(**found)


# ClickException, UsageError, BadParameter, MissingParameter, NoSuchOption,
# BadOptionUsage, NoArgsIsHelpError, ...
click_errors = _click_exceptions()

NO_SUCH_COMMAND = re.compile(r"No such command '(?P<name>.*)'\.?$")
EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$")
REQUIRES_VALUE = re.compile(r"requires (?:an argument|\d+ arguments)")
TAKES_NO_VALUE = re.compile(r"does not take a value")

# pydantic's error type -> our wording; {name} is the option, {input} what was given.
VALUE_ERRORS = {
    "greater_than_equal": "{name} must be at least {ge} (got {input})",
    "greater_than": "{name} must be above {gt} (got {input})",
    "less_than_equal": "{name} must be at most {le} (got {input})",
    "less_than": "{name} must be below {lt} (got {input})",
    "int_parsing": "{name} takes a whole number, not '{input}'",
    "int_from_float": "{name} takes a whole number, not '{input}'",
    "float_parsing": "{name} takes a number, not '{input}'",
    "finite_number": "{name} takes a finite number, not '{input}'",
}


def usage_message(error: Any) -> str:
    """One line, without the "summarizer: error: " prefix."""
    if isinstance(error, click_errors.MissingParameter):
        return _missing(error)
    if isinstance(error, click_errors.BadParameter):
        return _bad_value(error)
    if isinstance(error, click_errors.NoSuchOption):
        suggestions = sorted(error.possibilities or ())
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        return f"unknown option {error.option_name}{hint}"
    if isinstance(error, click_errors.BadOptionUsage):
        if REQUIRES_VALUE.search(error.message):
            return f"{error.option_name} needs a value"
        if TAKES_NO_VALUE.search(error.message):
            return f"{error.option_name} takes no value"
    if match := NO_SUCH_COMMAND.match(error.message):
        commands = sorted(getattr(error.ctx.command, "commands", {})) if error.ctx else []
        choices = f"; choose one of: {', '.join(commands)}" if commands else ""
        return f"unknown command '{match['name']}'{choices}"
    if match := EXTRA_ARGUMENTS.match(error.message):
        return f"unexpected extra argument(s): {match['args']}"
    return _our_case(error.format_message())


def _missing(error: Any) -> str:
    param = error.param
    if param is None:
        return _our_case(error.format_message())
    if param.param_type_name == "argument":
        return f"missing {_name(param)}"
    return f"{_name(param)} is required"


def _bad_value(error: Any) -> str:
    param = error.param
    name = _name(param) if param is not None else "a value"
    cause = error.__cause__
    details = cause.errors() if cause is not None and hasattr(cause, "errors") else []
    if details:
        detail = details[0]
        given = detail.get("input")
        choices = _choices(param)
        if choices is not None:
            noun = name.lstrip("-").replace("-", " ")
            return f"unknown {noun} '{given}'; choose one of: {', '.join(choices)}"
        wording = VALUE_ERRORS.get(detail.get("type", ""))
        if wording:
            return wording.format(name=name, input=given, **detail.get("ctx", {}))
        return f"{name}: {_our_case(str(detail.get('msg', error.message)))}"
    if error.message.startswith("must "):  # our own checks: "--ratio must be above 0 ..."
        return f"{name} {error.message}"
    if error.message.startswith("unknown "):  # ours, whole: "unknown method 'foo'; choose one of: ..."
        return str(error.message)
    return f"{name}: {_our_case(error.message)}"


def _choices(param: Any) -> list[str] | None:
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) if descriptor is not None else None
    if not choices:
        return None
    return [str(getattr(choice, "value", choice)) for choice in choices]


def _name(param: Any) -> str:
    """--format for an option (its longest name), SOURCE for an argument."""
    if param.param_type_name == "argument":
        return param.metavar or (param.name or "argument").upper()
    return max(param.opts, key=len)


def _our_case(message: str) -> str:
    message = message.strip().rstrip(".")
    return message[:1].lower() + message[1:]
