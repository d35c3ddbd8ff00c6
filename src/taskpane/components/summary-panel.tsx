/** Summary: one button writes the category report to its sheet and shows it here too (docs/design.md §5). */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { InventoryApp, SummaryOutcome } from "../../app";
import { plural } from "../format";
import { useActionResult } from "../hooks/use-action-result";
import { useRunner } from "../hooks/use-runner";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";
import { SummaryTable } from "./summary-table";

export function SummaryPanel({ app, decimals }: { app: InventoryApp; decimals: number }) {
  const styles = usePaneStyles();
  const { run, busy } = useRunner();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  // The report goes to its own sheet: the inventory's rows do not move, so checks stay valid.
  const action = useActionResult(app, { changesInventory: false });

  const summarize = async () => {
    const result = await run("Building the category summary", (options) => app.summarize(options));
    setOutcome(result.ok ? result.value : null);
    // Refused, failed, busy or cancelled: the result bar says which, as for every write.
    action.setResult(result);
  };

  const summary = outcome?.summary;
  return (
    <div className={styles.panel}>
      <Text>Totals per category from the valid rows, written to their own sheet.</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void summarize()} disabled={busy}>
          Build category summary
        </Button>
      </div>
      <ActionResultBar result={action.result} canUndo={action.canUndo} onUndo={() => void action.undo()} busy={busy} />
      {outcome && summary && (
        <>
          <Text block>
            Sheet <Text weight="semibold">{outcome.sheetName}</Text>: {plural(summary.countedRows, "row")} counted
            {summary.excludedRows > 0 && `, ${plural(summary.excludedRows, "invalid row")} left out`}.
          </Text>
          <SummaryTable summary={summary} decimals={decimals} />
        </>
      )}
    </div>
  );
}
