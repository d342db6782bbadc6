/**
 * The checks every public function makes where input enters. Any string is
 * accepted as text (and never makes a function throw); anything else is a
 * TypeError naming the function, the parameter and what was expected.
 */

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** Throws a TypeError unless `value` is a string: "findDates: text must be a string, got number". */
export function requireString(value: unknown, fn: string, parameter = 'text'): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${parameter} must be a string, got ${describe(value)}`);
}

/** Throws a TypeError unless `options` is absent (undefined) or an object. */
export function requireOptions(options: unknown, fn: string, parameter = 'options'): asserts options is object | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: ${parameter} must be an object or undefined, got ${describe(options)}`);
  }
}
