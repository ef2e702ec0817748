/** Workflow steps that kept failing and wait for an ops decision (retry or skip). */
import { type Models, Types } from '../db/models';
import type { FAILED_STEP_STATUSES } from '../domain/lifecycle';
import { required } from './required';

export interface FailedStepQuery {
  skip: number;
  limit: number;
  status: (typeof FAILED_STEP_STATUSES)[number];
  connectorId?: string;
  step?: string;
  olderThanMinutes?: number;
}

export function makeFailedStepService({ models }: { models: Models }) {
  const { FailedStep } = models;

  async function list(query: FailedStepQuery) {
    const filter: Record<string, unknown> = { status: query.status };
    if (query.connectorId) filter.connectorId = new Types.ObjectId(query.connectorId);
    if (query.step) filter.step = query.step;
    if (query.olderThanMinutes !== undefined) filter.createdAt = { $lte: new Date(Date.now() - query.olderThanMinutes * 60_000) };
    const docs = await FailedStep.find(filter).sort({ createdAt: -1 }).skip(query.skip).limit(query.limit).lean();
    // `reported` is bookkeeping of the failure's metric and log line, not part of the step.
    return docs.map(({ _id, connectorId, reported: _reported, ...rest }) => ({
      id: _id,
      connectorId: connectorId ? String(connectorId) : null,
      ...rest,
    }));
  }

  /** The workflow a failed step belongs to. */
  async function workflowOf(id: string): Promise<string> {
    return required(await FailedStep.findById(id).lean(), 'Failed step', id).workflowId;
  }

  return { list, workflowOf };
}

export type FailedStepService = ReturnType<typeof makeFailedStepService>;
