/** The running action's progress bar with Cancel; shown only after the delay. */
import { Button, Field, ProgressBar, useAnnounce } from "@fluentui/react-components";
import { useEffect } from "react";
import { useRunProgress } from "../hooks/use-runner";
import { useSaid, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export function ProgressStatus() {
  const styles = usePaneStyles();
  const { progress, cancel } = useRunProgress();
  const { announce } = useAnnounce();
  const t = useText();
  const said = useSaid();
  const title = progress?.title;
  // Say once what is running; the bar's steps and counts are there to read, not announced at every percent.
  useEffect(() => {
    if (title) announce(t("pane-progress-announce", { title }), { polite: true });
  }, [title, announce, t]);
  if (!progress) return null;
  const known = progress.total > 0;
  const label = said({ message: progress.step, say: progress.stepSay });
  const step = !progress.step
    ? t("pane-progress-working")
    : known
      ? t("pane-progress-step", { step: label, done: progress.done, total: progress.total })
      : label;
  return (
    <div className={styles.progress}>
      <Field className={styles.grow} label={progress.title} hint={step} validationState="none">
        <ProgressBar value={known ? Math.min(1, progress.done / progress.total) : undefined} aria-label={t("pane-progress-label", { title: progress.title, step })} />
      </Field>
      <Button size="small" onClick={cancel}>
        {t("pane-cancel")}
      </Button>
    </div>
  );
}
