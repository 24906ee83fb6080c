/**
 * A refusal the administrator can fix at a field: field name → key of the AdminErrors texts
 * (lib/i18n/messages/admin.*.json), with values for the message. "form" is the form as a whole.
 */
export class AdminFieldErrors extends Error {
  constructor(
    readonly fields: Record<string, string>,
    readonly values: Record<string, string | number> = {},
  ) {
    super("admin field errors");
  }
}

export function refuse(field: string, key: string, values: Record<string, string | number> = {}): never {
  throw new AdminFieldErrors({ [field]: key }, values);
}
