"""Seed once per test session, put the database back before each test.

`DatabaseState.take()` keeps every row of every table (and the files the seed wrote). A listener on
the engine notes each table a statement writes to; `restore()` then deletes and re-inserts the rows
of those tables only, with foreign-key checks off for the few milliseconds it takes, and puts the
id sequences back. A test that logs in and posts one form costs a restore of two or three tables,
not a new seed. The same code runs on SQLite and PostgreSQL.
"""
import os
import re
import shutil

from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import TextClause

# Hand-written SQL (text() or exec_driver_sql) that writes names its table first; anything else that
# is not plainly a read marks every table, so a write the pattern does not know is never missed.
WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?\s', re.IGNORECASE)
READ = re.compile(r"^\s*(SELECT|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|COMMIT|BEGIN|SET|SHOW|EXPLAIN)\b", re.IGNORECASE)


class DatabaseState:
    def __init__(self, engine, metadata, upload_dir: str):
        self.engine = engine
        self.tables = list(metadata.sorted_tables)  # parents before children
        self.names = {t.name for t in self.tables}
        self.dependents = self._dependents()
        self.upload_dir = upload_dir
        self.rows: dict[str, list[dict]] = {}
        self.dirty: set[str] = set()
        self.files: dict[str, tuple[int, int]] = {}
        self._paused = False
        event.listen(engine, "before_cursor_execute", self._note_write)

    def _dependents(self) -> dict[str, set[str]]:
        """For each table, every table whose rows a DELETE on it can reach through ON DELETE rules."""
        direct = {t.name: set() for t in self.tables}
        for table in self.tables:
            for fk in table.foreign_keys:
                direct[fk.column.table.name].add(table.name)
        closure = {}
        for name in direct:
            seen, todo = set(), [name]
            while todo:
                for child in direct[todo.pop()] - seen:
                    seen.add(child)
                    todo.append(child)
            closure[name] = seen
        return closure

    def _note_write(self, _conn, _cursor, statement, _params, context, _many):
        if self._paused:
            return
        compiled = getattr(context, "compiled", None)
        if getattr(context, "isddl", False):
            self.dirty |= self.names
            return
        if compiled is not None and not isinstance(compiled.statement, TextClause):
            if context.isinsert or context.isupdate or context.isdelete:
                self._mark(getattr(compiled.statement.table, "name", None), context.isdelete)
            return  # a SELECT built by SQLAlchemy (CTEs included) writes nothing
        match = WRITE.match(statement)
        if match:
            self._mark(match.group(2), match.group(1).upper().startswith("DELETE"))
        elif not READ.match(statement):
            self.dirty |= self.names

    def _mark(self, name, deleting: bool) -> None:
        if name not in self.names:  # not a table we know (UPDATE ONLY t, a schema-qualified name): all of them
            self.dirty |= self.names
            return
        self.dirty.add(name)
        if deleting:  # the database's own ON DELETE rules reach the children without a statement naming them
            self.dirty |= self.dependents[name]

    # -- taking the state -------------------------------------------------------------------------
    def take(self) -> None:
        with self.engine.connect() as conn:
            self.rows = {t.name: [dict(r) for r in conn.execute(select(t)).mappings()] for t in self.tables}
        self.dirty = set()
        self.pristine = self.upload_dir.rstrip("/") + ".seeded"
        shutil.rmtree(self.pristine, ignore_errors=True)
        shutil.copytree(self.upload_dir, self.pristine)
        self.files = self._listing(self.upload_dir)

    @staticmethod
    def _listing(root) -> dict[str, tuple[int, int]]:
        found = {}
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                stat = os.stat(path)
                found[os.path.relpath(path, root)] = (stat.st_size, stat.st_mtime_ns)
        return found

    # -- putting it back --------------------------------------------------------------------------
    def restore(self) -> None:
        if self._listing(self.upload_dir) != self.files:
            shutil.rmtree(self.upload_dir)
            shutil.copytree(self.pristine, self.upload_dir)
            self.files = self._listing(self.upload_dir)
        if not self.dirty:
            return
        tables = [t for t in self.tables if t.name in self.dirty]
        self._paused = True
        try:
            if self.engine.dialect.name == "sqlite":
                self._restore_sqlite(tables)
            else:
                self._restore_postgresql(tables)
        finally:
            self._paused = False
        self.dirty = set()

    def _reload(self, conn, tables) -> None:
        for table in reversed(tables):
            conn.execute(table.delete())
        for table in tables:
            if self.rows[table.name]:
                conn.execute(table.insert(), self.rows[table.name])

    def _restore_sqlite(self, tables) -> None:
        with self.engine.connect() as conn:
            # Outside a transaction, or SQLite ignores it; a child table left alone keeps its rows.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            try:
                self._reload(conn, tables)
                conn.commit()
            finally:
                conn.rollback()  # after a failure too: inside an open transaction SQLite would ignore the pragma
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")

    def _restore_postgresql(self, tables) -> None:
        with self.engine.begin() as conn:
            # Foreign-key triggers off for this transaction only. A role that may not do that (not a
            # superuser) reloads every table instead, children after parents: slower, just as exact.
            try:
                with conn.begin_nested():
                    conn.execute(text("SET LOCAL session_replication_role = replica"))
            except DBAPIError:
                tables = self.tables
            self._reload(conn, tables)
            for table in tables:
                if "id" not in table.c or not table.c.id.primary_key:
                    continue
                top = max((row["id"] for row in self.rows[table.name]), default=0)
                conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                             {"t": f'"{table.name}"', "v": max(top, 1), "called": top > 0})
