/** The engine's issue messages (docs/design.md §2), English. Values: `cell` is the address (`C14`). */
export const ENGINE = {
} as const;
