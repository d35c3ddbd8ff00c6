/**
 * One inventory record: each header with its value, as plain text; the address as the pane shows
 * cells (A4, not Inventory!A4); the unit's status and its class first when the sheet has a status column.
 */
import { mergeClasses, Text } from "@fluentui/react-components";
import type { FoundStatus } from "../../app";
import type { CellValue } from "../../core";
import { cellText } from "../format";
import { shortAddress } from "../issue-groups";
import { Address, richText } from "../i18n/rich-text";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";
import { CLASS_WORDS } from "./status-map-settings";

/** "Status: Rented (Out)": the status cell's text and its class in the pane's language. */
function StatusLine({ status }: { status: FoundStatus }) {
  const t = useText();
  if (status.class === undefined) return <Text block>{t("availability-pane-find-status-empty")}</Text>;
  const cls = t(status.class === "unknown" ? "availability-pane-class-unknown" : CLASS_WORDS[status.class]);
  return <Text block weight="semibold">{t("availability-pane-find-status", { status: status.text, class: cls })}</Text>;
}

export function RecordView({ address, headers, record, status }: { address: string; headers: string[]; record: CellValue[]; status?: FoundStatus }) {
  const styles = usePaneStyles();
  const t = useText();
  const width = Math.max(headers.length, record.length);
  const cell = shortAddress(address);
  return (
    <section aria-label={t("pane-record", { cell })} className={styles.panel}>
      <Text weight="semibold" as="h3" block>
        {richText(t, "pane-record-title", { cell }, { cell: (c) => <Address>{c}</Address> })}
      </Text>
      {status && <StatusLine status={status} />}
      <dl className={styles.list}>
        {Array.from({ length: width }, (_, index) => (
          <div key={index} className={styles.issue}>
            <dt>
              <Text weight="semibold">{t("pane-record-field", { header: headers[index] || t("pane-record-column", { number: index + 1 }) })}</Text>
            </dt>
            <dd className={mergeClasses(styles.wrap, styles.flush)}>
              <Text>{cellText(record[index]) || t("value-empty")}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
