"""The Jinja environment class of the report templates.

Imported when the first report is rendered, not with the report package: `screen` forks its
worker before that, and the worker, which does not render, then starts 30 ms sooner."""

from __future__ import annotations

from typing import Any

import jinja2

_DICT_ATTRIBUTES = frozenset(dir(dict))
_BUILTIN_METHOD = type({}.get)


class _ReportContext(jinja2.runtime.Context):
    """Calls of a builtin method (`e.get(...)`, `s.replace(...)`, most of a report's calls)
    go straight to it: such a method takes no context, and Jinja's search for one (several
    attribute lookups a call) was a sixth of the rendering time."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        if type(__obj) is not _BUILTIN_METHOD:
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja has it
            return __self.environment.undefined("value was undefined because a callable raised a"
                                                " StopIteration exception")


class ReportEnvironment(jinja2.Environment):
    """The report model is plain dicts, and `e.quote` on a dict first fails as an attribute
    (an exception each time) before Jinja tries the key: a third of the rendering time went
    there. A dict's keys are looked up first here, except the names of dict's own methods
    (`r.get`, `x.items`), which stay the methods as Jinja has them: the same result."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


ReportEnvironment.context_class = _ReportContext
