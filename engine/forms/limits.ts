/** Bounds that keep a hostile submission or schema from exhausting the server. */
export const LIMITS = {
  /** Nesting of groups and lists followed. */
  depth: 32,
  /** Items of one dynamic list. */
  listItems: 200,
  /** Errors reported for one submission. */
  errors: 500,
  /** Components in one form. */
  components: 5000,
} as const;
