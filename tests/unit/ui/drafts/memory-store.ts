/** An in-memory DraftStore for the autosaver's tests (promises only: fake timers can drive it). */
import type { DraftStore } from '../../../../src/ui/drafts/db.ts';
import type { DraftRecord, DraftSummary, PutResult } from '../../../../src/ui/drafts/types.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

export interface PutCall {
  record: DraftRecord;
  expectedRevision: number;
  at: number;
}

export class MemoryDraftStore implements DraftStore {
  readonly records = new Map<string, DraftRecord>();
  readonly puts: PutCall[] = [];
  /** When set, decides the outcome of the next puts (a PutResult, or an error to reject with). */
  refuse: ((record: DraftRecord) => PutResult | Error | undefined) | undefined;
  private next = 0;

  list(): Promise<DraftSummary[]> {
    return Promise.resolve(
      [...this.records.values()].map((r) => ({
        id: r.id,
        name: r.name,
        updatedAt: r.updatedAt,
        revision: r.revision,
        actors: r.dataset.actors.length,
        relations: r.dataset.relations.length,
        savedToFile: r.savedToFile,
      })),
    );
  }

  get(id: string): Promise<DraftRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }

  create(init: { name: string; dataset: Dataset; sourceTexts?: Record<string, string> }) {
    this.next += 1;
    const record: DraftRecord = {
      id: `d${this.next}`,
      name: init.name,
      dataset: init.dataset,
      sourceTexts: init.sourceTexts ?? {},
      revision: 1,
      updatedAt: new Date().toISOString(),
      savedToFile: false,
    };
    this.records.set(record.id, record);
    return Promise.resolve(record);
  }

  async put(record: DraftRecord, expectedRevision: number): Promise<PutResult> {
    await Promise.resolve();
    this.puts.push({ record, expectedRevision, at: Date.now() });
    const refused = this.refuse?.(record);
    if (refused instanceof Error) throw refused;
    if (refused !== undefined) return refused;
    const stored = this.records.get(record.id);
    if (stored && stored.revision !== expectedRevision) {
      return { ok: false, reason: 'conflict', current: stored };
    }
    const revision = expectedRevision + 1;
    this.records.set(record.id, { ...record, revision, updatedAt: new Date().toISOString() });
    return { ok: true, revision };
  }

  rename(): Promise<void> {
    return Promise.resolve();
  }

  duplicate(): Promise<DraftRecord> {
    return Promise.reject(new Error('not in this stub'));
  }

  remove(id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }

  close(): void {}
}
