/** Availability and return (issue 16): serialize and aggregate with statuses and available counts. */
export const AVAILABILITY_PLANS = {
  "plan-available-unreadable":
    "row {row}: {cell} should hold how many of the row's units are available, a whole number from 0 to {quantity}, not {value}",
  "plan-status-differs":
    "row {row} differs from row {other} only in \"{column}\" ({word}, {otherWord}): rows merge only when their statuses agree, unless you choose to merge them keeping the count of available units in \"{available}\"",
  "plan-status-differs-no-available":
    "row {row} differs from row {other} only in \"{column}\" ({word}, {otherWord}): rows with different statuses can merge only when the sheet has an available column to keep the count of available units",
  "plan-status-mixed":
    "the units that are not available have {count} different statuses in \"{column}\" ({words}): a merged row can hold only one, so these rows are not merged",
  "plan-status-word": "{word}",
} as const;
