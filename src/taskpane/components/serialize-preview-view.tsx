/** What serializing the selection would do: rows affected, new rows, generated codes, refusals. */
import { Text } from "@fluentui/react-components";
import type { SerializePreview } from "../../app";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { PreviewCounts } from "./preview-counts";
import { FormulaChoice, FormulaWarning } from "./formula-choice";
import { RefusalList } from "./refusal-list";

const CODES_SHOWN = 12;

export function SerializePreviewView({ preview, onChooseFormulas }: { preview: SerializePreview; onChooseFormulas?: (useValues: boolean) => void }) {
  const styles = usePaneStyles();
  const t = useText();
  const codes = preview.generatedCodes;
  const shown = codes.slice(0, CODES_SHOWN).join(", ");
  return (
    <section aria-label={t("pane-serialize-preview")} className={styles.panel}>
      <PreviewCounts
        label={t("pane-serialize-counts")}
        lines={[
          { id: "pane-serialize-affected", count: preview.rowsAffected },
          { id: "pane-serialize-new-rows", count: preview.newRows },
          { id: "pane-serialize-codes", count: codes.length },
        ]}
      />
      {codes.length > 0 && (
        <Text className={styles.wrap} block>
          {codes.length > CODES_SHOWN
            ? t("pane-new-codes-more", { codes: shown, more: codes.length - CODES_SHOWN })
            : t("pane-new-codes", { codes: shown })}
        </Text>
      )}
      <FormulaWarning warning={preview.formulaWarning} say={preview.formulaWarningSay} />
      <FormulaChoice formulaCells={preview.formulaCells} asValues={preview.plan.formulasAsValues} onChoose={onChooseFormulas} />
      <RefusalList label={t("pane-refused-rows")} rows={preview.refused} />
      <RefusalList label={t("pane-skipped-rows")} rows={preview.skipped} />
    </section>
  );
}
