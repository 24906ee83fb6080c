// The only place that reads process.env (docs/architecture.md). Parsed once, with defaults that make
// `npm start` work on a fresh machine with nothing configured.
import { z } from "zod";

const ZBoolean = z
  .string()
  .optional()
  .transform((value) => ["1", "true", "yes", "on"].includes((value ?? "").trim().toLowerCase()));

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: `npm start` runs an embedded PostgreSQL under .data/. */
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  /** Port of the embedded PostgreSQL (only when DATABASE_URL is unset). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Folder for the embedded database, uploaded documents and other local data. */
  DATA_DIR: z.string().default(".data"),
  /** Port and address of the web server (not HOSTNAME: Docker and some shells set that one). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LISTEN_HOST: z.string().min(1).default("0.0.0.0"),
  /** Public address of the portal, used in links sent by email/SMS. */
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** Log level of the structured JSON logs (pino levels). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Working hours of the one-stop desks, HH:mm, Asia/Ho_Chi_Minh (docs/domain/deadlines.md). */
  WORKDAY_MORNING_START: z.string().regex(/^\d\d:\d\d$/).default("08:00"),
  WORKDAY_MORNING_END: z.string().regex(/^\d\d:\d\d$/).default("12:00"),
  WORKDAY_AFTERNOON_START: z.string().regex(/^\d\d:\d\d$/).default("13:00"),
  WORKDAY_AFTERNOON_END: z.string().regex(/^\d\d:\d\d$/).default("17:00"),
  /** Size of the database connection pool of one web process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Skip seeding demo data on first start (a production database is never seeded). */
  SKIP_SEED: ZBoolean,
  /**
   * Secret that signs sessions and sign-in codes (at least 32 characters). Unset: `npm start` makes
   * one under DATA_DIR and keeps it; a deployment of several web processes sets the same value in each.
   */
  AUTH_SECRET: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(32).optional()),
  /** How long a resident's session lives without activity, in minutes. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(8 * 60),
  /** An officer's session ends after this long without a request (the back office holds personal data). */
  /** A dossier is flagged "at risk" this many working days before its appointment (the apology is due by then). */
  AT_RISK_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(1),
  OFFICER_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /**
   * The identity provider (VNeID or the national portal's) by OpenID Connect. Unset: the portal
   * serves a local provider with the demo residents under /idp, for development and the tests.
   */
  OIDC_ISSUER: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  /**
   * The local stand-in for VNeID (anyone may sign in as any resident by typing an ID number: for
   * development and tests only). On by default only with the embedded database; `1` turns it on
   * elsewhere (the tests), and it never runs when OIDC_ISSUER is set.
   */
  LOCAL_IDENTITY_PROVIDER: ZBoolean,
  OIDC_CLIENT_ID: z.string().default("mot-cua"),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Name of the provider on the sign-in button. */
  OIDC_NAME: z.string().default("VNeID"),
  /** Outgoing mail server (smtp://user:pass@host:587). Unset: mail lands in the development mailbox. */
  SMTP_URL: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  MAIL_FROM: z.string().default("Một Cửa Hà Nội <khong-tra-loi@motcua.hanoi.gov.vn>"),
  /** Where documents are kept: a folder under DATA_DIR ("local"), or an S3-compatible bucket ("s3"). */
  STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_BUCKET: z.string().default("mot-cua"),
  S3_ENDPOINT: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  S3_REGION: z.string().default("ap-southeast-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style addresses (http://host/bucket/key): MinIO, Ceph and most self-hosted servers. */
  S3_FORCE_PATH_STYLE: ZBoolean,
  /** Upload limits, in megabytes: per file and per dossier. */
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(100).default(10),
  UPLOAD_MAX_DOSSIER_MB: z.coerce.number().positive().max(500).default(50),
  /** Drafts untouched for this many days are deleted with their files. */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * Whether the web process runs the background work (the job queue on pg-boss: housekeeping,
   * escalations, the morning digest; and the outbox's delivery of notifications and mail). Set
   * `false` in the web processes and run `npm run worker` beside them to keep it apart.
   */
  JOBS_IN_WEB: z
    .string()
    .optional()
    .transform((value) => !["0", "false", "no", "off"].includes((value ?? "").trim().toLowerCase())),
  /** Path to a Chromium binary for the end-to-end tests and screenshots. */
  CHROMIUM_PATH: z.string().optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

function parseEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env: TEnv = parseEnv();

/**
 * next-auth reads its address and secret from these two variables itself; they always follow
 * PUBLIC_URL and AUTH_SECRET (one setting for both, and a value a parent process left behind in
 * the environment never wins).
 */
process.env.NEXTAUTH_URL = env.PUBLIC_URL;
if (env.AUTH_SECRET) process.env.NEXTAUTH_SECRET = env.AUTH_SECRET;

/** The secret of sessions and codes; only `next build` runs without one. */
export function authSecret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set (npm start sets one under DATA_DIR; see README).");
  return env.AUTH_SECRET;
}

/**
 * The local development identity provider runs when no real one is configured and this is a
 * development setup: the embedded database (no DATABASE_URL) or LOCAL_IDENTITY_PROVIDER=1. A
 * deployment with its own database and no identity provider offers email codes only.
 */
export const usesLocalIdentityProvider = env.OIDC_ISSUER === undefined && (env.LOCAL_IDENTITY_PROVIDER || env.DATABASE_URL === undefined);

/** Whether "Đăng nhập bằng VNeID" can work here (a real provider, or the local stand-in). */
export const hasIdentityProvider = env.OIDC_ISSUER !== undefined || usesLocalIdentityProvider;
