// Which Hà Nội agencies implement each procedure (ProcedureAgency) and which of their units
// appraises it. Chosen from the dataset's implementingAgency and hanoiAgency texts. Every agency
// linked to a procedure has a unit with the plan's processing unit code (checked at seed time),
// so a dossier can be routed to the unit whichever agency handles it.
//
// COMMUNES = every current commune/ward People's Committee; COMMUNE_POLICE = every current
// commune/ward police (Công an cấp xã handles residence, identity cards and, since 2025, vehicle
// registration and driving licences). Bodies that only coordinate (the land registration office
// for commune-level land procedures, Sở Tư pháp for civil-status copies, notaries, embassies)
// are not implementing agencies here.
export type AgencyGroup = "COMMUNES" | "COMMUNE_POLICE";
export type ProcedureRouting = { agencies: (AgencyGroup | string)[]; unit: string };

const civilStatus: ProcedureRouting = { agencies: ["COMMUNES"], unit: "VHXH" };
const communeEconomy: ProcedureRouting = { agencies: ["COMMUNES"], unit: "KT" };
const residence: ProcedureRouting = { agencies: ["COMMUNE_POLICE"], unit: "QLHC" };
const enterprise: ProcedureRouting = { agencies: ["hn-so-tai-chinh"], unit: "DKKD" };
const landOffice: ProcedureRouting = { agencies: ["hn-vpdkdd", "hn-vpdkdd-cn-bd-hk-dd"], unit: "DK" };

export const PROCEDURE_ROUTING: Record<string, ProcedureRouting> = {
  // Hộ tịch and Chứng thực: UBND cấp xã (Decree 120/2025 moved foreign-element cases there too).
  "1.001193": civilStatus,
  "1.000894": civilStatus,
  "1.000656": civilStatus,
  "1.004873": civilStatus,
  "1.004884": civilStatus,
  "1.001022": civilStatus,
  "1.004859": civilStatus,
  "2.000528": civilStatus,
  "2.000806": civilStatus,
  "2.000635": civilStatus,
  "2.002516": civilStatus,
  "2.000815": civilStatus,
  "2.000884": civilStatus,
  "2.001035": civilStatus,
  "2.001019": civilStatus,
  // Cư trú, Căn cước: Công an cấp xã.
  "1.004222": residence,
  "1.004194": residence,
  "1.003677": residence,
  "2.001159": residence,
  "1.010041": residence,
  "1.014061": residence,
  "1.014063": residence,
  // Lý lịch tư pháp: Công an TP (from 1/3/2025) or, centrally, Cục Hồ sơ nghiệp vụ.
  "3.000333": { agencies: ["hn-cong-an"], unit: "PV06" },
  "3.000330": { agencies: ["bca-cuc-hsnv"], unit: "LLTP" },
  // Giấy phép lái xe, Đăng ký xe: police (Phòng CSGT of the city police, commune police, Cục CSGT).
  "3.000347": { agencies: ["bca-cuc-csgt", "hn-cong-an-csgt", "COMMUNE_POLICE"], unit: "GPLX" },
  "3.000348": { agencies: ["hn-cong-an-csgt", "COMMUNE_POLICE"], unit: "GPLX" },
  "3.000353": { agencies: ["bca-cuc-csgt"], unit: "GPLX" },
  "1.013067": { agencies: ["hn-cong-an-csgt", "COMMUNE_POLICE"], unit: "DKX" },
  "1.012575": { agencies: ["hn-cong-an-csgt", "COMMUNE_POLICE"], unit: "DKX" },
  // Hộ kinh doanh: the commune business registration office (from 3/7/2025).
  "1.001612": communeEconomy,
  "2.000720": communeEconomy,
  "1.001266": communeEconomy,
  // Đăng ký doanh nghiệp: Sở Tài chính (took over from Sở KH&ĐT on 1/3/2025).
  "2.001583": enterprise,
  "2.001199": enterprise,
  "2.002043": enterprise,
  "2.001610": enterprise,
  "2.002041": enterprise,
  // Xây dựng: grade III/IV and houses at the commune (Decree 140/2025), larger works at the city.
  "1.013225": communeEconomy,
  "1.013229": communeEconomy,
  "1.013236": { agencies: ["hn-so-xay-dung", "hn-bql-cnc-kcn"], unit: "QLXD" },
  "1.000703": { agencies: ["hn-so-xay-dung"], unit: "QLVT" },
  // Đất đai: first registration, mediation and allocation at the commune; the rest at the land
  // registration office and its branch.
  "1.013978": communeEconomy,
  "1.012783": landOffice,
  "1.012786": landOffice,
  "1.012787": landOffice,
  "1.012784": landOffice,
  "1.012812": communeEconomy,
  "1.013949": communeEconomy,
};
