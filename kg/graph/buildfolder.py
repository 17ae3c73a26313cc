"""The build folder: which folders `coopkg build` may write, which entries in it are its own, and
how a new build replaces the previous one without touching anything else.

A build folder holds a marker file, `.coopkg-build`, listing the entries the build wrote (graph.ttl,
store/, report.json, ...). `coopkg build` writes only into a folder that is missing, empty, or has
the marker; the data folder, the current folder, the project folder and their ancestors are always
refused, since replacing them would destroy what the user has.

Users also keep their own things in build/ (build/ror from `coopkg registry graph`, build/network
from `coopkg analyze`, views from `coopkg viz`). Design choice: the new build is still assembled in
a temporary folder and swapped in with one atomic exchange (so readers never see a half-old,
half-new graph), and just before the swap every entry of the old folder that the old build did not
write is *carried over* (renamed, so no copying, even for big folders) into the new one. The
temporary folder gets its marker before anything is carried into it, so whoever cleans it up (a
failed build, or the next build after a crash) can tell carried-over entries from built ones and
moves those back instead of deleting them.
"""

import json
import os
import shutil
from pathlib import Path

from kg.errors import CoopKGError
from kg.fsutil import atomic_write_text, exchange_paths
from kg.paths import PROJECT_DIR

MARKER = ".coopkg-build"
# What builds wrote before the marker existed: such a folder is recognised as a build (see _legacy_build).
LEGACY_ENTRIES = frozenset({"graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "report.json", "store"})
_MARKER_HEADER = ("# This folder is written by `coopkg build`. A rebuild replaces the entries listed below\n"
                  "# and keeps everything else in the folder (e.g. ror/, network/, your own views).\n")


def check_output_folder(data_dir: Path, out_dir: Path):
    """Refuse an output folder whose replacement would lose data (CoopKGError, exit 2)."""
    out, data = out_dir.resolve(), data_dir.resolve()
    fix = "build into a folder of its own, e.g. -o build"
    for protected, what in ((data, "the data folder"), (Path.cwd().resolve(), "the current folder"),
                            (PROJECT_DIR, "the CoopKG project folder")):
        if out == protected or out in protected.parents:
            raise CoopKGError(f"refusing to build into {out}: it is {what} or contains it, and a build "
                              f"replaces its output folder", where=str(out_dir), field="--out", fix=fix)
    if data in out.parents:
        raise CoopKGError(f"refusing to build into {out}: it is inside the data folder {data}",
                          where=str(out_dir), field="--out", fix=fix)
    if out.exists() and not out.is_dir():
        raise CoopKGError("the output path exists and is not a folder", where=str(out_dir), field="--out", fix=fix)
    if out.is_dir() and any(out.iterdir()) and owned_entries(out) is None:
        raise CoopKGError(f"refusing to build into {out}: the folder is not empty and was not made by "
                          f"`coopkg build` (it has no {MARKER} file)", where=str(out_dir), field="--out",
                          fix="give an empty or new folder with -o; if it is an old CoopKG build, delete it")


def owned_entries(folder: Path) -> frozenset | None:
    """The names a build wrote into folder (from its marker), or None when it is not a build folder."""
    try:
        lines = (folder / MARKER).read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return LEGACY_ENTRIES if _legacy_build(folder) else None
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _legacy_build(folder: Path) -> bool:
    """A build made before the marker existed: its report.json and store/ are unmistakable."""
    try:
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(report, dict) and {"sources", "triples", "quads"} <= report.keys() and (folder / "store").is_dir()


def old_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}-old"


def swap_in(new_dir: Path, out_dir: Path):
    """Replace out_dir by new_dir, keeping out_dir's foreign entries. On Linux the two folders are
    exchanged in one atomic step, so out_dir is always a complete build; elsewhere two renames, and
    a crash between them is repaired by the next build (recover_interrupted_swap)."""
    built = sorted(set(os.listdir(new_dir)) | {MARKER})
    atomic_write_text(new_dir / MARKER, _MARKER_HEADER + "".join(f"{name}\n" for name in built))
    if out_dir.exists():
        _carry_over(out_dir, new_dir, frozenset(built))
    if out_dir.exists() and exchange_paths(new_dir, out_dir):
        discard(new_dir, out_dir)  # now holds the previous build, without the carried-over entries
        return
    old = old_dir(out_dir)
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists():
        os.rename(out_dir, old)
    os.rename(new_dir, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _carry_over(out_dir: Path, new_dir: Path, built: frozenset):
    """Move every entry of out_dir that its build did not write into new_dir (same file system: a rename)."""
    previous = owned_entries(out_dir) or frozenset()
    foreign = [name for name in sorted(os.listdir(out_dir)) if name not in previous]
    clash = [name for name in foreign if name in built]
    if clash:  # a user's file where the new build writes one of the same name: refuse rather than lose it
        raise CoopKGError(f"{out_dir / clash[0]} was not written by the previous build, but this build writes "
                          f"an entry of that name", where=str(out_dir),
                          fix="move or rename your file, then build again")
    for name in foreign:
        os.rename(out_dir / name, new_dir / name)


def discard(folder: Path, out_dir: Path):
    """Delete a temporary or previous build folder, first moving back into out_dir any entry that
    was carried over into it (an entry not listed in its marker). A folder without a marker has
    had nothing carried into it."""
    built = owned_entries(folder) if (folder / MARKER).exists() else None
    if built is not None:
        for name in sorted(os.listdir(folder)):
            if name not in built and not (out_dir / name).exists():
                out_dir.mkdir(exist_ok=True)
                os.rename(folder / name, out_dir / name)
    shutil.rmtree(folder, ignore_errors=True)


def recover_interrupted_swap(out_dir: Path):
    old = old_dir(out_dir)
    if old.exists() and not out_dir.exists():
        os.rename(old, out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}-new-*"):
        discard(stale, out_dir)
