// About 2,000 extra procedures, the size of a province's catalogue, so search and listing are
// measured at a realistic volume. Names are built from plausible word lists; codes 9.xxxxxx never
// clash with the national catalogue's (1. to 3.).
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db-client";
import type { AgencyLevel, Prisma } from "@/prisma/generated/client";

const OBJECTS_BY_FIELD: Record<string, string[]> = {
  "Xây dựng": ["giấy phép xây dựng nhà ở riêng lẻ", "giấy phép xây dựng công trình", "chứng chỉ hành nghề hoạt động xây dựng", "giấy phép di dời công trình"],
  "Đất đai": ["giấy chứng nhận quyền sử dụng đất", "giấy chứng nhận quyền sở hữu nhà ở", "đăng ký biến động đất đai"],
  "Du lịch": ["giấy phép kinh doanh dịch vụ lữ hành nội địa", "thẻ hướng dẫn viên du lịch", "quyết định công nhận hạng cơ sở lưu trú du lịch"],
  "Dược phẩm": ["chứng chỉ hành nghề dược", "giấy chứng nhận đủ điều kiện kinh doanh dược", "giấy phép hoạt động phòng khám đa khoa"],
  "Giáo dục và Đào tạo": ["giấy phép hoạt động giáo dục kỹ năng sống", "quyết định cho phép thành lập trường mầm non tư thục", "bản sao văn bằng tốt nghiệp"],
  "Đường bộ": ["giấy phép lái xe", "phù hiệu xe kinh doanh vận tải", "giấy phép kinh doanh vận tải bằng xe ô tô"],
  "Lưu thông hàng hóa": ["giấy phép bán lẻ rượu", "giấy phép bán buôn sản phẩm thuốc lá", "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"],
  "Việc làm": ["giấy phép lao động cho người lao động nước ngoài", "giấy phép hoạt động dịch vụ việc làm", "giấy phép cho thuê lại lao động"],
  "Văn hóa cơ sở": ["giấy phép tổ chức lễ hội", "giấy phép kinh doanh dịch vụ karaoke", "giấy phép triển lãm mỹ thuật"],
  "Môi trường": ["giấy phép môi trường", "giấy phép khai thác nước dưới đất", "giấy phép xả nước thải vào nguồn nước"],
  "Thú y": ["chứng chỉ hành nghề thú y", "giấy chứng nhận cơ sở an toàn dịch bệnh động vật", "giấy chứng nhận kiểm dịch động vật"],
  // Some "khai sinh" names, so the benchmark's search has more than one page of matches.
  "Hộ tịch": ["trích lục khai sinh", "giấy xác nhận tình trạng hôn nhân", "trích lục kết hôn"],
  "Thành lập và hoạt động của doanh nghiệp": ["giấy chứng nhận đăng ký doanh nghiệp", "giấy chứng nhận đăng ký hộ kinh doanh", "giấy chứng nhận đăng ký đầu tư"],
};
const ACTIONS = ["Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Thu hồi", "Đính chính", "Xác nhận thay đổi nội dung", "Cấp bản sao", "Tạm ngừng hiệu lực"];
const QUALIFIERS = ["", "đối với tổ chức", "đối với cá nhân", "do bị mất, hư hỏng", "do hết thời hạn", "cho doanh nghiệp có vốn đầu tư nước ngoài", "trên địa bàn thành phố Hà Nội", "trong khu công nghiệp, khu công nghệ cao"];
const LEVELS: AgencyLevel[] = ["PROVINCE", "PROVINCE", "PROVINCE", "COMMUNE", "COMMUNE", "CENTRAL"];
const IMPLEMENTING_TEXT: Record<AgencyLevel, string> = { PROVINCE: "Sở chuyên ngành cấp tỉnh", COMMUNE: "UBND cấp xã", CENTRAL: "Bộ chuyên ngành" };
const DAYS = [1, 3, 5, 7, 10, 15, 20, 30];

/** Deterministic, so that two benchmark runs measure the same catalogue. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Inserts `count` synthetic procedures (linked to fields and agencies); returns how many. */
export async function addSyntheticCatalogue(url: string, count: number): Promise<number> {
  const db = createPrismaClient(url, 2);
  const random = mulberry32(20251126);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  try {
    const fieldIds = new Map<string, string>();
    for (const [index, name] of Object.keys(OBJECTS_BY_FIELD).entries()) {
      const field = await db.field.upsert({ where: { name }, update: {}, create: { name, code: `BENCH-${index + 1}` } });
      fieldIds.set(name, field.id);
    }
    const agencies = await db.agency.findMany({ select: { id: true, level: true } });
    const combos = Object.entries(OBJECTS_BY_FIELD).flatMap(([field, objects]) =>
      objects.flatMap((object) => ACTIONS.flatMap((action) => QUALIFIERS.map((qualifier) => ({ field, object, action, qualifier })))),
    );
    const chosen = shuffled(combos, random).slice(0, count);
    const procedures: Prisma.ProcedureCreateManyInput[] = [];
    const links: Prisma.ProcedureAgencyCreateManyInput[] = [];
    chosen.forEach(({ field, object, action, qualifier }, index) => {
      const level = pick(LEVELS);
      const id = randomUUID();
      const days = pick(DAYS);
      const fee = pick([0, 0, 50_000, 100_000, 200_000, 500_000]);
      procedures.push({
        id,
        code: `9.${String(index + 1).padStart(6, "0")}`,
        name: [action, object, qualifier].filter(Boolean).join(" "),
        fieldId: fieldIds.get(field)!,
        level,
        implementingAgencyText: IMPLEMENTING_TEXT[level],
        onlineLevel: pick(["FULL", "PARTIAL", null]),
        channels: ["IN_PERSON", "ONLINE", "POST"],
        subjects: pick(["Công dân Việt Nam", "Tổ chức, doanh nghiệp", "Công dân Việt Nam, người nước ngoài"]),
        timeLimitValue: days,
        timeLimitUnit: "WORKING_DAYS",
        timeLimitText: `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`,
        feeVnd: fee,
        feeStatus: "AMOUNT",
        feeText: fee === 0 ? "Không thu phí" : `${fee.toLocaleString("vi-VN")} đồng/hồ sơ`,
        legalBasis: ["Luật số 99/2025/QH15 (giả lập cho benchmark)"],
        results: [object.charAt(0).toUpperCase() + object.slice(1)],
        sourceNote: "Synthetic procedure for the benchmark (tests/bench)",
      });
      const sameLevel = agencies.filter((agency) => agency.level === level);
      const candidates = sameLevel.length > 0 ? sameLevel : agencies;
      const linked = new Set(Array.from({ length: Math.min(3, candidates.length) }, () => pick(candidates).id));
      for (const agencyId of linked) links.push({ procedureId: id, agencyId });
    });
    await db.procedure.createMany({ data: procedures });
    await db.procedureAgency.createMany({ data: links });
    return procedures.length;
  } finally {
    await db.$disconnect();
  }
}
