"""A small, fast YAML writer for generated records: one flow mapping per entry.

yaml.dump is ~20x slower and we only need plain data. Strings are written as JSON strings,
which are valid YAML double-quoted scalars; dates are written bare so YAML reads them as dates.
"""

import datetime as dt
import json


def flow(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, dt.date)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def document(header: str, mapping: dict) -> str:
    """Top-level scalars as 'key: value', lists as one '  - {flow}' line per item."""
    lines = [f"# {header}"]
    for key, value in mapping.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"  - {flow(item)}" for item in value]
        else:
            lines.append(f"{key}: {flow(value)}")
    return "\n".join(lines) + "\n"
