// Counts what a database reads from IndexedDB, table by table: how store tests prove that a list reads only
// the rows it shows (and not, say, every answer of every interview), which its result alone cannot tell.
import type { DBCoreTable, Dexie } from 'dexie';

/** What one table was asked for since the counter started or was last reset. */
export interface TableReads {
  /** Requests of any kind: gets, queries (of rows or keys), counts and cursors. */
  readonly requests: number;
  /** Rows (values, not keys) that gets and queries returned, and that cursors over rows stepped on. */
  readonly rows: number;
  /** Cursors opened over rows, as a filter over a whole table does; a cursor over keys only is a request alone. */
  readonly cursors: number;
}

export interface ReadCounter {
  /** What `table` was asked for; nothing when it was not read. */
  of(table: string): TableReads;
  /** Starts counting afresh, after a test has written what it reads. */
  reset(): void;
}

const none: TableReads = { requests: 0, rows: 0, cursors: 0 };

/**
 * Counts the reads of `database` from now on. Call it before the database is first used: Dexie builds its
 * middleware when it opens. The counter sits innermost, under Dexie's live-query cache, so it counts what
 * reaches IndexedDB.
 */
export function countReads(database: Dexie): ReadCounter {
  if (database.isOpen())
    throw new Error('Count reads before the database opens: Dexie builds its middleware then.');
  const counts = new Map<string, TableReads>();
  const add = (table: string, change: Partial<TableReads>) => {
    const now = counts.get(table) ?? none;
    counts.set(table, {
      requests: now.requests + 1,
      rows: now.rows + (change.rows ?? 0),
      cursors: now.cursors + (change.cursors ?? 0),
    });
  };
  // Through the promises' own then, never async functions: Dexie follows its transaction through its own
  // promises, and a native await here would lose it for the caller.
  const counted = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: (request) =>
      table.get(request).then((row: unknown) => {
        add(table.name, { rows: row === undefined ? 0 : 1 });
        return row;
      }),
    getMany: (request) =>
      table.getMany(request).then((rows: unknown[]) => {
        add(table.name, { rows: rows.filter((row) => row !== undefined).length });
        return rows;
      }),
    query: (request) =>
      table.query(request).then((response) => {
        add(table.name, { rows: request.values ? response.result.length : 0 });
        return response;
      }),
    count: (request) =>
      table.count(request).then((count) => {
        add(table.name, {});
        return count;
      }),
    openCursor: (request) =>
      table.openCursor(request).then((cursor) => {
        const overRows = request.values !== false;
        add(table.name, { cursors: overRows ? 1 : 0 });
        if (cursor === null || !overRows) return cursor;
        // Every step of a cursor over rows loads the row it lands on, wanted or skipped.
        const start = cursor.start.bind(cursor);
        return Object.assign(cursor, {
          start: (onNext: () => void) =>
            start(() => {
              const now = counts.get(table.name) ?? none;
              counts.set(table.name, { ...now, rows: now.rows + 1 });
              onNext();
            }),
        });
      }),
  });
  database.use({
    stack: 'dbcore',
    name: 'read-counter',
    level: -100,
    create: (down) => ({ ...down, table: (name) => counted(down.table(name)) }),
  });
  return {
    of: (table) => counts.get(table) ?? none,
    reset: () => {
      counts.clear();
    },
  };
}
