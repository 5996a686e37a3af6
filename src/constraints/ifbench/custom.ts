/**
 * IFBench `custom:*` instructions: fixed tasks with a fixed expected shape (multiples of 7,
 * multiple-choice questions, African countries in reverse order, reversed sentences, a 26-sentence
 * alphabet story, sorted European capitals, CSV tables, Napoleonic dates).
 */
import { sentTokenize } from '../../text/punkt/index.js';
import { PY_D, PY_W, isPyWhitespaceCode, pyIntDecimal, pyLen, pyLStrip, pySplit, pyStrip } from '../../text/python.js';
import { defineConstraint, type CheckResult, type Constraint } from '../types.js';
import { pyCsvRead } from './py-csv.js';
import { fail, firstChar, lastChar, pass, plural, removePunctuation, show, stripPunctSpace } from './shared.js';

type NoParams = Record<string, never>;

const DIGIT_RUN_RE = new RegExp(`${PY_D}+`, 'gu');

const multiples = defineConstraint<NoParams>({
  id: 'custom:multiples',
  family: 'ifbench',
  params: [],
  describe: () => 'Count from 10 to 50 but only print multiples of 7.',
  check(response) {
    const expected = ['14', '21', '28', '35', '42', '49'];
    const numbers = response.replaceAll(',', ', ').match(DIGIT_RUN_RE) ?? [];
    const ok = numbers.length === expected.length && numbers.every((n, i) => n === expected[i]);
    const shown = numbers.slice(0, 10).join(', ') + (numbers.length > 10 ? ', ...' : '');
    return {
      ok,
      reason: ok
        ? 'the numbers are exactly 14, 21, 28, 35, 42, 49'
        : `found the numbers [${shown}], required exactly 14, 21, 28, 35, 42, 49 and no others`,
    };
  },
});

/**
 * Python's `re.split(r'\n*(?:Question \d+[\.|\):;]?\s*)', text)`, written as a linear scan:
 * a separator is "Question ", digits, one optional character of `.|):;` and trailing whitespace,
 * together with the newlines right before it.
 */
function splitQuestions(text: string): string[] {
  const out: string[] = [];
  const digits = new RegExp(`${PY_D}+`, 'uy');
  let pos = 0;
  let searchFrom = 0;
  for (;;) {
    const q = text.indexOf('Question ', searchFrom);
    if (q === -1) break;
    digits.lastIndex = q + 9;
    const run = digits.exec(text);
    if (!run) {
      searchFrom = q + 1;
      continue;
    }
    let start = q;
    while (start > pos && text[start - 1] === '\n') start--;
    let end = q + 9 + run[0].length;
    if (end < text.length && '.|):;'.includes(text[end]!)) end++;
    while (end < text.length && isPyWhitespaceCode(text.charCodeAt(end))) end++;
    out.push(text.slice(pos, start));
    pos = end;
    searchFrom = end;
  }
  out.push(text.slice(pos));
  return out;
}

const OPTION_LINE_RE = new RegExp(`^[A-Ea-e][.|)]`);
const WORD_CHAR_RE = new RegExp(`^${PY_W}`, 'u');

/** `re.match(r'^[A-Ea-e][\.|\)]\s*\w+', line)` */
function isOptionLine(line: string): boolean {
  if (!OPTION_LINE_RE.test(line)) return false;
  let i = 2;
  while (i < line.length && isPyWhitespaceCode(line.charCodeAt(i))) i++;
  return WORD_CHAR_RE.test(line.slice(i, i + 2));
}

const mcqCountLength = defineConstraint<NoParams>({
  id: 'custom:mcq_count_length',
  family: 'ifbench',
  params: [],
  describe: () =>
    "Generate 4 multiple choice questions with 5 options each about '20th century art history'. Each question should start with the label \"Question\". The questions should get progressively longer. Do not provide an explanation.",
  check(response) {
    const at = response.indexOf('Question');
    // Python's value[-1:] when "Question" is absent: only a one-character text survives.
    const fromQuestion = at === -1 ? lastChar(response) : response.slice(at);
    if (fromQuestion !== response) return fail('the response does not start with "Question" (text before the first question)');
    let parts = splitQuestions(response);
    if (parts[0] === '') parts = parts.slice(1);
    const questions = parts.map((q) => pyStrip(q)).filter((q) => q !== '');
    if (questions.length !== 4) return fail(`found ${plural(questions.length, 'question')}, required exactly 4`);
    const lengths: number[] = [];
    for (let k = 0; k < questions.length; k++) {
      let text = '';
      let optionCount = 0;
      let inOptions = false;
      for (const line of questions[k]!.split('\n')) {
        const s = pyStrip(line);
        if (isOptionLine(s)) {
          optionCount++;
          inOptions = true;
        } else if (!inOptions) {
          text += ` ${s}`;
        }
      }
      if (optionCount !== 5) return fail(`question ${k + 1} has ${plural(optionCount, 'option')}, required exactly 5`);
      lengths.push(pyLen(pyStrip(text)));
    }
    const ok = lengths.every((l, i) => i === 0 || lengths[i - 1]! < l);
    return {
      ok,
      reason: `found 4 questions with 5 options each; question lengths ${lengths.join(', ')} ${ok ? 'increase' : 'do not strictly increase'}`,
    };
  },
});

/** NFKD, then drop every non-ASCII character (Python's encode('ascii', 'ignore')). */
function asciiFold(text: string): string {
  return text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
}

const reverseNewline = defineConstraint<NoParams>({
  id: 'custom:reverse_newline',
  family: 'ifbench',
  params: [],
  describe: () => 'List the countries of Africa in reverse alphabetical order, each on a new line.',
  check(response) {
    const lines = response
      .split('\n')
      .map((l) => stripPunctSpace(l))
      .filter((l) => l !== '');
    const start = lines.findIndex((l) => l.includes('Zimbabwe'));
    if (start === -1) return fail('found no line with "Zimbabwe"');
    const target = lines.slice(start).map(asciiFold);
    if (target.length < 52) return fail(`found ${plural(target.length, 'line')} from "Zimbabwe" on, required at least 52`);
    for (let i = 0; i + 1 < target.length; i++) {
      // Python compares str by code points; after ASCII folding UTF-16 order is the same.
      if (target[i]! < target[i + 1]!) {
        return fail(`${show(target[i]!, 25)} comes before ${show(target[i + 1]!, 25)}, which is not reverse alphabetical order`);
      }
    }
    return pass(`found ${plural(target.length, 'line')} from "Zimbabwe" on in reverse alphabetical order`);
  },
});

const wordReverse = defineConstraint<NoParams>({
  id: 'custom:word_reverse',
  family: 'ifbench',
  params: [],
  describe: () =>
    'What animal is the national symbol of the US? Respond to this query, but make your sentence in reverse order of what it should be, per word.',
  check(response) {
    const cleaned = removePunctuation(pyStrip(response.toLowerCase()));
    const forward = pySplit(cleaned).reverse().join(' ');
    if (!forward.includes('bald eagle')) return fail('reading the words backwards gives no "bald eagle"');
    const ok = sentTokenize(forward).includes(forward);
    return {
      ok,
      reason: ok
        ? 'reading the words backwards gives one sentence mentioning "bald eagle"'
        : 'reading the words backwards mentions "bald eagle" but does not form a single sentence',
    };
  },
});

const characterReverse = defineConstraint<NoParams>({
  id: 'custom:character_reverse',
  family: 'ifbench',
  params: [],
  describe: () =>
    'What animal is the national symbol of the US? Respond to this query, but make your sentence in reverse order of what it should be, per letter.',
  check(response) {
    const ok = response.toLowerCase().includes('elgae dlab');
    return { ok, reason: ok ? 'found "elgae dlab" ("bald eagle" reversed)' : 'found no "elgae dlab" ("bald eagle" reversed)' };
  },
});

const sentenceAlphabet = defineConstraint<NoParams>({
  id: 'custom:sentence_alphabet',
  family: 'ifbench',
  params: [],
  describe: () =>
    "Tell me a 26-sentence story where each sentence's first word starts with the letters of the alphabet in order.",
  check(response) {
    const sentences = sentTokenize(response);
    if (sentences.length !== 26) return fail(`found ${plural(sentences.length, 'sentence')}, required exactly 26`);
    for (let i = 0; i < 26; i++) {
      const words = pySplit(pyLStrip(sentences[i]!));
      const letter = String.fromCharCode(97 + i);
      if (!words.length) return fail(`sentence ${i + 1} has no words`);
      if (firstChar(words[0]!.toLowerCase()) !== letter) {
        return fail(`sentence ${i + 1} starts with ${show(words[0]!, 25)}, required a word starting with '${letter}'`);
      }
    }
    return pass('found 26 sentences whose first words start with a to z in order');
  },
});

const CAPITALS = [
  'Reykjavik', 'Helsinki', 'Oslo', 'Tallinn', 'Stockholm', 'Riga', 'Moscow', 'Copenhagen', 'Vilnius',
  'Minsk', 'Dublin', 'Berlin', 'Amsterdam', 'Warsaw', 'London', 'Brussels', 'Prague', 'Luxembourg',
  'Paris', 'Vienna', 'Bratislava', 'Budapest', 'Vaduz', 'Chisinau', 'Bern', 'Ljubljana', 'Zagreb',
];

const europeanCapitalsSort = defineConstraint<NoParams>({
  id: 'custom:european_capitals_sort',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Give me the names of all capital cities of european countries whose latitude is higher than than 45 degrees? List the capital cities without country names, separated by commas, sorted by latitude, from highest to lowest.',
  check(response) {
    const items = asciiFold(response)
      .split(',')
      .filter((c) => pyStrip(c) !== '');
    if (items.length !== CAPITALS.length) return fail(`found ${plural(items.length, 'comma-separated item')}, required exactly ${CAPITALS.length}`);
    for (let i = 0; i < items.length; i++) {
      const got = pyStrip(items[i]!);
      if (got !== CAPITALS[i]) return fail(`item ${i + 1} is ${show(got, 25)}, expected "${CAPITALS[i]}"`);
    }
    return pass(`found the ${CAPITALS.length} capitals in the expected order`);
  },
});

function csvError(error: string): CheckResult {
  return fail(`the CSV reader raised an error (${error}); the reference stops there, heed counts it as not followed`);
}

const CITY_HEADER = ['ID', 'Country', 'City', 'Year', 'Count'];

const csvCity = defineConstraint<NoParams>({
  id: 'custom:csv_city',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Generate CSV data: The column names are ["ID", "Country", "City", "Year", "Count"], the data should be comma delimited. Please generate 7 rows.',
  check(response) {
    const parsed = pyCsvRead(response);
    if (!parsed.ok) return csvError(parsed.error);
    const rows = parsed.rows;
    if (rows.length !== 8) return fail(`found ${plural(rows.length, 'CSV row')} including the header, required exactly 8`);
    const header = rows[0]!;
    if (header.length !== 5 || header.some((h, i) => h !== CITY_HEADER[i])) {
      return fail(`the header is ${show(header.join(','), 50)}, required exactly ID,Country,City,Year,Count`);
    }
    const bad = rows.findIndex((r) => r.length !== 5);
    if (bad !== -1) return fail(`row ${bad} has ${plural(rows[bad]!.length, 'field')}, required 5`);
    return pass('found the header and 7 rows of 5 fields');
  },
});

const PRODUCT_HEADER_RE =
  /^(ProductID|"ProductID"),[ \t]*(Category|"Category"),[ \t]*(Brand|"Brand"),[ \t]*(Price|"Price"),[ \t]*(Stock|"Stock")$/;

/** `re.match(r'".*[^\d\w\s].*"', field)`, linear: a quote, then a special character and a later quote on the first line. */
function quotedSpecial(field: string): boolean {
  if (!field.startsWith('"')) return false;
  let end = field.indexOf('\n', 1);
  if (end === -1) end = field.length;
  const lastQuote = field.lastIndexOf('"', end - 1);
  if (lastQuote <= 1) return false;
  const body = field.slice(1, lastQuote);
  for (const ch of body) {
    const code = ch.codePointAt(0)!;
    if (isPyWhitespaceCode(code)) continue;
    if (WORD_CHAR_RE.test(ch)) continue;
    return true;
  }
  return false;
}

const csvSpecialCharacter = defineConstraint<NoParams>({
  id: 'custom:csv_special_character',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Generate CSV data: The column names are ["ProductID", "Category", "Brand", "Price", "Stock"], the data should be comma delimited. Please generate 14 rows. Add one field which contains a special character and enclose it in double quotes.',
  check(response) {
    const header = pyStrip(response.split('\n')[0]!);
    if (!PRODUCT_HEADER_RE.test(header)) {
      return fail(`the first line ${show(header, 50)} is not the header ProductID,Category,Brand,Price,Stock`);
    }
    // Tripling every quote makes the reader keep the quotes in the field values.
    const parsed = pyCsvRead(response.replaceAll('"', '"""'));
    if (!parsed.ok) return csvError(parsed.error);
    const rows = parsed.rows;
    if (rows.length !== 15) return fail(`found ${plural(rows.length, 'CSV row')} including the header, required exactly 15`);
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.length !== 5) return fail(`row ${i} has ${plural(row.length, 'field')}, required 5`);
      // The first row holding a quoted special character settles it; later rows are not checked.
      if (row.some(quotedSpecial)) return pass(`found the header, 14 rows, and a quoted field with a special character in row ${i}`);
    }
    return fail('found no field in double quotes containing a special character');
  },
});

const STUDENT_HEADER_RE =
  /^(StudentID|"StudentID")\t *(Subject|"Subject")\t *(Grade|"Grade")\t *(Semester|"Semester")\t *(Score|"Score")$/;

const csvQuotes = defineConstraint<NoParams>({
  id: 'custom:csv_quotes',
  family: 'ifbench',
  params: [],
  describe: () =>
    'Generate CSV data: The column names are ["StudentID", "Subject", "Grade", "Semester", "Score"], the data should be tab delimited. Please generate 3 rows and enclose each single field in double quotes.',
  check(response) {
    const header = pyStrip(response.split('\n')[0]!);
    if (!STUDENT_HEADER_RE.test(header)) {
      return fail(`the first line ${show(header, 50)} is not the tab-separated header StudentID, Subject, Grade, Semester, Score`);
    }
    const parsed = pyCsvRead(response.replaceAll('"', '"""'), '\t');
    if (!parsed.ok) return csvError(parsed.error);
    const rows = parsed.rows;
    if (rows.length !== 4) return fail(`found ${plural(rows.length, 'row')} including the header, required exactly 4`);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.length !== 5) return fail(`row ${i} has ${plural(row.length, 'field')}, required 5`);
      for (const field of row) {
        const f = pyStrip(field);
        if (f === '') {
          return fail(`row ${i} has an empty field; the reference raises an IndexError there, heed counts it as not followed`);
        }
        if (firstChar(f) !== '"' || lastChar(f) !== '"') {
          return fail(`row ${i} has the field ${show(f, 30)} not enclosed in double quotes`);
        }
      }
    }
    return pass('found the header and 3 rows, every field in double quotes');
  },
});

const DATE_RE = new RegExp(`^(${PY_D}{4})-(${PY_D}{2})-(${PY_D}{2})$`, 'u');
const DAYS_31 = new Set([1, 3, 5, 7, 8, 10, 12]);
const DAYS_30 = new Set([4, 6, 9, 11]);

function dateProblem(date: string): string | null {
  const m = DATE_RE.exec(date);
  if (!m) return `${show(date, 30)} is not in YYYY-MM-DD form`;
  const year = pyIntDecimal(m[1]!);
  const month = pyIntDecimal(m[2]!);
  const day = pyIntDecimal(m[3]!);
  if (year < 1769 || year > 1821) return `${show(date, 30)} is outside Napoleon's lifetime (1769-1821)`;
  if (month > 12) return `${show(date, 30)} has month ${month}`;
  if (DAYS_31.has(month) && day > 31) return `${show(date, 30)} has day ${day}`;
  if (DAYS_30.has(month) && day > 30) return `${show(date, 30)} has day ${day}`;
  if (month === 2 && day > 29) return `${show(date, 30)} has day ${day}`;
  return null;
}

const dateFormatList = defineConstraint<NoParams>({
  id: 'custom:date_format_list',
  family: 'ifbench',
  params: [],
  describe: () =>
    'List the start dates of all the battles Napoleon fought separated by commas, use the following date format: YYYY-MM-DD. Do not provide an explanation.',
  check(response) {
    const dates = pyStrip(response).split(',');
    for (const d of dates) {
      const problem = dateProblem(pyStrip(d));
      if (problem) return fail(problem);
    }
    return pass(`found ${plural(dates.length, 'date')} in YYYY-MM-DD form between 1769 and 1821`);
  },
});

export const customConstraints: readonly Constraint[] = [
  multiples,
  mcqCountLength,
  reverseNewline,
  wordReverse,
  characterReverse,
  sentenceAlphabet,
  europeanCapitalsSort,
  csvCity,
  csvSpecialCharacter,
  csvQuotes,
  dateFormatList,
];
