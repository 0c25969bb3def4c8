"""Rows read one page at a time and kept in a small least-recently-used cache.

The lazy table models (the record list, the recommendations tracker) hold one of these: a row is
read only when a view asks for it, by reading the page that holds it; at most `max_pages` pages
stay in memory, so scrolling 100,000 rows keeps memory flat.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class PageCache(Generic[T]):
    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self.fetched = 0  # pages read from the store (for tests and benchmarks)

    def row(self, row: int, read_page: Callable[[int], list[T]]) -> T | None:
        """Row `row`, calling `read_page(offset)` for its page if it is not cached; None if the
        page came back shorter (the vault changed since it was counted)."""
        number, within = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = read_page(number * self.page_size)
            self.fetched += 1
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[within] if within < len(page) else None

    def clear(self) -> None:
        self._pages.clear()

    def numbers(self) -> list[int]:
        return list(self._pages)

    def cached(self) -> Iterator[tuple[int, T]]:
        """(row, item) for every row in the cached pages."""
        for number, page in self._pages.items():
            for within, item in enumerate(page):
                yield number * self.page_size + within, item
