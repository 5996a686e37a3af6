import { describe, expect, it } from 'vitest';
import type { Constraint, JsonValue } from '../types.js';
import { customConstraints } from './custom.js';
import { harness } from './test-helpers.js';

const { get, run, table } = harness(customConstraints);

const mcq = (lengths: number[], label = (i: number) => `Question ${i + 1}: `, option = (l: string) => `${l}. answer`) =>
  lengths
    .map((n, i) => `${label(i)}${'q'.repeat(n)}\n${['A', 'B', 'C', 'D', 'E'].map(option).join('\n')}`)
    .join('\n\n');

const AFRICA = [
  'Zimbabwe', 'Zambia', 'Uganda', 'Tunisia', 'Togo', 'Tanzania', 'South Sudan', 'South Africa', 'Somalia',
  'Sierra Leone', 'Seychelles', 'Senegal', 'São Tomé and Príncipe', 'Rwanda', 'Nigeria', 'Niger', 'Namibia',
  'Mozambique', 'Morocco', 'Mauritius', 'Mauritania', 'Mali', 'Malawi', 'Madagascar', 'Libya', 'Liberia',
  'Lesotho', 'Kenya', 'Guinea-Bissau', 'Guinea', 'Ghana', 'Gambia', 'Gabon', 'Ethiopia', 'Eswatini', 'Eritrea',
  'Equatorial Guinea', 'Egypt', 'Djibouti', 'DR Congo', "Côte d'Ivoire", 'Congo', 'Comoros', 'Chad',
  'Central African Republic', 'Cape Verde', 'Cameroon', 'Burundi', 'Burkina Faso', 'Botswana', 'Benin', 'Angola', 'Algeria',
];

const CAPITALS = [
  'Reykjavík', 'Helsinki', 'Oslo', 'Tallinn', 'Stockholm', 'Riga', 'Moscow', 'Copenhagen', 'Vilnius', 'Minsk',
  'Dublin', 'Berlin', 'Amsterdam', 'Warsaw', 'London', 'Brussels', 'Prague', 'Luxembourg', 'Paris', 'Vienna',
  'Bratislava', 'Budapest', 'Vaduz', 'Chișinău', 'Bern', 'Ljubljana', 'Zagreb',
];

const cityCsv = (n: number, header = 'ID,Country,City,Year,Count') =>
  [header, ...Array.from({ length: n }, (_, i) => `${i},France,Paris,2000,${i}`)].join('\n');
const productCsv = (n: number, special: string) =>
  ['ProductID,Category,Brand,Price,Stock', ...Array.from({ length: n }, (_, i) => `${i},Toys,${i === n - 1 ? special : 'Acme'},2,3`)].join('\n');
const studentCsv = (rows: string[], header = '"StudentID"\t"Subject"\t"Grade"\t"Semester"\t"Score"') => [header, ...rows].join('\n');
const QUOTED_ROW = '"1"\t"Math"\t"A"\t"Fall"\t"95"';

describe('custom:* verdicts (checked against the Python reference)', () => {
  table([
    ['custom:multiples', '14, 21, 28, 35, 42, 49', {}, true],
    ['custom:multiples', '14,21,28,35,42,49', {}, true],
    ['custom:multiples', '7, 14, 21, 28, 35, 42, 49', {}, false],
    ['custom:multiples', 'Multiples: 14 21 28 35 42 49 (6 numbers)', {}, false],
    ['custom:mcq_count_length', mcq([1, 2, 3, 4]), {}, true],
    ['custom:mcq_count_length', mcq([1, 2, 3, 4], (i) => `Question ${i + 1}) `, (l) => `${l.toLowerCase()}) answer`), {}, true],
    ['custom:mcq_count_length', `Here you go:\n${mcq([1, 2, 3, 4])}`, {}, false],
    ['custom:mcq_count_length', mcq([4, 3, 2, 1]), {}, false],
    ['custom:mcq_count_length', mcq([1, 2, 3]), {}, false],
    ['custom:mcq_count_length', mcq([1, 2, 3, 4], undefined, (l) => `${l}: answer`), {}, false],
    ['custom:reverse_newline', AFRICA.join('\n'), {}, true],
    ['custom:reverse_newline', `Here they are:\n${AFRICA.join('\n')}`, {}, true],
    ['custom:reverse_newline', AFRICA.slice(0, 51).join('\n'), {}, false],
    ['custom:reverse_newline', AFRICA.slice(1).join('\n'), {}, false],
    ['custom:reverse_newline', [...AFRICA].reverse().join('\n'), {}, false],
    ['custom:word_reverse', 'Eagle bald the is US the of symbol national The.', {}, true],
    ['custom:word_reverse', 'The national symbol is the bald eagle.', {}, false],
    ['custom:character_reverse', '.elgae dlab ehT', {}, true],
    ['custom:character_reverse', 'eagle bald', {}, false],
    ['custom:sentence_alphabet', Array.from({ length: 26 }, (_, i) => `${String.fromCharCode(65 + i)}nts walk.`).join(' '), {}, true],
    ['custom:sentence_alphabet', Array.from({ length: 26 }, (_, i) => `${String.fromCharCode(66 + (i % 25))}nts walk.`).join(' '), {}, false],
    ['custom:european_capitals_sort', CAPITALS.join(', '), {}, true],
    ['custom:european_capitals_sort', `${CAPITALS.join(', ')},`, {}, true],
    ['custom:european_capitals_sort', `${CAPITALS.join(', ')}.`, {}, false],
    ['custom:european_capitals_sort', CAPITALS.slice(1).join(', '), {}, false],
    ['custom:csv_city', cityCsv(7), {}, true],
    ['custom:csv_city', `${cityCsv(7)}\n`, {}, true],
    ['custom:csv_city', `${cityCsv(7)}\n\n`, {}, false],
    ['custom:csv_city', cityCsv(7, 'ID, Country,City,Year,Count'), {}, false],
    ['custom:csv_city', cityCsv(6), {}, false],
    ['custom:csv_special_character', productCsv(14, '"A&B"'), {}, true],
    ['custom:csv_special_character', productCsv(14, '"A B"'), {}, false],
    ['custom:csv_special_character', productCsv(14, 'A&B'), {}, false],
    ['custom:csv_special_character', productCsv(13, '"A&B"'), {}, false],
    ['custom:csv_quotes', studentCsv([QUOTED_ROW, QUOTED_ROW, QUOTED_ROW]), {}, true],
    ['custom:csv_quotes', studentCsv([QUOTED_ROW, QUOTED_ROW, QUOTED_ROW], 'StudentID\tSubject\tGrade\tSemester\tScore'), {}, false],
    ['custom:csv_quotes', studentCsv([QUOTED_ROW, QUOTED_ROW, '"1"\t"Math"\tA\t"Fall"\t"95"']), {}, false],
    ['custom:csv_quotes', studentCsv([QUOTED_ROW, QUOTED_ROW]), {}, false],
    ['custom:date_format_list', '1796-04-12, 1805-12-02, 1815-06-18', {}, true],
    ['custom:date_format_list', '1796-04-12, 1805-02-30', {}, false],
    ['custom:date_format_list', '1796-4-12', {}, false],
    ['custom:date_format_list', '1822-01-01', {}, false],
    ['custom:date_format_list', 'Dates: 1796-04-12', {}, false],
  ]);
});

describe('custom:* details', () => {
  it('reads Unicode digits in dates as Python int() does', () => {
    expect(run('custom:date_format_list', '١٧٩٦-٠٤-١٢', {}).ok).toBe(true);
    expect(run('custom:date_format_list', '١٨٢٢-٠٤-١٢', {}).ok).toBe(false);
  });

  it('keeps only a one-character text when "Question" is absent', () => {
    expect(run('custom:mcq_count_length', 'x', {}).reason).toContain('found 1 question,');
    expect(run('custom:mcq_count_length', 'xy', {}).reason).toContain('does not start with "Question"');
  });

  it('checks later rows only until a special field is found', () => {
    const rows = Array.from({ length: 14 }, (_, i) => (i === 0 ? '0,Toys,"A&B",2,3' : i === 5 ? '5,Toys' : `${i},Toys,Acme,2,3`));
    expect(run('custom:csv_special_character', ['ProductID,Category,Brand,Price,Stock', ...rows].join('\n'), {}).ok).toBe(true);
  });

  it('fails (instead of raising) on an empty field or a reader error', () => {
    const empty = studentCsv([QUOTED_ROW, QUOTED_ROW, '"1"\t\t"A"\t"Fall"\t"95"']);
    const r = run('custom:csv_quotes', empty, {});
    expect(r.ok).toBe(false);
    expect(r.reason).toContain('IndexError');
    const cr = run('custom:csv_city', 'ID,Country,City,Year,Count\rx', {});
    expect(cr.ok).toBe(false);
    expect(cr.reason).toContain('CSV reader raised');
  });

  it('renders the fixed descriptions', () => {
    expect(get('custom:multiples').describe({})).toBe('Count from 10 to 50 but only print multiples of 7.');
    expect(get('custom:mcq_count_length').describe({})).toContain("about '20th century art history'. Each question should start with the label \"Question\".");
    expect(get('custom:character_reverse').describe({})).toMatch(/per letter\.$/);
  });
});
