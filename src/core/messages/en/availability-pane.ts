/** Availability and return (issue 16): the pane's status classes, find and the command line's flags. */
export const AVAILABILITY_PANE = {
  "availability-pane-class-available": "Available",
  "availability-pane-class-out": "Out",
  "availability-pane-class-unavailable": "Unavailable",
  "availability-pane-class-unknown": "not classed, counts as unavailable",
  "availability-pane-status-map": "Status words",
  "availability-pane-status-map-help":
    "A unit counts as available, out or unavailable by the word in its status column. Add the words your sheet uses that Inventory Rows does not know, or change what a word counts as.",
  "availability-pane-status-known": "Known already as {class}: {words}",
  "availability-pane-status-word": "Status word {number}",
  "availability-pane-status-class": "Counts as",
  "availability-pane-status-add": "Add a status word",
  "availability-pane-status-remove": "Remove status word {number}",
  "availability-pane-status-empty": "Write the status word, or remove this one",
  "availability-pane-status-twice": "{word} is listed twice: keep one",
  "availability-pane-status-too-long": "A status word has at most 255 characters",
  "availability-pane-status-too-many": "At most 500 status words",
  "availability-pane-status-map-wrong": "Fix the status words marked below",
  "availability-pane-merge-group": "Rows that differ only in status",
  "availability-pane-merge-refused":
    "{count, plural, one {# row differs} other {# rows differ}} from the others only in status: left alone.",
  "availability-pane-merge-keep-counts": "Merge and keep per-status counts in the available column",
  "availability-pane-merge-chosen": "Rows that differ only in status merge; the available column keeps how many of their units are available.",
  "availability-pane-merge-leave": "Leave them alone",
  "availability-pane-find-status": "Status: {status} ({class})",
  "availability-pane-find-status-empty": "Status: empty",
} as const;
