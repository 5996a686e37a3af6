/**
 * One registration point per family. Each family folder exports its constraints as an array;
 * this module indexes them by id and fails loudly on duplicates.
 */
import type { Constraint, Family } from './types.js';

export class ConstraintRegistry {
  readonly family: Family;
  private readonly byId = new Map<string, Constraint>();

  constructor(family: Family, constraints: readonly Constraint[]) {
    this.family = family;
    for (const c of constraints) {
      if (this.byId.has(c.id)) throw new Error(`duplicate constraint id '${c.id}' in the ${family} registry`);
      this.byId.set(c.id, c);
    }
  }

  get(id: string): Constraint | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  all(): Constraint[] {
    return [...this.byId.values()];
  }
}
