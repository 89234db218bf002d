"""One exception class per failure; the CLI turns each into a one-line message."""


class ComplianceDocsError(Exception):
    """Base class: the message is shown to the user as it is."""


class BundleNotFound(ComplianceDocsError):
    """The bundle path does not exist or is neither a folder nor a .zip file."""


class UnknownRuleset(ComplianceDocsError):
    """No ruleset with the requested id."""


class InvalidDataFile(ComplianceDocsError):
    """A shipped or custom rule/pattern file is malformed; the message names file and field."""


class ReportWriteError(ComplianceDocsError):
    """A report could not be written to the output folder."""


class RegisterError(ComplianceDocsError):
    """The register of screenings cannot be opened, read or written."""


class ApplicantNotFound(ComplianceDocsError):
    """No screening in the register matches the applicant asked for (near matches listed)."""


class DecisionRefused(ComplianceDocsError):
    """A decision file is malformed or does not belong to a screening in the register."""
