/**
 * Writing a drawn record as unstructured text: an email, a memo, a report, a form dump or a chat
 * log, with distractor facts (true-sounding details the schema does not ask for) mixed in. Every
 * chosen field is stated once, under its label, so the expected JSON can be recovered from the
 * text alone; the field order in prose formats is shuffled.
 */
import type { Rng } from '../rng.js';
import type { ArrayField, ScalarField } from './entities.js';
import type { Chosen, JsonData, JsonLeaf } from './record.js';
import {
  CITIES,
  COMPANIES,
  CURRENCY_SYMBOLS,
  FIRST_NAMES,
  PRODUCTS,
  capitalize,
  emailFor,
  formatDate,
  formatNumber,
  fromPattern,
  gridNumber,
  isoDate,
  joinList,
  ordinal,
  person,
  street,
  type DateStyle,
} from './values.js';

export const TEXT_FORMATS = ['email', 'memo', 'report', 'form_dump', 'chat_log'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export const DATE_STYLES = ['iso', 'mixed'] as const;
export type DateStyleKnob = (typeof DATE_STYLES)[number];

export interface RenderOptions {
  readonly format: TextFormat;
  readonly dateStyle: DateStyleKnob;
  /** Entity title ("invoice"). */
  readonly title: string;
  /** Distractor sentences, already filled in. */
  readonly distractors: readonly string[];
}

// ---------------------------------------------------------------- values

function dateText(rng: Rng, iso: string, style: DateStyleKnob): string {
  const s: DateStyle = style === 'iso' ? 'iso' : rng.pick(['iso', 'long', 'day_month'] as const);
  return formatDate(iso, s);
}

function withUnit(rng: Rng, amount: string, unit: string | undefined): string {
  if (!unit) return amount;
  const [code, ...rest] = unit.split(' ');
  const symbol = CURRENCY_SYMBOLS[code!];
  if (symbol) {
    const money = rng.chance(0.75) ? `${symbol}${amount}` : `${amount} ${code}`;
    return rest.length ? `${money} ${rest.join(' ')}` : money;
  }
  return unit === '%' ? `${amount}%` : `${amount} ${unit}`;
}

/** How a scalar value is written in the text (never for null). */
export function valueText(rng: Rng, field: ScalarField, value: JsonLeaf, dateStyle: DateStyleKnob): string {
  switch (field.type) {
    case 'integer': {
      const n = value as number;
      return withUnit(rng, formatNumber(n, 0, Math.abs(n) >= 10000), field.unit);
    }
    case 'number': {
      const n = value as number;
      return withUnit(rng, formatNumber(n, field.decimals, Math.abs(n) >= 1000 && rng.chance(0.8)), field.unit);
    }
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'date':
      return dateText(rng, value as string, dateStyle);
    default:
      return String(value);
  }
}

function endSentence(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

// ---------------------------------------------------------------- prose units

/** "is", or "are" for a plural-looking label ("checked bags", "notes"). */
function be(label: string): string {
  return /[^s]s$/.test(label) ? 'are' : 'is';
}

const SCALAR_TEMPLATES: ReadonlyArray<(l: string, v: string) => string> = [
  (l, v) => `The ${l} ${be(l)} ${v}`,
  (l, v) => `${capitalize(l)}: ${v}`,
  (l, v) => `For your records, the ${l} ${be(l)} ${v}`,
  (l, v) => `Please note that the ${l} ${be(l)} ${v}`,
  (l, v) => `We have ${v} as the ${l}`,
  (l, v) => `${capitalize(l)} — ${v}`,
];

const NULL_TEMPLATES: ReadonlyArray<(l: string) => string> = [
  (l) => `No ${l} was provided.`,
  (l) => `${capitalize(l)}: not provided.`,
  (l) => `The ${l} ${be(l) === 'is' ? 'has' : 'have'} not been given.`,
];

function scalarSentence(rng: Rng, labels: readonly string[], field: ScalarField, value: JsonLeaf, dateStyle: DateStyleKnob): string {
  const label = labels.join(' ');
  if (value === null) return rng.pick(NULL_TEMPLATES)(label);
  if (field.type === 'boolean' && labels.length === 1 && field.yes && field.no && rng.chance(0.7)) {
    return value ? field.yes : field.no;
  }
  if (field.type === 'boolean') return `${capitalize(label)}${rng.pick([': ', ' — '])}${value ? 'yes' : 'no'}.`;
  return endSentence(rng.pick(SCALAR_TEMPLATES)(label, valueText(rng, field, value, dateStyle)));
}

/** Leaf (labels, text) pairs of one object value, nested objects flattened into label paths. */
function flatten(rng: Rng, chosen: readonly Chosen[], labels: readonly string[], dateStyle: DateStyleKnob, out: Array<[string[], ScalarField, JsonLeaf]> = []): Array<[string[], ScalarField, JsonLeaf]> {
  for (const c of chosen) {
    const path = [...labels, c.field.label];
    if (c.field.type === 'object') flatten(rng, c.children ?? [], path, dateStyle, out);
    else if (c.field.type !== 'array') out.push([path, c.field, c.value as JsonLeaf]);
  }
  return out;
}

function itemParts(rng: Rng, item: readonly Chosen[], dateStyle: DateStyleKnob): Array<[string, string]> {
  return flatten(rng, item, [], dateStyle).map(([labels, field, value]) => [labels.join(' '), valueText(rng, field, value, dateStyle)]);
}

function recordsSentences(rng: Rng, field: ArrayField, items: readonly (readonly Chosen[])[], dateStyle: DateStyleKnob): string[] {
  const n = items.length;
  const plural = `${field.itemLabel}s`;
  const out: string[] = [rng.pick([`There ${n === 1 ? 'is' : 'are'} ${n} ${n === 1 ? field.itemLabel : plural}.`, `${capitalize(field.label)} (${n}):`])];
  const style = rng.int(0, 1);
  items.forEach((item, i) => {
    const parts = itemParts(rng, item, dateStyle);
    if (style === 0) out.push(`${capitalize(ordinal(i + 1))} ${field.itemLabel}: ${joinList(parts.map(([l, v]) => `${l} ${v}`))}.`);
    else out.push(`${capitalize(field.itemLabel)} ${i + 1} — ${parts.map(([l, v]) => `${l}: ${v}`).join('; ')}.`);
  });
  return out;
}

function listSentence(rng: Rng, labels: readonly string[], field: ArrayField, value: JsonData, dateStyle: DateStyleKnob): string {
  const label = labels.join(' ');
  const texts = (value as JsonLeaf[]).map((v) => valueText(rng, field.items as ScalarField, v, dateStyle));
  if (texts.length === 1) return `${capitalize(label)}: ${texts[0]}.`;
  return rng.pick([
    `${capitalize(label)}: ${joinList(texts)}.`,
    `The ${label} are ${joinList(texts)}.`,
    `The ${label} listed are ${texts.join(', ')}.`,
  ]);
}

/**
 * A prose unit: the sentences stating one top-level field (an object's fields stay together).
 * A block (an array of objects: an intro line and one line per element) is set on its own lines.
 */
interface Unit {
  readonly sentences: readonly string[];
  readonly block: boolean;
}

function proseUnits(rng: Rng, chosen: readonly Chosen[], labels: readonly string[], dateStyle: DateStyleKnob): Unit[] {
  const units: Unit[] = [];
  for (const c of chosen) {
    const path = [...labels, c.field.label];
    const f = c.field;
    if (f.type === 'object') {
      const inner = proseUnits(rng, c.children ?? [], path, dateStyle);
      // An object holding an array of objects is laid out as a block too.
      units.push({ sentences: inner.flatMap((u) => (u.block ? [u.sentences.join('\n')] : u.sentences)), block: inner.some((u) => u.block) });
    } else if (f.type === 'array') {
      if (f.items.type === 'object') units.push({ sentences: recordsSentences(rng, f, c.items ?? [], dateStyle), block: true });
      else units.push({ sentences: [listSentence(rng, path, f, c.value, dateStyle)], block: false });
    } else {
      units.push({ sentences: [scalarSentence(rng, path, f, c.value as JsonLeaf, dateStyle)], block: false });
    }
  }
  return units;
}

// ---------------------------------------------------------------- form dump

function formLines(rng: Rng, chosen: readonly Chosen[], indent: string, sep: (label: string) => string, dateStyle: DateStyleKnob): string[] {
  const lines: string[] = [];
  for (const c of chosen) {
    const f = c.field;
    const label = capitalize(f.label);
    if (f.type === 'object') {
      lines.push(`${indent}${label}:`);
      lines.push(...formLines(rng, c.children ?? [], `${indent}  `, sep, dateStyle));
    } else if (f.type === 'array') {
      if (f.items.type === 'object') {
        lines.push(`${indent}${label}:`);
        (c.items ?? []).forEach((item, i) => {
          const parts = itemParts(rng, item, dateStyle).map(([l, v]) => `${capitalize(l)}: ${v}`);
          lines.push(`${indent}  [${i + 1}] ${parts.join(' | ')}`);
        });
      } else {
        const texts = (c.value as JsonLeaf[]).map((v) => valueText(rng, f.items as ScalarField, v, dateStyle));
        lines.push(`${indent}${label}${sep(label)}${texts.join('; ')}`);
      }
    } else {
      const text = c.value === null ? 'not provided' : valueText(rng, f, c.value as JsonLeaf, dateStyle);
      lines.push(`${indent}${label}${sep(label)}${text}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------- documents

const TEAMS = ['Finance', 'Operations', 'All staff', 'Records team', 'Front desk', 'Compliance', 'Customer care'] as const;

function intro(rng: Rng, title: string): string {
  return rng.pick([
    `Here are the details of the ${title} we discussed.`,
    `As requested, I am sending over the ${title} details.`,
    `Please find the ${title} summarised below.`,
    `Following up on the ${title}, here is what we have on file.`,
    `Below is a quick write-up of the ${title}.`,
  ]);
}

/** Units shuffled, with distractor sentences interleaved at random positions. */
function interleave(rng: Rng, units: readonly Unit[], distractors: readonly string[]): Unit[] {
  const out = rng.shuffle(units);
  for (const d of distractors) out.splice(rng.int(0, out.length), 0, { sentences: [d], block: false });
  return out;
}

function unitText(u: Unit): string {
  return u.sentences.join(u.block ? '\n' : ' ');
}

/** Groups units into paragraphs of one to three units each; a block is a paragraph of its own. */
function paragraphs(rng: Rng, units: readonly Unit[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < units.length) {
    if (units[i]!.block) {
      out.push(unitText(units[i]!));
      i++;
      continue;
    }
    const want = rng.int(1, 3);
    const group: Unit[] = [];
    while (i < units.length && group.length < want && !units[i]!.block) group.push(units[i++]!);
    out.push(group.map(unitText).join(' '));
  }
  return out;
}

function renderEmail(rng: Rng, units: readonly Unit[], opts: RenderOptions): string {
  const sender = person(rng);
  const recipient = person(rng);
  const body = paragraphs(rng, interleave(rng, units, opts.distractors));
  const subject = rng.pick([`${capitalize(opts.title)} details`, `Re: ${opts.title}`, `Fwd: ${opts.title} information`, `Your ${opts.title}`]);
  return [
    `From: ${sender} <${emailFor(rng, sender)}>`,
    `To: ${recipient} <${emailFor(rng, recipient)}>`,
    `Subject: ${subject}`,
    '',
    `${rng.pick(['Hi', 'Hello', 'Dear'])} ${recipient.split(' ')[0]},`,
    '',
    intro(rng, opts.title),
    '',
    body.join('\n\n'),
    '',
    `${rng.pick(['Best regards', 'Thanks', 'Kind regards', 'Cheers'])},`,
    sender,
  ].join('\n');
}

function renderMemo(rng: Rng, units: readonly Unit[], opts: RenderOptions): string {
  const mixed = interleave(rng, units, opts.distractors);
  const bullets = rng.chance(0.5);
  const body = bullets ? mixed.map((u) => `- ${u.sentences.join(u.block ? '\n  ' : ' ')}`).join('\n') : paragraphs(rng, mixed).join('\n\n');
  return [
    rng.pick(['MEMO', 'MEMORANDUM', 'INTERNAL MEMO']),
    `To: ${rng.pick(TEAMS)}`,
    `From: ${person(rng)}`,
    `Date: ${formatDate(isoDate(rng), 'long')}`,
    `Re: ${capitalize(opts.title)}`,
    '',
    intro(rng, opts.title),
    '',
    body,
  ].join('\n');
}

function renderReport(rng: Rng, units: readonly Unit[], opts: RenderOptions): string {
  const heading = rng.pick([`${capitalize(opts.title)} — summary`, `Report: ${opts.title}`, `${opts.title.toUpperCase()} OVERVIEW`]);
  return [heading, '', intro(rng, opts.title), '', paragraphs(rng, interleave(rng, units, opts.distractors)).join('\n\n')].join('\n');
}

function renderChat(rng: Rng, units: readonly Unit[], opts: RenderOptions): string {
  const a: string = rng.pick(FIRST_NAMES);
  let b: string = rng.pick(FIRST_NAMES);
  if (b === a) b = `${b} (${rng.pick(TEAMS)})`;
  let minutes = rng.int(8 * 60, 17 * 60);
  const stamp = (): string => {
    minutes += rng.int(0, 3);
    return `[${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}]`;
  };
  const lines = [`${stamp()} ${a}: can you send me the ${opts.title} details?`, `${stamp()} ${b}: sure, one sec`];
  for (const u of interleave(rng, units, opts.distractors)) lines.push(`${stamp()} ${rng.chance(0.8) ? b : a}: ${u.sentences.join(' ')}`);
  lines.push(`${stamp()} ${a}: ${rng.pick(['thanks!', 'got it, thanks', 'perfect'])}`);
  return lines.join('\n');
}

function renderForm(rng: Rng, chosen: readonly Chosen[], opts: RenderOptions): string {
  const dots = rng.chance(0.5);
  const width = 28;
  const sep = dots ? (label: string) => ` ${'.'.repeat(Math.max(3, width - label.length))} ` : () => ': ';
  const lines = [
    `=== ${opts.title.toUpperCase()} ===`,
    `Exported: ${isoDate(rng)} by ${person(rng)}`,
    '',
    ...formLines(rng, chosen, '', sep, opts.dateStyle),
  ];
  if (opts.distractors.length) {
    lines.push('', 'Remarks:');
    for (const d of opts.distractors) lines.push(`  * ${d}`);
  }
  return lines.join('\n');
}

/** The document text for a drawn record. */
export function renderText(rng: Rng, chosen: readonly Chosen[], opts: RenderOptions): string {
  if (opts.format === 'form_dump') return renderForm(rng, chosen, opts);
  const units = proseUnits(rng, chosen, [], opts.dateStyle);
  switch (opts.format) {
    case 'email':
      return renderEmail(rng, units, opts);
    case 'memo':
      return renderMemo(rng, units, opts);
    case 'report':
      return renderReport(rng, units, opts);
    case 'chat_log':
      return renderChat(rng, units, opts);
  }
}

// ---------------------------------------------------------------- distractors

export const GENERIC_DISTRACTORS = [
  'This summary was prepared on {date}.',
  'Reference {code} belongs to a different file and can be ignored.',
  '{person} from {company} asked to be kept informed.',
  'A sample {product} was left at reception for {person}.',
  'The {city} office will handle any follow-up questions.',
] as const;

function money(rng: Rng): string {
  const code = rng.pick(['USD', 'EUR', 'GBP'] as const);
  return `${CURRENCY_SYMBOLS[code]}${formatNumber(gridNumber(rng, 10, 20000, 2), 2)}`;
}

/** Fills a distractor template's placeholders with freshly drawn values. */
export function fillDistractor(rng: Rng, template: string): string {
  return template.replace(/\{(person|company|date|money|code|int|city|product|street)\}/g, (_, name: string) => {
    switch (name) {
      case 'person':
        return person(rng);
      case 'company':
        return rng.pick(COMPANIES);
      case 'date':
        return formatDate(isoDate(rng), rng.pick(['iso', 'long', 'day_month'] as const));
      case 'money':
        return money(rng);
      case 'code':
        return fromPattern(rng, rng.pick(['@@-#####', '#####-@', '@@@####']));
      case 'int':
        return String(rng.int(2, 950));
      case 'city':
        return rng.pick(CITIES);
      case 'product':
        return rng.pick(PRODUCTS);
      default:
        return street(rng);
    }
  });
}
