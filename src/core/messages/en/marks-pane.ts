/** Issue 18 in the pane and on the ribbon: marks toggle, Clear marks, Protect entry, Export issues. */
export const MARKS_PANE = {
} as const;
