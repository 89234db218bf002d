"""The register of screenings: every screening, re-evaluation and verifier's decision.

`resolve` and `ENV_VAR` are light; Register and Recorder bring SQLAlchemy, imported when first
asked for, so that finding out where the register is costs nothing."""

from .location import ENV_VAR, resolve

__all__ = ["ENV_VAR", "Recorder", "Register", "resolve"]


def __getattr__(name: str):
    if name == "Recorder":
        from .recording import Recorder

        return Recorder
    if name == "Register":
        from .store import Register

        return Register
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
