"""pdfminer's layout analysis made deterministic.

pdfminer groups text boxes by popping the closest pair from a heap of (distance, id(box1),
id(box2), ...). When two pairs are equally far apart (equal cells of a table, often) the tie is
broken by id(), a memory address, which differs from one process to the next: the same PDF was
read in a different order in two clean builds. This is the same algorithm with ties broken by the
order the boxes were made in.
"""
from __future__ import annotations

import heapq
import itertools
from typing import Sequence

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTPage,
    LTTextBox,
    LTTextBoxVertical,
    LTTextGroup,
    LTTextGroupLRTB,
    LTTextGroupTBRL,
)
from pdfminer.utils import Plane, apply_matrix_rect


def _dist(obj1, obj2) -> float:
    """Area of the rectangle around both boxes less their own areas (pdfminer's distance)."""
    x0, y0 = min(obj1.x0, obj2.x0), min(obj1.y0, obj2.y0)
    x1, y1 = max(obj1.x1, obj2.x1), max(obj1.y1, obj2.y1)
    return (x1 - x0) * (y1 - y0) - obj1.width * obj1.height - obj2.width * obj2.height


class StablePage(LTPage):
    """A page whose text boxes are grouped in the same order in every process."""

    def group_textboxes(self, laparams: LAParams, boxes: Sequence[LTTextBox]) -> list[LTTextGroup]:
        """pdfminer's hierarchical grouping, ties broken by creation order instead of memory address."""
        plane: Plane = Plane(self.bbox)
        serial = itertools.count()
        number = {id(box): next(serial) for box in boxes}

        def between(obj1, obj2) -> bool:
            box = (min(obj1.x0, obj2.x0), min(obj1.y0, obj2.y0), max(obj1.x1, obj2.x1), max(obj1.y1, obj2.y1))
            return any(obj is not obj1 and obj is not obj2 for obj in plane.find(box))

        dists = [
            (False, _dist(a, b), number[id(a)], number[id(b)], a, b)
            for i, a in enumerate(boxes) for b in boxes[i + 1:]
        ]
        heapq.heapify(dists)
        plane.extend(boxes)
        done: set[int] = set()
        while dists:
            skip_between, d, n1, n2, obj1, obj2 = heapq.heappop(dists)
            if n1 in done or n2 in done:
                continue
            if not skip_between and between(obj1, obj2):
                heapq.heappush(dists, (True, d, n1, n2, obj1, obj2))
                continue
            vertical = isinstance(obj1, (LTTextBoxVertical, LTTextGroupTBRL)) or isinstance(obj2, (LTTextBoxVertical, LTTextGroupTBRL))
            group: LTTextGroup = LTTextGroupTBRL([obj1, obj2]) if vertical else LTTextGroupLRTB([obj1, obj2])
            plane.remove(obj1)
            plane.remove(obj2)
            done.update((n1, n2))
            number[id(group)] = next(serial)
            for other in plane:
                heapq.heappush(dists, (False, _dist(group, other), number[id(group)], number[id(other)], group, other))
            plane.add(group)
        return list(plane)


class StablePageAggregator(PDFPageAggregator):
    """PDFPageAggregator that lays pages out with StablePage."""

    def begin_page(self, page, ctm) -> None:
        x0, y0, x1, y1 = apply_matrix_rect(ctm, page.mediabox)
        self.cur_item = StablePage(self.pageno, (0, 0, abs(x0 - x1), abs(y0 - y1)))
