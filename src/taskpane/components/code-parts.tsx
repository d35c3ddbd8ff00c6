/**
 * A code held by several parts when codes are unique within a part (issue 13): which part is
 * shown, and a button for each other one.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useText } from "../i18n/use-text";
import { usePaneStyles } from "../styles";

export interface CodePartsProps {
  code: string;
  /** Address of the row shown. */
  shown: string;
  parts: { part: string; address: string }[];
  onPick: (part: string) => void;
}

export function CodeParts({ code, shown, parts, onPick }: CodePartsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const current = parts.find((p) => p.address === shown);
  const count = parts.length;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {current ? t("pane-code-parts-showing", { code, count, part: current.part || t("pane-no-part") }) : t("pane-code-parts", { code, count })}
        <div className={styles.row}>
          {parts.filter((p) => p !== current).map((p) => (
            <Button key={p.address} size="small" onClick={() => onPick(p.part)}>
              {p.part || t("pane-no-part")}
            </Button>
          ))}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
