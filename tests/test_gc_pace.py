"""A pass over many records runs with fewer garbage collections (npmdesk/gc_pace.py), and the
process's thresholds come back as they were, whichever pass ends last."""

from __future__ import annotations

import gc
import threading

from npmdesk import gc_pace


def test_thresholds_are_raised_inside_and_put_back_by_the_last_pass_to_end():
    before = gc.get_threshold()
    with gc_pace.fewer_collections():
        assert gc.get_threshold() == gc_pace.FEWER
        with gc_pace.fewer_collections():  # an overlapping pass (a team sync during an export)
            assert gc.get_threshold() == gc_pace.FEWER
        assert gc.get_threshold() == gc_pace.FEWER  # the first one still runs
    assert gc.get_threshold() == before


def test_passes_in_threads_that_end_in_any_order_leave_the_thresholds_as_they_were():
    before = gc.get_threshold()
    first_in, second_in, release_first = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with gc_pace.fewer_collections():
            first_in.set()
            release_first.wait(10)

    def second() -> None:
        first_in.wait(10)
        with gc_pace.fewer_collections():
            second_in.set()
        # the first pass is still running: still raised
        assert gc.get_threshold() == gc_pace.FEWER

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    second_in.wait(10)
    threads[1].join(10)
    assert gc.get_threshold() == gc_pace.FEWER
    release_first.set()
    threads[0].join(10)
    assert gc.get_threshold() == before


def test_an_error_inside_a_pass_still_puts_the_thresholds_back():
    before = gc.get_threshold()
    try:
        with gc_pace.fewer_collections():
            raise KeyError("stop")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_cycles_made_inside_a_pass_are_still_collected():
    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    import weakref

    with gc_pace.fewer_collections():
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        for _ in range(3):
            [[] for _ in range(60_000)]  # allocations enough to reach the raised threshold
        assert gone() is None
