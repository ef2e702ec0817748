/**
 * Click-to-call through its workflow: start it and wait for the provider's outcome (placed, rejected
 * or failed), which the workflow reports through an update as soon as it is known.
 */
import type { Client } from '@temporalio/client';
import { clickToCall, clickToCallOutcomeUpdate, type ClickToCallInput, type ClickToCallOutcome } from '../../workflows';

export type { ClickToCallInput, ClickToCallOutcome };

export function makeClickToCallClient({ temporal, taskQueue }: { temporal: Client; taskQueue: string }) {
  /** Starts the click-to-call workflow for `input.callSessionId` and resolves with its outcome. */
  async function place(input: ClickToCallInput): Promise<{ workflowId: string; outcome: ClickToCallOutcome }> {
    const handle = await temporal.workflow.start(clickToCall, {
      workflowId: `click-to-call:${input.callSessionId}`,
      taskQueue,
      args: [input],
    });
    // A workflow that already finished has the outcome as its result.
    const outcome = await handle.executeUpdate(clickToCallOutcomeUpdate).catch(() => handle.result());
    return { workflowId: handle.workflowId, outcome };
  }

  return { place };
}

export type ClickToCallClient = ReturnType<typeof makeClickToCallClient>;
