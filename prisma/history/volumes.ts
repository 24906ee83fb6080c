// How often each procedure is filed, relative to the others, per implementing agency, and how it
// is filed. An estimate for demo data, not a statistic: certified copies dominate a ward's desk,
// civil status and residence follow, a city department's procedure is filed for the whole city.
// Hà Nội's commune-level figures (1 Jul–23 Sep 2025: 531,269 received, 59.7 % online) set the
// scale and the online share; the split between procedures is ours.

type Volume = { weight: number; online?: number; business?: boolean; payment?: number; consultation?: number };

/** Relative dossiers per day at one implementing agency; online share where online is offered. */
export const VOLUMES: Record<string, Volume> = {
  // Hộ tịch (civil status), at every ward.
  "1.001193": { weight: 8, online: 0.75 },
  "1.000894": { weight: 3, online: 0.4 },
  "1.000656": { weight: 2, online: 0.6 },
  "1.004873": { weight: 6, online: 0.8 },
  "1.004884": { weight: 0.5, online: 0.5 },
  "1.001022": { weight: 0.3, online: 0.3, consultation: 0.2 },
  "1.004859": { weight: 1.5, online: 0.5 },
  "2.000528": { weight: 0.2, online: 0.3, consultation: 0.3 },
  "2.000806": { weight: 0.3, online: 0.2, consultation: 0.4 },
  "2.000635": { weight: 5, online: 0.85 },
  "2.002516": { weight: 1, online: 0.8 },
  // Chứng thực (certification): the original must be seen, so mostly at the counter.
  "2.000815": { weight: 40, online: 0.1 },
  "2.000884": { weight: 10, online: 0.05 },
  "2.001035": { weight: 3, online: 0.05 },
  "2.001019": { weight: 0.3, online: 0 },
  // Cư trú, căn cước (residence, identity cards), at every ward police.
  "1.004222": { weight: 6, online: 0.85 },
  "1.004194": { weight: 8, online: 0.9 },
  "1.003677": { weight: 1, online: 0.9 },
  "2.001159": { weight: 3, online: 0.95 },
  "1.010041": { weight: 4, online: 0.9 },
  "1.014061": { weight: 5, online: 0.3 },
  "1.014063": { weight: 4, online: 0.4 },
  // Lý lịch tư pháp (criminal record certificates): one agency for the city, one central.
  "3.000333": { weight: 30, online: 0.7, payment: 0.05 },
  "3.000330": { weight: 2, online: 0.7 },
  // Driving licences and vehicle registration.
  "3.000347": { weight: 2, online: 0.7 },
  "3.000348": { weight: 1, online: 0.5 },
  "3.000353": { weight: 0.5, online: 0.6 },
  "1.013067": { weight: 3, online: 0.6, payment: 0.3 },
  "1.012575": { weight: 1, online: 1, payment: 0.3 },
  // Household businesses, at the ward.
  "1.001612": { weight: 1.5, online: 0.6 },
  "2.000720": { weight: 1, online: 0.6 },
  "1.001266": { weight: 0.5, online: 0.6 },
  // Enterprise registration: one department for the city, mostly online, filed by businesses.
  "2.001583": { weight: 15, online: 0.95, business: true },
  "2.001199": { weight: 8, online: 0.95, business: true },
  "2.002043": { weight: 5, online: 0.95, business: true },
  "2.001610": { weight: 2, online: 0.9, business: true },
  "2.002041": { weight: 20, online: 0.95, business: true },
  // Construction and transport.
  "1.013225": { weight: 1, online: 0.3, consultation: 0.3 },
  "1.013229": { weight: 0.5, online: 0.3, consultation: 0.3 },
  "1.013236": { weight: 1, online: 0.5, business: true, consultation: 0.4 },
  // Delegated to the wards in the demo history (delegation.ts): filed often enough that the
  // default history's evaluation rests on more than a hundred dossiers on each side.
  "1.000703": { weight: 12, online: 0.8, business: true },
  // Land: the financial obligations (taxes, fees) are a wait for the applicant.
  "1.013978": { weight: 1.5, online: 0.3, payment: 0.6, consultation: 0.3 },
  "1.012783": { weight: 6, online: 0.4, payment: 0.4, consultation: 0.1 },
  "1.012786": { weight: 2, online: 0.4, payment: 0.3 },
  "1.012787": { weight: 4, online: 0.3, payment: 0.7, consultation: 0.3 },
  "1.012784": { weight: 3, online: 0.3, payment: 0.5, consultation: 0.2 },
  "1.012812": { weight: 0.3, online: 0, consultation: 0.5 },
  "1.013949": { weight: 0.3, online: 0.2, payment: 0.6, consultation: 0.5 },
};

/** Share of dossiers sent by public post where the procedure accepts it. */
export const POST_SHARE = 0.03;

/** How often each turn of events happens to a received dossier (the city's usual shares). */
export const SHARES = {
  refusedAtReceipt: 0.01,
  supplementAtDesk: 0.03,
  /** Of those asked at the desk: the applicant gives up and withdraws. */
  withdrawAfterDeskSupplement: 0.25,
  supplementAfterReceipt: 0.04,
  /** Of those asked after receipt: the applicant withdraws, or the agency stops processing. */
  withdrawAfterSupplement: 0.1,
  stopAfterSupplement: 0.05,
  consultation: 0.03,
  bounce: 0.02,
  late: 0.025,
  /** Of the late dossiers: the agency apologised in time with a new date. */
  apologyWhenLate: 0.5,
  refuseToResolve: 0.02,
  stop: 0.002,
  withdraw: 0.005,
  /** Returned dossiers rated by their applicant: with an account, and at the desk's device. */
  ratedOnline: 0.4,
  ratedAtDesk: 0.2,
  paidOnline: 0.7,
} as const;

/**
 * How far each agency had come in digitising (the digitisation group of Decision 766/QĐ-TTg):
 * each agency's share is fixed within these ranges by its code, so agencies differ and every run
 * agrees. An estimate for demo data. Online papers are files by construction (the filing wizard
 * takes every required paper), so `scannedAtDesk` is the desk's scanning of papers handed in.
 */
export const DIGITISATION = {
  /** Results the agency issues as a digitally signed file (the rest: a scan of the signed paper). */
  signedResults: [0.6, 0.9],
  /** Dossiers handed in at the desk or by post whose every required paper is scanned at receipt. */
  scannedAtDesk: [0.55, 0.95],
  /** Online dossiers sent by a resident signed in with VNeID rather than an email code. */
  vneid: [0.8, 0.98],
} as const satisfies Record<string, readonly [number, number]>;
