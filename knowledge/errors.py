"""Errors in the policy data, each naming the file and key (Rasa's YamlSyntaxException)."""

from __future__ import annotations


class KnowledgeError(Exception):
    """The data cannot be loaded; ``problems`` are ``file: key: what`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
