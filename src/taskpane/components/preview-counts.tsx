/** The counts at the top of a preview ("12 rows affected"), each number in bold. */
import { Text } from "@fluentui/react-components";
import { formatCount } from "../format";
import { usePaneStyles } from "../styles";

/** One line: the number, then the words after it (`[12, "rows affected"]`), or words before it too. */
export type CountLine = readonly [count: number, after: string] | readonly [before: string, count: number, after: string];

export function PreviewCounts({ label, lines }: { label: string; lines: readonly CountLine[] }) {
  const styles = usePaneStyles();
  return (
    <ul className={styles.stats} aria-label={label}>
      {lines.map((line) => {
        const [before, count, after] = line.length === 2 ? ["", line[0], line[1]] : line;
        return (
          <li key={`${before}${after}`}>
            {before && `${before} `}
            <Text weight="semibold">{formatCount(count)}</Text> {after}
          </li>
        );
      })}
    </ul>
  );
}
