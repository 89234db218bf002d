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
