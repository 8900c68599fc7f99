"""The small rule language of the templates, parsed and evaluated without ``eval``.

Templates state totals and checks as text such as
``requests/1/$col + requests/2/$col == requests/3.7/$col + requests/4/$col``. This module turns
that text into a tree once (at template load, so a typo fails there, naming the entry), and
later binds ``$var`` placeholders to concrete rows/columns, giving a closure over plain
addresses. Nothing in a template can reach Python: the grammar has numbers, cell references,
``sum(...)``, ``+ -`` and one comparison.

Grammar::

    check   := additive (CMP additive)?
    additive:= unary (("+" | "-") unary)*
    unary   := "-" unary | primary
    primary := NUMBER | REF | "sum" "(" additive ("," additive)* ")" | "(" additive ")"
    REF     := ["last:"] seg "/" seg "/" seg      seg := id | "$"var | "@"group | "*"

``@group`` and ``*`` expand to several cells and may stand only inside ``sum``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Union

Num = Union[int, Decimal]
Lookup = Callable[[str], Num]


class ExprError(Exception):
    """A rule text that does not parse or does not bind; the message says where."""


_TOKEN_RE = re.compile(
    r"\s*(?:"
    r"(?P<ref>(?:last:)?[\w.$@*]+/[\w.$@*]+/[\w.$@*]+)"
    r"|(?P<num>\d+(?:\.\d+)?)"
    r"|(?P<name>[A-Za-z_]\w*)"
    r"|(?P<op>==|!=|<=|>=|<|>|\+|-|\(|\)|,)"
    r")"
)
MESSAGE_PLACEHOLDER = re.compile(r"\{(=[^{}]+|[a-z_]+)\}")
"""A rule message's ``{name}`` or ``{= expression}`` (shown with the report's numbers)."""
MESSAGE_NAMES = ("col", "row", "left", "right", "diff")
"""What an expression rule's message may name besides ``{= expression}``."""
_CMP_OPS = ("==", "!=", "<=", ">=", "<", ">")


@dataclass(frozen=True)
class Ref:
    last: bool
    table: str
    row: str
    col: str


@dataclass(frozen=True)
class Const:
    value: Num


@dataclass(frozen=True)
class Neg:
    arg: Node


@dataclass(frozen=True)
class Arith:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Sum:
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Compare:
    op: str
    left: Node
    right: Node


Node = Union[Ref, Const, Neg, Arith, Sum, Compare]


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise ExprError(f"无法识别“{text[pos:pos + 12]}”（位置 {pos}）")
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise ExprError(f"“{self.text}”：此处应为“{value}”，实为“{tok[1] or '结尾'}”")
        self.i += 1
        return tok

    def check(self) -> Node:
        left = self.additive()
        if self.peek()[1] in _CMP_OPS:
            op = self.take()[1]
            left = Compare(op, left, self.additive())
        if self.peek()[0] != "end":
            raise ExprError(f"“{self.text}”：多余的“{self.peek()[1]}”")
        return left

    def additive(self) -> Node:
        node = self.unary()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = Arith(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.peek()[1] == "-":
            self.take()
            return Neg(self.unary())
        return self.primary()

    def primary(self) -> Node:
        kind, value = self.take()
        if kind == "num":
            return Const(Decimal(value) if "." in value else int(value))
        if kind == "ref":
            last = value.startswith("last:")
            table, row, col = value[5:].split("/") if last else value.split("/")
            return Ref(last, table, row, col)
        if kind == "name" and value == "sum":
            self.take("(")
            args = [self.additive()]
            while self.peek()[1] == ",":
                self.take()
                args.append(self.additive())
            self.take(")")
            return Sum(tuple(args))
        if value == "(":
            node = self.additive()
            self.take(")")
            return node
        raise ExprError(f"“{self.text}”：此处不能出现“{value or '结尾'}”")


def parse(text: str) -> Node:
    """Parse a rule or total expression; raises ``ExprError`` naming the problem."""
    if not isinstance(text, str) or not text.strip():
        raise ExprError("表达式为空")
    return _Parser(text).check()


def variables(node: Node) -> set[str]:
    """The ``$var`` names a tree uses, so a template entry can be checked for unbound ones."""
    found: set[str] = set()
    for ref in refs(node):
        for seg in (ref.table, ref.row, ref.col):
            if seg.startswith("$"):
                found.add(seg[1:])
    return found


def refs(node: Node) -> list[Ref]:
    if isinstance(node, Ref):
        return [node]
    if isinstance(node, Const):
        return []
    if isinstance(node, Neg):
        return refs(node.arg)
    if isinstance(node, Sum):
        return [r for a in node.args for r in refs(a)]
    return refs(node.left) + refs(node.right)


class Scope:
    """What binding needs from a form: expand ``*`` and ``@group`` and check addresses exist."""

    def rows(self, table: str) -> Sequence[str]:
        raise NotImplementedError

    def cols(self, table: str) -> Sequence[str]:
        raise NotImplementedError

    def group(self, table: str, name: str) -> Sequence[str]:
        raise NotImplementedError


@dataclass(frozen=True)
class Bound:
    """An expression with its variables bound: evaluable, and knowing every cell it reads."""

    node: Node
    reads: tuple[str, ...]
    reads_last: tuple[str, ...]
    evaluate: Callable[[Lookup, Lookup], Num]


def _expand(seg: str, env: Mapping[str, str], options: Callable[[], Sequence[str]],
            group: Callable[[str], Sequence[str]]) -> list[str]:
    if seg.startswith("$"):
        if seg[1:] not in env:
            raise ExprError(f"变量 {seg} 没有取值")
        return [env[seg[1:]]]
    if seg == "*":
        return list(options())
    if seg.startswith("@"):
        return list(group(seg[1:]))
    return [seg]


def _ref_addresses(ref: Ref, env: Mapping[str, str], scope: Scope) -> list[str]:
    (table,) = _expand(ref.table, env, lambda: [], lambda g: [g]) or [""]
    rows = _expand(ref.row, env, lambda: scope.rows(table), lambda g: scope.group(table, g))
    cols = _expand(ref.col, env, lambda: scope.cols(table), lambda g: scope.group(table, g))
    return [f"{table}/{r}/{c}" for r in rows for c in cols]


def bind(node: Node, env: Mapping[str, str], scope: Scope) -> Bound:
    """Bind ``$vars`` and expand groups; the result reads plain addresses only."""
    reads: list[str] = []
    reads_last: list[str] = []

    def build(n: Node, in_sum: bool) -> Callable[[Lookup, Lookup], Num]:
        if isinstance(n, Const):
            value = n.value
            return lambda cur, last: value
        if isinstance(n, Ref):
            addresses = _ref_addresses(n, env, scope)
            if len(addresses) != 1 and not in_sum:
                raise ExprError(f"“{n.table}/{n.row}/{n.col}”代表多个单元格，只能用在 sum(...) 中")
            (reads_last if n.last else reads).extend(addresses)
            if n.last:
                return lambda cur, last: sum(map(last, addresses), 0)
            if len(addresses) == 1:
                only = addresses[0]
                return lambda cur, last: cur(only)
            return lambda cur, last: sum(map(cur, addresses), 0)
        if isinstance(n, Neg):
            inner = build(n.arg, in_sum)
            return lambda cur, last: -inner(cur, last)
        if isinstance(n, Sum):
            refs = [a for a in n.args if isinstance(a, Ref) and not a.last]
            if len(refs) == len(n.args):  # the usual total, cells of this year only: one pass
                flat = [x for a in refs for x in _ref_addresses(a, env, scope)]
                reads.extend(flat)
                return lambda cur, last: sum(map(cur, flat), 0)
            parts = [build(a, True) for a in n.args]
            return lambda cur, last: sum([p(cur, last) for p in parts], 0)
        if isinstance(n, Arith):
            lf, rf = build(n.left, in_sum), build(n.right, in_sum)
            if n.op == "+":
                return lambda cur, last: lf(cur, last) + rf(cur, last)
            return lambda cur, last: lf(cur, last) - rf(cur, last)
        raise ExprError("比较运算只能出现在最外层")

    if isinstance(node, Compare):
        raise ExprError("比较式须分别绑定两边（bind_check）")

    fn = build(node, False)
    return Bound(node, tuple(dict.fromkeys(reads)), tuple(dict.fromkeys(reads_last)), fn)


@dataclass(frozen=True)
class BoundCheck:
    """A bound comparison: both sides evaluable on their own, for the message."""

    op: str
    left: Bound
    right: Bound

    @property
    def reads(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.left.reads + self.right.reads))

    @property
    def reads_last(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.left.reads_last + self.right.reads_last))


def bind_check(node: Node, env: Mapping[str, str], scope: Scope) -> BoundCheck:
    """Bind a check; a bare expression is read as ``expr == 0``."""
    if isinstance(node, Compare):
        return BoundCheck(node.op, bind(node.left, env, scope), bind(node.right, env, scope))
    return BoundCheck("==", bind(node, env, scope), bind(Const(0), env, scope))


COMPARE: Mapping[str, Callable[[Num, Num], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}
"""The comparison operators of the grammar, each as the comparison itself: a check looks its
operator up once when it is bound, not on every run (a report runs a few dozen checks)."""


def holds(op: str, left: Num, right: Num) -> bool:
    """Whether ``left op right``."""
    return bool(COMPARE[op](left, right))
