import { deserialize, serialize } from "node:v8";
import Database from "better-sqlite3";

/** Bumped when the layout of a section changes incompatibly. */
const FORMAT = 1;

/** One named part of the sandbox state and how to take it out and put it back. */
export interface PersistedSection {
  readonly name: string;
  /** The live data (Maps, arrays, plain records; no functions); serialized as it is. */
  dump(): unknown;
  /** Replaces the live data with a deserialized dump. */
  load(data: unknown): void;
  /**
   * Large and changed only by writes: serialized only after {@link SandboxStateFile.markChanged}
   * (the others are serialized and compared at every save).
   */
  readonly tracked?: boolean;
}

/**
 * The sandbox state in one SQLite file, one row per section (v8-serialized, so Maps, Dates
 * and objects shared between indexes of a section come back as they were). {@link save}
 * writes the sections that changed since the last save in one transaction; the sandbox calls
 * it after every request (before the reply is written), after every scheduler run and every
 * move of the clock, so a process killed at any moment loses nothing anyone was told about.
 */
export class SandboxStateFile {
  readonly #db: Database.Database;
  readonly #sections: readonly PersistedSection[];
  readonly #last = new Map<string, Buffer>();
  readonly #upsert: Database.Statement<[string, Buffer]>;
  #changed = true;

  /** Opens (or creates) the file; throws when it was written by an incompatible version. */
  constructor(path: string, sections: readonly PersistedSection[]) {
    this.#sections = sections;
    this.#db = new Database(path);
    // WAL + NORMAL: a committed transaction survives the process being killed (kill -9);
    // only an operating-system crash may lose the last ones.
    this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("synchronous = NORMAL");
    this.#db.exec(
      "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" +
        "CREATE TABLE IF NOT EXISTS sections (name TEXT PRIMARY KEY, data BLOB NOT NULL);",
    );
    const format = this.#db.prepare("SELECT value FROM meta WHERE key = 'format'").get() as
      { value: string } | undefined;
    if (format && format.value !== String(FORMAT))
      throw new Error(
        `sandbox state file ${path} has format ${format.value}, this sandbox reads ${FORMAT}: reset the local data`,
      );
    if (!format) this.#db.prepare("INSERT INTO meta VALUES ('format', ?)").run(String(FORMAT));
    this.#upsert = this.#db.prepare(
      "INSERT INTO sections (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
    );
  }

  /**
   * Loads every saved section into the live state; false (nothing changed) when the file
   * holds no state yet.
   */
  restore(): boolean {
    const rows = this.#db.prepare("SELECT name, data FROM sections").all() as {
      name: string;
      data: Buffer;
    }[];
    if (rows.length === 0) return false;
    const saved = new Map(rows.map((row) => [row.name, row.data]));
    for (const section of this.#sections) {
      const data = saved.get(section.name);
      if (data === undefined) continue;
      section.load(deserialize(data));
      this.#last.set(section.name, data);
    }
    return true;
  }

  /** Says that the tracked sections may have changed (a write request, a scheduler run). */
  markChanged(): void {
    this.#changed = true;
  }

  /** Writes the sections that changed since the last save; returns how many. */
  save(): number {
    const changed: [string, Buffer][] = [];
    const tracked = this.#changed;
    this.#changed = false;
    for (const section of this.#sections) {
      if (section.tracked && !tracked) continue;
      const data = serialize(section.dump());
      if (this.#last.get(section.name)?.equals(data)) continue;
      changed.push([section.name, data]);
    }
    if (changed.length === 0) return 0;
    this.#db.transaction(() => {
      for (const [name, data] of changed) this.#upsert.run(name, data);
    })();
    for (const [name, data] of changed) this.#last.set(name, data);
    return changed.length;
  }

  /** Closes the file. */
  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
