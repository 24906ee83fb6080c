// The demo history's delegation (docs/domain/delegation.md): the city's Department of Construction
// delegates the road transport business licence (1.000703) to every ward and commune People's
// Committee, from a year before "now", so that a newcomer finds a delegation whose dossiers after
// its first day were handled by the wards, and an evaluation with real-looking figures on both
// sides. Made once, with its decision (a sample PDF plainly marked as demo data, stored like any
// document) and its line in admin_audit; a later run finds it by its decision number.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import type pg from "pg";
import { addDays, localDateOf } from "../../lib/calendar/local-time.ts";
import { newIdAt } from "../../lib/ids.ts";
import { configuredStorage } from "../../lib/storage/configured.ts";

export const DEMO_DELEGATION = {
  delegatorSlug: "hn-so-xay-dung",
  procedureCode: "1.000703",
  decisionNumber: "1205/QĐ-SXD",
  signer: "KT. Giám đốc, Phó Giám đốc Sở Xây dựng (dữ liệu trình diễn)",
  /** The wards' Economy, Infrastructure and Urban Affairs Division takes the plan's QLVT steps. */
  unitCode: "KT",
} as const;

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");

async function decisionPdf(validFrom: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const bold = await document.embedFont(fs.readFileSync(path.join(FONT_DIR, "700Bold", "BeVietnamPro_700Bold.ttf")), { subset: true });
  const regular = await document.embedFont(fs.readFileSync(path.join(FONT_DIR, "400Regular", "BeVietnamPro_400Regular.ttf")), { subset: true });
  const page = document.addPage([595.28, 841.89]);
  page.drawText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { x: 170, y: 780, size: 12, font: bold });
  page.drawText("Độc lập - Tự do - Hạnh phúc", { x: 220, y: 762, size: 12, font: bold });
  page.drawText(`QUYẾT ĐỊNH số ${DEMO_DELEGATION.decisionNumber}`, { x: 200, y: 700, size: 15, font: bold });
  const lines = [
    "Về việc ủy quyền cho Ủy ban nhân dân các xã, phường giải quyết thủ tục",
    "cấp Giấy phép kinh doanh vận tải bằng xe ô tô (mã 1.000703).",
    `Thời điểm bắt đầu ủy quyền: ngày ${validFrom.split("-").reverse().join("/")}.`,
    "Văn bản mẫu của dữ liệu trình diễn Cổng Một Cửa: không có giá trị pháp lý.",
  ];
  lines.forEach((line, index) => page.drawText(line, { x: 72, y: 650 - index * 20, size: 11, font: regular }));
  return document.save();
}

/** Records the demo delegation unless it exists, or the catalogue or an administrator is missing. */
export async function ensureDemoDelegation(pool: pg.Pool, now: Date): Promise<void> {
  const { rows: found } = await pool.query<{ agency_id: string; procedure_id: string; existing: string | null; admin: string | null }>(
    `SELECT a.id AS agency_id, p.id AS procedure_id,
       (SELECT d.id FROM delegation d WHERE d.delegator_id = a.id AND d.decision_number = $3) AS existing,
       (SELECT u.id FROM "user" u WHERE u.role = 'ADMIN' ORDER BY (u.agency_id IS NULL) DESC, u.email LIMIT 1) AS admin
     FROM agency a JOIN procedure_agency pa ON pa.agency_id = a.id JOIN procedure p ON p.id = pa.procedure_id
     WHERE a.slug = $1 AND p.code = $2`,
    [DEMO_DELEGATION.delegatorSlug, DEMO_DELEGATION.procedureCode, DEMO_DELEGATION.decisionNumber],
  );
  const row = found[0];
  if (!row || row.existing || !row.admin) return;
  const validFrom = addDays(localDateOf(now), -365);
  const decisionDate = addDays(validFrom, -14);
  const bytes = await decisionPdf(validFrom);
  const delegationId = newIdAt(now);
  const documentId = newIdAt(now);
  const key = `delegations/${delegationId}/${documentId}`;
  // Announced first, like any upload: a crash before the rows leaves an intent the sweep resolves.
  await pool.query("INSERT INTO storage_intent (key) VALUES ($1) ON CONFLICT DO NOTHING", [key]);
  await configuredStorage().put(key, bytes, "application/pdf");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO document (id, kind, name, mime_type, size_bytes, sha256, storage_key, uploaded_by_id, created_at)
       VALUES ($1, 'OTHER', $2, 'application/pdf', $3, $4, $5, $6, $7)`,
      [documentId, `Quyết định số ${DEMO_DELEGATION.decisionNumber}.pdf`, bytes.length, createHash("sha256").update(bytes).digest("hex"), key, row.admin, now],
    );
    await client.query(
      `INSERT INTO delegation (id, delegator_id, delegate_group, procedure_id, delegate_unit_code, decision_number, decision_date, decision_signer,
         decision_document_id, valid_from, delegator_keeps_filed_before, recorded_by_id, created_at, updated_at)
       VALUES ($1, $2, 'COMMUNES', $3, $4, $5, $6::date, $7, $8, $9::date, true, $10, $11, $11)`,
      [delegationId, row.agency_id, row.procedure_id, DEMO_DELEGATION.unitCode, DEMO_DELEGATION.decisionNumber, decisionDate, DEMO_DELEGATION.signer, documentId, validFrom, row.admin, now],
    );
    await client.query(
      `INSERT INTO admin_audit (id, occurred_at, actor_id, agency_id, action, target_type, target_id, target_label, detail)
       VALUES ($1, $2, $3, $4, 'DELEGATION_RECORDED', 'DELEGATION', $5, $6, $7)`,
      [newIdAt(now), now, row.admin, row.agency_id, delegationId, `${DEMO_DELEGATION.decisionNumber} · ${DEMO_DELEGATION.procedureCode}`, JSON.stringify({ delegate: "COMMUNES", validFrom, demo: true })],
    );
    await client.query("DELETE FROM storage_intent WHERE key = $1", [key]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
