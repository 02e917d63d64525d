/** Test support for the message catalogues (base, studio, inbox, portal): their keys and empty messages. */

/** Every leaf key of a catalogue, dotted (`adminTokens.title`). */
export function messageKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => messageKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys whose message is not a non-blank string. */
export function emptyMessages(catalogue: object): string[] {
  return messageKeys(catalogue).filter((k) => {
    const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue);
    return typeof v !== "string" || v.trim() === "";
  });
}
