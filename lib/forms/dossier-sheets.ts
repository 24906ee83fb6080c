// The forms of one dossier after its receipt papers (Circular 01/2018/TT-VPCP): Mẫu 02 the request
// to supplement, Mẫu 03 the refusal to receive, Mẫu 04 the apology with a new appointment, Mẫu 05
// the control slip. Pure: the same sheet feeds the print page and the PDF.
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { deadlineCell, formDeadline, formTime, formWords, placeDate, type FormWords } from "./form-words";
import type { DossierFormNumber, FormSheet, FormSource, FormStep, SheetLine } from "./types";

type Text = FormWords["text"];

function codeLine(t: Text, source: FormSource): string {
  return source.code ? t("code", { code: source.code }) : t("reference", { reference: source.reference ?? "" });
}

export function applicantName(t: Text, applicant: { fullName: string }, organizationName: string | null): string {
  return organizationName ? t("personOfOrganization", { name: applicant.fullName, organization: organizationName }) : t("person", { name: applicant.fullName });
}

/** Who applies and for what, as every form states it. */
function applicantLines(t: Text, source: FormSource): SheetLine[] {
  const applicant = source.applicant;
  return [
    { text: t("applicantOf", { applicant: applicantName(t, applicant, source.organizationName) }), bold: true },
    ...(applicant.onBehalfOf ? [{ text: t("onBehalfOf", { name: applicant.onBehalfOf.fullName }) }] : []),
    ...(applicant.address ? [{ text: t("address", { address: applicant.address }) }] : []),
    ...(applicant.phone ? [{ text: t("phone", { phone: applicant.phone }) }] : []),
    { text: t("request", { procedure: source.procedureName }) },
  ];
}

/** Mẫu 02, one sheet per request: every missing paper at once, with the reason and whom to ask. */
export function supplementRequestSheets(source: FormSource, t: Text): FormSheet[] {
  return source.supplementRequests.map((request) => {
    const issuer = request.officer.agency ?? (request.stage === "AT_RECEIPT" ? source.desk : source.agency);
    const place = [request.officer.unitName, issuer.name].filter(Boolean).join(", ");
    const phone = request.officer.phone ?? issuer.phone;
    const dated = request.stage === "AT_RECEIPT" ? source.submittedAt : source.receivedAt;
    return {
      title: t("supplementTitle"),
      agency: issuer,
      codeLine: codeLine(t, source),
      placeDate: placeDate(t, request.requestedAt),
      before: [
        ...applicantLines(t, source),
        ...(dated ? [{ text: t(request.stage === "AT_RECEIPT" ? "submittedAt" : "receivedAt", { date: formatDate(dated) }) }] : []),
        { text: t("supplementLead", { agency: issuer.name }) },
      ],
      table: {
        columns: [
          { label: t("supplementNumber"), width: 0.1 },
          { label: t("supplementItem"), width: 0.45 },
          { label: t("supplementNote"), width: 0.45 },
        ],
        rows: request.items.map((item, index) => [String(index + 1), item.name, item.note ?? ""]),
      },
      after: [
        { text: t("supplementReason", { reason: request.reason }) },
        // Decree 61/2018 art. 17: after receipt, the processing time restarts from zero.
        ...(request.stage === "AFTER_RECEIPT" ? [{ text: t("supplementRestart") }] : []),
        { text: t("supplementHow") },
        { text: phone ? t("supplementContactPhone", { officer: request.officer.fullName, place, phone }) : t("supplementContact", { officer: request.officer.fullName, place }) },
      ],
      signatures: [{ title: t("supplementSigner"), note: t("signHere"), name: request.officer.fullName }],
      footnote: null,
    };
  });
}

/** Mẫu 03: the desk's refusal to receive, with its reasons. */
export function refusalSheet(source: FormSource, t: Text): FormSheet | null {
  const refusal = source.refusal;
  if (!refusal) return null;
  return {
    title: t("refusalTitle"),
    agency: source.desk,
    codeLine: codeLine(t, source),
    placeDate: placeDate(t, refusal.refusedAt),
    before: [
      { text: t("refusalLead", { agency: source.desk.name }) },
      ...applicantLines(t, source),
      ...(source.submittedAt ? [{ text: t("submittedAt", { date: formatDate(source.submittedAt) }) }] : []),
      { text: t("refusalReason", { agency: source.desk.name }) },
      { text: refusal.reason, bold: true, indent: true },
      { text: t("refusalClose") },
    ],
    table: null,
    after: [],
    signatures: [{ title: t("refusalSigner"), note: t("signHere"), name: refusal.officerName ?? "" }],
    footnote: null,
  };
}

/** Mẫu 04: the one apology, signed by the head of the competent agency, with the new date. */
export function apologySheet(source: FormSource, t: Text): FormSheet | null {
  const apology = source.apology;
  if (!apology) return null;
  const agency = source.agency.name;
  return {
    title: t("apologyTitle"),
    agency: source.agency,
    codeLine: codeLine(t, source),
    placeDate: placeDate(t, apology.issuedAt),
    before: [
      { text: t("apologyTo", { applicant: applicantName(t, source.applicant, source.organizationName) }), bold: true },
      ...(source.receivedAt ? [{ text: t("apologyReceived", { date: formatDate(source.receivedAt), agency, procedure: source.procedureName }) }] : []),
      { text: t("apologyPreviousDue", { date: formDeadline(t, apology.previousDueAt, source.deadlinePrecision) }) },
      { text: t("apologyReason", { agency, reason: apology.reason }) },
      { text: t("apologySorry", { agency, date: formDeadline(t, apology.newDueAt, source.deadlinePrecision) }), bold: true },
      { text: t("apologyThanks") },
    ],
    table: null,
    after: [],
    signatures: [{ title: t("apologySigner"), note: t("signAndSeal"), name: apology.issuedByName }],
    footnote: null,
  };
}

/** "14:05 26/11/2026" on two lines, for the narrow columns of an A5 table. */
const stacked = (cell: string) => cell.replace(" ", "\n");

function legOutcome(t: Text, step: FormStep, now: Date): string {
  if (step.outcome) return t(`outcome${step.outcome}`);
  return step.dueAt && step.dueAt < now ? t("outcomeOVERDUE") : t("outcomeOPEN");
}

/** Mẫu 05: a row per hand-over, with when it was given, due and done, and the verdict of that leg. */
export function controlSlipSheet(source: FormSource, t: Text, now: Date): FormSheet | null {
  if (!source.code || source.steps.length === 0) return null;
  const appointment = source.dueAt ? formDeadline(t, source.dueAt, source.deadlinePrecision) : "";
  return {
    title: t("slipTitle"),
    agency: source.desk,
    codeLine: codeLine(t, source),
    placeDate: placeDate(t, source.receivedAt ?? source.steps[0]!.startedAt),
    before: [
      { text: t("slipAttached", { code: source.code }), italic: true },
      ...applicantLines(t, source),
      { text: t("slipLead", { agency: source.agency.name }) },
      { text: source.consultedAgencies.length > 0 ? t("slipCoordinating", { agencies: source.consultedAgencies.join("; ") }) : t("slipNoCoordinating") },
      {
        text: source.apology
          ? t("slipRescheduled", { date: appointment, previous: formDeadline(t, source.apology.previousDueAt, source.deadlinePrecision) })
          : t("slipAppointment", { date: appointment }),
        bold: true,
      },
    ],
    table: {
      columns: [
        { label: t("slipNumber"), width: 0.06 },
        { label: t("slipUnit"), width: 0.25 },
        { label: t("slipGiven"), width: 0.14 },
        { label: t("slipDue"), width: 0.14 },
        { label: t("slipDone"), width: 0.14 },
        { label: t("slipOutcome"), width: 0.14 },
        { label: t("slipNote"), width: 0.13 },
      ],
      rows: source.steps.map((step) => [
        String(step.sequence),
        [
          step.title,
          // The agency only where it is not the lead one (a consulted agency, the service centre's desk).
          [step.unitName, step.agencyName === source.agency.name ? null : step.agencyName].filter(Boolean).join(", "),
          step.handlerName ? t("slipHandler", { name: step.handlerName }) : null,
        ].filter(Boolean).join("\n"),
        stacked(formatDateTime(step.startedAt)),
        step.dueAt ? stacked(deadlineCell(step.dueAt, step.duePrecision)) : "",
        step.completedAt ? stacked(formatDateTime(step.completedAt)) : "",
        legOutcome(t, step, now),
        [step.isBounce ? t("slipSentBack") : null, step.kind === "CONSULTATION" ? t("slipConsultation") : null].filter(Boolean).join("\n"),
      ]),
    },
    after: [],
    signatures: [],
    footnote: t("generatedAt", { time: formTime(t, now) }),
  };
}

/** The sheets of form 02–05 of a dossier; none when the dossier has no such paper (the page answers 404). */
export function dossierSheets(form: Exclude<DossierFormNumber, "01">, source: FormSource, now: Date): FormSheet[] {
  const t = formWords().text;
  const one = (sheet: FormSheet | null) => (sheet ? [sheet] : []);
  switch (form) {
    case "02":
      return supplementRequestSheets(source, t);
    case "03":
      return one(refusalSheet(source, t));
    case "04":
      return one(apologySheet(source, t));
    case "05":
      return one(controlSlipSheet(source, t, now));
  }
}

/** Which forms the dossier has, for the links between them. */
export function availableForms(source: FormSource): DossierFormNumber[] {
  return [
    ...(source.code && source.receivedAt ? (["01"] as const) : []),
    ...(source.supplementRequests.length > 0 ? (["02"] as const) : []),
    ...(source.refusal ? (["03"] as const) : []),
    ...(source.apology ? (["04"] as const) : []),
    ...(source.code && source.steps.length > 0 ? (["05"] as const) : []),
  ];
}
