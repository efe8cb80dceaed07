"""Python data from a composed YAML node tree, for the plain YAML that records are made of.

libyaml composes the node tree in C; PyYAML's constructor then spends more time than the
parser, in generic machinery records never need (anchors are refused before parsing, so there
are no shared or recursive nodes; tags are only the core ones). This walk builds the same data
in about a third of the time, and notes repeated keys on the way. Anything it does not know
(a merge key ``<<``, an explicit tag, a mapping as a key) raises ``Unusual`` so the caller can
fall back to PyYAML's constructor, which is what decides such cases.
"""

from __future__ import annotations

import yaml
from yaml.constructor import SafeConstructor

STR = "tag:yaml.org,2002:str"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
SCALARS = frozenset(
    {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}
)


class Unusual(Exception):
    """The tree holds something only PyYAML's full constructor knows how to build."""


def plain_data(loader: SafeConstructor, node: yaml.Node, repeated: list[tuple[str, yaml.Mark]]) -> object:
    """The value of ``node``; each repeated key goes to ``repeated`` with where it was written."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == STR:
            return node.value
        if node.tag in SCALARS:
            return loader.yaml_constructors[node.tag](loader, node)
        raise Unusual(node.tag)
    if isinstance(node, yaml.SequenceNode) and node.tag == SEQ:
        return [plain_data(loader, item, repeated) for item in node.value]
    if isinstance(node, yaml.MappingNode) and node.tag == MAP:
        return _mapping(loader, node, repeated)
    raise Unusual(node.tag)


def _mapping(loader: SafeConstructor, node: yaml.MappingNode, repeated: list[tuple[str, yaml.Mark]]) -> dict:
    found: dict = {}
    written: set[str] = set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise Unusual("a key that is not a scalar")
        if key_node.value in written:
            repeated.append((key_node.value, key_node.start_mark))
        written.add(key_node.value)
        found[plain_data(loader, key_node, repeated)] = plain_data(loader, value_node, repeated)
    return found
