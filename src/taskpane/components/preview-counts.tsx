/** The counts at the top of a preview ("12 rows affected"), each number in bold. */
import { Text } from "@fluentui/react-components";
import type { MessageId } from "../../core";
import { usePaneTag, useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

/** One line: a message with a `count` argument (`{count, plural, …} affected`). */
export interface CountLine {
  id: MessageId;
  count: number;
}

/** `line` in words with its number (as the message's language writes it) in bold. */
export function BoldCount({ words, count, tag }: { words: string; count: number; tag: string }) {
  const number = new Intl.NumberFormat(tag).format(count);
  const at = words.indexOf(number);
  if (at < 0) return <>{words}</>;
  return (
    <>
      {words.slice(0, at)}
      <Text weight="semibold">{number}</Text>
      {words.slice(at + number.length)}
    </>
  );
}

export function PreviewCounts({ label, lines }: { label: string; lines: readonly CountLine[] }) {
  const styles = usePaneStyles();
  const t = useText();
  const tag = usePaneTag();
  return (
    <ul className={styles.stats} aria-label={label}>
      {lines.map(({ id, count }) => (
        <li key={id}>
          <BoldCount words={t(id, { count })} count={count} tag={tag} />
        </li>
      ))}
    </ul>
  );
}
