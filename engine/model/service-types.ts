/** Service-task types the engine's own workers perform (DESIGN.md §2); any other type waits for an external worker. */
export const BUILT_IN_SERVICE_TYPES = ["payment", "notify", "issue-result", "http"] as const;
export type BuiltInServiceType = (typeof BUILT_IN_SERVICE_TYPES)[number];

export function isBuiltInServiceType(type: string | undefined): type is BuiltInServiceType {
  return (BUILT_IN_SERVICE_TYPES as readonly string[]).includes(type ?? "");
}
