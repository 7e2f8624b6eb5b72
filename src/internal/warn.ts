import {isServer} from 'lit';
import {serverContext} from './server-context.js';

const warned = new WeakMap<object, Set<string>>();

/**
 * One console warning per element and message: a bad attribute is reported
 * once, not on every render.
 */
export function warnOnce(owner: Element, message: string): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  const line = `summit-widgets <${owner.localName}>: ${message}`;
  if (isServer) (serverContext()?.warn ?? console.warn)(line);
  else console.warn(line);
}
