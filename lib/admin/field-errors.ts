/**
 * A refusal the administrator can fix at a field: field name → key of the AdminErrors texts
 * (lib/i18n/messages/admin.*.json), or of another area's (the delegations' DelegationErrors), with
 * values for the message. "form" is the form as a whole.
 */
export class AdminFieldErrors extends Error {
  constructor(
    readonly fields: Record<string, string>,
    readonly values: Record<string, string | number> = {},
    readonly namespace: "AdminErrors" | "DelegationErrors" = "AdminErrors",
  ) {
    super("admin field errors");
  }
}

export function refuse(field: string, key: string, values: Record<string, string | number> = {}): never {
  throw new AdminFieldErrors({ [field]: key }, values);
}
