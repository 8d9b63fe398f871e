/**
 * Where the search index files come from: fetched from the site (each file once, on first use),
 * or held in memory (tests and the benchmark's checks). Counts what it loaded.
 */
import type { IndexFiles } from './build-index.ts';

/** A source of index files by path (without `.json`). */
export interface IndexStore {
  get(path: string): Promise<unknown>;
}

/** Fetches `<base><path>.json`, once per path; a failed fetch is retried on the next request. */
export class FetchStore implements IndexStore {
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly base: string) {}

  get(path: string): Promise<unknown> {
    let file = this.files.get(path);
    if (!file) {
      file = fetch(`${this.base}${path}.json`, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText} for ${response.url}`);
        return response.json() as Promise<unknown>;
      });
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file;
  }
}

/** Index files held in memory, as the build made them; remembers which were asked for. */
export class MemoryStore implements IndexStore {
  readonly requested = new Set<string>();

  constructor(private readonly files: IndexFiles) {}

  get(path: string): Promise<unknown> {
    this.requested.add(path);
    if (!this.files.has(path)) return Promise.reject(new Error(`search index: no file ${path}`));
    // A copy, as a fetch would give, so no caller can change the build's data.
    return Promise.resolve(JSON.parse(JSON.stringify(this.files.get(path))) as unknown);
  }
}
