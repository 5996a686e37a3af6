/**
 * Prompt assembly. A plain prompt states the task, the schema in the row's style and the output
 * rules as short lines (IFStruct's spec-like layout). A prose prompt is the same content
 * rewritten by the grammar in phrases.ts: optional opener, optional "thinking out loud"
 * revision of the count, format or wrapper (stated first with an old value, then settled),
 * a task sentence, the style's block, the rules as shuffled sentences with connectives, and an
 * optional closing. Every choice is recorded by the Expander.
 */
import { cap, type Bindings, type Expander } from './grammar.js';
import type { Controls, EntityDef, FieldDef, JsonSchema, OutputFormat, Style } from './model.js';
import { PHRASES, type PhraseName } from './phrases.js';
import { renderAnnotated, renderBullets, renderChatFields, renderGlossary, renderJsonSchema, renderTable } from './styles.js';

type ObjectDef = Extract<FieldDef, { kind: 'object' }>;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Spelled-out numbers used in prompts (0–12). */
export function numberWord(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : null;
}

function fmtName(f: OutputFormat): string {
  return f === 'json' ? 'JSON' : 'YAML';
}

/** A count phrase without the noun: "three", "3", "between 2 and 5", "2-5", … */
function countPhrase(x: Expander, count: Controls['count'], prose: boolean): string {
  if (typeof count === 'number') {
    const w = numberWord(count);
    if (!prose) return w ?? String(count);
    if (count === 1) return x.pick(['one', 'a single', 'just one', '1']);
    return w && x.chance(0.7) ? w : String(count);
  }
  const [a, b] = count;
  if (!prose) return `between ${a} and ${b}`;
  const alt = x.choose(7);
  switch (alt) {
    case 0:
      return `between ${a} and ${b}`;
    case 1:
      return `${a} to ${b}`;
    case 2:
      return `${a}-${b}`;
    case 3:
      return `anywhere from ${a} to ${b}`;
    case 4:
      return `at least ${a} and at most ${b}`;
    case 5:
      return `somewhere between ${a} and ${b}`;
    default:
      return `between ${numberWord(a) ?? a} and ${numberWord(b) ?? b}`;
  }
}

function things(x: Expander, entity: EntityDef, count: Controls['count'], prose: boolean): string {
  const phrase = countPhrase(x, count, prose);
  return `${phrase} ${count === 1 ? entity.singular : entity.plural}`;
}

function midpoint(c: Controls['count']): number {
  return typeof c === 'number' ? c : (c[0] + c[1]) / 2;
}

/** A different count for a revision (exact or range). */
function oldCount(x: Expander, count: Controls['count'], maxCount: number): Controls['count'] {
  const top = Math.max(maxCount, 4);
  if (x.chance(0.7)) {
    const candidates: number[] = [];
    for (let n = 1; n <= top + 2; n++) if (n !== count) candidates.push(n);
    return x.pick(candidates);
  }
  const a = x.pick([1, 2, 3, 4, 5]);
  const r: [number, number] = [a, a + x.pick([1, 2, 3, 5])];
  return typeof count !== 'number' && r[0] === count[0] && r[1] === count[1] ? [a + 1, a + 6] : r;
}

function decap(s: string): string {
  if (/^(I\b|I'|JSON|YAML|```|["'`])/.test(s)) return s;
  return s.length ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export interface PromptInput {
  readonly entity: EntityDef;
  readonly item: ObjectDef;
  /** The row's JSON Schema, built on demand (only the json_schema style shows it). */
  readonly schema: () => JsonSchema;
  readonly controls: Controls;
  readonly style: Style;
  readonly prose: boolean;
  readonly revisionShare: number;
  readonly maxCount: number;
}

export function buildPrompt(x: Expander, p: PromptInput): string {
  return p.prose ? prosePrompt(x, p) : plainPrompt(x, p);
}

function qkeyOf(x: Expander, key: string, prose: boolean): string {
  if (!prose) return `"${key}"`;
  return x.pick([`"${key}"`, `"${key}"`, `\`${key}\``, `'${key}'`]);
}

function block(x: Expander, p: PromptInput): string | null {
  switch (p.style) {
    case 'json_schema':
      return renderJsonSchema(x, p.schema());
    case 'annotated_example':
      return renderAnnotated(p.item, p.controls.format);
    case 'path_glossary':
      return renderGlossary(x, p.item, p.controls.key);
    case 'bullet_paths':
      return renderBullets(x, p.item);
    case 'ascii_table':
      return renderTable(x, p.item);
    case 'chat':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------

function plainPrompt(x: Expander, p: PromptInput): string {
  const c = p.controls;
  const F = fmtName(c.format);
  const vars: Bindings = {
    things: things(x, p.entity, c.count, false),
    topic: x.pick(p.entity.topics),
    F,
    tag: c.format,
    qkey: c.key === null ? '' : qkeyOf(x, c.key, false),
    fields: p.style === 'chat' ? renderChatFields(x, p.item) : '',
  };
  const e = (name: PhraseName): string => x.expand(PHRASES[name], vars);
  const rules = [c.key === null ? e('plainBare') : e('plainWrapper')];
  if (c.fence) rules.push(e('plainFence'));
  if (c.noCommentary) rules.push(e('plainNoCommentary'));
  switch (p.style) {
    case 'json_schema':
      return `${e('plainSchema')}\n\n${block(x, p)}\n\n${rules.join('\n')}`;
    case 'annotated_example':
      return `${e(c.format === 'json' ? 'plainAnnotatedJson' : 'plainAnnotatedYaml')}\n\n${block(x, p)}\n\n${rules.join('\n')}`;
    case 'path_glossary':
      return `${e('plainGlossary')}\n${block(x, p)}\n\n${rules.join('\n')}`;
    case 'bullet_paths':
      return `${e('plainBullets')}\n${block(x, p)}\nRules:\n${rules.map((r) => `- ${r}`).join('\n')}`;
    case 'ascii_table':
      return `${e('plainTable')}\n\n${block(x, p)}\n\n${rules.join('\n')}`;
    case 'chat':
      return `${e('plainChat')} ${rules.join(' ')}`;
  }
}

// ---------------------------------------------------------------------------------------------

type Revision = 'none' | 'count' | 'format' | 'wrapper';

function prosePrompt(x: Expander, p: PromptInput): string {
  const c = p.controls;
  const F = fmtName(c.format);
  const oldF = c.format === 'json' ? 'YAML' : 'JSON';
  const revision: Revision = x.chance(p.revisionShare) ? x.pick(['count', 'count', 'format', 'format', 'wrapper'] as const) : 'none';
  const inline = revision !== 'none' && revision !== 'wrapper' && x.chance(0.4);
  const fmtInTask = x.chance(0.6);
  const finalThings = things(x, p.entity, c.count, true);
  const old = revision === 'count' ? oldCount(x, c.count, p.maxCount) : c.count;
  const oldPhrase = countPhrase(x, old, true);
  const vars: Record<string, string> = {
    things: finalThings,
    newthings: finalThings,
    new: countPhrase(x, c.count, true),
    old: oldPhrase,
    much: midpoint(old) > midpoint(c.count) ? 'many' : 'few',
    topic: x.pick(p.entity.topics),
    singular: p.entity.singular,
    F,
    oldF,
    tag: c.format,
    qkey: c.key === null ? '' : qkeyOf(x, c.key, true),
    inF: '',
    fields: '',
  };
  const e = (name: PhraseName, extra?: Record<string, string>): string => x.expand(PHRASES[name], extra ? { ...vars, ...extra } : vars);

  // Paragraph 1: opener and an up-front revision.
  const intro: string[] = [];
  if (x.chance(0.45)) intro.push(e('greet'));
  if (x.chance(0.6)) intro.push(e('context'));
  if (!inline && revision === 'count') intro.push(e('revCount'));
  if (!inline && revision === 'format') intro.push(e('revFormat'));
  if (revision === 'wrapper') intro.push(e(c.key === null ? 'revToBare' : 'revToWrapper'));

  // Paragraph 2: the task (an inline revision states the old value first, then corrects it).
  const taskVars: Record<string, string> = {};
  if (inline && revision === 'count') taskVars.things = things(x, p.entity, old, true);
  const taskFormat = inline && revision === 'format' ? oldF : F;
  const yamlNote = c.format === 'yaml' && x.chance(0.3) ? e('yamlNote') : '';
  if (fmtInTask || (inline && revision === 'format')) {
    taskVars.inF = ` ${x.expand(PHRASES.inF, { ...vars, F: taskFormat })}`;
    if (!inline || revision !== 'format') taskVars.inF += yamlNote;
  }
  const task: string[] = [cap(e('task', taskVars))];
  if (inline && revision === 'count') task.push(e('revCountInline'));
  if (inline && revision === 'format') task.push(`${e('revFormatInline')}`);

  // The output rules, as sentences.
  const rules: string[] = [];
  if (!fmtInTask || (inline && revision === 'format' && yamlNote)) {
    const s = e('formatSentence');
    rules.push(yamlNote ? `${s.slice(0, -1)}${yamlNote}.` : s);
  }
  rules.push(e(c.key === null ? 'bare' : 'wrapper'));
  if (c.fence) rules.push(e('fence'));
  if (c.noCommentary) rules.push(e(c.fence && x.chance(0.3) ? 'noCommentaryFenced' : 'noCommentary'));
  if (x.chance(0.25)) rules.push(e('countAgain'));
  const ordered = x.shuffle(rules).map((s, i) => {
    // No connective before a label-style sentence ("Format: JSON.").
    if (i === 0 || /^[\w ]{1,14}: /.test(s) || !x.chance(0.45)) return cap(s);
    return e('connective') + decap(s);
  });

  // The style's block (chat: a field sentence).
  let specIntro = '';
  let spec: string | null = null;
  switch (p.style) {
    case 'json_schema':
      specIntro = e('introSchema');
      break;
    case 'annotated_example':
      specIntro = e(c.format === 'json' ? 'introAnnotatedJson' : 'introAnnotatedYaml');
      break;
    case 'path_glossary':
      specIntro = e('introGlossary');
      break;
    case 'bullet_paths':
      specIntro = e('introBullets');
      break;
    case 'ascii_table':
      specIntro = e('introTable');
      break;
    case 'chat':
      specIntro = `${e(c.count === 1 ? 'chatFieldsOne' : 'chatFields', { fields: renderChatFields(x, p.item) })}${x.chance(0.6) ? ` ${e('chatKeep')}` : ''}`.trimEnd();
      break;
  }
  if (p.style !== 'chat') spec = block(x, p);

  const paragraphs: string[] = [];
  if (intro.length) paragraphs.push(intro.join(' '));
  const rulesFirst = x.chance(0.3);
  if (spec === null) {
    // chat: everything is running text; rules may share the paragraph.
    if (rulesFirst) paragraphs.push([...task, ...ordered].join(' '), specIntro);
    else if (x.chance(0.5)) paragraphs.push([...task, specIntro, ...ordered].join(' '));
    else paragraphs.push([...task, specIntro].join(' '), ordered.join(' '));
  } else if (rulesFirst) {
    paragraphs.push([...task, ...ordered].join(' '), `${specIntro}\n\n${spec}`);
  } else {
    paragraphs.push(`${[...task, specIntro].join(' ')}\n\n${spec}`, ordered.join(' '));
  }
  if (x.chance(0.55)) paragraphs.push(e('closing'));
  return paragraphs.join('\n\n');
}
