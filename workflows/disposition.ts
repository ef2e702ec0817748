/**
 * The agent's disposition of a call: the lead field, the follow-up task or custom activity, the
 * provider push, and the agent free again, each as a step. Both versions of the call workflow run it,
 * each telling it how that version sees the call.
 */
import type { AgentStateInput } from '../activities';
import type { CallContextState, DispositionInput } from './call-defs';
import type { makeSteps } from './steps';

type Steps = ReturnType<typeof makeSteps>;

/** How a version of the workflow sees the call, read when the step needs it. */
export interface DispositionView {
  summary: () => { leadId: string | null; customerNumber: string; virtualNumber: string | null };
  sessionId: () => string;
  agentState: (status: 'free') => AgentStateInput;
}

export async function runDisposition(state: CallContextState, input: DispositionInput, steps: Steps, view: DispositionView): Promise<void> {
  const settings = state.settings;
  if (!settings) return;
  const d = settings.disposition;
  if (d.leadField && state.leadId) {
    const leadId = state.leadId;
    await steps.run(
      'updateLeadField',
      { field: d.leadField, value: input.value },
      (a) => a.updateLeadField({ leadId, field: d.leadField, value: input.value }),
      undefined,
    );
  }
  if (input.task && d.task.mode !== 'off') {
    const task = input.task;
    await steps.run(
      'createDispositionTask',
      task,
      (a) =>
        a.createDispositionTask({
          workflowId: state.workflowId,
          leadId: state.leadId,
          ownerId: input.byUserId,
          title: task.title,
          dueAt: task.dueAt ?? null,
          dueInMinutes: d.task.dueInMinutes,
        }),
      undefined,
    );
  }
  if (input.customActivity && d.customActivity.mode !== 'off') {
    const custom = input.customActivity;
    await steps.run(
      'createCustomActivity',
      custom,
      (a) =>
        a.createCustomActivity({
          workflowId: state.workflowId,
          leadId: state.leadId,
          userId: input.byUserId,
          type: d.customActivity.type,
          note: custom.note,
          fields: { disposition: input.value },
        }),
      undefined,
    );
  }
  if (d.push.enabled) {
    const s = view.summary();
    await steps.run(
      'pushDisposition',
      { value: input.value },
      (a) =>
        a.pushDisposition({
          connectorId: state.connectorId,
          agentUserId: input.byUserId,
          leadId: s.leadId,
          params: {
            callSessionId: view.sessionId(),
            customerNumber: s.customerNumber,
            virtualNumber: s.virtualNumber ?? '',
            dispositionValue: input.value,
            notes: input.notes ?? '',
            comments: input.comments ?? '',
            date: state.disposition?.at ?? new Date().toISOString(),
          },
        }),
      undefined,
    );
  }
  if (state.disposition) state.disposition.status = 'done';
  if (state.agentUserId) await steps.run('setAgentState', { status: 'free' }, (a) => a.setAgentState(view.agentState('free')), undefined);
}
