/**
 * heed's template grammar for prompt text. A template is text with
 *
 * - alternatives `{a|b|c}` (nestable; `{|x}` makes `x` optional),
 * - variables `$name` (letters, digits, `_`), filled from the expansion's bindings,
 * - rule references `@name`, expanded from the rule table passed at compile time.
 *
 * Every alternative taken is recorded (its index) in the expansion's `choices`, so a prompt's
 * surface form is part of the task instance that decides the split. Templates are compiled once.
 */
import type { Rng } from '../rng.js';

type Node = string | { readonly alt: readonly Node[][] } | { readonly v: string } | { readonly rule: string };

export interface Template {
  readonly nodes: readonly Node[];
}

/** Variable bindings of one expansion. */
export type Bindings = Readonly<Record<string, string>>;

export class Expander {
  readonly choices: number[] = [];
  constructor(
    readonly rng: Rng,
    private readonly rules: Readonly<Record<string, Template>>,
  ) {}

  /** Picks an index in [0, n) and records it. */
  choose(n: number): number {
    const i = n <= 1 ? 0 : this.rng.int(0, n - 1);
    this.choices.push(i);
    return i;
  }

  /** Picks one element and records its index. */
  pick<T>(items: readonly T[]): T {
    return items[this.choose(items.length)]!;
  }

  /** True with probability p; recorded as 0/1. */
  chance(p: number): boolean {
    const b = this.rng.chance(p);
    this.choices.push(b ? 1 : 0);
    return b;
  }

  /** A shuffled copy; the permutation is recorded. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      this.choices.push(j);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  expand(t: Template, vars: Bindings = {}): string {
    return this.nodes(t.nodes, vars);
  }

  private nodes(nodes: readonly Node[], vars: Bindings): string {
    let out = '';
    for (const n of nodes) {
      if (typeof n === 'string') out += n;
      else if ('alt' in n) out += this.nodes(n.alt[this.choose(n.alt.length)]!, vars);
      else if ('v' in n) {
        const val = vars[n.v];
        if (val === undefined) throw new Error(`template variable $${n.v} is not bound`);
        out += val;
      } else {
        const r = this.rules[n.rule];
        if (!r) throw new Error(`template rule @${n.rule} is not defined`);
        out += this.nodes(r.nodes, vars);
      }
    }
    return out;
  }
}

/** Compiles a template string (throws on unbalanced braces). */
export function compile(src: string): Template {
  let i = 0;
  const parseSeq = (inAlt: boolean): Node[] => {
    const out: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push(text);
      text = '';
    };
    while (i < src.length) {
      const c = src[i]!;
      if (c === '{') {
        flush();
        i++;
        const alts: Node[][] = [parseSeq(true)];
        while (src[i] === '|') {
          i++;
          alts.push(parseSeq(true));
        }
        if (src[i] !== '}') throw new Error(`template: unclosed '{' in ${JSON.stringify(src)}`);
        i++;
        out.push({ alt: alts });
      } else if (inAlt && (c === '|' || c === '}')) {
        break;
      } else if (c === '}' || c === '|') {
        throw new Error(`template: stray '${c}' in ${JSON.stringify(src)}`);
      } else if (c === '$' || c === '@') {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1));
        if (!m) {
          text += c;
          i++;
          continue;
        }
        flush();
        out.push(c === '$' ? { v: m[0] } : { rule: m[0] });
        i += 1 + m[0].length;
      } else if (c === '\\' && i + 1 < src.length) {
        text += src[i + 1];
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const nodes = parseSeq(false);
  if (i !== src.length) throw new Error(`template: unexpected '${src[i]}' in ${JSON.stringify(src)}`);
  return { nodes };
}

/** Compiles a table of named templates (values may be one string or alternatives as a list). */
export function compileTable<K extends string>(table: Readonly<Record<K, string | readonly string[]>>): Record<K, Template> {
  const out = {} as Record<K, Template>;
  for (const [k, v] of Object.entries(table) as [K, string | readonly string[]][]) {
    out[k] = typeof v === 'string' ? compile(v) : { nodes: [{ alt: v.map((s) => [...compile(s).nodes]) }] };
  }
  return out;
}

/** Upper-cases the first letter. */
export function cap(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}
