"""What a query worker is asked to do, and how the outcome crosses a process boundary.

A job is (kind, arguments) made of strings and numbers, so it pickles cheaply; its outcome is a
plain tuple, never an exception or an Oxigraph object: HttpError does not pickle, and Oxigraph's
result iterators may only be dropped on the thread that made them.
"""

import sys
import traceback

import pyoxigraph as ox

from kg.serve import linked_data, writes
from kg.serve.execute import Answer, HttpError, QueryTimeout, evaluate, timeout_error


def _query(store, budget, *, text, accept, format_param, max_results, default_graphs=(), named_graphs=()):
    return evaluate(store, text, accept=accept, format_param=format_param, budget=budget, max_results=max_results,
                    default_graphs=[ox.NamedNode(iri) for iri in default_graphs],
                    named_graphs=[ox.NamedNode(iri) for iri in named_graphs])


def _entity(store, budget, *, path, accept, format_param, max_results):
    return linked_data.answer(store, path, accept, budget, max_results, format_param)


def _update(store, budget, *, text):
    writes.apply_update(store, text)
    return Answer(b"", "text/plain; charset=utf-8", 204)


def _graph_store(store, budget, *, method, graph, body, content_type):
    return Answer(b"", "text/plain; charset=utf-8", writes.graph_store_write(store, method, graph, body, content_type))


JOBS = {"query": _query, "entity": _entity, "update": _update, "graph_store": _graph_store}


def perform(store, kind: str, args: dict, budget) -> tuple:
    """Run one job: ("answer", body, content type, status, headers), ("error", status, message,
    headers), ("timeout",), or ("fatal", status, message, headers) after which the worker exits."""
    try:
        answer = JOBS[kind](store, budget, **args)
        return ("answer", answer.body, answer.content_type, answer.status, answer.headers)
    except HttpError as exc:
        return ("error", exc.status, exc.message, exc.headers)
    except QueryTimeout:
        return ("timeout",)
    except MemoryError:
        raise  # the worker answers it as fatal (workers.py): its heap may be in any state
    except Exception:
        traceback.print_exc(file=sys.stderr)
        return ("error", 500, "internal error while evaluating the query", {})


def answer_from(outcome: tuple, seconds: float) -> Answer:
    """The Answer an outcome stands for; errors and timeouts are raised as HttpError."""
    if outcome[0] == "answer":
        return Answer(*outcome[1:])
    if outcome[0] == "timeout":
        raise timeout_error(seconds)
    raise HttpError(*outcome[1:])  # "error" and "fatal"
