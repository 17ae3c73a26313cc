"""Colours, shapes and display names of the node kinds shown in every view.

Colours are the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies);
shapes differ too, so the legend does not rely on colour alone.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str  # a vis-network shape whose label is drawn below the node
    labels: dict  # lang -> display name


NODE_STYLES = {
    "institution": NodeStyle("#0072B2", "dot", {"en": "Institution", "vi": "Cơ sở / tổ chức"}),
    "person": NodeStyle("#E69F00", "diamond", {"en": "Person", "vi": "Cá nhân"}),
    "agreement": NodeStyle("#D55E00", "square", {"en": "Agreement", "vi": "Thỏa thuận"}),
    "area": NodeStyle("#009E73", "triangle", {"en": "Cooperation area", "vi": "Lĩnh vực hợp tác"}),
    "source": NodeStyle("#CC79A7", "star", {"en": "Source document", "vi": "Nguồn"}),
}

# Community colours for the partners view (Okabe-Ito first, then Tableau); the rest share grey.
COMMUNITY_COLORS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                    "#F0E442", "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD"]
OTHER_COMMUNITY_COLOR = "#BBBBBB"

# Edge captions per relation, in both languages.
EDGE_LABELS = {
    "party": {"en": "party", "vi": "bên ký"},
    "covers": {"en": "covers", "vi": "lĩnh vực"},
    "member": {"en": "member of", "vi": "thành viên"},
    "source": {"en": "source", "vi": "nguồn"},
    "related": {"en": "related to", "vi": "liên quan"},
    "predecessor": {"en": "predecessor", "vi": "tiền thân"},
    "successor": {"en": "successor", "vi": "kế thừa"},
    "parent": {"en": "part of", "vi": "trực thuộc"},
}

# Relations view: the kind of link is told by its line (colours are reset when a node is clicked).
RELATION_DASHES = {"parent": False, "predecessor": [2, 4], "related": [8, 6]}


def legend_for(kinds) -> list[dict]:
    """Legend entries for the given node kinds, in NODE_STYLES order."""
    return [{"key": kind, "labels": style.labels, "color": style.color, "shape": style.shape}
            for kind, style in NODE_STYLES.items() if kind in set(kinds)]
