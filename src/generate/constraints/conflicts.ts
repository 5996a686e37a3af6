/**
 * The conflict table (data/constraint-conflicts.json): pairs of instruction ids never drawn into
 * the same row. It starts from open-instruct's INSTRUCTION_CONFLICTS (symmetrised, every id in
 * conflict with itself) and adds the pairs heed's satisfiability checks found, plus ids that
 * dictate the whole answer and so exclude every other id.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../core/data-path.js';

type OiEntry = readonly string[] | 'ALL' | { readonly all_except: readonly string[] };

interface ConflictFile {
  readonly open_instruct: Readonly<Record<string, OiEntry>>;
  readonly heed: readonly { readonly pair: readonly [string, string]; readonly reason: string }[];
  readonly exclusive: readonly { readonly id: string; readonly reason: string }[];
}

export class ConflictTable {
  private readonly pairs = new Map<string, Set<string>>();
  /** Ids that conflict with every id except the listed ones (null: with every id). */
  private readonly universal = new Map<string, Set<string> | null>();

  constructor(file: ConflictFile) {
    for (const [id, entry] of Object.entries(file.open_instruct)) {
      if (entry === 'ALL') this.universal.set(id, null);
      else if (Array.isArray(entry)) for (const other of entry) this.add(id, other);
      else this.universal.set(id, new Set((entry as { all_except: readonly string[] }).all_except));
    }
    for (const { pair } of file.heed) this.add(pair[0], pair[1]);
    for (const { id } of file.exclusive) this.universal.set(id, null);
  }

  private add(a: string, b: string): void {
    if (!this.pairs.has(a)) this.pairs.set(a, new Set());
    if (!this.pairs.has(b)) this.pairs.set(b, new Set());
    this.pairs.get(a)!.add(b);
    this.pairs.get(b)!.add(a);
  }

  private universalHits(a: string, b: string): boolean {
    if (!this.universal.has(a)) return false;
    const except = this.universal.get(a);
    return except === null || except === undefined || !except.has(b);
  }

  /** Whether a and b may not share a row (symmetric; an id always conflicts with itself). */
  conflicts(a: string, b: string): boolean {
    if (a === b) return true;
    if (this.pairs.get(a)?.has(b)) return true;
    return this.universalHits(a, b) || this.universalHits(b, a);
  }

  /** Whether an id may join the ids already chosen. */
  compatible(id: string, chosen: readonly string[]): boolean {
    for (const c of chosen) if (this.conflicts(id, c)) return false;
    return true;
  }
}

let table: ConflictTable | null = null;

/** The shipped table, read once per process. */
export function conflictTable(): ConflictTable {
  table ??= new ConflictTable(JSON.parse(readFileSync(dataPath('constraint-conflicts.json'), 'utf8')) as ConflictFile);
  return table;
}
