// A local OpenID Connect provider standing in for VNeID, served by the portal's own web server
// under /idp when no OIDC_ISSUER is configured (npm start with the embedded database, the tests).
// It is a real provider (oidc-provider: discovery, authorization code with PKCE, signed ID tokens),
// so the sign-in that runs here is the one that runs against VNeID; only the login page is ours:
// it lists the demo residents and accepts any resident's 12-digit ID number, with no password.
import type { IncomingMessage, ServerResponse } from "node:http";
import Provider, { type Configuration } from "oidc-provider";
import pg from "pg";
import { LOCAL_IDP_CLIENT_ID, LOCAL_IDP_PATH, localClientSecret, localIssuer, redirectUriFor } from "./config";
import { escapeHtml, renderLoginPage, type DemoResident } from "./login-page";

type ResidentRow = { full_name: string; national_id: string; date_of_birth: string | null; email: string | null; phone: string | null };

export type LocalIdentityProvider = {
  /** Handles the request when its path is under /idp; false otherwise. */
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  close: () => Promise<void>;
};

const SUBJECT_PREFIX = "vneid:";

export function createLocalIdentityProvider(options: { publicUrl: string; authSecret: string; databaseUrl: string }): LocalIdentityProvider {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2, options: "-c TimeZone=UTC" });
  const findResident = async (nationalId: string): Promise<ResidentRow | undefined> => {
    if (!/^\d{12}$/.test(nationalId)) return undefined;
    const { rows } = await pool.query<ResidentRow>(
      `SELECT full_name, national_id, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, email, phone
       FROM "user" WHERE national_id = $1 AND role = 'RESIDENT' AND is_active`,
      [nationalId],
    );
    return rows[0];
  };
  const demoResidents = async (): Promise<DemoResident[]> => {
    const { rows } = await pool.query<{ full_name: string; national_id: string }>(
      `SELECT full_name, national_id FROM "user"
       WHERE role = 'RESIDENT' AND is_active AND national_id IS NOT NULL AND email LIKE '%@motcua.test' ORDER BY email LIMIT 10`,
    );
    return rows.map((row) => ({ fullName: row.full_name, nationalId: row.national_id }));
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: LOCAL_IDP_CLIENT_ID,
        client_secret: localClientSecret(options.authSecret),
        redirect_uris: [redirectUriFor(options.publicUrl)],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    scopes: ["openid", "profile", "email", "phone", "national_id"],
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate"],
      email: ["email", "email_verified"],
      phone: ["phone_number"],
      national_id: ["national_id"],
    },
    // The claims go in the ID token, as VNeID's do.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, accountId) => {
      const resident = accountId.startsWith(SUBJECT_PREFIX) ? await findResident(accountId.slice(SUBJECT_PREFIX.length)) : undefined;
      if (!resident) return undefined;
      return {
        accountId,
        claims: () => ({
          sub: accountId,
          name: resident.full_name,
          birthdate: resident.date_of_birth ?? undefined,
          email: resident.email ?? undefined,
          email_verified: resident.email ? true : undefined,
          phone_number: resident.phone ?? undefined,
          national_id: resident.national_id,
        }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${LOCAL_IDP_PATH}/interaction/${interaction.uid}` },
    cookies: { keys: [options.authSecret] },
    pkce: { required: () => true },
    ttl: { Session: 3600, Interaction: 3600, Grant: 3600, IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60 },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi đăng nhập</title><body><h1>Không đăng nhập được</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p><p><a href="${options.publicUrl}/dang-nhap">Quay lại trang đăng nhập</a></p></body></html>`;
    },
  };
  const provider = new Provider(localIssuer(options.publicUrl), configuration);
  const callback = provider.callback();

  const finishLogin = async (request: IncomingMessage, response: ServerResponse, nationalId: string): Promise<void> => {
    const details = await provider.interactionDetails(request, response);
    const resident = await findResident(nationalId);
    if (!resident) {
      sendHtml(response, 200, renderLoginPage({ uid: details.uid, residents: await demoResidents(), error: "Không tìm thấy công dân có số định danh này." }));
      return;
    }
    const accountId = `${SUBJECT_PREFIX}${nationalId}`;
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  };

  const handleInteraction = async (request: IncomingMessage, response: ServerResponse, rest: string): Promise<void> => {
    const [, uid, action] = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(rest) ?? [];
    if (!uid) return sendHtml(response, 404, "Not found");
    if (request.method === "GET" && !action) {
      const details = await provider.interactionDetails(request, response);
      return sendHtml(response, 200, renderLoginPage({ uid: details.uid, residents: await demoResidents() }));
    }
    if (request.method === "POST" && action === "login") {
      const form = new URLSearchParams(await readBody(request));
      return finishLogin(request, response, (form.get("nationalId") ?? "").replace(/\s/g, ""));
    }
    if (request.method === "POST" && action === "abort") {
      return provider.interactionFinished(request, response, { error: "access_denied", error_description: "Người dùng đã hủy đăng nhập." }, { mergeWithLastSubmission: false });
    }
    sendHtml(response, 405, "Method not allowed");
  };

  return {
    handle: async (request, response) => {
      const url = request.url ?? "/";
      if (url !== LOCAL_IDP_PATH && !url.startsWith(`${LOCAL_IDP_PATH}/`) && !url.startsWith(`${LOCAL_IDP_PATH}?`)) return false;
      const rest = url.slice(LOCAL_IDP_PATH.length) || "/";
      try {
        if (rest.startsWith("/interaction/")) {
          await handleInteraction(request, response, rest.split("?")[0]!);
        } else {
          // Mounted the way Express mounts it: the provider reads its mount path from originalUrl.
          Object.assign(request, { originalUrl: url });
          request.url = rest;
          await callback(request, response);
        }
      } catch (error) {
        if (!response.headersSent) sendHtml(response, 400, renderLoginPage({ uid: null, residents: [], error: error instanceof Error ? error.message : String(error) }));
      }
      return true;
    },
    close: () => pool.end(),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error("body too large"));
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.end(html);
}
