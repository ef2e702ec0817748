/**
 * Keys that reach an object's prototype chain when an object is built or merged key by key
 * (`obj[key] = …`): `__proto__` is Object.prototype itself, `constructor.prototype` leads there too.
 * A user-supplied name with one of these as a path segment is refused wherever paths become objects.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isPrototypeKey = (key: string): boolean => PROTOTYPE_KEYS.has(key);
