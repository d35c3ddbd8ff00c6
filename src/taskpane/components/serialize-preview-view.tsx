/** What serializing the selection would do: rows affected, new rows, generated codes, refusals. */
import { Text } from "@fluentui/react-components";
import type { SerializePreview } from "../../app";
import { formatCount, noun } from "../format";
import { usePaneStyles } from "../styles";
import { PreviewCounts } from "./preview-counts";
import { FormulaChoice, FormulaWarning } from "./formula-choice";
import { RefusalList } from "./refusal-list";

const CODES_SHOWN = 12;

export function SerializePreviewView({ preview, onChooseFormulas }: { preview: SerializePreview; onChooseFormulas?: (useValues: boolean) => void }) {
  const styles = usePaneStyles();
  const codes = preview.generatedCodes;
  return (
    <section aria-label="Serialize preview" className={styles.panel}>
      <PreviewCounts
        label="Serialize preview counts"
        lines={[
          [preview.rowsAffected, `${noun(preview.rowsAffected, "row")} affected`],
          [preview.newRows, `new ${noun(preview.newRows, "row")}`],
          [codes.length, `generated ${noun(codes.length, "code")}`],
        ]}
      />
      {codes.length > 0 && (
        <Text className={styles.wrap} block>
          New codes: {codes.slice(0, CODES_SHOWN).join(", ")}
          {codes.length > CODES_SHOWN && ` and ${`${formatCount(codes.length - CODES_SHOWN)} more`}`}
        </Text>
      )}
      <FormulaWarning warning={preview.formulaWarning} />
      <FormulaChoice formulaCells={preview.formulaCells} asValues={preview.plan.formulasAsValues} onChoose={onChooseFormulas} />
      <RefusalList label="Refused rows" rows={preview.refused} />
      <RefusalList label="Skipped rows" rows={preview.skipped} />
    </section>
  );
}
