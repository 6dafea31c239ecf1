/**
 * Whether reading `value` can run code of its own: a getter or setter, a Proxy, a class instance, a
 * subclass of Map, an iterator or generator, a function. Plain data (objects, arrays, Maps, primitives)
 * cannot, so an exception thrown while spbe-kit reads plain data is a bug in spbe-kit, not bad input.
 * Walks the whole value; it is only called after a failure, never on the happy path.
 */
export function runsCodeWhenRead(value: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  try {
    while (pending.length > 0) {
      const current = pending.pop();
      if (typeof current === 'function') return true;
      if (typeof current !== 'object' || current === null || seen.has(current)) continue;
      seen.add(current);
      const prototype: unknown = Object.getPrototypeOf(current);
      if (current instanceof Map) {
        if (prototype !== Map.prototype) return true;
        for (const [key, entry] of Map.prototype.entries.call(current)) pending.push(key, entry);
        continue;
      }
      if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return true;
      for (const key of Reflect.ownKeys(current)) {
        const descriptor = Object.getOwnPropertyDescriptor(current, key);
        if (descriptor === undefined) continue;
        if (descriptor.get !== undefined || descriptor.set !== undefined) return true;
        // Read through the object too: a Proxy reports data descriptors but can throw in its `get` trap.
        pending.push((current as Record<PropertyKey, unknown>)[key]);
      }
    }
  } catch {
    return true;
  }
  return false;
}
