/**
 * The check every public function makes on its text argument: any string is
 * accepted (and never makes the function throw); anything else is a TypeError
 * that says what was expected.
 */
export function requireString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn} expects a string, got ${value === null ? 'null' : typeof value}`);
}
