/** The running action's progress bar with Cancel; shown only after the delay. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useRunProgress } from "../hooks/use-runner";
import { formatCount } from "../format";
import { usePaneStyles } from "../styles";

export function ProgressStatus() {
  const styles = usePaneStyles();
  const { progress, cancel } = useRunProgress();
  if (!progress) return null;
  const known = progress.total > 0;
  const step = progress.step ? `${progress.step}${known ? ` (${formatCount(progress.done)} of ${formatCount(progress.total)})` : ""}` : "Working…";
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <Field className={styles.grow} label={progress.title} hint={step} validationState="none">
        <ProgressBar value={known ? Math.min(1, progress.done / progress.total) : undefined} aria-label={`${progress.title}: ${step}`} />
      </Field>
      <Button size="small" onClick={cancel}>
        Cancel
      </Button>
    </div>
  );
}
