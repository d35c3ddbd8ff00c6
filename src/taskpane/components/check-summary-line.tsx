/** The one-line result of a check: data rows, valid, invalid, serialized, aggregated, units. */
import { Text } from "@fluentui/react-components";
import type { CheckOutcome } from "../../app";
import { formatCount } from "../format";
import { usePaneStyles } from "../styles";

export function CheckSummaryLine({ outcome }: { outcome: CheckOutcome }) {
  const styles = usePaneStyles();
  const rows = outcome.report.rows;
  const items: [string, number][] = [
    ["data rows", rows.data],
    ["valid", rows.valid],
    ["invalid", rows.invalid],
    ["serialized", rows.serialized],
    ["aggregated", rows.aggregated],
    ["units", rows.units],
  ];
  const time = outcome.checkedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <div>
      <Text size={200} block>
        Sheet <Text weight="semibold">{outcome.sheetName}</Text>, checked at {time}
      </Text>
      <ul className={styles.stats} aria-label="Check summary">
        {items.map(([label, value]) => (
          <li key={label}>
            <Text weight="semibold">{formatCount(value)}</Text> {label}
          </li>
        ))}
      </ul>
      {(outcome.report.notes ?? []).map((note, i) => (
        <Text key={i} size={200} block>
          {note.message}
        </Text>
      ))}
    </div>
  );
}
