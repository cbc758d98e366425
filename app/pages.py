"""A page of a list already in memory, with what the pager macro reads (as Flask-SQLAlchemy's pages have)."""
from dataclasses import dataclass, field


@dataclass
class ListPage:
    everything: list
    page: int = 1
    per_page: int = 50
    items: list = field(init=False)

    def __post_init__(self):
        self.page = min(max(self.page, 1), self.pages)
        start = (self.page - 1) * self.per_page
        self.items = self.everything[start:start + self.per_page]

    @property
    def total(self) -> int:
        return len(self.everything)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1
