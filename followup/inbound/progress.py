"""What a sync did and how far it is: per-folder and per-mailbox results, and the terminal progress bar."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

Progress = Callable[[str, int, int], None]  # (folder, done, total)


Progress = Callable[[str, int, int], None]  # (folder, done, total)


@dataclass
class FolderResult:
    """What one folder's sync did."""

    name: str
    role: str
    new_messages: int = 0
    quarantined: int = 0
    found_again: int = 0  # already stored (same Message-ID in the folder): UID updated, not stored twice
    server_messages: int = 0
    unchanged: bool = False
    resynced: bool = False

    def as_dict(self) -> dict:
        """The folder as the sync JSON shows it."""
        return {"role": self.role, "new_messages": self.new_messages, "quarantined": self.quarantined,
                "found_again": self.found_again, "server_messages": self.server_messages,
                "unchanged": self.unchanged, "resynced": self.resynced}


@dataclass
class SyncResult:
    """What one mailbox's sync did; error is one line when it failed."""

    name: str
    new_messages: int = 0
    quarantined: int = 0
    folders: dict[str, FolderResult] = field(default_factory=dict)
    error: str | None = None
    read_recent: bool = False  # a folder's first-sync recent window was read (not shown in the JSON)
    leased_elsewhere: bool = False  # another worker was syncing it (not shown in the JSON)

    def as_dict(self) -> dict:
        """The mailbox entry of the sync JSON."""
        return {"name": self.name, "new_messages": self.new_messages, "quarantined": self.quarantined,
                "folders": {name: f.as_dict() for name, f in self.folders.items()}, "error": self.error}


def merge(into: SyncResult, more: SyncResult) -> None:
    """Add a later run's counts (the history read) to a mailbox's result."""
    into.new_messages += more.new_messages
    into.quarantined += more.quarantined
    into.error = into.error or more.error
    for name, folder in more.folders.items():
        mine = into.folders.setdefault(name, FolderResult(name=name, role=folder.role,
                                                          server_messages=folder.server_messages))
        mine.new_messages += folder.new_messages
        mine.quarantined += folder.quarantined
        mine.found_again += folder.found_again
        mine.unchanged = mine.unchanged and not folder.new_messages and not folder.quarantined


def terminal_progress(stream) -> Progress:
    """A progress callback drawing one self-overwriting line per folder on a terminal stream."""
    def show(folder: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        stream.write(f"\r{folder[:30]:<30} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
