/** The one-line result of a check: data rows, valid, invalid, serialized, aggregated, units. */
import { Text } from "@fluentui/react-components";
import type { CheckOutcome } from "../../app";
import type { MessageId } from "../../core";
import { useNumberLocale } from "../format";
import { richText, SaidText } from "../i18n/rich-text";
import { usePaneTag, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { BoldCount } from "./preview-counts";

export function CheckSummaryLine({ outcome }: { outcome: CheckOutcome }) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  const numbers = useNumberLocale();
  const rows = outcome.report.rows;
  const items: [MessageId, number][] = [
    ["pane-stat-data-rows", rows.data],
    ["pane-stat-valid", rows.valid],
    ["pane-stat-invalid", rows.invalid],
    ["pane-stat-serialized", rows.serialized],
    ["pane-stat-aggregated", rows.aggregated],
    ["pane-stat-units", rows.units],
  ];
  const time = outcome.checkedAt.toLocaleTimeString(numbers, { hour: "2-digit", minute: "2-digit" });
  const sheet = (name: string) => <Text weight="semibold">{name}</Text>;
  return (
    <div>
      <Text size={200} block>
        {richText(t, "pane-check-sheet-at", { sheet: outcome.sheetName, time }, { sheet })}
      </Text>
      <ul className={styles.stats} aria-label={t("pane-check-summary")}>
        {items.map(([id, count]) => (
          <li key={id}>
            <BoldCount words={t(id, { count })} count={count} tag={tag} />
          </li>
        ))}
      </ul>
      {(outcome.report.notes ?? []).map((note, i) => (
        <Text key={i} size={200} block>
          <SaidText said={note} />
        </Text>
      ))}
    </div>
  );
}
