"""The register of screenings: every screening, re-evaluation and verifier's decision."""

from .recording import Recorder
from .store import ENV_VAR, Register, resolve

__all__ = ["ENV_VAR", "Recorder", "Register", "resolve"]
