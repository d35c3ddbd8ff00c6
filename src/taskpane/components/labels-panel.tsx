/**
 * The Labels tab (issue 17, docs/design.md §29): barcode labels for the selected rows, or for
 * the units the last serialize or generate codes created (the result bar's "Labels for the 10
 * new units" and the ribbon open it), on the add-in's labels sheet. Codes left out are listed
 * with their cells; a single unit without a code offers Generate codes (a pool is serialized
 * first: Generate codes would give it one code).
 */
import { Button, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { InventoryApp, LabelRows, LabelsOutcome, Result } from "../../app";
import { useActionResult } from "../hooks/use-action-result";
import { useRunner } from "../hooks/use-runner";
import { usePaneTag, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";
import { DEFAULT_CHOICE, LabelsOptions, type LabelChoice } from "./labels-options";
import { RefusalList } from "./refusal-list";

export interface LabelsPanelProps {
  app: InventoryApp;
  /** The prefix Generate codes first uses (the settings' code prefix). */
  codePrefix: string;
  /** Raised by "Labels for the N new units": label the units the last serialize or generate codes created. */
  newUnitsRequest?: number;
}

/** Rows whose units have no code, from a result: the outcome says them, a refusal lists them. */
function uncodedOf(result: Result<LabelsOutcome> | null): number[] {
  if (!result) return [];
  if (result.ok) return result.value.uncodedRows;
  return (result.refused ?? []).filter((r) => r.say?.id === "labels-pane-uncoded").map((r) => r.row);
}

export function LabelsPanel({ app, codePrefix, newUnitsRequest = 0 }: LabelsPanelProps) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  const { run, busy } = useRunner();
  const [choice, setChoice] = useState<LabelChoice>(DEFAULT_CHOICE);
  const [last, setLast] = useState<Result<LabelsOutcome> | null>(null);
  const lastRows = useRef<LabelRows>("selection");
  // The labels sheet is the add-in's own: the inventory's rows do not move.
  const action = useActionResult(app, { changesInventory: false });
  const { setResult } = action;

  const make = useCallback(async (rows: LabelRows) => {
    lastRows.current = rows;
    const result = await run(t("labels-pane-making"), (options) => app.labels(rows, { ...options, ...choice, displayLocale: tag }));
    setLast(result);
    setResult(result);
  }, [app, choice, run, setResult, t, tag]);

  const latest = useRef(make);
  latest.current = make;
  useEffect(() => {
    if (newUnitsRequest > 0) void latest.current("last-created");
  }, [newUnitsRequest]);

  const uncoded = uncodedOf(last);
  const generateFirst = async () => {
    const generated = await run(t("labels-pane-making"), (options) => app.generateCodes(codePrefix, uncoded, options));
    if (!generated.ok) {
      setLast(null);
      setResult(generated, true);
      return;
    }
    await make(lastRows.current);
  };

  const leftOut = last?.ok ? last.value.leftOut : [];
  return (
    <div className={styles.panel}>
      <Text>{t("labels-pane-intro")}</Text>
      <LabelsOptions choice={choice} onChange={setChoice} disabled={busy} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void make("selection")} disabled={busy}>
          {t("labels-pane-make")}
        </Button>
        {uncoded.length > 0 && (
          <Button onClick={() => void generateFirst()} disabled={busy}>
            {t("labels-pane-generate-first")}
          </Button>
        )}
      </div>
      <ActionResultBar result={action.result} canUndo={action.canUndo} onUndo={() => void action.undo()} busy={busy} />
      <RefusalList label={t("labels-pane-left-out-title")} rows={leftOut} />
    </div>
  );
}
