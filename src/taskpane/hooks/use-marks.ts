/**
 * The Check tab's marks and entry tools (issue 18): the "Mark problems on the sheet" switch,
 * which starts from the workbook (marks are kept there, so it is on again after reopening),
 * Clear marks when it goes off, Protect entry / Remove protection by what the workbook holds,
 * and Export issues. Check itself runs the marking through `useCheck` (see `CheckMarking`).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { words, type ActionResult, type InventoryApp, type IssuesExportOutcome, type MarksOutcome, type Result } from "../../app";
import { usePaneTag, useText } from "../i18n/use-text";
import { useActionResult } from "./use-action-result";
import { useRunner } from "./use-runner";
import { useWorkbookChanges } from "./use-workbook-changes";

/** What the switch says to Check: mark instead of check, in the pane's language, and the last counts. */
export interface CheckMarking {
  on: boolean;
  locale: string;
  onMarked(result: Result<MarksOutcome>): void;
}

/**
 * The export's result: the app's words (they name the inventory and the list's sheet, say when
 * there are no issues and when the cells could not be linked); the pane's own only when it has none.
 */
function exported(result: Result<IssuesExportOutcome>): ActionResult {
  if (!result.ok || result.value.message) return result;
  const { sheetName: sheet, issues: count } = result.value;
  return { ok: true, value: { ...result.value, ...words("marks-pane-exported", { count, sheet }) } };
}

/** The workbook's marks and entry rules when the pane opens, and whether a state read is under way. */
function useWorkbookState(app: InventoryApp) {
  const [on, setOn] = useState(false);
  const [protectedEntry, setProtectedEntry] = useState(false);
  const readProtection = useCallback(async () => {
    // The app answers a Result; a rejection would only leave the button as Protect entry.
    const state = await app.entryProtectionState().catch(() => null);
    if (state?.ok) setProtectedEntry(state.value.sheetName !== null);
  }, [app]);
  useEffect(() => {
    let live = true;
    void app.marksState().catch(() => null).then((state) => {
      if (live && state?.ok) setOn(state.value.sheetName !== null && state.value.cells > 0);
    });
    void readProtection();
    return () => {
      live = false;
    };
  }, [app, readProtection]);
  // After a write (the ribbon's Mark problems among them) marks in the workbook turn the switch on.
  // It is not turned off here: a re-check that finds nothing leaves no marks, yet stays switched on.
  const { writes } = useWorkbookChanges();
  useEffect(() => {
    if (writes === 0) return;
    let live = true;
    void app.marksState().catch(() => null).then((state) => {
      if (live && state?.ok && state.value.cells > 0) setOn(true);
    });
    return () => {
      live = false;
    };
  }, [app, writes]);
  return { on, setOn, protectedEntry, readProtection };
}

/** `cleared` increases each time the ribbon's Clear marks cleared the marks. */
export function useMarks(app: InventoryApp, cleared = 0) {
  const { run, busy } = useRunner();
  const t = useText();
  const locale = usePaneTag();
  const state = useWorkbookState(app);
  const { setOn, readProtection } = state;
  const [marked, setMarked] = useState<MarksOutcome | null>(null);
  // The ribbon's Clear marks: left on, the next Check would mark again what the operator just cleared.
  useEffect(() => {
    if (cleared === 0) return;
    setOn(false);
    setMarked(null);
  }, [cleared, setOn]);
  // Marks, entry rules and the Issues sheet leave the inventory's rows where they are.
  const action = useActionResult(app, { changesInventory: false });
  const { setResult } = action;

  const onMarked = useCallback((result: Result<MarksOutcome>) => {
    setMarked(result.ok ? result.value : null);
  }, []);
  const marking: CheckMarking = { on: state.on, locale, onMarked };
  const markingRef = useRef(marking);
  markingRef.current = marking;

  /** Off: take the marks away; on is Check's job (the panel runs it). */
  const clear = useCallback(async () => {
    const result = await run(t("marks-pane-clearing"), (options) => app.clearMarks(options));
    setResult(result);
    if (result.ok) {
      setOn(false);
      setMarked(null);
    }
  }, [app, run, setOn, setResult, t]);

  const protect = useCallback(async (on: boolean) => {
    const result = on
      ? await run(t("marks-pane-protecting"), (options) => app.protectEntry({ ...options, displayLocale: locale }))
      : await run(t("marks-pane-unprotecting"), (options) => app.removeEntryProtection(options));
    setResult(result);
    await readProtection();
  }, [app, locale, readProtection, run, setResult, t]);

  const exportIssues = useCallback(async () => {
    const result = await run(t("marks-pane-exporting"), (options) => app.exportIssues({ ...options, displayLocale: locale }));
    setResult(exported(result));
  }, [app, locale, run, setResult, t]);

  return { ...state, busy, marked, markingRef, action, clear, protect, exportIssues };
}
