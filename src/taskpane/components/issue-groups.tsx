/** Issues grouped by rule in an accordion: a count per rule, Fix all where the rule has a fix. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Text, type AccordionToggleData } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { LocatedIssue } from "../../app";
import type { RuleId } from "../../core";
import { useFormat } from "../format";
import { useText } from "../i18n/use-text";
import type { IssueGroup } from "../issue-groups";
import { usePaneStyles } from "../styles";
import { IssueList } from "./issue-list";

export interface IssueGroupsProps {
  groups: readonly IssueGroup[];
  onSelect: (issue: LocatedIssue) => void;
  onFix: (issue: LocatedIssue) => void;
  onFixAll: (rule: RuleId) => void;
  /** Header problems are fixed by choosing columns in Settings. */
  onOpenSettings?: () => void;
  busy: boolean;
}

const mappingRules: ReadonlySet<RuleId> = new Set(["no-header", "duplicate-header"]);

export const IssueGroups = memo(function IssueGroups({ groups, onSelect, onFix, onFixAll, onOpenSettings, busy }: IssueGroupsProps) {
  const styles = usePaneStyles();
  const t = useText();
  const format = useFormat();
  const [open, setOpen] = useState<RuleId[]>([]);
  const onToggle = (_event: unknown, data: AccordionToggleData<RuleId>) => setOpen(data.openItems);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle} aria-label={t("pane-issues-by-rule")}>
      {groups.map((group) => {
        const title = t(`rule-title-${group.rule}`);
        const count = group.issues.length;
        const isOpen = open.includes(group.rule);
        return (
          <AccordionItem key={group.rule} value={group.rule}>
            <AccordionHeader button={{ "aria-label": t(group.severity === "error" ? "pane-group-errors" : "pane-group-warnings", { title, count }) }}>
              <span className={styles.groupHeader}>
                <Badge appearance="filled" color={group.severity === "error" ? "danger" : "warning"}>
                  {format.count(count)}
                </Badge>
                <Text>{title}</Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {isOpen && (
                <div className={styles.panel}>
                  {group.fix && group.fixableCount > 0 && (
                    <div className={styles.row}>
                      <Button size="small" appearance="primary" disabled={busy} onClick={() => onFixAll(group.rule)}>
                        {t("pane-fix-all", { count: group.fixableCount, label: t(`fix-${group.fix.kind}`) })}
                      </Button>
                    </div>
                  )}
                  {onOpenSettings && mappingRules.has(group.rule) && (
                    <div className={styles.row}>
                      <Button size="small" onClick={onOpenSettings}>
                        {t("pane-choose-columns")}
                      </Button>
                    </div>
                  )}
                  <IssueList issues={group.issues} onSelect={onSelect} onFix={onFix} busy={busy} />
                </div>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
});
