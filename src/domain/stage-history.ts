/**
 * The history of an application: every stage change, oldest first, starting
 * with the intake (from null to applied at receivedAt) when no stage change
 * records it. Who made a change and why only for viewers that see it
 * (seesStageChangeDetails in src/domain/visibility.ts).
 */

export interface StageChangeRecord<S extends string = string> {
  fromStage: S | null;
  toStage: S;
  at: Date;
  actor: string | null;
  /** The person of the agency who made it (a user's key, or On-Behalf-Of); null when the key acted for no one. */
  userId?: string | null;
  reason: string | null;
  reasonCategory: string | null;
}

export interface HistoryItem<S extends string = string> {
  from: S | null;
  to: S;
  at: string;
  actor?: string | null;
  userId?: string | null;
  reason?: string | null;
  reasonCategory?: string | null;
}

export function stageHistory<S extends string>(
  receivedAt: Date,
  changes: readonly StageChangeRecord<S>[],
  withDetails: boolean,
  intakeStage: S,
): HistoryItem<S>[] {
  const records: StageChangeRecord<S>[] = [...changes];
  if (!records.some((c) => c.fromStage === null && c.toStage === intakeStage)) {
    records.unshift({ fromStage: null, toStage: intakeStage, at: receivedAt, actor: null, reason: null, reasonCategory: null });
  }
  return records.map((c) => {
    const item: HistoryItem<S> = { from: c.fromStage, to: c.toStage, at: c.at.toISOString() };
    if (withDetails) {
      item.actor = c.actor;
      item.userId = c.userId ?? null;
      item.reason = c.reason;
      item.reasonCategory = c.reasonCategory;
    }
    return item;
  });
}

/** When the current stage was entered: the instant of the last stage change, else the intake. */
export function stageEnteredAt(receivedAt: Date, lastChangeAt: Date | null): Date {
  return lastChangeAt ?? receivedAt;
}
