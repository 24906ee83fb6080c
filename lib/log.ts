// Structured logs: one JSON line per request or event (pino). Never pass personal data (national
// ID, phone, address, names, query strings that may hold them) to these functions; the redact list
// is a second line of defence, not the first.
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "mot-cua" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "nationalId", "*.nationalId", "phone", "*.phone", "address", "*.address", "email", "*.email",
      "password", "*.password", "passwordHash", "*.passwordHash", "applicantSnapshot", "*.applicantSnapshot",
      "req.headers.cookie", "req.headers.authorization",
    ],
    censor: "[redacted]",
  },
  formatters: { level: (label) => ({ level: label }) },
});

export type Logger = typeof logger;
