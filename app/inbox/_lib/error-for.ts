/** The error for field `name`, also when the verb named an item inside it (`reasons.0`, `a[1]`). */
export function errorFor(fields: Record<string, string>, name: string): string | undefined {
  return (
    fields[name] ??
    Object.entries(fields).find(([k]) => k.startsWith(`${name}.`) || k.startsWith(`${name}[`))?.[1]
  );
}
