import type {PropertyValues, ReactiveElement} from 'lit';
import {toText} from './to-text.js';
import {warnOnce} from './warn.js';

/**
 * An enumerated attribute's value: `value` trimmed and in lower case when it is one of `allowed`,
 * `fallback` when it is unset or empty, and `fallback` with one warning when it is anything else.
 */
export function oneOf<T extends string>(host: Element, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const word = value === undefined || value === null ? '' : toText(value).trim().toLowerCase();
  if (!word) return fallback;
  if ((allowed as readonly string[]).includes(word)) return word as T;
  warnOnce(host, `${name} "${toText(value)}" is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

/**
 * A comma list attribute of enumerated values (`kinds="summit, Visit"`): the known ones (in lower case),
 * and the entries that are not (as written, trimmed), for the widget to report.
 */
export function someOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): {known: Set<T>; unknown: string[]} {
  const known = new Set<T>();
  const unknown: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const word = part.trim().toLowerCase();
    if (!word) continue;
    if ((allowed as readonly string[]).includes(word)) known.add(word as T);
    else unknown.push(part.trim());
  }
  return {known, unknown};
}

/**
 * Attribute-backed properties hold a string or nothing. A framework or script may set
 * one to a number, a URL object or anything else (`from={2015}`): it becomes its string
 * here, before any widget code reads it, as the attribute would have been.
 */
export function stringifyAttributeProperties(element: ReactiveElement, changed: PropertyValues): void {
  const properties = (element.constructor as typeof ReactiveElement).elementProperties;
  const self = element as unknown as Record<PropertyKey, unknown>;
  for (const name of changed.keys()) {
    const options = properties.get(name);
    if (!options || options.state || options.attribute === false) continue;
    const value = self[name];
    if (value !== undefined && value !== null && typeof value !== 'string') self[name] = toText(value);
  }
}
