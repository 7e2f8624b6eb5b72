/**
 * Any value as a string, never throwing: what an attribute-backed property holds
 * when a framework or script sets it to a number, a URL object or anything else.
 * A value that cannot become a string (a null-prototype object, a throwing
 * `toString`) becomes ''.
 */
export function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}
