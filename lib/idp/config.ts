// The local identity provider's coordinates, known to both sides: the provider mounted in the
// web server (lib/idp/local-provider.ts) and next-auth's client of it (lib/auth/options.ts).
import { createHmac } from "node:crypto";

export const LOCAL_IDP_PATH = "/idp";
export const LOCAL_IDP_CLIENT_ID = "mot-cua-local";
export const OIDC_PROVIDER_ID = "vneid";

export const localIssuer = (publicUrl: string): string => `${publicUrl.replace(/\/$/, "")}${LOCAL_IDP_PATH}`;

/** The client secret, derived from the portal's secret: nothing more to configure. */
export const localClientSecret = (authSecret: string): string =>
  createHmac("sha256", authSecret).update("local-identity-provider").digest("base64url");

export const redirectUriFor = (publicUrl: string): string => `${publicUrl.replace(/\/$/, "")}/api/auth/callback/${OIDC_PROVIDER_ID}`;
