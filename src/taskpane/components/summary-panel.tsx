/** Summary: one button writes the category report to its sheet and shows it here too (docs/design.md §5). */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { InventoryApp, SummaryOutcome } from "../../app";
import { useActionResult } from "../hooks/use-action-result";
import { useRunner } from "../hooks/use-runner";
import { richText } from "../i18n/rich-text";
import { usePaneTag, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";
import { SummaryTable } from "./summary-table";

export function SummaryPanel({ app, decimals }: { app: InventoryApp; decimals: number }) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  const { run, busy } = useRunner();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  // The report goes to its own sheet: the inventory's rows do not move, so checks stay valid.
  const action = useActionResult(app, { changesInventory: false });

  const summarize = async () => {
    const result = await run(t("pane-summary-progress"), (options) => app.summarize({ ...options, displayLocale: tag }));
    setOutcome(result.ok ? result.value : null);
    // Refused, failed, busy or cancelled: the result bar says which, as for every write.
    action.setResult(result);
  };

  const summary = outcome?.summary;
  const sheet = (name: string) => <Text weight="semibold">{name}</Text>;
  return (
    <div className={styles.panel}>
      <Text>{t("pane-summary-intro")}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void summarize()} disabled={busy}>
          {t("pane-summary-build")}
        </Button>
      </div>
      <ActionResultBar result={action.result} canUndo={action.canUndo} onUndo={() => void action.undo()} busy={busy} />
      {outcome && summary && (
        <>
          <Text block>
            {summary.excludedRows > 0
              ? richText(t, "pane-summary-result-excluded", { sheet: outcome.sheetName, counted: summary.countedRows, excluded: summary.excludedRows }, { sheet })
              : richText(t, "pane-summary-result", { sheet: outcome.sheetName, counted: summary.countedRows }, { sheet })}
          </Text>
          <SummaryTable summary={summary} decimals={decimals} />
        </>
      )}
    </div>
  );
}
