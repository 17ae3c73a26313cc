"""The one error type CoopKG raises for bad input: it always names where the problem is."""


class CoopKGError(Exception):
    """Bad input or a refused operation. The CLI prints it and exits with code 2.

    `where` is 'file:line' or 'file', `field` the record field, `fix` what to do about it.
    """

    def __init__(self, message: str, where: str | None = None, field: str | None = None,
                 fix: str | None = None):
        self.message, self.where, self.field, self.fix = message, where, field, fix
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"{self.where}: " if self.where else ""]
        if self.field:
            parts.append(f"field '{self.field}': ")
        parts.append(self.message)
        if self.fix:
            parts.append(f" ({self.fix})")
        return "".join(parts)


class ValidationFailed(CoopKGError):
    """Several problems found at once (record checks or SHACL); each is listed."""

    def __init__(self, problems: list[str], what: str = "validation"):
        self.problems = problems
        super().__init__(f"{what} failed with {len(problems)} problem(s):\n  - " + "\n  - ".join(problems))
