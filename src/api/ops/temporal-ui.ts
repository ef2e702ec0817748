/** Links from the ops API to a workflow in the Temporal UI, when its address is configured. */
export function makeWorkflowLink({ namespace, temporalUiUrl }: { namespace: string; temporalUiUrl: string | undefined }) {
  return (workflowId: string): string | null =>
    temporalUiUrl
      ? `${temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`
      : null;
}

export type WorkflowLink = ReturnType<typeof makeWorkflowLink>;
