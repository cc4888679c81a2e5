// Changes anywhere in a JSON value, for property tests that damage a backup's viva-backup.json.

export type JsonPath = readonly (string | number)[];

/** Every path to a value inside `value`, the root's included: [], ['answers'], ['answers', 1, 'audio'], … */
export function pathsIn(value: unknown, path: JsonPath = []): JsonPath[] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, index) => index)
    : Object.keys(value);
  return [
    path,
    ...keys.flatMap((key) => pathsIn((value as Record<string | number, unknown>)[key], [...path, key])),
  ];
}

/**
 * A copy of `json` with the value at `path` (not the root) replaced by `replacement`, or removed when
 * undefined. Unchanged when an earlier edit removed or replaced what held that path.
 */
export function editedAt<T>(json: T, path: JsonPath, replacement: unknown): T {
  const copy = structuredClone(json);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string | number, unknown>)[key]
          : undefined,
      copy,
    );
  if (typeof parent !== 'object' || parent === null) return copy;
  const key = path.at(-1) ?? '';
  if (replacement === undefined) Reflect.deleteProperty(parent, key);
  else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}
