/** Summary: one button writes the category report to its sheet and shows it here too (SPEC §5). */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { InventoryApp, SummaryOutcome } from "../../app";
import { plural } from "../format";
import { useActionResult } from "../hooks/use-action-result";
import { useRunner } from "../hooks/use-runner";
import { usePaneStyles } from "../styles";
import { ActionResultBar } from "./action-result-bar";
import { ErrorBar, type Problem } from "./error-bar";
import { SummaryTable } from "./summary-table";

export function SummaryPanel({ app, decimals }: { app: InventoryApp; decimals: number }) {
  const styles = usePaneStyles();
  const { run, busy } = useRunner();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The report goes to its own sheet: the inventory's rows do not move, so checks stay valid.
  const action = useActionResult(app, { changesInventory: false });

  const summarize = async () => {
    const result = await run("Building the category summary", (options) => app.summarize(options));
    setProblem(result.ok ? null : result);
    setOutcome(result.ok ? result.value : null);
    action.setResult(result.ok ? result.value.result : null);
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
      <ErrorBar problem={problem} title="The summary was not built" />
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
