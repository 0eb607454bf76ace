"""Cutting a stream into lists: extraction batches, Dask chunks and SPARQL VALUES blocks alike."""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter); streams, never holds more."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
