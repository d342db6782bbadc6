/**
 * The machinery of the `Lexicon` contract: how a caller's tables enter the
 * library, are checked, and extend or replace the built-in ones.
 *
 * Every layer keeps its words in typed tables (its part of the `Lexicon`), and
 * every public function that reads tables takes `{ lexicon }`: an object of
 * table names to entries. Entries given as an array are added in front of the
 * built-in ones (so they win where both match); `{ replace: [...] }` uses them
 * instead. Each entry is checked where it enters, and a bad one is a TypeError
 * naming the function, the table and the entry:
 *
 *   findDates('…', { lexicon: { monthNames: [{ month: 13, names: ['x'] }] } })
 *   // TypeError: findDates: lexicon.monthNames[0].month must be an integer from 1 to 12, got 13
 */
import { foldWord } from './fold.js';

/** How a caller changes one table: entries added before the built-in ones, or `{ replace }` to use instead of them. */
export type TableInput<E> = readonly E[] | TableReplacement<E>;

/** A table given whole, used instead of the built-in one. */
export interface TableReplacement<E> {
  /** The entries that replace the built-in table. */
  readonly replace: readonly E[];
}

/** A caller's changes to a set of tables: any of them, each extended or replaced. */
export type TablesInput<T> = { readonly [K in keyof T]?: T[K] extends readonly (infer E)[] ? TableInput<E> : never };

/** Checks one entry; returns what is wrong with it ("must be …, got …"), or null. */
export type EntryCheck = (entry: unknown) => string | null;

/** One check per table. */
export type TableChecks<T> = { readonly [K in keyof T]: EntryCheck };

/** Keys that would reach an object's prototype if copied: refused everywhere. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** A string of one or more words: not empty, no line break, no space at either end. */
export const phrase: EntryCheck = (v) =>
  typeof v === 'string' && v.trim() !== '' && v === v.trim() && !/[\n\r]/u.test(v) ? null : `must be a non-empty string of words, got ${describe(v)}`;

/** A finite number. */
export const finiteNumber: EntryCheck = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : `must be a finite number, got ${describe(v)}`);

/** An integer in `[min, max]`. */
export const integerIn =
  (min: number, max: number): EntryCheck =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `must be an integer from ${min} to ${max}, got ${describe(v)}`;

/** The last one to `most` Arabic letters of a word, an ending a rule reads: ية، ات، ون. */
export const wordEnding =
  (most: number): EntryCheck =>
  (v) =>
    typeof v === 'string' && v.length <= most && /^[\u0621-\u064A]+$/u.test(v) ? null : `must be the last one to ${most} Arabic letters of a word, got ${describe(v)}`;

/** An ISO 4217 currency code: USD. */
export const currencyCode: EntryCheck = (v) => (typeof v === 'string' && /^[A-Z]{3}$/u.test(v) ? null : `must be an ISO 4217 code such as "USD", got ${describe(v)}`);

/** A mark or sign of one or two characters, without spaces around: «، %، $. */
export const mark: EntryCheck = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 2 && v.trim() === v ? null : `must be a mark of one or two characters, got ${describe(v)}`);

/** A boolean. */
export const flag: EntryCheck = (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${describe(v)}`);

/** One of the listed strings. */
export const oneOf =
  (values: readonly string[]): EntryCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `must be one of ${values.join(', ')}, got ${describe(v)}`;

/** An array whose every item passes `item`. */
export const listOf =
  (item: EntryCheck): EntryCheck =>
  (v) => {
    if (!Array.isArray(v)) return `must be an array, got ${describe(v)}`;
    for (let i = 0; i < v.length; i++) {
      const error = item(v[i]);
      if (error) return `[${i}] ${error}`;
    }
    return null;
  };

/** A field that may be absent (or undefined). */
export const optional =
  (check: EntryCheck): EntryCheck =>
  (v) =>
    v === undefined ? null : check(v);

/** A plain object with exactly these fields (absent optional fields allowed, unknown ones refused). */
export const record =
  (fields: Readonly<Record<string, EntryCheck>>): EntryCheck =>
  (v) => {
    if (!isPlainObject(v)) return `must be an object, got ${describe(v)}`;
    for (const key of Object.keys(v)) {
      if (forbiddenKeys.has(key)) return `has a forbidden key ${key}`;
      if (!(key in fields)) return `has an unknown field ${key} (known: ${Object.keys(fields).join(', ')})`;
    }
    for (const [key, check] of Object.entries(fields)) {
      const error = check(v[key]);
      if (error) return `.${key} ${error}`.replace(/^\.(\w+) \[/u, '.$1[');
    }
    return null;
  };

/**
 * Merges a caller's tables into the defaults, checking every entry. Tables the
 * defaults do not have are left alone (they belong to another layer and are
 * read by the functions of that layer).
 *
 * @param fn - The public function the tables were given to, for error messages.
 */
export function mergeTables<T extends object>(fn: string, defaults: T, input: unknown, checks: TableChecks<T>): T {
  if (input === undefined) return defaults;
  if (!isPlainObject(input)) throw new TypeError(`${fn}: options.lexicon must be an object of tables, got ${describe(input)}`);
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const key of Object.keys(input)) {
    if (forbiddenKeys.has(key)) throw new TypeError(`${fn}: options.lexicon has a forbidden key ${key}`);
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) continue;
    const given = input[key];
    if (given === undefined) continue;
    const replace = isPlainObject(given) && Object.keys(given).length === 1 && Array.isArray(given.replace);
    const entries = replace ? (given.replace as unknown[]) : given;
    if (!Array.isArray(entries)) {
      throw new TypeError(`${fn}: lexicon.${key} must be an array of entries or { replace: [...] }, got ${describe(given)}`);
    }
    const check = checks[key as keyof T];
    entries.forEach((entry, i) => {
      const error = check(entry);
      if (error) throw new TypeError(`${fn}: lexicon.${key}[${i}]${error.startsWith('.') || error.startsWith('[') ? '' : ' '}${error}`);
    });
    merged[key] = replace ? [...entries] : [...entries, ...(defaults[key as keyof T] as unknown as readonly unknown[])];
  }
  return merged as T;
}

/**
 * Compiles tables once: the built-in tables on first use, and each caller's
 * table object once per object (kept while the caller keeps it). `fn` names the
 * public function for the error messages of the first compilation.
 */
export function compiledOnce<C>(compile: (fn: string, input: object | undefined) => C): (fn: string, input: unknown) => C {
  let defaults: C | undefined;
  const byInput = new WeakMap<object, C>();
  return (fn, input) => {
    if (input === undefined) return (defaults ??= compile(fn, undefined));
    if (typeof input !== 'object' || input === null) return compile(fn, input as object);
    let compiled = byInput.get(input);
    if (compiled === undefined) {
      compiled = compile(fn, input);
      byInput.set(input, compiled);
    }
    return compiled;
  };
}

/** The folded forms of a table's words, for a set the rules ask word by word. */
export const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/**
 * A small function word and the one role it plays in a layer's rules: `{ word: 'من', role: 'of' }`.
 * Each layer lists its roles (the dates' "of", "in", "this" …) and reads them through `wordsByRole`.
 */
export interface RoleWord<R extends string> {
  /** The word as written: من. */
  readonly word: string;
  /** What the layer's rules read it as: `'of'` for من. */
  readonly role: R;
}

/** The check of a role word: a phrase and one of `roles`. */
export const roleWord = (roles: readonly string[]): EntryCheck => record({ word: phrase, role: oneOf(roles) });

/** The folded words of each role of a table of role words, once per table: `{ of: {من}, in: {في} }`. */
export function wordsByRole<R extends string>(words: readonly RoleWord<R>[], roles: readonly R[]): Readonly<Record<R, ReadonlySet<string>>> {
  const byRole = {} as Record<R, Set<string>>;
  for (const role of roles) byRole[role] = new Set();
  for (const w of words) byRole[w.role].add(foldWord(w.word));
  return byRole;
}
