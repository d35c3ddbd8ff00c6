/** Shared Griffel styles for the pane: compact, Excel-like, fits a 320 px pane. */
import { buttonClassNames, fieldClassNames, makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: "280px",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    // A Field's one grid column is at least as wide as its control's content: a select whose
    // longest option is a long translation ("Sarakkeen Kategoria kunkin arvon sisällä") would
    // push the pane wider. The column may shrink to the pane; the open list still shows it all.
    [`& .${fieldClassNames.root}`]: { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  stats: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  issue: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    // The issue's text wraps instead: a longer word than "Fix" ("Korrigieren") stays inside its button.
    [`& > .${buttonClassNames.root}`]: { flexShrink: 0 },
  },
  issueSelect: {
    flexGrow: 1,
    minWidth: 0,
    textAlign: "start",
    overflowWrap: "anywhere",
    background: "none",
    border: "none",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  groupHeader: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  /** Fluent's Table is fixed-layout at 100%: ten columns in a 320 px pane would overlap. */
  wideTable: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  /** Stays in view while a narrow pane scrolls the table sideways, so each row keeps its name. */
  categoryCell: {
    minWidth: "6em",
    maxWidth: "14em",
    overflowWrap: "anywhere",
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  progress: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  wrap: { overflowWrap: "anywhere" },
  flush: { margin: 0 },
  fieldset: { border: "none", padding: 0, margin: 0, minWidth: 0 },
});
