/** A server error shown beside the field it names; inputs point at it with aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <span className="error-text field-error" id={id}>
      {messages.join(' ')}
    </span>
  );
}

/** Props that tie an input to its FieldError. */
export const invalidProps = (id: string, messages: string[] | undefined) =>
  messages?.length ? { 'aria-invalid': true, 'aria-describedby': id } : {};
