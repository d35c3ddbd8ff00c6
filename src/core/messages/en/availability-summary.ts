/** Availability and return (issue 16): summary headings, the chart and the command line's table. */
export const AVAILABILITY_SUMMARY = {
  // Headings of the columns a summary adds when its table tracks availability (units by class,
  // then the two ratios) or a purchase value; an Excel table needs them distinct from the others.
  "summary-heading-available": "Available",
  "summary-heading-out": "Out",
  "summary-heading-unavailable": "Unavailable",
  "summary-heading-availability": "Availability",
  "summary-heading-utilisation": "Utilisation",
  "summary-heading-purchase-value": "Purchase value",
  "summary-heading-return": "Return",
  // The stacked chart of available, out and unavailable units per category on the summary sheet.
  "summary-availability-chart-title": "Units by availability",
} as const;
