"""YAML loading that remembers line numbers and refuses duplicate keys.

PyYAML silently keeps the last of two equal keys and forgets where values came from;
curated records need both, so errors can say 'file:line, field'.
"""

from pathlib import Path

import yaml

from kg.errors import CoopKGError
from kg.curation.textio import decode_utf8, read_bounded

MAX_YAML_BYTES = 20 * 1024 * 1024  # a record or metadata file is a few KB; the cap only stops runaway input


class LineDict(dict):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list


# libyaml (CSafeLoader) reads ~5x faster with the same values and line numbers; pure Python otherwise.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):  # '? {a: 1}' or '[a, b]: x': unhashable, and no field name
            raise CoopKGError("a field name must be a plain word, not a mapping or list",
                              where=f"{loader.name}:{key_node.start_mark.line + 1}",
                              fix="write 'name: value'; quote the name if it has ':' or '?'")
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise CoopKGError(f"duplicate key '{key}' (first at line {result.key_lines[key]})",
                              where=f"{loader.name}:{key_node.start_mark.line + 1}",
                              fix="remove or rename one of them")
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader, node):
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader, node):
    # 2025-02-31 looks like a date to YAML but is none: keep the text so the record
    # checker can report it with its field and line instead of a bare ValueError.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(path: Path, display_name: str | None = None):
    """Parse one YAML file; any problem is a CoopKGError naming the file and line."""
    name = display_name or str(path)
    raw = read_bounded(path, name, MAX_YAML_BYTES, "YAML file")
    text = decode_utf8(raw, name, "YAML file")
    loader = _Loader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" in text:  # without a '*' there is no alias: skip the walk over every node
            _refuse_aliases(node, name)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else "?"
        raise CoopKGError(f"malformed YAML: {exc.problem or exc}", where=f"{name}:{line}",
                          fix="check indentation, colons and quoting") from exc
    except yaml.YAMLError as exc:
        raise CoopKGError(f"malformed YAML: {exc}", where=name) from exc
    finally:
        loader.dispose()


def _refuse_aliases(root, name: str):
    """Refuse a document in which any node is reached twice, i.e. uses an alias (*name).
    Records never need them, and aliases of aliases ('billion laughs') expand to more values than
    memory holds once the record is checked; a node that contains itself would never end."""
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise CoopKGError("anchors and aliases (&name, *name) are not allowed",
                              where=f"{name}:{node.start_mark.line + 1}",
                              fix="write the value out in full where it is needed")
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in node.value for child in pair)
